/**
 * A zustand PersistStorage over localStorage that never throws and never loses what it cannot read:
 * - an unreadable stored value (not JSON, wrong shape, a version from the future) is copied to a backup
 *   key before anything is written over it, and every star that can still be read is kept;
 * - a write that fails (quota exceeded, storage disabled, private mode) is reported and retried on the
 *   next write; the app carries on with the state in memory.
 * What happened is published on a small status store, so the page can say it.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { StoreApi } from 'zustand/vanilla';
import type { SessionId } from '../schedule/types';
import type { ExportedSession, ExportRecord } from '../schedule/ics';

/** The part of window.localStorage this uses; tests pass failing or fake ones. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type ZoneMode = 'event' | 'viewer';

export interface PersistedItinerary {
  readonly starredIds: readonly SessionId[];
  readonly zoneMode: ZoneMode;
  /** What the last calendar exports held, so a later one can cancel what was unstarred since. */
  readonly exports: ExportRecord;
}

export const PERSIST_VERSION = 1;

export type RecoveryReason = 'unreadable' | 'wrong-shape' | 'newer-version';

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

const SESSION_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function idsIn(value: unknown): SessionId[] {
  if (!Array.isArray(value)) return [];
  const ids: SessionId[] = [];
  for (const item of value) {
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

export function createSafeStorage(
  getStorage: () => KeyValueStorage,
  status: StoreApi<StorageStatus>,
  now: () => number = Date.now,
): PersistStorage<PersistedItinerary> {
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

  const recover = (
    name: string,
    raw: string,
    reason: RecoveryReason,
    ids: SessionId[],
    zoneMode: ZoneMode,
    exports: ExportRecord,
  ) => {
    const key = `${name}:backup:${now()}`;
    const value = { state: { starredIds: ids, zoneMode, exports }, version: PERSIST_VERSION };
    pendingBackups.set(name, { key, raw });
    status.setState({ recovery: { reason, backupKey: null, kept: ids.length } });
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
        return recover(name, raw, 'unreadable', salvageIds(raw), 'event', {});
      }
      const state = isRecord(parsed) ? parsed.state : undefined;
      const version = isRecord(parsed) ? parsed.version : undefined;
      if (typeof version !== 'number' || !isRecord(state)) {
        return recover(name, raw, 'wrong-shape', readableIds(state ?? parsed), zoneModeIn(state), exportsIn(state));
      }
      if (version > PERSIST_VERSION) {
        return recover(name, raw, 'newer-version', readableIds(state), zoneModeIn(state), exportsIn(state));
      }
      if (version === PERSIST_VERSION) {
        const wellFormed = Array.isArray(state.starredIds) && state.starredIds.every((id) => typeof id === 'string');
        if (!wellFormed)
          return recover(name, raw, 'wrong-shape', readableIds(state), zoneModeIn(state), exportsIn(state));
        return {
          state: { starredIds: idsIn(state.starredIds), zoneMode: zoneModeIn(state), exports: exportsIn(state) },
          version,
        };
      }
      // An older version: zustand's persist hands it to `migrate`.
      return {
        state: { starredIds: readableIds(state), zoneMode: zoneModeIn(state), exports: exportsIn(state) },
        version,
      };
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
