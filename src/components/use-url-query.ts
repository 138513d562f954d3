/** The page's query string as state: filters and the view live in the URL, so Back undoes them. */
import { useCallback, useSyncExternalStore } from 'react';

const CHANGE = 'itinerary:urlchange';

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

function subscribe(onChange: () => void): () => void {
  const onPopState = (event: PopStateEvent) => {
    restoreTo = scrollOf(event.state);
    onChange();
  };
  window.addEventListener('popstate', onPopState);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onPopState);
    window.removeEventListener(CHANGE, onChange);
  };
}

function currentSearch(): string {
  return window.location.search;
}

export interface UrlQuery {
  readonly params: URLSearchParams;
  /**
   * Goes to the query (and `hash`, an element id); `replace` edits the current history entry instead of
   * adding one.
   */
  readonly navigate: (next: URLSearchParams, options?: { replace?: boolean; hash?: string }) => void;
}

export function hrefFor(params: URLSearchParams): string {
  const query = params.toString();
  return query === '' ? window.location.pathname : `?${query}`;
}

export function useUrlQuery(): UrlQuery {
  const search = useSyncExternalStore(subscribe, currentSearch);
  const navigate = useCallback((next: URLSearchParams, options: { replace?: boolean; hash?: string } = {}) => {
    const href = hrefFor(next) + (options.hash === undefined ? window.location.hash : `#${options.hash}`);
    if (options.replace) window.history.replaceState(null, '', href);
    else {
      // The entry left keeps its scroll position, for Back.
      window.history.replaceState({ scrollY: window.scrollY }, '');
      window.history.pushState(null, '', href);
    }
    window.dispatchEvent(new Event(CHANGE));
  }, []);
  return { params: new URLSearchParams(search), navigate };
}
