/**
 * Zone questions only the importers ask (in the import's worker, or when a file needs a zone): the zone
 * database's name for a text, the zones at an offset, a date's weekday, and how many days apart two zones'
 * dates are. Apart from time.ts, so that the first load carries only what the page itself shows.
 */
import {
  civilDateInZone,
  DAY_MS,
  isValidTimeZone,
  MINUTE_MS,
  offsetMs,
  parseCivilDate,
  remembered,
  type CivilDate,
} from './time';

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

/** 0 = Sunday ... 6 = Saturday, on the proleptic Gregorian calendar. */
export function weekdayOf(date: CivilDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

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

/** Days between the date of `instant` in `from` and in `to`: +1 when the viewer is already on the next day. */
export function dayShift(instant: Date, from: string, to: string): number {
  const a = parseCivilDate(civilDateInZone(instant, from));
  const b = parseCivilDate(civilDateInZone(instant, to));
  if (!a || !b) return 0;
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}
