// Shared by every unit and component test.
// React warnings and our own console.error calls are bugs: a test that prints one fails.
import { afterEach, beforeEach, vi } from 'vitest';
// jest-dom's matchers (toBeInTheDocument, toHaveAccessibleName…) on Vitest's expect.
import '@testing-library/jest-dom/vitest';

// Component tests render under React.StrictMode, as the app does (src/main.tsx): an effect that only works
// once, or a subscription made during render, shows up here rather than in production.
if (typeof window !== 'undefined') {
  const { configure } = await import('@testing-library/react');
  configure({ reactStrictMode: true });
  installLayoutStandIns();
}

/**
 * jsdom has no matchMedia and no ResizeObserver; every engine Itinerary runs in has both, so the app's code
 * does not test for them. Stand-ins that never fire: a wide screen that is not printing, and a list
 * measured once.
 */
function installLayoutStandIns(): void {
  class StillMediaQueryList extends EventTarget implements MediaQueryList {
    readonly matches = false;
    onchange = null;
    constructor(readonly media: string) {
      super();
    }
    addListener(): void {
      // Never changes.
    }
    removeListener(): void {
      // Never changes.
    }
  }
  class StillResizeObserver implements ResizeObserver {
    observe(): void {
      // Nothing is laid out in jsdom: nothing resizes.
    }
    unobserve(): void {
      // As above.
    }
    disconnect(): void {
      // As above.
    }
  }
  // (jsdom names the properties; their values are missing.)
  if (typeof Reflect.get(window, 'matchMedia') !== 'function') {
    Object.defineProperty(window, 'matchMedia', {
      configurable: true,
      value: (query: string) => new StillMediaQueryList(query),
    });
  }
  if (typeof Reflect.get(globalThis, 'ResizeObserver') !== 'function') {
    Object.defineProperty(globalThis, 'ResizeObserver', { configurable: true, value: StillResizeObserver });
  }
}

let errors: unknown[][] = [];

beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});

afterEach(() => {
  if (errors.length > 0) {
    const first = errors[0]?.map(String).join(' ') ?? '';
    throw new Error(`console.error was called ${errors.length} time(s); first: ${first}`);
  }
});
