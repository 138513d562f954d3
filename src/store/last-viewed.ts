/** Which conference the attendee last looked at, so the app reopens it. localStorage: small and synchronous. */
const KEY = 'itinerary:last-conference';

export function lastViewedConference(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function rememberViewedConference(id: string): void {
  try {
    if (window.localStorage.getItem(KEY) !== id) window.localStorage.setItem(KEY, id);
  } catch {
    // Storage refused (private mode, full): the app opens the bundled schedule next time; nothing is lost.
  }
}
