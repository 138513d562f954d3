/**
 * Reading one value of an iCalendar component: text, and dates and times as written (an impossible date
 * that ical.js would roll over is refused), each failure costing only the event it belongs to.
 */
import ICAL from 'ical.js';
import type { Diagnostics } from '../core/diagnostics';
import { plainText } from '../core/html-text';

export type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;
export type Time = InstanceType<typeof ICAL.Time>;

export const DAY_MS = 24 * 60 * 60 * 1000;

export function stringValue(component: Component, name: string): string | undefined {
  const value: unknown = component.getFirstPropertyValue(name);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** What a DTSTART or DTEND says: the wall time (or date) and how to read it. */
export interface WallValue {
  readonly time: Time;
  readonly tzid?: string;
}

/** A value of one event that cannot be read: that event is left out, with this message, and the rest imports. */
export class BadValue extends Error {}

/** Whether ical.js read `raw` (jCal: `2025-02-30T25:00:00`) as written, or rolled an impossible date over. */
function isAsWritten(raw: string, time: Time): boolean {
  const fields = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}))?/.exec(raw);
  if (!fields) return false;
  const [year, month, day, hour = 0, minute = 0, second = 0] = fields
    .slice(1)
    .map((part: string | undefined) => (part === undefined ? 0 : Number(part)));
  return (
    year !== undefined &&
    year >= 1 &&
    year === time.year &&
    month === time.month &&
    day === time.day &&
    (time.isDate || (hour === time.hour && minute === time.minute && second <= 59))
  );
}

export function timeProperty(component: Component, name: string): WallValue | undefined {
  const property: Property | null = component.getFirstProperty(name);
  if (!property) return undefined;
  let value: unknown;
  try {
    value = property.getFirstValue();
  } catch {
    throw new BadValue(`its ${name.toUpperCase()} is not a date and time`);
  }
  if (!(value instanceof ICAL.Time)) return undefined;
  // ical.js rolls an impossible value over (February 30 is March 2, 25:00 the next day): refused instead.
  const raw: unknown = property.jCal[3];
  if (typeof raw !== 'string' || !isAsWritten(raw, value)) {
    throw new BadValue(
      `its ${name.toUpperCase()} "${plainText(String(raw)).slice(0, 40)}" is not a real date${value.isDate ? '' : ' and time'}`,
    );
  }
  const tzid: unknown = property.getParameter('tzid');
  return typeof tzid === 'string' ? { time: value, tzid } : { time: value };
}

/** `read()`, or undefined with an error naming the event when one of its values cannot be read. */
export function perEvent<T>(diagnostics: Diagnostics, item: Component, read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    const title = plainText(stringValue(item, 'summary') ?? '(untitled)').trim() || '(untitled)';
    const uid = stringValue(item, 'uid');
    const reason =
      error instanceof BadValue
        ? error.message
        : `a value cannot be read (${error instanceof Error ? (error.message.split('\n')[0] ?? '') : 'unreadable'})`;
    diagnostics.error(
      undefined,
      `event "${title}"${uid === undefined ? '' : ` (UID ${plainText(uid).slice(0, 80)})`}: ${plainText(reason).slice(0, 200)}; not imported`,
    );
    return undefined;
  }
}
