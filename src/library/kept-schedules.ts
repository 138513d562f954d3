/**
 * The schedules an attendee has opened, kept in IndexedDB (they are megabytes; localStorage has about
 * 5 MB for everything). The one module that imports the IndexedDB wrapper (idb-keyval). Two databases: a
 * small record per conference, listed at start-up, and the schedules, read one at a time when shown.
 */
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import type { Schedule } from '../schedule/types';
import { validateSchedule } from '../schedule/validate';

/** Where a kept schedule came from: a file the attendee chose, or an address that can be checked again. */
export type KeptSource =
  { readonly kind: 'file'; readonly name: string } | { readonly kind: 'address'; readonly url: string };

export interface KeptConference {
  readonly id: string;
  readonly title: string;
  readonly start: string;
  readonly end: string;
  readonly sessions: number;
  readonly source: KeptSource;
  /** SHA-256 of the source: "Check for updates" compares it. */
  readonly sha256: string;
  /** When it was opened or last updated, ms since 1970. */
  readonly updatedAt: number;
  /** The version it replaced, kept to go back to (one only: going back swaps the two). */
  readonly previous?: PreviousVersion;
}

export interface PreviousVersion {
  readonly sha256: string;
  readonly source: KeptSource;
  readonly updatedAt: number;
}

/** Where the previous version of a conference's schedule is kept (a conference id has no colon). */
const previousKey = (id: string) => `previous:${id}`;

function isSource(value: unknown): value is KeptSource {
  if (typeof value !== 'object' || value === null) return false;
  const record: Record<string, unknown> = Object.fromEntries(Object.entries(value));
  return (
    (record.kind === 'file' && typeof record.name === 'string') ||
    (record.kind === 'address' && typeof record.url === 'string')
  );
}

function isPrevious(value: unknown): value is PreviousVersion {
  if (typeof value !== 'object' || value === null) return false;
  const record: Record<string, unknown> = Object.fromEntries(Object.entries(value));
  return typeof record.sha256 === 'string' && typeof record.updatedAt === 'number' && isSource(record.source);
}

let stores: { conferences: UseStore; schedules: UseStore } | null = null;

function open() {
  stores ??= {
    conferences: createStore('itinerary-conferences', 'conferences'),
    schedules: createStore('itinerary-schedules', 'schedules'),
  };
  return stores;
}

function isKeptConference(value: unknown): value is KeptConference {
  if (typeof value !== 'object' || value === null) return false;
  const record: Record<string, unknown> = Object.fromEntries(Object.entries(value));
  const source = record.source;
  return (
    typeof record.id === 'string' &&
    typeof record.title === 'string' &&
    typeof record.start === 'string' &&
    typeof record.end === 'string' &&
    typeof record.sessions === 'number' &&
    typeof record.sha256 === 'string' &&
    typeof record.updatedAt === 'number' &&
    isSource(source) &&
    (record.previous === undefined || isPrevious(record.previous))
  );
}

/** Every kept conference, most recently updated first. Unreadable records are passed over. */
export async function keptConferences(): Promise<KeptConference[]> {
  const all = await entries<string, unknown>(open().conferences);
  return all
    .map(([, value]) => value)
    .filter(isKeptConference)
    .sort((a, b) => b.updatedAt - a.updatedAt);
}

/**
 * A schedule's JSON (UTF-8), when it is at hand: the import worker writes it for a big schedule, and a
 * schedule read from its JSON keeps it. Kept as bytes, a schedule is stored in a few ms; as an object,
 * IndexedDB copies it field by field on the page's thread (280 ms for 100,000 sessions).
 */
const jsons = new WeakMap<Schedule, ArrayBuffer>();

export function rememberScheduleJson(schedule: Schedule, json: ArrayBuffer): void {
  jsons.set(schedule, json);
}

/** What is stored for a schedule: its JSON bytes when known, else the object (both are read back). */
function stored(schedule: Schedule): Schedule | ArrayBuffer {
  return jsons.get(schedule) ?? schedule;
}

function checked(value: unknown): { ok: true; schedule: Schedule } | { ok: false; error: string } {
  if (value === undefined) return { ok: false, error: 'it is no longer in this browser’s storage' };
  let data: unknown = value;
  if (value instanceof ArrayBuffer) {
    try {
      data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(value));
    } catch {
      return { ok: false, error: 'the kept copy is damaged (its bytes are not JSON)' };
    }
  }
  const result = validateSchedule(data);
  if (result.ok && value instanceof ArrayBuffer) jsons.set(result.schedule, value);
  return result.ok ? result : { ok: false, error: `the kept copy is damaged (${result.errors[0] ?? 'unreadable'})` };
}

/** A kept schedule, through the validator like every other; an error message when it cannot be read. */
export async function keptSchedule(
  id: string,
): Promise<{ ok: true; schedule: Schedule } | { ok: false; error: string }> {
  return checked(await get(id, open().schedules));
}

/** The version a kept schedule replaced, when one is kept. */
export async function previousSchedule(
  id: string,
): Promise<{ ok: true; schedule: Schedule } | { ok: false; error: string }> {
  return checked(await get(previousKey(id), open().schedules));
}

/**
 * Keeps `schedule` (opened from `source`) as its conference's. `replaced`, when given, is the version it
 * replaces, with where that came from: it is kept to go back to.
 */
export async function keepSchedule(
  schedule: Schedule,
  source: KeptSource,
  now: number = Date.now(),
  replaced?: { readonly schedule: Schedule; readonly source: KeptSource },
): Promise<KeptConference> {
  const { conference } = schedule;
  const record: KeptConference = {
    id: conference.id,
    title: conference.title,
    start: conference.start,
    end: conference.end,
    sessions: schedule.sessions.length,
    source,
    sha256: conference.source.sha256,
    updatedAt: now,
    ...(replaced === undefined
      ? {}
      : {
          previous: {
            sha256: replaced.schedule.conference.source.sha256,
            source: replaced.source,
            updatedAt: now,
          },
        }),
  };
  // The schedules first: a record is never listed without the schedules it names.
  if (replaced !== undefined) await set(previousKey(conference.id), stored(replaced.schedule), open().schedules);
  else await del(previousKey(conference.id), open().schedules);
  await set(conference.id, stored(schedule), open().schedules);
  await set(conference.id, record, open().conferences);
  return record;
}

export async function forgetSchedule(id: string): Promise<void> {
  await del(id, open().conferences);
  await del(id, open().schedules);
  await del(previousKey(id), open().schedules);
}
