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
    typeof source === 'object' &&
    source !== null
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

/** A kept schedule, through the validator like every other; an error message when it cannot be read. */
export async function keptSchedule(
  id: string,
): Promise<{ ok: true; schedule: Schedule } | { ok: false; error: string }> {
  const value: unknown = await get(id, open().schedules);
  if (value === undefined) return { ok: false, error: 'it is no longer in this browser’s storage' };
  const checked = validateSchedule(value);
  return checked.ok ? checked : { ok: false, error: `the kept copy is damaged (${checked.errors[0] ?? 'unreadable'})` };
}

export async function keepSchedule(
  schedule: Schedule,
  source: KeptSource,
  now: number = Date.now(),
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
  };
  // The schedule first: a record is never listed without the schedule it names.
  await set(conference.id, schedule, open().schedules);
  await set(conference.id, record, open().conferences);
  return record;
}

export async function forgetSchedule(id: string): Promise<void> {
  await del(id, open().conferences);
  await del(id, open().schedules);
}
