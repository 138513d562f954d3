/** Reading the real schedules in tests/fixtures/real, and comparing what the importer made of them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect } from 'vitest';
import { importSchedule } from '../../src/importers/registry';
import type { Schedule, Session } from '../../src/schedule/types';

export function real(name: string): Uint8Array {
  // From the project's root (where the tests run): under jsdom, import.meta.url is not a file address.
  const bytes = readFileSync(join(process.cwd(), 'tests/fixtures/real', name));
  // A plain Uint8Array: under jsdom, a Node Buffer is not one of its realm's.
  return new Uint8Array(name.endsWith('.gz') ? gunzipSync(bytes) : bytes);
}

export function imported(bytes: Uint8Array, options = {}): Schedule {
  const result = importSchedule(bytes, options);
  if (!result.ok) throw new Error(result.error);
  return result.schedule;
}

/** "HH:MM" (or pretalx's "D:HH:MM") in minutes, read here without the importer's code. */
export function minutes(duration: string): number {
  const parts = duration.split(':').map(Number);
  return parts.length === 3
    ? ((parts[0] ?? 0) * 24 + (parts[1] ?? 0)) * 60 + (parts[2] ?? 0)
    : (parts[0] ?? 0) * 60 + (parts[1] ?? 0);
}

/** An event as the test reads it from the file itself. */
export interface Expected {
  readonly guid: string;
  readonly title: string;
  readonly start: number;
  readonly end: number;
  readonly room: string;
  readonly type: string;
  readonly track: string | null;
  readonly language: string | null;
  readonly people: readonly string[];
  readonly url: string | null;
  /** The day the file lists it under. */
  readonly day: string;
}

export function compare(sessions: readonly Session[], expected: readonly Expected[], zone: string): void {
  expect(sessions).toHaveLength(expected.length);
  const byId = new Map(sessions.map((session) => [session.sourceId ?? session.id, session]));
  const dayOf = (instant: number) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
      instant,
    );
  for (const event of expected) {
    const session = byId.get(event.guid);
    expect(session, event.guid).toBeDefined();
    if (!session) continue;
    // Runs of white space are one space in a title (docs/formats.md).
    expect(session.title).toBe(event.title.replace(/\s+/g, ' ').trim());
    expect(Date.parse(session.start)).toBe(event.start);
    expect(Date.parse(session.end)).toBe(event.end);
    expect(session.room?.name).toBe(event.room);
    expect(session.type).toBe(event.type);
    expect(session.track).toBe(event.track ?? undefined);
    expect(session.language).toBe(event.language ?? undefined);
    expect(session.people).toEqual(event.people);
    expect(session.url).toBe(event.url === null ? undefined : new URL(event.url).href);
    // Listed under the day the file lists it under, whatever the date of its start.
    expect(session.day ?? dayOf(Date.parse(session.start))).toBe(event.day);
  }
}

/** JSON read without the importer's code: a field of an object, a list, a non-empty text. */
export function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value))[key]
    : undefined;
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function nonEmpty(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}
