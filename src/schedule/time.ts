/**
 * The one module that knows about time zones (zone maths; showing times is src/schedule/time-format.ts's).
 * Every instant leaves here with its offset.
 *
 * Zone rules come from Intl (the browser's or Node's ICU zone database) and every computation goes
 * through UTC milliseconds and Date.UTC, never through a Date's local-time fields: those are in the
 * *machine's* zone, so a wall time that falls in the machine's own daylight-saving gap is moved by an
 * hour. date-fns-tz 3.2 works that way (formatInTimeZone goes through toZonedTime, a Date whose local
 * fields are the wall time), which made the importer's output depend on the machine it ran on; it is no
 * longer used. Tests run under several machine zones (`npm run test:zones`).
 */
import type { IsoDate, IsoInstant } from './types';

/** A date on the calendar, with no zone. Months are 1-12. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A time on the wall clock. `hour` 24 with minute 0 stands for the midnight that ends the day. */
export interface WallTime {
  readonly hour: number;
  readonly minute: number;
}

export const MINUTE_MS = 60_000;
export const DAY_MS = 24 * 60 * MINUTE_MS;

/**
 * Answers remembered for the importers, which ask once per event: a file of 100,000 events names a few
 * zones (and at most so many distinct instants) many times over. Bounded: a hostile file of a million
 * different names starts them afresh.
 */
export function remembered<T>(compute: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      if (known.size > 50_000) known.clear();
      value = compute(key);
      known.set(key, value);
    }
    return value;
  };
}

export const isValidTimeZone = remembered((zone) => {
  if (zone.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
});

const wallFormatters = new Map<string, Intl.DateTimeFormat>();

export interface WallClock extends CivilDate, WallTime {
  readonly second: number;
}

/** What the wall clock in `zone` shows at `instant`; Intl carries the zone rules. */
export function wallClock(zone: string, utcMs: number): WallClock {
  return wallClockAt(`${zone} ${String(utcMs)}`);
}

const wallClockAt = remembered((key): WallClock => {
  const space = key.lastIndexOf(' ');
  const zone = key.slice(0, space);
  const utcMs = Number(key.slice(space + 1));
  let formatter = wallFormatters.get(zone);
  if (!formatter) {
    if (!isValidTimeZone(zone)) throw new RangeError(`Unknown time zone: ${zone}`);
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallFormatters.set(zone, formatter);
  }
  const parts = formatter.formatToParts(new Date(utcMs));
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  return {
    year: field('year'),
    month: field('month'),
    day: field('day'),
    hour: field('hour'),
    minute: field('minute'),
    second: field('second'),
  };
});

/**
 * The offset of `zone` from UTC at the instant `utcMs`, in ms (New York in winter: -5 h).
 * Read from Intl rather than date-fns-tz's getTimezoneOffset, which (3.2) takes the date's wall-clock
 * fields rather than the instant near a transition: 04:30Z on 2024-11-03 gave -5 h where New York is
 * still at -4 h.
 */
export function offsetMs(zone: string, utcMs: number): number {
  const wall = wallClock(zone, utcMs);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return wallAsUtc - Math.floor(utcMs / 1000) * 1000;
}

/** The offset of `zone` from UTC at `instant`, in minutes (New York in winter: -300). */
export function offsetMinutesAt(instant: Date, zone: string): number {
  return Math.round(offsetMs(zone, instant.getTime()) / MINUTE_MS);
}

/**
 * The instant at which the wall clock in `zone` shows `date` `time`.
 *
 * date-fns-tz's fromZonedTime resolves the two daylight-saving edges inconsistently across zones
 * (seen with 3.2: a New York gap time moves back an hour, a Berlin repeated time takes the second
 * occurrence), so the edges are resolved here the way RFC 5545 §3.3.5 says:
 * - a time that does not exist (spring forward gap) is read with the offset from before the gap,
 *   which moves it forward: 02:30 on 2024-03-10 in New York is 03:30 EDT;
 * - a time that happens twice (fall back) is its first occurrence: 01:30 on 2024-11-03 in
 *   New York is 01:30 EDT, not EST.
 */
export function wallTimeToInstant(date: CivilDate, time: WallTime, zone: string): Date {
  return wallTimeToInstantBy(date, time, (utcMs) => offsetMs(zone, utcMs));
}

/**
 * wallTimeToInstant for a zone given by its offset at each instant (ms), such as a VTIMEZONE of an
 * iCalendar file: the same two edges resolved the same way (RFC 5545 §3.3.5).
 */
export function wallTimeToInstantBy(date: CivilDate, time: WallTime, offsetAt: (utcMs: number) => number): Date {
  const wallAsUtc = Date.UTC(date.year, date.month - 1, date.day, 0, 0) + (time.hour * 60 + time.minute) * MINUTE_MS;
  // Offsets in force a day either side bracket any transition near this wall time.
  const before = offsetAt(wallAsUtc - DAY_MS);
  const after = offsetAt(wallAsUtc + DAY_MS);
  const matches = [before, after]
    .map((offset) => wallAsUtc - offset)
    .filter((instant) => offsetAt(instant) === wallAsUtc - instant)
    .sort((a, b) => a - b);
  const first = matches[0];
  // No match: the wall time is in a gap; the offset before the gap carries it forward.
  return new Date(first ?? wallAsUtc - before);
}

/**
 * `2024-11-18T11:21:00-05:00`: the instant as seen on the wall clock in `zone`, with its offset (`Z` when
 * the offset is zero). Seconds are kept; milliseconds are not (sessions start on the minute). An offset
 * with seconds (local mean time before 1900) cannot be written as ±HH:MM, so the instant is then written
 * in UTC: exact, if less friendly.
 */
export function toIsoInZone(instant: Date, zone: string): IsoInstant {
  const utcMs = Math.floor(instant.getTime() / 1000) * 1000;
  if (Number.isNaN(utcMs)) throw new RangeError('Invalid instant');
  const offset = offsetMs(zone, utcMs);
  if (offset % MINUTE_MS !== 0) return new Date(utcMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const wall = wallClock(zone, utcMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  const minutes = Math.abs(offset) / MINUTE_MS;
  const suffix = offset === 0 ? 'Z' : `${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
  return `${formatCivilDate(wall)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}${suffix}`;
}

/** The calendar date in `zone` at `instant`. */
export function civilDateInZone(instant: Date, zone: string): IsoDate {
  return formatCivilDate(wallClock(zone, instant.getTime()));
}

export function formatCivilDate(date: CivilDate): IsoDate {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

export function parseCivilDate(iso: IsoDate): CivilDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isRealDate(date) ? date : null;
}

export function isRealDate(date: CivilDate): boolean {
  if (!Number.isInteger(date.year) || !Number.isInteger(date.month) || !Number.isInteger(date.day)) {
    return false;
  }
  const probe = new Date(Date.UTC(date.year, date.month - 1, date.day));
  return (
    probe.getUTCFullYear() === date.year && probe.getUTCMonth() === date.month - 1 && probe.getUTCDate() === date.day
  );
}

export function addDays(date: CivilDate, days: number): CivilDate {
  const probe = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: probe.getUTCFullYear(), month: probe.getUTCMonth() + 1, day: probe.getUTCDate() };
}

/** The zone of the person reading, from their browser; UTC when the browser does not say. */
export function viewerTimeZone(): string {
  const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return isValidTimeZone(zone) ? zone : 'UTC';
}

const HOUR_MS = 60 * MINUTE_MS;

/**
 * Whether two zones show the same wall-clock time at every hour from the first day's start to the last
 * day's end (in zone `a`): then switching between them changes nothing for this conference.
 */
export function sameOffsetThroughout(a: string, b: string, first: IsoDate, last: IsoDate): boolean {
  if (a === b) return true;
  const from = parseCivilDate(first);
  const to = parseCivilDate(last);
  if (!from || !to) return false;
  const start = wallTimeToInstant(from, { hour: 0, minute: 0 }, a).getTime();
  const end = wallTimeToInstant(addDays(to, 1), { hour: 0, minute: 0 }, a).getTime();
  for (let t = start; t <= end; t += HOUR_MS) {
    if (offsetMs(a, t) !== offsetMs(b, t)) return false;
  }
  return true;
}

/** The instant at which `date` begins in `zone` (its first midnight). */
export function startOfDayInZone(date: IsoDate, zone: string): Date | null {
  const civil = parseCivilDate(date);
  return civil ? wallTimeToInstant(civil, { hour: 0, minute: 0 }, zone) : null;
}
