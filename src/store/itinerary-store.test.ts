import { describe, expect, test } from 'vitest';
import { createItineraryStores, storageName } from './itinerary-store';
import type { KeyValueStorage } from './safe-storage';

/** localStorage in memory, with switches for the ways a real one fails. */
class FakeStorage implements KeyValueStorage {
  readonly data = new Map<string, string>();
  failWrites = false;
  failReads = false;
  getItem(key: string): string | null {
    if (this.failReads) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
  backups(): string[] {
    return [...this.data.keys()].filter((key) => key.includes(':backup:'));
  }
}

const NAME = storageName('parsl-sc24');

/** The starred ids as written to storage. */
function storedIds(storage: FakeStorage): unknown {
  const stored: unknown = JSON.parse(storage.data.get(NAME) ?? 'null');
  return typeof stored === 'object' &&
    stored !== null &&
    'state' in stored &&
    typeof stored.state === 'object' &&
    stored.state !== null &&
    'starredIds' in stored.state
    ? stored.state.starredIds
    : undefined;
}

/** A clock that ticks one millisecond per reading, from a fixed start. */
function clock(start = 1_700_000_000_000) {
  let now = start;
  return () => now++;
}

function open(storage: FakeStorage, now: () => number = clock()) {
  return createItineraryStores('parsl-sc24', () => storage, now);
}

test('stars are saved per conference, with a version and the time of each change, and read back by a new visit', () => {
  const storage = new FakeStorage();
  const first = open(storage, clock(1000));
  first.actions.toggleStar('bof181');
  first.actions.toggleStar('pan108');
  first.actions.toggleStar('bof181');
  expect(JSON.parse(storage.data.get(NAME) ?? '')).toEqual({
    state: {
      starredIds: ['pan108'],
      // bof181 keeps the time it was unstarred: another tab's older star must not bring it back.
      changedAt: { bof181: 1002, pan108: 1001 },
      maybeIds: [],
      // Each star or unstar also ends any maybe on it, at the same time (see the tab merge).
      maybeChangedAt: { bof181: 1002, pan108: 1001 },
      zoneMode: 'event',
      zoneModeAt: 0,
      exports: {},
      lastQuery: '',
      update: { at: 0, changes: [], vanished: [] },
    },
    version: 2,
  });
  expect(open(storage).state.getState().starredIds).toEqual(['pan108']);
  expect(createItineraryStores('other-conf', () => storage).state.getState().starredIds).toEqual([]);
});

test('adding shared sessions merges and never removes a star', () => {
  const stores = open(new FakeStorage());
  stores.actions.toggleStar('bof181');
  stores.actions.addSharedSessions(['pan108', 'bof181', 'bof218']);
  expect(stores.state.getState().starredIds).toEqual(['bof181', 'pan108', 'bof218']);
});

test('a maybe stays starred, needs a star, goes with the star, and is kept across visits', () => {
  const storage = new FakeStorage();
  const stores = open(storage, clock(100));
  stores.actions.toggleMaybe('bof181');
  expect(stores.state.getState().maybeIds).toEqual([]);
  stores.actions.toggleStar('bof181');
  stores.actions.toggleStar('bof218');
  stores.actions.toggleMaybe('bof218');
  expect(stores.state.getState()).toMatchObject({ starredIds: ['bof181', 'bof218'], maybeIds: ['bof218'] });
  expect(open(storage).state.getState().maybeIds).toEqual(['bof218']);
  stores.actions.toggleMaybe('bof218');
  expect(stores.state.getState().maybeIds).toEqual([]);
  stores.actions.toggleMaybe('bof218');
  // Unstarred, it is no maybe any more; starred again, it is a plain choice.
  stores.actions.toggleStar('bof218');
  stores.actions.toggleStar('bof218');
  expect(stores.state.getState()).toMatchObject({ starredIds: ['bof181', 'bof218'], maybeIds: [] });
  // Each change carries its time, for the merge between tabs.
  expect(Object.keys(stores.state.getState().maybeChangedAt).sort()).toEqual(['bof181', 'bof218']);
});

test('shared maybes come as maybes for sessions not starred here; a session already starred keeps its choice', () => {
  const stores = open(new FakeStorage());
  stores.actions.toggleStar('bof181');
  stores.actions.addSharedSessions(['bof181', 'bof218', 'pan108'], ['bof181', 'bof218']);
  expect(stores.state.getState()).toMatchObject({
    starredIds: ['bof181', 'bof218', 'pan108'],
    maybeIds: ['bof218'],
  });
});

test('ids this schedule does not have are kept', () => {
  const storage = new FakeStorage();
  storage.data.set(
    NAME,
    JSON.stringify({ state: { starredIds: ['gone-from-the-post', 'bof181'], zoneMode: 'event' }, version: 1 }),
  );
  const stores = open(storage);
  stores.actions.toggleStar('pan108');
  expect(stores.state.getState().starredIds).toEqual(['gone-from-the-post', 'bof181', 'pan108']);
});

test('the zone choice persists', () => {
  const storage = new FakeStorage();
  open(storage).actions.chooseZone('viewer');
  expect(open(storage).state.getState().zoneMode).toBe('viewer');
});

describe('a stored value that cannot be read', () => {
  test('not JSON: backed up before anything is written, readable stars kept, reported once', () => {
    const storage = new FakeStorage();
    const raw = '{"state":{"starredIds":["bof181","pan108","bof2';
    storage.data.set(NAME, raw);
    const stores = open(storage);
    expect(stores.state.getState().starredIds).toEqual(['bof181', 'pan108']);
    const [backup] = storage.backups();
    expect(backup).toMatch(/^itinerary:parsl-sc24:backup:unreadable-v-unknown$/);
    expect(storage.data.get(backup ?? '')).toBe(raw);
    expect(stores.status.getState().recovery).toEqual({ reason: 'unreadable', backupKey: backup, kept: 2 });
    // The damaged value is replaced by the repaired one at once, so the next visit is not warned again.
    expect(storedIds(storage)).toEqual(['bof181', 'pan108']);
    const again = open(storage);
    expect(again.status.getState().recovery).toBeNull();
    expect(storage.backups()).toHaveLength(1);
    stores.actions.toggleStar('bof218');
    expect(storedIds(storage)).toEqual(['bof181', 'pan108', 'bof218']);
    expect(storage.data.get(backup ?? '')).toBe(raw);
  });

  test('the wrong shape: kept as a backup, readable stars kept', () => {
    const storage = new FakeStorage();
    storage.data.set(NAME, JSON.stringify({ state: { starredIds: ['bof181', 42, null] }, version: 1 }));
    const stores = open(storage);
    expect(stores.state.getState().starredIds).toEqual(['bof181']);
    expect(stores.status.getState().recovery?.reason).toBe('wrong-shape');
    expect(storage.backups()).toHaveLength(1);
  });

  test('a version from the future: its stars kept, the value backed up', () => {
    const storage = new FakeStorage();
    storage.data.set(NAME, JSON.stringify({ state: { starredIds: ['bof181'], folders: { a: 1 } }, version: 7 }));
    const stores = open(storage);
    expect(stores.state.getState().starredIds).toEqual(['bof181']);
    expect(stores.status.getState().recovery).toMatchObject({ reason: 'newer-version', kept: 1 });
    expect(storage.backups()).toHaveLength(1);
  });

  test('a version from the past keeps its stars, and is backed up and announced like any value not kept as it is', () => {
    const storage = new FakeStorage();
    const raw = JSON.stringify({ state: { starred: ['bof181', 'pan108'] }, version: 0 });
    storage.data.set(NAME, raw);
    const stores = open(storage);
    expect(stores.state.getState().starredIds).toEqual(['bof181', 'pan108']);
    expect(JSON.parse(storage.data.get(NAME) ?? '')).toMatchObject({
      version: 2,
      state: { starredIds: ['bof181', 'pan108'] },
    });
    const [backup] = storage.backups();
    expect(storage.data.get(backup ?? '')).toBe(raw);
    expect(stores.status.getState().recovery).toEqual({ reason: 'older-version', backupKey: backup, kept: 2 });
  });

  test.each([
    ['version 0, stars in an object', { state: { starredIds: { a: 'bof181' } }, version: 0 }, 'older-version', 1],
    ['version 0.5', { state: { starredIds: ['bof181'] }, version: 0.5 }, 'wrong-shape', 1],
    ['version -1', { state: { starredIds: ['bof181', 'pan108'] }, version: -1 }, 'wrong-shape', 2],
    [
      'version 1 with an id that is not one',
      { state: { starredIds: ['bof181', 'not an id'] }, version: 1 },
      'wrong-shape',
      1,
    ],
    ['version 1 with a duplicate', { state: { starredIds: ['bof181', 'bof181'] }, version: 1 }, 'wrong-shape', 1],
    ['version 1 with an unknown key', { state: { starredIds: ['bof181'], folders: [] }, version: 1 }, 'wrong-shape', 1],
    [
      'version 1 with a damaged export',
      { state: { starredIds: [], exports: { bof181: 3 } }, version: 1 },
      'wrong-shape',
      0,
    ],
    [
      'version 1 with maybes (which version 1 never wrote)',
      { state: { starredIds: ['bof181'], maybeIds: ['bof181'] }, version: 1 },
      'wrong-shape',
      1,
    ],
    [
      'version 2 with a maybe that is not an id',
      { state: { starredIds: ['bof181'], maybeIds: ['bof181', 'not an id'] }, version: 2 },
      'wrong-shape',
      1,
    ],
    [
      'version 2 with damaged maybe times',
      { state: { starredIds: ['bof181'], maybeIds: [], maybeChangedAt: { bof181: 'soon' } }, version: 2 },
      'wrong-shape',
      1,
    ],
    [
      'version 1 with a bad zone',
      { state: { starredIds: ['bof181'], zoneMode: 'mars' }, version: 1 },
      'wrong-shape',
      1,
    ],
  ])('%s: not kept exactly, so backed up first and announced', (_, value, reason, kept) => {
    const storage = new FakeStorage();
    const raw = JSON.stringify(value);
    storage.data.set(NAME, raw);
    const stores = open(storage);
    const [backup] = storage.backups();
    expect(storage.data.get(backup ?? '')).toBe(raw);
    expect(stores.status.getState().recovery).toEqual({ reason, backupKey: backup, kept });
    expect(stores.state.getState().starredIds).toHaveLength(kept);
  });

  test('a value this version wrote, or one without the newer optional parts, is kept as it is, silently', () => {
    for (const state of [
      { starredIds: ['bof181'], zoneMode: 'viewer' },
      { starredIds: ['bof181'], changedAt: { bof181: 5, pan108: 6 }, zoneMode: 'event', zoneModeAt: 0, exports: {} },
      { starredIds: ['bof181'], changedAt: { bof181: 5 }, maybeIds: ['bof181'], maybeChangedAt: { bof181: 7 } },
    ]) {
      const storage = new FakeStorage();
      storage.data.set(NAME, JSON.stringify({ state, version: 2 }));
      const stores = open(storage);
      expect(stores.status.getState().recovery).toBeNull();
      expect(storage.backups()).toEqual([]);
      expect(stores.state.getState().starredIds).toEqual(['bof181']);
    }
  });

  test('a value version 1 wrote is upgraded to version 2 as it is: no backup, no notice, nothing lost', () => {
    const storage = new FakeStorage();
    const state = {
      starredIds: ['bof181', 'pan108'],
      changedAt: { bof181: 5, pan108: 6, bof218: 7 },
      zoneMode: 'viewer',
      zoneModeAt: 9,
      exports: {
        bof181: { sequence: 2, cancelled: false, fingerprint: 'f', title: 'T', start: 's', end: 'e' },
      },
      lastQuery: 'view=agenda',
      update: { at: 0, changes: [], vanished: [] },
    };
    storage.data.set(NAME, JSON.stringify({ state, version: 1 }));
    const stores = open(storage);
    expect(stores.status.getState().recovery).toBeNull();
    expect(storage.backups()).toEqual([]);
    expect(stores.actions.readState()).toEqual({ ...state, maybeIds: [], maybeChangedAt: {}, noticeDismissed: false });
    // The next write is version 2, with everything the old value held.
    stores.actions.toggleMaybe('pan108');
    const { maybeChangedAt } = stores.actions.readState();
    expect(Object.keys(maybeChangedAt)).toEqual(['pan108']);
    expect(JSON.parse(storage.data.get(NAME) ?? '')).toEqual({
      state: { ...state, maybeIds: ['pan108'], maybeChangedAt },
      version: 2,
    });
  });

  test('when even the backup cannot be written, the damaged value is never overwritten', () => {
    const storage = new FakeStorage();
    storage.data.set(NAME, 'not json at all');
    storage.failWrites = true;
    const stores = open(storage);
    stores.actions.toggleStar('bof181');
    expect(storage.data.get(NAME)).toBe('not json at all');
    expect(stores.status.getState()).toMatchObject({ saveFailed: true, recovery: { backupKey: null } });
    // Space again: the backup goes first, then the new value.
    storage.failWrites = false;
    stores.actions.toggleStar('pan108');
    expect(storage.backups()).toHaveLength(1);
    expect(storage.data.get(storage.backups()[0] ?? '')).toBe('not json at all');
    expect(storedIds(storage)).toEqual(['bof181', 'pan108']);
    expect(stores.status.getState().saveFailed).toBe(false);
  });
});

describe('storage that fails', () => {
  test('a full quota: the star still toggles, the failure is reported, the next write retries', () => {
    const storage = new FakeStorage();
    const stores = open(storage);
    storage.failWrites = true;
    expect(() => {
      stores.actions.toggleStar('bof181');
    }).not.toThrow();
    expect(stores.state.getState().starredIds).toEqual(['bof181']);
    expect(stores.status.getState().saveFailed).toBe(true);
    storage.failWrites = false;
    stores.actions.toggleStar('pan108');
    expect(stores.status.getState().saveFailed).toBe(false);
    expect(storedIds(storage)).toEqual(['bof181', 'pan108']);
  });

  test('storage that throws on every call (disabled, private mode): the app still works', () => {
    const storage = new FakeStorage();
    storage.failReads = true;
    storage.failWrites = true;
    const stores = open(storage);
    stores.actions.toggleStar('bof181');
    expect(stores.state.getState().starredIds).toEqual(['bof181']);
    expect(stores.status.getState().saveFailed).toBe(true);
  });
});

test('what a calendar export held is kept across visits, merged with later exports', () => {
  const storage = new FakeStorage();
  const first = open(storage);
  const exported = {
    sequence: 0,
    cancelled: false,
    fingerprint: 'f',
    title: 'T',
    start: '2024-11-19T17:15:00-05:00',
    end: '2024-11-19T18:45:00-05:00',
  };
  first.actions.recordExport({ bof181: exported });
  first.actions.recordExport({ pan108: { ...exported, title: 'P' } });
  expect(Object.keys(open(storage).actions.readExports())).toEqual(['bof181', 'pan108']);
});

test('an update of the schedule is kept with its changes until dismissed; dismissing a vanished session forgets its star', () => {
  const storage = new FakeStorage();
  const stores = open(storage, clock(5000));
  stores.actions.toggleStar('bof181');
  stores.actions.toggleStar('pan108');
  const gone = {
    id: 'bof181',
    title: 'Making Sense',
    start: '2024-11-19T17:15:00-05:00',
    end: '2024-11-19T18:45:00-05:00',
  };
  stores.actions.recordUpdate([{ kind: 'removed', before: gone }], [gone]);
  stores.actions.rememberQuery('view=agenda');
  const again = open(storage);
  expect(again.status.getState().recovery).toBeNull();
  expect(again.state.getState()).toMatchObject({
    lastQuery: 'view=agenda',
    update: { changes: [{ kind: 'removed', before: gone }], vanished: [gone] },
  });
  again.actions.dismissChanges();
  expect(again.state.getState().update).toMatchObject({ changes: [], vanished: [gone] });
  again.actions.dismissVanished('bof181');
  expect(again.state.getState()).toMatchObject({ starredIds: ['pan108'], update: { vanished: [] } });
  expect(open(storage).state.getState().starredIds).toEqual(['pan108']);
});

test('a stored update with a damaged change is not kept exactly: backed up, the rest read', () => {
  const storage = new FakeStorage();
  const raw = JSON.stringify({
    state: {
      starredIds: ['bof181'],
      update: { at: 1, changes: [{ kind: 'moved', before: { id: 'x' } }], vanished: [] },
    },
    version: 1,
  });
  storage.data.set(NAME, raw);
  const stores = open(storage);
  expect(stores.status.getState().recovery?.reason).toBe('wrong-shape');
  expect(storage.data.get(storage.backups()[0] ?? '')).toBe(raw);
  expect(stores.state.getState()).toMatchObject({ starredIds: ['bof181'], update: { changes: [] } });
});

test('backups are bounded: one per kind of damage and version, the newest kept', () => {
  const storage = new FakeStorage();
  for (let n = 0; n < 9; n++) {
    storage.data.set(NAME, `{"state":{"starredIds":["bof181","pan${String(n)}`);
    open(storage);
  }
  expect(storage.backups()).toEqual([`${NAME}:backup:unreadable-v-unknown`]);
  expect(storage.data.get(`${NAME}:backup:unreadable-v-unknown`)).toBe('{"state":{"starredIds":["bof181","pan8');
  storage.data.set(NAME, JSON.stringify({ state: { starredIds: ['bof181'] }, version: 3 }));
  open(storage);
  storage.data.set(NAME, JSON.stringify({ state: { starredIds: ['bof181'], stray: 1 }, version: 2 }));
  open(storage);
  expect([...storage.backups()].sort()).toEqual([
    `${NAME}:backup:newer-version-v3`,
    `${NAME}:backup:unreadable-v-unknown`,
    `${NAME}:backup:wrong-shape-v2`,
  ]);
});
