/**
 * The last step of every importer: the conference's date span, the source's hash, and the validator, the
 * only door into the app. A schedule that fails validation here is an importer bug, and says so.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { conferenceDay, inTimeOrder } from '../../schedule/agenda';
import { SCHEDULE_FORMAT_VERSION, type Conference, type IsoDate, type Session } from '../../schedule/types';
import { validateSchedule } from '../../schedule/validate';
import type { Diagnostics } from './diagnostics';
import { importFailure, type ImportFormat, type ImportResult, type SessionSource } from './result';
import { slugify } from './slug';

export interface ScheduleParts {
  readonly format: ImportFormat;
  readonly bytes: Uint8Array;
  readonly fileName?: string;
  readonly conference: Omit<Conference, 'start' | 'end' | 'source' | 'id'> & { readonly id: string };
  readonly sessions: readonly Session[];
  /** Days the source declares even if no session falls on them (an empty day heading). */
  readonly days?: readonly IsoDate[];
  readonly sessionLines?: readonly SessionSource[];
  readonly diagnostics: Diagnostics;
}

export function baseName(fileName: string | undefined): string {
  return fileName?.split(/[\\/]/).pop()?.split(/[?#]/)[0] ?? 'untitled';
}

/** A session's people once each: "Ada Lovelace" and "ada  lovelace" are one person, named as first written. */
function uniquePeople(session: Session): Session {
  const seen = new Set<string>();
  const people = session.people.filter((person) => {
    const key = person.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return people.length === session.people.length ? session : { ...session, people };
}

export function assembleSchedule(parts: ScheduleParts): ImportResult {
  const { conference, diagnostics } = parts;
  // In time order (inTimeOrder's): the page then has no 100,000 sessions to sort on its own thread.
  const sessions = inTimeOrder(parts.sessions.map(uniquePeople));
  const days = [...(parts.days ?? []), ...sessions.map((session) => conferenceDay(session, conference.timeZone))];
  days.sort();
  const id = slugify(conference.id, 64) || 'schedule';
  const schedule = {
    formatVersion: SCHEDULE_FORMAT_VERSION,
    conference: {
      ...conference,
      id,
      start: days[0] ?? '',
      end: days[days.length - 1] ?? '',
      source: {
        file: baseName(parts.fileName) || 'untitled',
        format: parts.format,
        sha256: bytesToHex(sha256(parts.bytes)),
      },
    },
    sessions,
    diagnostics: diagnostics.sorted(),
  };
  const checked = validateSchedule(schedule);
  if (!checked.ok) {
    return importFailure(
      'invalid',
      `the imported schedule is not valid (an importer bug): ${checked.errors.slice(0, 3).join('; ')}`,
      diagnostics.sorted(),
    );
  }
  return {
    ok: true,
    schedule: checked.schedule,
    format: parts.format,
    sessionLines: parts.sessionLines ?? sessions.map((session) => ({ id: session.id })),
  };
}
