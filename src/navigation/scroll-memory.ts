/**
 * Scroll memory: where each history entry and a reloaded page were, put back once the view has rendered.
 * One of the two owners of browser storage in the app (sessionStorage, this tab's only); the store is the other.
 */
/**
 * Back and forward return to where the attendee was: each history entry keeps its scroll position, put
 * back once the view it names has rendered (the browser's own restoration runs before the list exists).
 */
let restoreTo: number | null = null;

function scrollOf(state: unknown): number | null {
  return typeof state === 'object' && state !== null && 'scrollY' in state && typeof state.scrollY === 'number'
    ? state.scrollY
    : null;
}

const RELOAD_KEY = 'itinerary:scroll';

/**
 * A reload comes back to where the page was left: the position is noted in sessionStorage (this tab's
 * only) as the page goes, with its address, and asked for once the view has rendered.
 */
export function followPageScroll(): void {
  try {
    const saved: unknown = JSON.parse(window.sessionStorage.getItem(RELOAD_KEY) ?? 'null');
    if (typeof saved === 'object' && saved !== null && 'href' in saved && saved.href === window.location.href) {
      restoreTo = scrollOf(saved);
    }
    window.sessionStorage.removeItem(RELOAD_KEY);
  } catch {
    // No sessionStorage (disabled): a reload starts at the top.
  }
  window.addEventListener('pagehide', () => {
    try {
      window.sessionStorage.setItem(
        RELOAD_KEY,
        JSON.stringify({ href: window.location.href, scrollY: window.scrollY }),
      );
    } catch {
      // As above.
    }
  });
}

/** The scroll position a Back, Forward or reload asked for, once: the view calls it after rendering. */
export function takeRestoredScroll(): number | null {
  const y = restoreTo;
  restoreTo = null;
  return y;
}

/** A Back or Forward arrived with this history state: its position is put back once the view renders. */
export function rememberHistoryScroll(state: unknown): void {
  restoreTo = scrollOf(state);
}
