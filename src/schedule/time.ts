/**
 * The one module that knows about time zones. Every instant leaves here with its offset; every displayed
 * time leaves with its zone label.
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

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/**
 * Answers remembered for the importers, which ask once per event: a file of 100,000 events names a few
 * zones (and at most so many distinct instants) many times over. Bounded: a hostile file of a million
 * different names starts them afresh.
 */
function remembered<T>(compute: (key: string) => T): (key: string) => T {
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

// POSIX-style names that the zone database (2024b) made links to these zones; engines differ in whether
// they resolve them, so they are resolved here, the same everywhere.
const POSIX_LINKS: Readonly<Record<string, string>> = {
  EST5EDT: 'America/New_York',
  CST6CDT: 'America/Chicago',
  MST7MDT: 'America/Denver',
  PST8PDT: 'America/Los_Angeles',
};

/**
 * The zone database's name for `text` ("EST5EDT" → America/New_York, "europe/berlin" → Europe/Berlin),
 * or null when it names no zone. Other names are kept as written: which aliases an engine resolves varies.
 */
export const ianaZoneName = remembered((text): string | null => {
  const trimmed = text.trim();
  if (!isValidTimeZone(trimmed)) return null;
  const linked = POSIX_LINKS[trimmed.toUpperCase()];
  if (linked !== undefined) return linked;
  const resolved = new Intl.DateTimeFormat('en-US', { timeZone: trimmed }).resolvedOptions().timeZone;
  return resolved.toLowerCase() === trimmed.toLowerCase() ? resolved : trimmed;
});

const wallFormatters = new Map<string, Intl.DateTimeFormat>();

interface WallClock extends CivilDate, WallTime {
  readonly second: number;
}

/** What the wall clock in `zone` shows at `instant`; Intl carries the zone rules. */
function wallClock(zone: string, utcMs: number): WallClock {
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
function offsetMs(zone: string, utcMs: number): number {
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

/** 0 = Sunday ... 6 = Saturday, on the proleptic Gregorian calendar. */
export function weekdayOf(date: CivilDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

const labelFormatters = new Map<string, Intl.DateTimeFormat>();

function labelIn(locale: string, zone: string, instant: Date): string {
  const key = `${locale}|${zone}`;
  let formatter = labelFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' });
    labelFormatters.set(key, formatter);
  }
  return formatter.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? zone;
}

// Locales whose CLDR data names their region's zones: en-US has EST and PST but only "GMT+1" for
// Berlin; en-GB has CET and BST, en-AU AEDT and NZDT, en-IN IST, en-SG SGT, en-ZA SAST, ja-JP JST.
const LABEL_LOCALES = ['en-US', 'en-GB', 'en-AU', 'en-IN', 'en-SG', 'en-ZA', 'ja-JP'];

/**
 * The short name of `zone` at `instant` ("EST", "EDT", "CET", "JST"), taken at the instant itself, so a
 * session in July says EDT even when read in November. Where no locale has a name, the offset: "GMT+9".
 */
export function zoneLabel(zone: string, instant: Date): string {
  if (zone === 'UTC' || zone === 'Etc/UTC') return 'UTC';
  for (const locale of LABEL_LOCALES) {
    const label = labelIn(locale, zone, instant);
    if (/^[A-Z]{2,5}$/.test(label)) return label;
  }
  return labelIn('en-US', zone, instant);
}

/**
 * The attendee's clock: a 12- or 24-hour clock, and whether dates put the day before the month. The
 * words stay English (the interface is); the browser's locale decides these two (main.tsx calls
 * followLocale), so a German browser reads 17:15 and a US one 5:15 PM. Until then, and in tests that do
 * not choose one, the US clock.
 */
export interface ClockStyle {
  readonly hour12: boolean;
  readonly dayFirst: boolean;
}

const US_CLOCK: ClockStyle = { hour12: true, dayFirst: false };
let clockStyle: ClockStyle = US_CLOCK;

/** The clock a locale uses ("de-DE": 24-hour, day first; "en-US": 12-hour, month first). */
export function clockStyleOf(locale: string): ClockStyle {
  try {
    const hourCycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
    const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric' }).formatToParts(
      new Date(Date.UTC(2024, 10, 21, 12)),
    );
    const order = (type: string) => parts.findIndex((part) => part.type === type);
    return { hour12: hourCycle === 'h12' || hourCycle === 'h11', dayFirst: order('day') < order('month') };
  } catch {
    return US_CLOCK;
  }
}

/** Every time and date shown from now on follows this locale's clock (null: the US clock). */
export function followLocale(locale: string | null): void {
  clockStyle = locale === null ? US_CLOCK : clockStyleOf(locale);
}

/** The English locale whose date order is the attendee's: "Thu, Nov 21" or "Thu 21 Nov". */
function dateLocale(): string {
  return clockStyle.dayFirst ? 'en-GB' : 'en-US';
}

function clockText(wall: WallTime, withMeridiem: boolean): string {
  const minutes = String(wall.minute).padStart(2, '0');
  if (!clockStyle.hour12) return `${String(wall.hour).padStart(2, '0')}:${minutes}`;
  const hour12 = wall.hour % 12 === 0 ? 12 : wall.hour % 12;
  const text = `${String(hour12)}:${minutes}`;
  return withMeridiem ? `${text} ${meridiemOf(wall)}` : text;
}

/** AM or PM; on a 24-hour clock there is none, so both ends always share it. */
function meridiemOf(wall: WallTime): 'AM' | 'PM' | '' {
  if (!clockStyle.hour12) return '';
  return wall.hour < 12 ? 'AM' : 'PM';
}

/**
 * "11:21 – 11:44 AM EST": a 12-hour clock, the meridiem once when both ends share it, and the zone's
 * label taken at each end (a range across a daylight-saving change shows both).
 * (Intl rather than date-fns's format keeps the first-load bundle small.)
 */
export function formatTimeRange(start: Date, end: Date, zone: string): string {
  const startWall = wallClock(zone, start.getTime());
  const endWall = wallClock(zone, end.getTime());
  const startLabel = zoneLabel(zone, start);
  const endLabel = zoneLabel(zone, end);
  // No end given (an iCalendar event with only a start): the start alone, never "6:30 – 6:30 PM".
  if (end.getTime() <= start.getTime()) return `${clockText(startWall, true)} ${startLabel}`;
  // A session of a day or more (an exhibit over three days) names the day it ends: "9:00 AM – Wed, Nov 20,
  // 6:00 PM EST". A shorter one past midnight (a concert to 1 AM) is clear with its duration beside it.
  if (end.getTime() - start.getTime() >= DAY_MS) {
    const startText = `${clockText(startWall, true)}${startLabel === endLabel ? '' : ` ${startLabel}`}`;
    return `${startText} – ${shortDateFormatter(zone).format(end)}, ${clockText(endWall, true)} ${endLabel}`;
  }
  const shareSuffix = meridiemOf(startWall) === meridiemOf(endWall) && startLabel === endLabel;
  const endText = clockText(endWall, true);
  return shareSuffix
    ? `${clockText(startWall, false)} – ${endText} ${endLabel}`
    : startLabel === endLabel
      ? `${clockText(startWall, true)} – ${endText} ${endLabel}`
      : `${clockText(startWall, true)} ${startLabel} – ${endText} ${endLabel}`;
}

const weekdayFormatters = new Map<string, Intl.DateTimeFormat>();

/** "10:30 AM EST"; "Thu 10:30 AM EST" with `withWeekday` (a time that is not today's). */
/** "5:15 PM" or "17:15": the wall clock in `zone`, on the attendee's clock, without a zone label. */
export function formatClock(instant: Date, zone: string): string {
  return clockText(wallClock(zone, instant.getTime()), true);
}

export function formatStart(instant: Date, zone: string, withWeekday: boolean): string {
  const clock = `${formatClock(instant, zone)} ${zoneLabel(zone, instant)}`;
  if (!withWeekday) return clock;
  const key = `${dateLocale()}|${zone}`;
  let formatter = weekdayFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(dateLocale(), { timeZone: zone, weekday: 'short' });
    weekdayFormatters.set(key, formatter);
  }
  return `${formatter.format(instant)} ${clock}`;
}

const shortDateFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * "Thu, Nov 21, 10:30 AM – 12:00 PM EST": a time range that carries its date, for wherever the day it is
 * on is not the day heading above it (the event's own time under a heading in the viewer's zone).
 */
export function formatDatedTimeRange(start: Date, end: Date, zone: string): string {
  return `${shortDateFormatter(zone).format(start)}, ${formatTimeRange(start, end, zone)}`;
}

/** "Thu, Nov 21" in `zone`, in the attendee's date order. */
function shortDateFormatter(zone: string): Intl.DateTimeFormat {
  const key = `${dateLocale()}|${zone}`;
  let formatter = shortDateFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(dateLocale(), {
      timeZone: zone,
      weekday: 'short',
      month: 'short',
      day: 'numeric',
    });
    shortDateFormatters.set(key, formatter);
  }
  return formatter;
}

const civilFormatters = new Map<string, Intl.DateTimeFormat>();

function civilFormat(iso: IsoDate, options: Intl.DateTimeFormatOptions, key: string): string | null {
  const date = parseCivilDate(iso);
  if (!date) return null;
  const localeKey = `${dateLocale()}|${key}`;
  let formatter = civilFormatters.get(localeKey);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(dateLocale(), { timeZone: 'UTC', ...options });
    civilFormatters.set(localeKey, formatter);
  }
  return formatter.format(new Date(Date.UTC(date.year, date.month - 1, date.day)));
}

/** "Monday, November 18" for a civil date (no zone: it already is the date on the venue's calendar). */
export function formatDayHeading(iso: IsoDate): string {
  return civilFormat(iso, { weekday: 'long', month: 'long', day: 'numeric' }, 'long') ?? iso;
}

/** "Mon 18": a day in a row of tabs. */
export function formatShortDay(iso: IsoDate): string {
  const weekday = civilFormat(iso, { weekday: 'short' }, 'weekday');
  const day = parseCivilDate(iso)?.day;
  return weekday === null || day === undefined ? iso : `${weekday} ${String(day)}`;
}

/** The zone of the person reading, from their browser; UTC when the browser does not say. */
export function viewerTimeZone(): string {
  const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return isValidTimeZone(zone) ? zone : 'UTC';
}

const HOUR_MS = 60 * MINUTE_MS;

/**
 * The zones whose clocks are `offsetMinutes` from UTC at `instant` (a schedule that gives only such an
 * offset was written in one of them), most likely first: a region's zones before the Etc/ ones.
 */
export function zonesAtOffset(offsetMinutes: number, instant: Date): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const at = instant.getTime();
  const matching = zones.filter((zone) => offsetMs(zone, at) === offsetMinutes * MINUTE_MS);
  return [
    ...matching.filter((zone) => !zone.startsWith('Etc/')),
    ...matching.filter((zone) => zone.startsWith('Etc/')),
  ];
}

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

/** Days between the date of `instant` in `from` and in `to`: +1 when the viewer is already on the next day. */
export function dayShift(instant: Date, from: string, to: string): number {
  const a = parseCivilDate(civilDateInZone(instant, from));
  const b = parseCivilDate(civilDateInZone(instant, to));
  if (!a || !b) return 0;
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}

/** "23 min", "1 h 30 min", "5 h"; "" for an event with no end (no "0 min"). */
export function formatDuration(start: Date, end: Date): string {
  const minutes = Math.round((end.getTime() - start.getTime()) / MINUTE_MS);
  if (minutes <= 0) return '';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** The instant at which `date` begins in `zone` (its first midnight). */
export function startOfDayInZone(date: IsoDate, zone: string): Date | null {
  const civil = parseCivilDate(date);
  return civil ? wallTimeToInstant(civil, { hour: 0, minute: 0 }, zone) : null;
}

/** "November 17–22, 2024", "November 30 – December 2, 2024", "June 5, 2025": a conference's dates. */
export function formatDateRange(start: IsoDate, end: IsoDate): string {
  const from = parseCivilDate(start);
  const to = parseCivilDate(end);
  if (!from || !to) return `${start} – ${end}`;
  const format = (date: CivilDate, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(dateLocale(), { timeZone: 'UTC', ...options }).format(
      new Date(Date.UTC(date.year, date.month - 1, date.day)),
    );
  if (start === end) return format(from, { month: 'long', day: 'numeric', year: 'numeric' });
  const sameMonth = from.year === to.year && from.month === to.month;
  if (clockStyle.dayFirst) {
    // "17–22 November 2024", "30 November – 2 December 2024"
    return sameMonth
      ? `${String(from.day)}–${format(to, { month: 'long', day: 'numeric', year: 'numeric' })}`
      : `${format(from, { month: 'long', day: 'numeric' })} – ${format(to, { month: 'long', day: 'numeric', year: 'numeric' })}`;
  }
  return sameMonth
    ? `${format(from, { month: 'long', day: 'numeric' })}–${to.day}, ${to.year}`
    : `${format(from, { month: 'long', day: 'numeric' })} – ${format(to, { month: 'long', day: 'numeric', year: 'numeric' })}`;
}
