/**
 * A zustand PersistStorage over localStorage that never throws and never loses what it cannot read:
 * - a stored value that cannot be kept exactly as it is (not JSON, the wrong shape, an unknown id, another
 *   version, older or newer) is copied to a backup key before anything is written over it, every star
 *   that can still be read is kept, and the page says so;
 * - a write that fails (quota exceeded, storage disabled, private mode) is reported and retried on the
 *   next write; the app carries on with the state in memory.
 * What happened is published on a small status store, so the page can say it. What the value is, and how
 * each part of it is read, is persisted-value.ts's table.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { StoreApi } from 'zustand/vanilla';
import { isRecord, salvageIds } from './persisted-readers';
import type { PersistedItinerary } from './persisted-types';
import { PERSIST_VERSION, readableState, readExactly, upgrade } from './persisted-value';

/** The part of window.localStorage this uses; tests pass failing or fake ones. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

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

/** What a stored text reads as: the value of this version, or what could be read and why it is not exact. */
type Reading =
  | { readonly exact: PersistedItinerary }
  | { readonly reason: RecoveryReason; readonly state: PersistedItinerary; readonly version: unknown };

/** Reads a stored text, exactly where it can be. */
function readStored(raw: string): Reading {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { reason: 'unreadable', state: { ...readableState({}), starredIds: salvageIds(raw) }, version: undefined };
  }
  const state = isRecord(parsed) ? parsed.state : undefined;
  const version = isRecord(parsed) ? parsed.version : undefined;
  if (typeof version !== 'number' || !isRecord(state)) {
    return { reason: 'wrong-shape', state: readableState(state ?? parsed), version };
  }
  if (version > PERSIST_VERSION) return { reason: 'newer-version', state: readableState(state), version };
  // A version this one knows how to upgrade (UPGRADES) is read exactly and silently. Any other version
  // (there was never a version 0; -1 and 0.5 are damage) is read as far as it can be, but not kept
  // exactly: backed up first, like any other value that changes on reading.
  if (!Number.isInteger(version) || version < 1) {
    return { reason: version === 0 ? 'older-version' : 'wrong-shape', state: readableState(state), version };
  }
  const upgraded = upgrade(state, version);
  const exact = upgraded === null ? null : readExactly(upgraded);
  return exact ? { exact } : { reason: 'wrong-shape', state: readableState(state), version };
}

/** A PersistStorage whose reads are synchronous (localStorage is), so other tabs' values can be merged at once. */
export interface SyncPersistStorage extends PersistStorage<PersistedItinerary> {
  getItem(name: string): StorageValue<PersistedItinerary> | null;
}

/**
 * Writes that never throw, and the backups of values that cannot be kept exactly: a backup waits (and
 * nothing is written over its value) until it can be written.
 */
function backupsFor(getStorage: () => KeyValueStorage, status: StoreApi<StorageStatus>) {
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

  return { tryWrite, flushBackup, recover };
}

export function createSafeStorage(
  getStorage: () => KeyValueStorage,
  status: StoreApi<StorageStatus>,
): SyncPersistStorage {
  const { tryWrite, flushBackup, recover } = backupsFor(getStorage, status);
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
      const reading = readStored(raw);
      if ('exact' in reading) return { state: reading.exact, version: PERSIST_VERSION };
      return recover(name, raw, reading.reason, reading.state, reading.version);
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
