/** The page's query string as state: filters and the view live in the URL, so Back undoes them. */
import { useCallback, useSyncExternalStore } from 'react';
import { rememberHistoryScroll } from './scroll-memory';

const CHANGE = 'itinerary:urlchange';

function subscribe(onChange: () => void): () => void {
  const onPopState = (event: PopStateEvent) => {
    rememberHistoryScroll(event.state);
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
