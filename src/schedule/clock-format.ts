/**
 * A time alone on the attendee's clock ("5:15 PM", "Thu 17:15 EST"), for the hour axis of the timeline
 * and for Now/Next: both load when needed, so these are apart from time-format.ts (in the first load).
 */
import { wallClock } from './time';
import { clockText, dateLocale, zoneLabel, type ClockStyle } from './time-format';

const weekdayFormatters = new Map<string, Intl.DateTimeFormat>();

/** "5:15 PM" or "17:15": the wall clock in `zone`, on the attendee's clock, without a zone label. */
export function formatClock(instant: Date, zone: string, clock: ClockStyle): string {
  return clockText(wallClock(zone, instant.getTime()), true, clock);
}

/** "10:30 AM EST"; "Thu 10:30 AM EST" with `withWeekday` (a time that is not today's). */
export function formatStart(instant: Date, zone: string, withWeekday: boolean, clock: ClockStyle): string {
  const time = `${formatClock(instant, zone, clock)} ${zoneLabel(zone, instant)}`;
  if (!withWeekday) return time;
  const key = `${dateLocale(clock)}|${zone}`;
  let formatter = weekdayFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(dateLocale(clock), { timeZone: zone, weekday: 'short' });
    weekdayFormatters.set(key, formatter);
  }
  return `${formatter.format(instant)} ${time}`;
}
