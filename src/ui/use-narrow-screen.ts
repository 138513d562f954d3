/** Whether the screen is a phone's (the layout's break in app.css), following rotation and resizing. */
import { useSyncExternalStore } from 'react';

const NARROW = '(max-width: 760px)';

function query(): MediaQueryList {
  return window.matchMedia(NARROW);
}

function subscribe(onChange: () => void): () => void {
  const list = query();
  list.addEventListener('change', onChange);
  return () => {
    list.removeEventListener('change', onChange);
  };
}

export function isNarrowScreen(): boolean {
  return query().matches;
}

export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, isNarrowScreen);
}
