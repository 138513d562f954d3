/**
 * Reads a time range as people write it on event pages: "11:21 – 11:44 a.m.", "Noon – 5 p.m.",
 * "10:30 a.m. – Noon", "13:00-14:30", "9 to 10:30 AM". Pure: wall-clock times only, no dates or zones.
 *
 * A meridiem written only at one end applies to the other end too, unless that would put the start
 * after the end: then the bare end takes the other meridiem ("11:45 – 12:30 p.m." starts at 11:45 a.m.).
 * Anything that would need a guess (an end not after its start, no a.m./p.m. on a bare hour, a range over
 * 14 hours) is refused with a reason.
 */
import type { WallTime } from '../../schedule/time';

export type TimeRangeResult =
  | { readonly ok: true; readonly start: WallTime; readonly end: WallTime; readonly zoneText?: string }
  | { readonly ok: false; readonly reason: string };

type Meridiem = 'am' | 'pm';

interface Point {
  /** As written: 1-12 with a meridiem, 0-24 without. */
  readonly hour: number;
  readonly minute: number;
  readonly meridiem?: Meridiem;
  /** True for "9:00" or "13:00", false for a bare "9". */
  readonly hasMinutes: boolean;
  readonly word?: 'noon' | 'midnight';
}

export const MAX_RANGE_MINUTES = 14 * 60;

// Dashes people use between times (hyphen, figure dash, en dash, em dash, minus) and the words.
const SEPARATOR = /\s*(?:[-‐‑‒–—―−]+|\bto\b|\buntil\b|\btill\b|\bthrough\b)\s*/i;
const POINT =
  /^(?:(\d{1,2})(?:[:.h](\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?|(noon|12\s*noon|12:00\s*noon|midday)|(midnight|12\s*midnight))$/i;
// A zone written after the range: "EST", "(EST)", "Eastern Time", "UTC+1".
const TRAILING_ZONE = /\s*\(?\s*\b((?:[A-Z]{2,5}(?:[+-]\d{1,2}(?::\d{2})?)?)|(?:[A-Z][a-z]+\s+){1,3}Time)\s*\)?$/;

function readPoint(text: string): Point | string {
  const match = POINT.exec(text.trim());
  if (!match) return `"${text.trim()}" is not a time`;
  if (match[4] !== undefined) return { hour: 12, minute: 0, meridiem: 'pm', hasMinutes: true, word: 'noon' };
  if (match[5] !== undefined) return { hour: 0, minute: 0, hasMinutes: true, word: 'midnight' };
  const hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  if (minute > 59) return `"${text.trim()}" has ${minute} minutes`;
  const meridiemText = match[3]?.toLowerCase();
  if (meridiemText === undefined) {
    if (hour > 24 || (hour === 24 && minute > 0)) return `"${text.trim()}" is not a time of day`;
    return { hour, minute, hasMinutes: match[2] !== undefined };
  }
  if (hour < 1 || hour > 12) return `"${text.trim()}": ${hour} o'clock cannot take a.m. or p.m.`;
  return { hour, minute, meridiem: meridiemText.startsWith('a') ? 'am' : 'pm', hasMinutes: match[2] !== undefined };
}

/** Minutes after the day's start; midnight counts as the day's end only when `asEnd`. */
function minutesOf(point: Point, meridiem: Meridiem | undefined, asEnd: boolean): number {
  if (point.word === 'midnight') return asEnd ? 24 * 60 : 0;
  if (meridiem === undefined) return point.hour * 60 + point.minute;
  const hour12 = point.hour % 12;
  return (meridiem === 'pm' ? hour12 + 12 : hour12) * 60 + point.minute;
}

function flip(meridiem: Meridiem): Meridiem {
  return meridiem === 'am' ? 'pm' : 'am';
}

/** The meridiem a point lends to the other end: noon is an afternoon time, midnight the day's last. */
function lentMeridiem(point: Point): Meridiem | undefined {
  return point.word === 'midnight' ? 'pm' : point.meridiem;
}

function isTwentyFourHour(point: Point): boolean {
  return point.word === undefined && point.meridiem === undefined;
}

function resolve(start: Point, end: Point): { start: number; end: number } | string {
  const startBare = isTwentyFourHour(start);
  const endBare = isTwentyFourHour(end);
  if (startBare && endBare) {
    // Only "13:00 – 14:30" style reads without a meridiem; "9 – 10" could be morning or evening.
    if (!start.hasMinutes || !end.hasMinutes) return 'no a.m. or p.m. on a time without minutes';
    return { start: minutesOf(start, undefined, false), end: minutesOf(end, undefined, true) };
  }
  if (startBare && start.hour > 12)
    return `${start.hour}:${String(start.minute).padStart(2, '0')} is a 24-hour time beside a 12-hour one`;
  if (endBare && end.hour > 12)
    return `${end.hour}:${String(end.minute).padStart(2, '0')} is a 24-hour time beside a 12-hour one`;
  if (startBare) {
    const endMinutes = minutesOf(end, end.meridiem, true);
    const lent = lentMeridiem(end) ?? 'am';
    const same = minutesOf(start, lent, false);
    return { start: same < endMinutes ? same : minutesOf(start, flip(lent), false), end: endMinutes };
  }
  if (endBare) {
    const startMinutes = minutesOf(start, start.meridiem, false);
    const lent = start.word === 'midnight' ? 'am' : (start.meridiem ?? 'am');
    const same = minutesOf(end, lent, true);
    return { start: startMinutes, end: same > startMinutes ? same : minutesOf(end, flip(lent), true) };
  }
  return { start: minutesOf(start, start.meridiem, false), end: minutesOf(end, end.meridiem, true) };
}

function wallTime(minutes: number): WallTime {
  return { hour: Math.floor(minutes / 60), minute: minutes % 60 };
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function parseTimeRange(written: string): TimeRangeResult {
  let text = written.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (text === '') return { ok: false, reason: 'no time given' };
  let zoneText: string | undefined;
  const zoneMatch = TRAILING_ZONE.exec(text);
  if (zoneMatch?.[1] !== undefined && !/^(?:[ap]\.?m\.?|noon|midnight)$/i.test(zoneMatch[1])) {
    zoneText = zoneMatch[1].trim();
    text = text.slice(0, zoneMatch.index).trim();
  }
  const parts = text.split(SEPARATOR);
  if (parts.length === 1) return { ok: false, reason: `"${written.trim()}" has no end time` };
  if (parts.length !== 2 || parts.some((part) => part.trim() === '')) {
    return { ok: false, reason: `"${written.trim()}" is not one range "start – end"` };
  }
  const start = readPoint(parts[0] ?? '');
  if (typeof start === 'string') return { ok: false, reason: start };
  const end = readPoint(parts[1] ?? '');
  if (typeof end === 'string') return { ok: false, reason: end };
  const resolved = resolve(start, end);
  if (typeof resolved === 'string') return { ok: false, reason: `"${written.trim()}": ${resolved}` };
  if (resolved.end <= resolved.start) {
    return {
      ok: false,
      reason: `"${written.trim()}" ends (${clock(resolved.end)}) before it starts (${clock(resolved.start)})`,
    };
  }
  if (resolved.end - resolved.start > MAX_RANGE_MINUTES) {
    return { ok: false, reason: `"${written.trim()}" lasts more than 14 hours` };
  }
  return {
    ok: true,
    start: wallTime(resolved.start),
    end: wallTime(resolved.end),
    ...(zoneText === undefined ? {} : { zoneText }),
  };
}
