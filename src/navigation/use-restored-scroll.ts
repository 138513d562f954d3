/**
 * Back or Forward: once the view has rendered (children's layout effects first, so the list has its
 * height), the page returns to that entry's scroll position (scroll-memory.ts keeps it).
 */
import { useLayoutEffect } from 'react';
import { takeRestoredScroll } from './scroll-memory';

/** `search`: the query of the view rendered, so that each new entry is restored once. */
export function useRestoredScroll(search: string): void {
  useLayoutEffect(() => {
    const y = takeRestoredScroll();
    if (y === null) return;
    // The list may reach its full height only once its cards are measured: try again for a few frames.
    let frames = 30;
    let handle = 0;
    const restore = () => {
      window.scrollTo(0, y);
      if (Math.abs(window.scrollY - y) > 1 && --frames > 0) handle = window.requestAnimationFrame(restore);
    };
    restore();
    return () => {
      window.cancelAnimationFrame(handle);
    };
  }, [search]);
}
