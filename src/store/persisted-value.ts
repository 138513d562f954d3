/**
 * The persisted value of one conference, as one table: for each key, its value when nothing was stored,
 * what can be read of it from a stored value of any version or shape, and whether a stored value is kept
 * exactly by that reading. The version and its upgrades sit beside it. The empty value, the reading, the
 * exact check, the part the store persists and the tab merge's comparison are all derived from the table,
 * so a new key is written once (the compiler asks for its entry).
 */
import type { SessionId } from '../schedule/types';
import {
  exportsIn,
  idsIn,
  isRecord,
  isTime,
  readableIds,
  sameIds,
  sameKeys,
  timesIn,
  updateIn,
  updateKeptExactly,
  zoneModeIn,
} from './persisted-readers';
import { NO_UPDATE, type PersistedItinerary } from './persisted-types';

type Key = keyof PersistedItinerary;

interface KeyRule<K extends Key> {
  /** Its value in a conference nobody has touched. */
  readonly empty: PersistedItinerary[K];
  /** What can be read of it from a stored state of any version or shape. */
  readonly read: (state: unknown) => PersistedItinerary[K];
  /** Whether the stored `raw` (undefined when absent) is kept exactly by `read`. */
  readonly exact: (raw: unknown, read: PersistedItinerary[K]) => boolean;
}

const absentOr = (check: (raw: unknown) => boolean) => (raw: unknown) => raw === undefined || check(raw);
const sameRecordKeys = (raw: unknown, read: Readonly<Record<SessionId, unknown>>) =>
  raw === undefined || (isRecord(raw) && sameKeys(raw, read));

export const PERSISTED: { readonly [K in Key]: KeyRule<K> } = {
  starredIds: { empty: [], read: readableIds, exact: sameIds },
  changedAt: { empty: {}, read: (state) => timesIn(state, 'changedAt'), exact: sameRecordKeys },
  maybeIds: {
    empty: [],
    read: (state) => (isRecord(state) ? idsIn(state.maybeIds) : []),
    exact: (raw, read) => raw === undefined || sameIds(raw, read),
  },
  maybeChangedAt: { empty: {}, read: (state) => timesIn(state, 'maybeChangedAt'), exact: sameRecordKeys },
  zoneMode: { empty: 'event', read: zoneModeIn, exact: (raw, read) => raw === undefined || raw === read },
  zoneModeAt: {
    empty: 0,
    read: (state) => (isRecord(state) && isTime(state.zoneModeAt) ? state.zoneModeAt : 0),
    exact: (raw, read) => raw === undefined || raw === read,
  },
  exports: { empty: {}, read: exportsIn, exact: sameRecordKeys },
  lastQuery: {
    empty: '',
    read: (state) => (isRecord(state) && typeof state.lastQuery === 'string' ? state.lastQuery : ''),
    exact: absentOr((raw) => typeof raw === 'string'),
  },
  update: { empty: NO_UPDATE, read: updateIn, exact: updateKeptExactly },
};

/** A whole value made key by key (the one place that lists the keys as a value, checked by the compiler). */
function eachKey(value: <K extends Key>(key: K) => PersistedItinerary[K]): PersistedItinerary {
  return {
    starredIds: value('starredIds'),
    changedAt: value('changedAt'),
    maybeIds: value('maybeIds'),
    maybeChangedAt: value('maybeChangedAt'),
    zoneMode: value('zoneMode'),
    zoneModeAt: value('zoneModeAt'),
    exports: value('exports'),
    lastQuery: value('lastQuery'),
    update: value('update'),
  };
}

const isKey = (key: string): key is Key => Object.hasOwn(PERSISTED, key);
export const PERSISTED_KEYS: readonly Key[] = Object.keys(PERSISTED).filter(isKey);

/** A conference nobody has starred anything of yet. */
export const EMPTY_ITINERARY: PersistedItinerary = eachKey((key) => PERSISTED[key].empty);

/** Whatever can be read from a stored state of any version or shape. */
export function readableState(state: unknown): PersistedItinerary {
  return eachKey((key) => PERSISTED[key].read(state));
}

/** What is persisted of a state that holds more (what lasts only for the page, such as a notice closed). */
export function persistedPart(state: PersistedItinerary): PersistedItinerary {
  return eachKey((key) => state[key]);
}

function keptExactly<K extends Key>(key: K, raw: unknown, read: Pick<PersistedItinerary, K>): boolean {
  return PERSISTED[key].exact(raw, read[key]);
}

/**
 * The state, if every part of it is kept exactly as stored (absent optional parts aside); null if reading
 * it would drop or change anything: an unknown key, an id that is not one, a duplicate, a damaged export.
 */
export function readExactly(state: Record<string, unknown>): PersistedItinerary | null {
  const read = readableState(state);
  const exact = Object.keys(state).every(isKey) && PERSISTED_KEYS.every((key) => keptExactly(key, state[key], read));
  return exact ? read : null;
}

/** Version 2 added the maybes (`maybeIds`, `maybeChangedAt`); see UPGRADES. */
export const PERSIST_VERSION = 2;

/**
 * How a value an earlier version wrote becomes one of this version, exactly: nothing in it is dropped or
 * changed, so it needs no backup and no notice. Null when the value is not one that version could write.
 */
const UPGRADES: Readonly<Record<number, (state: Record<string, unknown>) => Record<string, unknown> | null>> = {
  // Version 1 had no maybes: every star was a chosen session. A maybe key in it is damage, not data.
  1: (state) =>
    'maybeIds' in state || 'maybeChangedAt' in state ? null : { ...state, maybeIds: [], maybeChangedAt: {} },
};

/** A value of `version` brought up to this version, or null when it cannot be without losing something. */
export function upgrade(state: Record<string, unknown>, version: number): Record<string, unknown> | null {
  let upgraded: Record<string, unknown> | null = state;
  for (let from = version; from < PERSIST_VERSION && upgraded !== null; from++) {
    const step = UPGRADES[from];
    upgraded = step ? step(upgraded) : null;
  }
  return upgraded;
}
