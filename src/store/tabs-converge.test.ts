// @vitest-environment jsdom
/**
 * Any number of tabs converge, whatever order the browser delivers their `storage` events in: a property
 * test over 3 and 4 tabs starring, unstarring and marking maybes, with random interleavings of actions
 * and deliveries. Each tab is the real store over one shared storage; the browser is simulated: a write
 * queues an event for every other tab (never the writer), delivered when the test chooses.
 */
import { expect, test } from 'vitest';
import fc from 'fast-check';
import { createItineraryStores, loadMerge, storageName, type ItineraryStores } from './itinerary-store';
import type { KeyValueStorage } from './safe-storage';

const NAME = storageName('parsl-sc24');
const IDS = ['s1', 's2', 's3', 's4', 's5'];

interface Browser {
  readonly tabs: ItineraryStores[];
  readonly queues: string[][];
  readonly data: Map<string, string>;
  readonly targets: EventTarget[];
}

/** A browser of `count` tabs over one localStorage; each write queues an event for the others. */
function browser(count: number, now: () => number): Browser {
  const data = new Map<string, string>();
  const queues: string[][] = Array.from({ length: count }, () => []);
  const targets = Array.from({ length: count }, () => new EventTarget());
  const tabs = Array.from({ length: count }, (_, self) => {
    const storage: KeyValueStorage = {
      getItem: (key) => data.get(key) ?? null,
      setItem: (key, value) => {
        data.set(key, value);
        if (key === NAME) queues.forEach((queue, other) => other !== self && queue.push(value));
      },
      removeItem: (key) => {
        data.delete(key);
      },
    };
    const stores = createItineraryStores('parsl-sc24', () => storage, now);
    stores.followOtherTabs({
      addEventListener: (type: string, listener: EventListenerOrEventListenerObject) => {
        targets[self]?.addEventListener(type, listener);
      },
      removeEventListener: (type: string, listener: EventListenerOrEventListenerObject) => {
        targets[self]?.removeEventListener(type, listener);
      },
    });
    return stores;
  });
  return { tabs, queues, data, targets };
}

async function deliver(b: Browser, tab: number): Promise<boolean> {
  const value = b.queues[tab]?.shift();
  if (value === undefined) return false;
  b.targets[tab]?.dispatchEvent(new StorageEvent('storage', { key: NAME, newValue: value }));
  await loadMerge();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return true;
}

type Step =
  | { readonly kind: 'star' | 'maybe'; readonly tab: number; readonly id: number }
  | { readonly kind: 'deliver'; readonly tab: number };

const step = (tabs: number): fc.Arbitrary<Step> =>
  fc.oneof(
    fc.record({
      kind: fc.constantFrom('star' as const, 'maybe' as const),
      tab: fc.nat(tabs - 1),
      id: fc.nat(IDS.length - 1),
    }),
    fc.record({ kind: fc.constant('deliver' as const), tab: fc.nat(tabs - 1) }),
  );

function storedMarks(b: Browser): { stars: string[]; maybes: string[] } {
  const raw = b.data.get(NAME);
  const value: unknown = raw === undefined ? null : JSON.parse(raw);
  const state: unknown = typeof value === 'object' && value !== null && 'state' in value ? value.state : {};
  const list = (key: string): string[] => {
    const items: unknown = typeof state === 'object' && state !== null && key in state ? Reflect.get(state, key) : [];
    return Array.isArray(items) ? items.filter((item): item is string => typeof item === 'string').sort() : [];
  };
  return { stars: list('starredIds'), maybes: list('maybeIds') };
}

for (const count of [3, 4]) {
  test(`property: ${String(count)} tabs converge on every latest mark, in every tab and in storage`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step(count), { minLength: 1, maxLength: 40 }), async (steps) => {
        let clock = 1_000;
        const b = browser(count, () => clock);
        // The latest intent per session: what the tab that changed it last saw right after its change.
        const starred = new Map<string, boolean>();
        const maybe = new Map<string, boolean>();
        for (const s of steps) {
          const tab = b.tabs[s.tab];
          if (!tab) continue;
          if (s.kind === 'deliver') {
            await deliver(b, s.tab);
            continue;
          }
          clock += 1;
          const id = IDS[s.id] ?? 's1';
          if (s.kind === 'star') {
            tab.actions.toggleStar(id);
            starred.set(id, tab.state.getState().starredIds.includes(id));
            maybe.set(id, false);
          } else if (tab.state.getState().starredIds.includes(id)) {
            tab.actions.toggleMaybe(id);
            maybe.set(id, tab.state.getState().maybeIds.includes(id));
          }
        }
        // The browser delivers everything still queued, until no tab writes any more (no echo).
        let deliveries = 0;
        for (let busy = true; busy;) {
          busy = false;
          for (let t = 0; t < count; t++) if (await deliver(b, t)) busy = true;
          deliveries++;
          expect(deliveries).toBeLessThan(50);
        }
        const expectedStars = IDS.filter((id) => starred.get(id) === true);
        const expectedMaybes = expectedStars.filter((id) => maybe.get(id) === true);
        for (const tab of b.tabs) {
          expect([...tab.state.getState().starredIds].sort()).toEqual(expectedStars);
          const tabMaybes = tab.state.getState().maybeIds.filter((id) => expectedStars.includes(id));
          expect([...tabMaybes].sort()).toEqual(expectedMaybes);
        }
        const stored = storedMarks(b);
        expect(stored.stars).toEqual(expectedStars);
        expect(stored.maybes.filter((id) => expectedStars.includes(id))).toEqual(expectedMaybes);
      }),
      { numRuns: 120 },
    );
  });
}
