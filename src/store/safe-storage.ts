/**
 * A zustand PersistStorage over localStorage that never throws and never loses what it cannot read:
 * - a stored value that cannot be kept exactly as it is (not JSON, the wrong shape, an unknown id, another
 *   version, older or newer) is copied to a backup key before anything is written over it, every star
 *   that can still be read is kept, and the page says so;
 * - a write that fails (quota exceeded, storage disabled, private mode) is reported and retried on the
 *   next write; the app carries on with the state in memory.
 * What happened is published on a small status store, so the page can say it.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { StoreApi } from 'zustand/vanilla';
import type { SessionId } from '../schedule/types';
import type { ExportedSession, ExportRecord } from '../schedule/ics';
import type { AgendaChange, SessionSnapshot } from '../schedule/changes';
import { SESSION_ID } from '../schedule/ids';

/** The part of window.localStorage this uses; tests pass failing or fake ones. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type ZoneMode = 'event' | 'viewer';

export interface PersistedItinerary {
  readonly starredIds: readonly SessionId[];
  /**
   * When (ms since 1970) each session was last starred or unstarred in any tab: stars are events, and two
   * tabs' lists are merged id by id, the later change winning. An unstarred id keeps its time, so that
   * another tab's older star does not bring it back.
   */
  readonly changedAt: Readonly<Record<SessionId, number>>;
  /**
   * Starred sessions the attendee may attend instead of the one chosen in an overlap ("Maybe"): still
   * starred, but no longer a conflict, printed as "or:" and exported as tentative. Only starred ids count;
   * unstarring a session takes its maybe away.
   */
  readonly maybeIds: readonly SessionId[];
  /** When each session was last marked or unmarked as a maybe, merged between tabs like `changedAt`. */
  readonly maybeChangedAt: Readonly<Record<SessionId, number>>;
  readonly zoneMode: ZoneMode;
  /** When the zone was last chosen; 0 when never. */
  readonly zoneModeAt: number;
  /** What the last calendar exports held, so a later one can cancel what was unstarred since. */
  readonly exports: ExportRecord;
  /** The query of the view last seen (filters, view), restored when the attendee comes back to it. */
  readonly lastQuery: string;
  /** What the last update of the schedule changed in the agenda; shown until dismissed. */
  readonly update: ScheduleUpdate;
}

export interface ScheduleUpdate {
  /** When it was recorded or last dismissed, ms since 1970 (other tabs merge by it); 0 when never. */
  readonly at: number;
  readonly changes: readonly AgendaChange[];
  /** Starred sessions the schedule no longer has, shown as such until dismissed one by one. */
  readonly vanished: readonly SessionSnapshot[];
}

export const NO_UPDATE: ScheduleUpdate = { at: 0, changes: [], vanished: [] };

/** A conference nobody has starred anything of yet. */
export const EMPTY_ITINERARY: PersistedItinerary = {
  starredIds: [],
  changedAt: {},
  maybeIds: [],
  maybeChangedAt: {},
  zoneMode: 'event',
  zoneModeAt: 0,
  exports: {},
  lastQuery: '',
  update: NO_UPDATE,
};

/** Version 2 added the maybes (`maybeIds`, `maybeChangedAt`); see UPGRADES. */
export const PERSIST_VERSION = 2;

export type RecoveryReason = 'unreadable' | 'wrong-shape' | 'newer-version' | 'older-version';

export interface Recovery {
  readonly reason: RecoveryReason;
  /** Where the unreadable value was saved; null while that could not be written. */
  readonly backupKey: string | null;
  /** Stars that could still be read and were kept. */
  readonly kept: number;
}

export interface StorageStatus {
  /** The last write did not reach storage: the plan lives only in this tab until a write succeeds. */
  readonly saveFailed: boolean;
  readonly recovery: Recovery | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The session ids in a list (or, from a damaged value, in the values of an object). */
function idsIn(value: unknown): SessionId[] {
  const items: unknown[] = Array.isArray(value) ? value : isRecord(value) ? Object.values(value) : [];
  const ids: SessionId[] = [];
  for (const item of items) {
    if (typeof item === 'string' && SESSION_ID.test(item) && !ids.includes(item)) ids.push(item);
  }
  return ids;
}

/** Every star that can be read from a stored state of any version: `starredIds`, or older names for it. */
export function readableIds(state: unknown): SessionId[] {
  if (Array.isArray(state)) return idsIn(state);
  if (!isRecord(state)) return [];
  for (const key of ['starredIds', 'starred', 'stars', 'ids']) {
    const ids = idsIn(state[key]);
    if (ids.length > 0) return ids;
  }
  return [];
}

/** Ids in text that is no longer JSON (a cut-off write): the quoted words after "starredIds". */
function salvageIds(raw: string): SessionId[] {
  const key = raw.indexOf('starredIds');
  const from = key < 0 ? -1 : raw.indexOf('[', key);
  if (from < 0) return [];
  const list = raw.slice(from + 1);
  const end = list.indexOf(']');
  const ids: SessionId[] = [];
  for (const match of (end < 0 ? list : list.slice(0, end)).matchAll(/"([^"\\]*)"/g)) {
    const id = match[1] ?? '';
    if (SESSION_ID.test(id) && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

function isExported(value: unknown): value is ExportedSession {
  return (
    isRecord(value) &&
    typeof value.sequence === 'number' &&
    typeof value.cancelled === 'boolean' &&
    (value.tentative === undefined || typeof value.tentative === 'boolean') &&
    typeof value.fingerprint === 'string' &&
    typeof value.title === 'string' &&
    typeof value.start === 'string' &&
    typeof value.end === 'string'
  );
}

/** The export record, entry by entry: one that cannot be read only means that session is not cancelled later. */
function exportsIn(state: unknown): ExportRecord {
  const exports = isRecord(state) ? state.exports : undefined;
  if (!isRecord(exports)) return {};
  const record: Record<SessionId, ExportedSession> = {};
  for (const [id, value] of Object.entries(exports)) {
    if (SESSION_ID.test(id) && isExported(value)) record[id] = value;
  }
  return record;
}

function zoneModeIn(state: unknown): ZoneMode {
  return isRecord(state) && state.zoneMode === 'viewer' ? 'viewer' : 'event';
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function timesIn(state: unknown, key: 'changedAt' | 'maybeChangedAt'): Record<SessionId, number> {
  const changes = isRecord(state) ? state[key] : undefined;
  const record: Record<SessionId, number> = {};
  if (!isRecord(changes)) return record;
  for (const [id, at] of Object.entries(changes)) if (SESSION_ID.test(id) && isTime(at)) record[id] = at;
  return record;
}

function isSnapshot(value: unknown): value is SessionSnapshot {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    SESSION_ID.test(value.id) &&
    typeof value.title === 'string' &&
    typeof value.start === 'string' &&
    typeof value.end === 'string' &&
    (value.room === undefined || typeof value.room === 'string') &&
    (value.ambiguous === undefined || typeof value.ambiguous === 'number')
  );
}

function isChange(value: unknown): value is AgendaChange {
  if (!isRecord(value) || !isSnapshot(value.before)) return false;
  if (value.kind === 'removed') return true;
  return (value.kind === 'moved' || value.kind === 'room' || value.kind === 'cancelled') && isSnapshot(value.after);
}

function updateIn(state: unknown): ScheduleUpdate {
  const update = isRecord(state) ? state.update : undefined;
  if (!isRecord(update)) return NO_UPDATE;
  return {
    at: isTime(update.at) ? update.at : 0,
    changes: (Array.isArray(update.changes) ? update.changes : []).filter(isChange),
    vanished: (Array.isArray(update.vanished) ? update.vanished : []).filter(isSnapshot),
  };
}

/** Whatever can be read from a stored state of any version or shape. */
function readableState(state: unknown): PersistedItinerary {
  return {
    starredIds: readableIds(state),
    changedAt: timesIn(state, 'changedAt'),
    maybeIds: isRecord(state) ? idsIn(state.maybeIds) : [],
    maybeChangedAt: timesIn(state, 'maybeChangedAt'),
    zoneMode: zoneModeIn(state),
    zoneModeAt: isRecord(state) && isTime(state.zoneModeAt) ? state.zoneModeAt : 0,
    exports: exportsIn(state),
    lastQuery: isRecord(state) && typeof state.lastQuery === 'string' ? state.lastQuery : '',
    update: updateIn(state),
  };
}

const PERSISTED_KEYS = new Set([
  'starredIds',
  'changedAt',
  'maybeIds',
  'maybeChangedAt',
  'zoneMode',
  'zoneModeAt',
  'exports',
  'lastQuery',
  'update',
]);

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
function upgrade(state: Record<string, unknown>, version: number): Record<string, unknown> | null {
  let upgraded: Record<string, unknown> | null = state;
  for (let from = version; from < PERSIST_VERSION && upgraded !== null; from++) {
    const step = UPGRADES[from];
    upgraded = step ? step(upgraded) : null;
  }
  return upgraded;
}

/** Whether the stored update record is read in full: its every change and vanished session. */
function updateKeptExactly(raw: unknown, read: ScheduleUpdate): boolean {
  if (raw === undefined) return true;
  if (!isRecord(raw)) return false;
  const { at, changes, vanished } = raw;
  return (
    at === read.at &&
    Array.isArray(changes) &&
    changes.length === read.changes.length &&
    Array.isArray(vanished) &&
    vanished.length === read.vanished.length
  );
}

/**
 * The state, if every part of it is kept exactly as stored (absent optional parts aside); null if reading
 * it would drop or change anything: an unknown key, an id that is not one, a duplicate, a damaged export.
 */
function readExactly(state: Record<string, unknown>): PersistedItinerary | null {
  const read = readableState(state);
  const { starredIds, changedAt, maybeIds, maybeChangedAt, zoneMode, zoneModeAt, exports, lastQuery, update } = state;
  const exact =
    Object.keys(state).every((key) => PERSISTED_KEYS.has(key)) &&
    sameIds(starredIds, read.starredIds) &&
    (changedAt === undefined || (isRecord(changedAt) && sameKeys(changedAt, read.changedAt))) &&
    (maybeIds === undefined || sameIds(maybeIds, read.maybeIds)) &&
    (maybeChangedAt === undefined || (isRecord(maybeChangedAt) && sameKeys(maybeChangedAt, read.maybeChangedAt))) &&
    (zoneMode === undefined || zoneMode === read.zoneMode) &&
    (zoneModeAt === undefined || zoneModeAt === read.zoneModeAt) &&
    (exports === undefined || (isRecord(exports) && sameKeys(exports, read.exports))) &&
    (lastQuery === undefined || typeof lastQuery === 'string') &&
    updateKeptExactly(update, read.update);
  return exact ? read : null;
}

function sameIds(raw: unknown, kept: readonly SessionId[]): boolean {
  return Array.isArray(raw) && raw.length === kept.length && raw.every((id, i) => id === kept[i]);
}

function sameKeys(raw: Record<string, unknown>, kept: Record<string, unknown>): boolean {
  return Object.keys(raw).length === Object.keys(kept).length;
}

/** A PersistStorage whose reads are synchronous (localStorage is), so other tabs' values can be merged at once. */
export interface SyncPersistStorage extends PersistStorage<PersistedItinerary> {
  getItem(name: string): StorageValue<PersistedItinerary> | null;
}

export function createSafeStorage(
  getStorage: () => KeyValueStorage,
  status: StoreApi<StorageStatus>,
): SyncPersistStorage {
  // Unreadable values whose backup could not be written yet: nothing may be written over them.
  const pendingBackups = new Map<string, { key: string; raw: string }>();

  const tryWrite = (key: string, value: string): boolean => {
    try {
      getStorage().setItem(key, value);
      return true;
    } catch {
      return false;
    }
  };

  const flushBackup = (name: string): boolean => {
    const pending = pendingBackups.get(name);
    if (!pending) return true;
    if (!tryWrite(pending.key, pending.raw)) return false;
    pendingBackups.delete(name);
    const recovery = status.getState().recovery;
    if (recovery) status.setState({ recovery: { ...recovery, backupKey: pending.key } });
    return true;
  };

  const recover = (name: string, raw: string, reason: RecoveryReason, state: PersistedItinerary, version: unknown) => {
    // One backup per kind of damage and version: a later one of the same kind replaces it (the oldest is
    // dropped), so a value damaged again and again, or a tab of another release writing on and on, cannot
    // fill the storage with backups.
    const written = typeof version === 'number' && Number.isFinite(version) ? `v${String(version)}` : 'v-unknown';
    const key = `${name}:backup:${reason}-${written}`;
    const value = { state, version: PERSIST_VERSION };
    pendingBackups.set(name, { key, raw });
    status.setState({ recovery: { reason, backupKey: null, kept: state.starredIds.length } });
    // Once the backup is safe, the repaired value replaces the damaged one, so the next visit reads it cleanly.
    if (!flushBackup(name) || !tryWrite(name, JSON.stringify(value))) status.setState({ saveFailed: true });
    return value;
  };

  return {
    getItem(name): StorageValue<PersistedItinerary> | null {
      let raw: string | null;
      try {
        raw = getStorage().getItem(name);
      } catch {
        status.setState({ saveFailed: true });
        return null;
      }
      if (raw === null) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        const salvaged = salvageIds(raw);
        return recover(name, raw, 'unreadable', { ...readableState({}), starredIds: salvaged }, undefined);
      }
      const state = isRecord(parsed) ? parsed.state : undefined;
      const version = isRecord(parsed) ? parsed.version : undefined;
      if (typeof version !== 'number' || !isRecord(state)) {
        return recover(name, raw, 'wrong-shape', readableState(state ?? parsed), version);
      }
      if (version > PERSIST_VERSION) return recover(name, raw, 'newer-version', readableState(state), version);
      // A version this one knows how to upgrade (UPGRADES) is read exactly and silently. Any other version
      // (there was never a version 0; -1 and 0.5 are damage) is read as far as it can be, but not kept
      // exactly: backed up first, like any other value that changes on reading.
      if (!Number.isInteger(version) || version < 1) {
        return recover(name, raw, version === 0 ? 'older-version' : 'wrong-shape', readableState(state), version);
      }
      const upgraded = upgrade(state, version);
      const exact = upgraded === null ? null : readExactly(upgraded);
      if (!exact) return recover(name, raw, 'wrong-shape', readableState(state), version);
      return { state: exact, version: PERSIST_VERSION };
    },

    setItem(name, value) {
      if (!flushBackup(name) || !tryWrite(name, JSON.stringify(value))) {
        status.setState({ saveFailed: true });
        return;
      }
      if (status.getState().saveFailed) status.setState({ saveFailed: false });
    },

    removeItem(name) {
      try {
        getStorage().removeItem(name);
      } catch {
        status.setState({ saveFailed: true });
      }
    },
  };
}
