/**
 * Times and dates as the attendee reads them: every time with its zone's label, on the attendee's clock
 * (12- or 24-hour, day or month first), which is passed in. The zone maths is src/schedule/time.ts's.
 * (Intl rather than date-fns's format keeps the first-load bundle small.)
 */
import type { IsoDate } from './types';
import { DAY_MS, MINUTE_MS, parseCivilDate, wallClock, type CivilDate, type WallTime } from './time';

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
 * words stay English (the interface is); the browser's locale decides these two (the app reads it once
 * and hands it down, src/session/display.ts), so a German browser reads 17:15 and a US one 5:15 PM.
 * Every function here that shows a time or a date takes it: no module remembers one.
 */
export interface ClockStyle {
  readonly hour12: boolean;
  readonly dayFirst: boolean;
}

export const US_CLOCK: ClockStyle = { hour12: true, dayFirst: false };

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

/** The English locale whose date order is the attendee's: "Thu, Nov 21" or "Thu 21 Nov". */
export function dateLocale(clock: ClockStyle): string {
  return clock.dayFirst ? 'en-GB' : 'en-US';
}

export function clockText(wall: WallTime, withMeridiem: boolean, clock: ClockStyle): string {
  const minutes = String(wall.minute).padStart(2, '0');
  if (!clock.hour12) return `${String(wall.hour).padStart(2, '0')}:${minutes}`;
  const hour12 = wall.hour % 12 === 0 ? 12 : wall.hour % 12;
  const text = `${String(hour12)}:${minutes}`;
  return withMeridiem ? `${text} ${meridiemOf(wall, clock)}` : text;
}

/** AM or PM; on a 24-hour clock there is none, so both ends always share it. */
function meridiemOf(wall: WallTime, clock: ClockStyle): 'AM' | 'PM' | '' {
  if (!clock.hour12) return '';
  return wall.hour < 12 ? 'AM' : 'PM';
}

/**
 * "11:21 – 11:44 AM EST": a 12-hour clock, the meridiem once when both ends share it, and the zone's
 * label taken at each end (a range across a daylight-saving change shows both).
 * (Intl rather than date-fns's format keeps the first-load bundle small.)
 */
export function formatTimeRange(start: Date, end: Date, zone: string, clock: ClockStyle): string {
  const startWall = wallClock(zone, start.getTime());
  const endWall = wallClock(zone, end.getTime());
  const startLabel = zoneLabel(zone, start);
  const endLabel = zoneLabel(zone, end);
  // No end given (an iCalendar event with only a start): the start alone, never "6:30 – 6:30 PM".
  if (end.getTime() <= start.getTime()) return `${clockText(startWall, true, clock)} ${startLabel}`;
  // A session of a day or more (an exhibit over three days) names the day it ends: "9:00 AM – Wed, Nov 20,
  // 6:00 PM EST". A shorter one past midnight (a concert to 1 AM) is clear with its duration beside it.
  if (end.getTime() - start.getTime() >= DAY_MS) {
    const startText = `${clockText(startWall, true, clock)}${startLabel === endLabel ? '' : ` ${startLabel}`}`;
    return `${startText} – ${shortDateFormatter(zone, clock).format(end)}, ${clockText(endWall, true, clock)} ${endLabel}`;
  }
  const shareSuffix = meridiemOf(startWall, clock) === meridiemOf(endWall, clock) && startLabel === endLabel;
  const endText = clockText(endWall, true, clock);
  return shareSuffix
    ? `${clockText(startWall, false, clock)} – ${endText} ${endLabel}`
    : startLabel === endLabel
      ? `${clockText(startWall, true, clock)} – ${endText} ${endLabel}`
      : `${clockText(startWall, true, clock)} ${startLabel} – ${endText} ${endLabel}`;
}

const shortDateFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * "Thu, Nov 21, 10:30 AM – 12:00 PM EST": a time range that carries its date, for wherever the day it is
 * on is not the day heading above it (the event's own time under a heading in the viewer's zone).
 */
export function formatDatedTimeRange(start: Date, end: Date, zone: string, clock: ClockStyle): string {
  return `${shortDateFormatter(zone, clock).format(start)}, ${formatTimeRange(start, end, zone, clock)}`;
}

/** "Thu, Nov 21" in `zone`, in the attendee's date order. */
function shortDateFormatter(zone: string, clock: ClockStyle): Intl.DateTimeFormat {
  const key = `${dateLocale(clock)}|${zone}`;
  let formatter = shortDateFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(dateLocale(clock), {
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

function civilFormat(iso: IsoDate, options: Intl.DateTimeFormatOptions, key: string, clock: ClockStyle): string | null {
  const date = parseCivilDate(iso);
  if (!date) return null;
  const localeKey = `${dateLocale(clock)}|${key}`;
  let formatter = civilFormatters.get(localeKey);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(dateLocale(clock), { timeZone: 'UTC', ...options });
    civilFormatters.set(localeKey, formatter);
  }
  return formatter.format(new Date(Date.UTC(date.year, date.month - 1, date.day)));
}

/** "Monday, November 18" for a civil date (no zone: it already is the date on the venue's calendar). */
export function formatDayHeading(iso: IsoDate, clock: ClockStyle): string {
  return civilFormat(iso, { weekday: 'long', month: 'long', day: 'numeric' }, 'long', clock) ?? iso;
}

/** "Mon 18": a day in a row of tabs. */
export function formatShortDay(iso: IsoDate, clock: ClockStyle): string {
  const weekday = civilFormat(iso, { weekday: 'short' }, 'weekday', clock);
  const day = parseCivilDate(iso)?.day;
  return weekday === null || day === undefined ? iso : `${weekday} ${String(day)}`;
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

/** "November 17–22, 2024", "November 30 – December 2, 2024", "June 5, 2025": a conference's dates. */
export function formatDateRange(start: IsoDate, end: IsoDate, clock: ClockStyle): string {
  const from = parseCivilDate(start);
  const to = parseCivilDate(end);
  if (!from || !to) return `${start} – ${end}`;
  const format = (date: CivilDate, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(dateLocale(clock), { timeZone: 'UTC', ...options }).format(
      new Date(Date.UTC(date.year, date.month - 1, date.day)),
    );
  if (start === end) return format(from, { month: 'long', day: 'numeric', year: 'numeric' });
  const sameMonth = from.year === to.year && from.month === to.month;
  if (clock.dayFirst) {
    // "17–22 November 2024", "30 November – 2 December 2024"
    return sameMonth
      ? `${String(from.day)}–${format(to, { month: 'long', day: 'numeric', year: 'numeric' })}`
      : `${format(from, { month: 'long', day: 'numeric' })} – ${format(to, { month: 'long', day: 'numeric', year: 'numeric' })}`;
  }
  return sameMonth
    ? `${format(from, { month: 'long', day: 'numeric' })}–${to.day}, ${to.year}`
    : `${format(from, { month: 'long', day: 'numeric' })} – ${format(to, { month: 'long', day: 'numeric', year: 'numeric' })}`;
}
