/**
 * What the benchmark puts in each page before its own scripts (Playwright's addInitScript): it notes
 * when the first session card is painted, and counts React component renders through the hook React
 * DevTools uses (production React reports each commit to it). It runs in the page: no imports.
 */
export interface Probe {
  /** ms from navigation start to the frame after the first card appeared; null until then. */
  firstCard: number | null;
  /** ms from the file input's change to the first card of the opened conference painted. */
  openedCard: number | null;
  /** Component renders since the last reset. */
  renders: number;
}

declare global {
  interface Window {
    __probe: Probe;
  }
}

/**
 * The probe as a script for page.addInitScript. The function's own text is sent, so a helper the
 * TypeScript loader adds to named functions (`__name`) is defined first.
 */
export function probeScript(openedTitle: string): string {
  return `var __name = (target) => target; (${installProbe.toString()})(${JSON.stringify(openedTitle)});`;
}

/** Runs in the page (see probeScript). */
export function installProbe(openedTitle: string): void {
  const probe: Probe = { firstCard: null, openedCard: null, renders: 0 };
  window.__probe = probe;
  let openedAt: number | null = null;
  const afterPaint = (record: (t: number) => void) => {
    requestAnimationFrame(() => {
      // The frame's paint follows the rAF callbacks; a task queued now runs after it.
      setTimeout(() => {
        record(performance.now());
      }, 0);
    });
  };
  document.addEventListener(
    'change',
    (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'file') openedAt = performance.now();
    },
    true,
  );
  new MutationObserver(() => {
    if (probe.firstCard === null && document.querySelector('article')) {
      probe.firstCard = -1;
      afterPaint((t) => {
        probe.firstCard = t;
      });
    }
    if (openedAt !== null && probe.openedCard === null) {
      const heading = document.querySelector('h1');
      if (heading?.textContent === openedTitle && document.querySelector('article')) {
        const started = openedAt;
        probe.openedCard = -1;
        afterPaint((t) => {
          probe.openedCard = t - started;
        });
      }
    }
  }).observe(document, { childList: true, subtree: true });

  // Fibers (only the fields read here) as React DevTools walks them.
  interface Fiber {
    tag: number;
    flags: number;
    child: Fiber | null;
    sibling: Fiber | null;
    alternate: Fiber | null;
  }
  const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]); // function, class, forwardRef, memo, simple memo
  const PERFORMED_WORK = 1;
  const count = (next: Fiber | null): number => {
    let total = 0;
    for (let fiber = next; fiber !== null; fiber = fiber.sibling) {
      const previous = fiber.alternate;
      const rendered = previous === null || (fiber.flags & PERFORMED_WORK) !== 0;
      if (COMPONENT_TAGS.has(fiber.tag) && rendered) total++;
      // A subtree whose child is the same object as before was not visited in this render.
      if (previous === null || fiber.child !== previous.child) total += count(fiber.child);
    }
    return total;
  };
  Object.defineProperty(window, '__REACT_DEVTOOLS_GLOBAL_HOOK__', {
    value: {
      supportsFiber: true,
      renderers: new Map(),
      inject: () => 1,
      checkDCE: () => undefined,
      onScheduleFiberRoot: () => undefined,
      onCommitFiberUnmount: () => undefined,
      onPostCommitFiberRoot: () => undefined,
      onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
        const current = root.current;
        if (current.alternate !== null && current.child !== current.alternate.child) {
          probe.renders += count(current.child);
        } else if (current.alternate === null) probe.renders += count(current.child);
      },
    },
  });
}
