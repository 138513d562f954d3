/**
 * Rows of a list that scrolls with the page, of which only those near the screen are rendered: offsets
 * from measured heights (estimates until a row has been on screen), a binary search for the rows in
 * view, a ResizeObserver for each mounted row, and the scroll position kept still when a row above the
 * screen turns out taller or shorter than estimated.
 *
 * Written here rather than taken from a library: @tanstack/react-virtual 3.13 did this job well but
 * weighed 4.3 KB of the 90 KB first-load budget (3.19, 11 KB); this does what the session list needs in
 * about a quarter of that.
 */
import { useCallback, useLayoutEffect, useMemo, useReducer, useRef, useState, type RefObject } from 'react';

export interface RowItem {
  readonly index: number;
  readonly key: string;
  /** Offset from the top of the list, in px. */
  readonly start: number;
  readonly end: number;
}

export interface WindowRowsOptions {
  readonly count: number;
  readonly keyOf: (index: number) => string;
  readonly estimate: (index: number) => number;
  /** Rows rendered beyond each edge of the screen. */
  readonly overscan: number;
  /** Where the list starts in the page, in px. */
  readonly listTop: number;
  /** What covers the top of the screen (sticky tabs): a row scrolled to starts below it. */
  readonly coveredTop: number;
  /** Rows rendered wherever the screen is (headings, the focused row and its neighbours), or all. */
  readonly alsoMounted: readonly number[];
  /** Measured heights by key, kept by the caller so they outlive the list. */
  readonly sizes: Map<string, number>;
}

export interface WindowRows {
  readonly items: readonly RowItem[];
  readonly totalSize: number;
  /** The page's scroll position. */
  readonly scrollTop: number;
  /** A row element's ref: it is measured while mounted (it carries `data-index`). */
  readonly measure: (element: HTMLElement | null) => (() => void) | undefined;
  readonly scrollToIndex: (index: number) => void;
}

function viewport() {
  return { top: window.scrollY, height: window.innerHeight };
}

/** The first index whose row ends below `offset` (rows are in order: a binary search). */
function firstEndingAfter(starts: Float64Array, count: number, offset: number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((starts[middle + 1] ?? 0) <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The page's scroll position and the screen's height, followed as they change. */
function useViewport(): { readonly top: number; readonly height: number } {
  const [view, setView] = useState(viewport);
  useLayoutEffect(() => {
    const follow = () => {
      setView((previous) => {
        const next = viewport();
        return next.top === previous.top && next.height === previous.height ? previous : next;
      });
    };
    follow();
    window.addEventListener('scroll', follow, { passive: true });
    window.addEventListener('resize', follow);
    return () => {
      window.removeEventListener('scroll', follow);
      window.removeEventListener('resize', follow);
    };
  }, []);
  return view;
}

/**
 * A row element's ref that measures it while mounted: a new height is written into the caller's sizes,
 * and a row above the screen that changed height moves the page by as much, so what is read stays put.
 */
function useRowMeasure(
  latest: RefObject<WindowRowsOptions>,
  startsRef: RefObject<Float64Array>,
  remeasured: () => void,
): WindowRows['measure'] {
  const observer = useRef<ResizeObserver | null>(null);
  return useCallback(
    (element: HTMLElement | null) => {
      if (!element) return undefined;
      observer.current ??= new ResizeObserver((entries) => {
        const { keyOf, estimate, sizes: measured, listTop: top } = latest.current;
        let shift = 0;
        let changed = false;
        for (const entry of entries) {
          const index = entry.target instanceof HTMLElement ? Number(entry.target.dataset.index) : NaN;
          if (!Number.isInteger(index)) continue;
          const key = keyOf(index);
          const size = entry.borderBoxSize[0]?.blockSize ?? entry.target.getBoundingClientRect().height;
          const before = measured.get(key) ?? estimate(index);
          if (Math.abs(size - before) < 0.5) continue;
          measured.set(key, size);
          changed = true;
          if (top + (startsRef.current[index] ?? 0) < window.scrollY) shift += size - before;
        }
        if (shift !== 0) window.scrollBy(0, shift);
        if (changed) remeasured();
      });
      const watched = observer.current;
      watched.observe(element);
      return () => {
        watched.unobserve(element);
      };
    },
    [latest, startsRef, remeasured],
  );
}

/** The rows to render: those within `overscan` of the screen, and those always mounted. */
function rowsInView(
  options: Pick<WindowRowsOptions, 'count' | 'overscan' | 'listTop' | 'keyOf' | 'alsoMounted'>,
  starts: Float64Array,
  view: { readonly top: number; readonly height: number },
): RowItem[] {
  const { count, overscan, listTop, keyOf, alsoMounted } = options;
  if (count === 0) return [];
  const top = view.top - listTop;
  const first = Math.max(0, firstEndingAfter(starts, count, top) - overscan);
  const last = Math.min(count - 1, firstEndingAfter(starts, count, top + view.height) + overscan);
  const indexes = new Set<number>();
  for (let i = first; i <= last; i++) indexes.add(i);
  for (const index of alsoMounted) if (index < count) indexes.add(index);
  return [...indexes]
    .sort((a, b) => a - b)
    .map((index) => ({
      index,
      key: keyOf(index),
      start: starts[index] ?? 0,
      end: starts[index + 1] ?? 0,
    }));
}

export function useWindowRows(options: WindowRowsOptions): WindowRows {
  const { count, overscan, listTop, sizes, keyOf, estimate, alsoMounted } = options;
  // For the observer's and the scroll's callbacks, which outlive a render.
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });
  const [version, remeasured] = useReducer((n: number) => n + 1, 0);
  const view = useViewport();

  // starts[i] is where row i begins; starts[count] is the list's height.
  const starts = useMemo(() => {
    const offsets = new Float64Array(count + 1);
    // Before anything is measured (a schedule just opened), no key is looked up: 100,000 rows' keys are
    // 100,000 strings made for nothing.
    const anyMeasured = sizes.size > 0;
    for (let i = 0; i < count; i++)
      offsets[i + 1] = (offsets[i] ?? 0) + ((anyMeasured ? sizes.get(keyOf(i)) : undefined) ?? estimate(i));
    return offsets;
    // `version` counts the measurements written into `sizes`.
  }, [count, sizes, version, keyOf, estimate]); // eslint-disable-line react-hooks/exhaustive-deps
  const startsRef = useRef(starts);
  useLayoutEffect(() => {
    startsRef.current = starts;
  });
  const measure = useRowMeasure(latest, startsRef, remeasured);

  const scrollToIndex = useCallback((index: number) => {
    // Rows near the target are measured once mounted: aim again for a few frames until it holds still.
    let tries = 8;
    const aim = () => {
      const { listTop: top, coveredTop: covered } = latest.current;
      const target = Math.max(0, top + (startsRef.current[index] ?? 0) - covered);
      if (Math.abs(window.scrollY - target) > 1) window.scrollTo(0, target);
      else if (tries < 8) return;
      if (--tries > 0) window.requestAnimationFrame(aim);
    };
    aim();
  }, []);

  const items = useMemo(
    () => rowsInView({ count, overscan, listTop, keyOf, alsoMounted }, starts, view),
    [count, starts, view, listTop, overscan, keyOf, alsoMounted],
  );

  return { items, totalSize: starts[count] ?? 0, scrollTop: view.top, measure, scrollToIndex };
}
