/** frab's times: offsets, "HH:MM" wall times, durations (pretalx's "D:HH:MM" too), and an event's start. */
import { addDays, parseCivilDate, wallTimeToInstant } from '../../schedule/time';
import { plainText } from '../core/html-text';
import type { FrabEvent } from './frab-model';

export const OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/i;
export const MINUTE_MS = 60_000;

/**
 * "00:30", "1:30", "12:00"; pretalx writes a day or more as "D:HH:MM" ("1:02:30"); some exports add
 * seconds ("00:25:00"). Three parts with a two-digit first part are hours, minutes and seconds.
 */
export function parseDuration(text: string | undefined): { minutes: number; daysForm: boolean } | null {
  const parts = (text ?? '').trim().split(':');
  if (parts.some((part) => !/^\d{1,3}$/.test(part))) return null;
  const [a, b, c] = parts.map(Number);
  if (parts.length === 2 && a !== undefined && b !== undefined && b < 60)
    return { minutes: a * 60 + b, daysForm: false };
  if (parts.length === 3 && a !== undefined && b !== undefined && c !== undefined && b < 60 && c < 60) {
    if ((parts[0] ?? '').length === 2) return { minutes: a * 60 + b + Math.round(c / 60), daysForm: false };
    if (b < 24) return { minutes: (a * 24 + b) * 60 + c, daysForm: true };
  }
  return null;
}

export function wallTime(text: string | undefined): { hour: number; minute: number } | null {
  const match = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec((text ?? '').trim());
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  return hour < 24 && minute < 60 ? { hour, minute } : null;
}

/** Whether `text` (`2025-08-01T10:00:00+02:00`) names a date and time that exist. */
function isRealDateTime(text: string): boolean {
  const fields = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(text);
  return (
    fields !== null && parseCivilDate(fields[1] ?? '') !== null && Number(fields[2]) < 24 && Number(fields[3]) < 60
  );
}

export function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * When the event starts: its `date` at its own offset, else its wall time (from `date`, else the day and
 * `start`) in the conference's zone; or why it cannot be read.
 */
export function startOf(
  event: FrabEvent,
  zone: string,
  dayChange: { hour: number; minute: number } | null,
): Date | { readonly reason: string } {
  const date = event.date?.trim();
  if (date !== undefined && OFFSET.test(date)) {
    // Date.parse rolls February 30 over to March 2 and takes 24:00 and year 0: refused instead, as is an
    // offset that cannot be read (+99:99).
    if (Number.isNaN(Date.parse(date)) || !isRealDateTime(date)) {
      return { reason: `its start "${plainText(date).slice(0, 40)}" is not a real date and time` };
    }
    return new Date(date);
  }
  const localDate = date !== undefined ? /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(date) : null;
  const day = parseCivilDate(localDate?.[1] ?? event.day ?? '');
  const time = wallTime(localDate?.[2] ?? event.start);
  if (!day || !time)
    return { reason: `its start ("${plainText(event.date ?? event.start ?? '')}") is not a date and time` };
  // Pentabarf: a start before the day change is on the calendar day after the conference day.
  const calendarDay =
    localDate === null && dayChange && time.hour * 60 + time.minute < dayChange.hour * 60 + dayChange.minute
      ? addDays(day, 1)
      : day;
  return wallTimeToInstant(calendarDay, time, zone);
}
