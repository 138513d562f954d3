import { expect, test } from 'vitest';
import fc from 'fast-check';
import { mergeItineraries, rekeyMarks } from './merge-tabs';
import { EMPTY_ITINERARY } from './persisted-value';
import type { PersistedItinerary } from './persisted-types';

const EMPTY = EMPTY_ITINERARY;

function stars(ids: readonly string[], changedAt: Record<string, number> = {}): PersistedItinerary {
  return { ...EMPTY, starredIds: ids, changedAt };
}

test('two tabs that star different sessions at the same moment both keep both stars', () => {
  const a = stars(['bof181'], { bof181: 100 });
  const b = stars(['pan108'], { pan108: 100 });
  expect(mergeItineraries(a, b).starredIds).toEqual(['bof181', 'pan108']);
  expect(mergeItineraries(b, a).starredIds).toEqual(['pan108', 'bof181']);
});

test('an unstar later than the other tab’s star wins, and an older star does not bring it back', () => {
  const unstarred = stars([], { bof181: 200 });
  const starredEarlier = stars(['bof181'], { bof181: 100 });
  expect(mergeItineraries(unstarred, starredEarlier)).toBe(unstarred);
  expect(mergeItineraries(starredEarlier, unstarred).starredIds).toEqual([]);
  expect(mergeItineraries(starredEarlier, unstarred).changedAt).toEqual({ bof181: 200 });
});

test('a star read from an old value without times yields to any timed change, and is kept against nothing', () => {
  expect(mergeItineraries(stars(['bof181']), stars([], { bof181: 1 })).starredIds).toEqual([]);
  expect(mergeItineraries(stars(['bof181']), EMPTY).starredIds).toEqual(['bof181']);
  expect(mergeItineraries(EMPTY, stars(['bof181'])).starredIds).toEqual(['bof181']);
});

test('the zone chosen last wins; a merge that changes nothing returns the same state (no echo)', () => {
  const viewer: PersistedItinerary = { ...EMPTY, zoneMode: 'viewer', zoneModeAt: 50 };
  expect(mergeItineraries(EMPTY, viewer).zoneMode).toBe('viewer');
  expect(mergeItineraries(viewer, EMPTY)).toBe(viewer);
  const same = stars(['a'], { a: 1 });
  expect(mergeItineraries(same, stars(['a'], { a: 1 }))).toBe(same);
});

test('the agenda-update notice recorded or dismissed last wins; each tab keeps its own last view', () => {
  const recorded: PersistedItinerary = {
    ...EMPTY,
    lastQuery: 'view=agenda',
    update: {
      at: 10,
      changes: [{ kind: 'removed', before: { id: 'a', title: 'A', start: 's', end: 'e' } }],
      vanished: [],
    },
  };
  const dismissed: PersistedItinerary = { ...EMPTY, lastQuery: 'q=x', update: { at: 20, changes: [], vanished: [] } };
  expect(mergeItineraries(recorded, dismissed)).toMatchObject({
    lastQuery: 'view=agenda',
    update: { at: 20, changes: [] },
  });
  expect(mergeItineraries(dismissed, recorded)).toBe(dismissed);
});

test('exports merge session by session, the higher sequence winning', () => {
  const exported = (sequence: number, cancelled: boolean) => ({
    sequence,
    cancelled,
    fingerprint: 'f',
    title: 't',
    start: 's',
    end: 'e',
  });
  const a: PersistedItinerary = { ...EMPTY, exports: { x: exported(0, false), y: exported(2, true) } };
  const b: PersistedItinerary = { ...EMPTY, exports: { x: exported(1, true), z: exported(0, false) } };
  expect(mergeItineraries(a, b).exports).toEqual({ x: exported(1, true), y: exported(2, true), z: exported(0, false) });
});

test('maybes merge like stars: the later change wins, a maybe at the same instant is kept', () => {
  const maybe: PersistedItinerary = { ...stars(['a'], { a: 1 }), maybeIds: ['a'], maybeChangedAt: { a: 10 } };
  const undone: PersistedItinerary = { ...stars(['a'], { a: 1 }), maybeIds: [], maybeChangedAt: { a: 20 } };
  expect(mergeItineraries(maybe, undone).maybeIds).toEqual([]);
  expect(mergeItineraries(undone, maybe)).toBe(undone);
  const chosen = stars(['a'], { a: 1 });
  expect(mergeItineraries(chosen, maybe)).toMatchObject({ maybeIds: ['a'], maybeChangedAt: { a: 10 } });
});

// Each tab's history of toggles, as (session, kind, time) events; a tab's state is what its own events made.
const ids = fc.constantFrom('a', 'b', 'c', 'd');
const history = fc.array(
  fc.record({ id: ids, kind: fc.constantFrom('star', 'maybe'), at: fc.integer({ min: 1, max: 40 }) }),
  { maxLength: 12 },
);

/** What the store's toggleStar and toggleMaybe do, at the given times. */
function play(events: readonly { id: string; kind: string; at: number }[]): PersistedItinerary {
  let state = EMPTY;
  for (const { id, kind, at } of [...events].sort((x, y) => x.at - y.at)) {
    const starred = state.starredIds.includes(id);
    const maybe = state.maybeIds.includes(id);
    const maybeTime = Math.max(at, (state.maybeChangedAt[id] ?? 0) + 1);
    if (kind === 'maybe') {
      if (!starred) continue;
      state = {
        ...state,
        maybeIds: maybe ? state.maybeIds.filter((other) => other !== id) : [...state.maybeIds, id],
        maybeChangedAt: { ...state.maybeChangedAt, [id]: maybeTime },
      };
      continue;
    }
    const time = Math.max(at, (state.changedAt[id] ?? 0) + 1);
    state = {
      ...state,
      starredIds: starred ? state.starredIds.filter((other) => other !== id) : [...state.starredIds, id],
      changedAt: { ...state.changedAt, [id]: time },
      ...(maybe
        ? {
            maybeIds: state.maybeIds.filter((other) => other !== id),
            maybeChangedAt: { ...state.maybeChangedAt, [id]: maybeTime },
          }
        : {}),
    };
  }
  return state;
}

test('merging is commutative (as sets), idempotent and associative: every tab ends with the same stars and maybes', () => {
  fc.assert(
    fc.property(history, history, history, (x, y, z) => {
      const [a, b, c] = [play(x), play(y), play(z)];
      const set = (state: PersistedItinerary) => [[...state.starredIds].sort(), [...state.maybeIds].sort()];
      expect(set(mergeItineraries(a, b))).toEqual(set(mergeItineraries(b, a)));
      expect(mergeItineraries(mergeItineraries(a, b), b)).toEqual(mergeItineraries(a, b));
      expect(set(mergeItineraries(mergeItineraries(a, b), c))).toEqual(
        set(mergeItineraries(a, mergeItineraries(b, c))),
      );
      // For each session, the merged state is that of the latest change among the tabs.
      const merged = mergeItineraries(a, b);
      for (const id of ['a', 'b', 'c', 'd']) {
        const aAt = a.changedAt[id] ?? -1;
        const bAt = b.changedAt[id] ?? -1;
        if (aAt !== bAt) {
          const latest = aAt > bAt ? a : b;
          expect(merged.starredIds.includes(id)).toBe(latest.starredIds.includes(id));
        }
        const aMaybeAt = a.maybeChangedAt[id] ?? -1;
        const bMaybeAt = b.maybeChangedAt[id] ?? -1;
        if (aMaybeAt !== bMaybeAt) {
          const latest = aMaybeAt > bMaybeAt ? a : b;
          expect(merged.maybeIds.includes(id)).toBe(latest.maybeIds.includes(id));
        }
      }
    }),
    { numRuns: 300 },
  );
});

test('rekeyMarks moves each star and maybe to its session’s new id, ending the old id’s mark at the same time', () => {
  const state = {
    ...EMPTY_ITINERARY,
    starredIds: ['old-a', 'kept', 'old-b'],
    changedAt: { 'old-a': 5, kept: 6, 'old-b': 7 },
    maybeIds: ['old-b'],
    maybeChangedAt: { 'old-b': 8 },
  };
  const moved = rekeyMarks(
    state,
    new Map([
      ['old-a', 'new-a'],
      ['old-b', 'new-b'],
    ]),
    100,
  );
  expect(moved).toEqual({
    starredIds: ['new-a', 'kept', 'new-b'],
    changedAt: { 'old-a': 100, 'new-a': 100, kept: 6, 'old-b': 100, 'new-b': 100 },
    maybeIds: ['new-b'],
    maybeChangedAt: { 'old-b': 100, 'new-b': 100 },
  });
  // Merged with a tab that still has the old ids, the move wins: the old ids' marks ended later.
  const otherTab = { ...state, changedAt: { 'old-a': 5, kept: 6, 'old-b': 7 } };
  expect(mergeItineraries({ ...state, ...moved }, otherTab).starredIds).toEqual(['new-a', 'kept', 'new-b']);
});
