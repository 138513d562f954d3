/**
 * Reading a stored value of any version or shape, part by part: whatever can be read of each part, so
 * that a damaged value loses only what is damaged. persisted-value.ts puts these in its table.
 */
import type { SessionId } from '../schedule/types';
import type { ExportedSession, ExportRecord } from '../schedule/ics';
import type { AgendaChange, SessionSnapshot } from '../schedule/changes';
import { SESSION_ID } from '../schedule/ids';
import { NO_UPDATE, type ScheduleUpdate, type ZoneMode } from './persisted-types';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The session ids in a list (or, from a damaged value, in the values of an object). */
export function idsIn(value: unknown): SessionId[] {
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
export function salvageIds(raw: string): SessionId[] {
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
export function exportsIn(state: unknown): ExportRecord {
  const exports = isRecord(state) ? state.exports : undefined;
  if (!isRecord(exports)) return {};
  const record: Record<SessionId, ExportedSession> = {};
  for (const [id, value] of Object.entries(exports)) {
    if (SESSION_ID.test(id) && isExported(value)) record[id] = value;
  }
  return record;
}

export function zoneModeIn(state: unknown): ZoneMode {
  return isRecord(state) && state.zoneMode === 'viewer' ? 'viewer' : 'event';
}

export function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

export function timesIn(state: unknown, key: 'changedAt' | 'maybeChangedAt'): Record<SessionId, number> {
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

export function updateIn(state: unknown): ScheduleUpdate {
  const update = isRecord(state) ? state.update : undefined;
  if (!isRecord(update)) return NO_UPDATE;
  return {
    at: isTime(update.at) ? update.at : 0,
    changes: (Array.isArray(update.changes) ? update.changes : []).filter(isChange),
    vanished: (Array.isArray(update.vanished) ? update.vanished : []).filter(isSnapshot),
  };
}

/** Whether the stored update record is read in full: its every change and vanished session. */
export function updateKeptExactly(raw: unknown, read: ScheduleUpdate): boolean {
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

export function sameIds(raw: unknown, kept: readonly SessionId[]): boolean {
  return Array.isArray(raw) && raw.length === kept.length && raw.every((id, i) => id === kept[i]);
}

export function sameKeys(raw: Record<string, unknown>, kept: Record<string, unknown>): boolean {
  return Object.keys(raw).length === Object.keys(kept).length;
}
