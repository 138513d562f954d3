/**
 * A day of the agenda laid out in time: each session's place (minutes from the top of the day's span)
 * and its column among the sessions it overlaps, so overlapping sessions stand side by side. Drop-ins
 * (posters, exhibits) take no column: they are a band behind the others, which leaves the free time
 * around them visible.
 */
import { isDropIn } from './agenda';
import { addDays, civilDateInZone, offsetMinutesAt, parseCivilDate, wallTimeToInstant } from './time';
import { zoneLabel, type ClockStyle } from './time-format';
import { formatClock } from './clock-format';
import type { Session } from './types';

export interface TimelineBlock {
  readonly session: Session;
  /** Minutes from the start of the day's span. */
  readonly top: number;
  readonly minutes: number;
  readonly column: number;
  /** How many columns the block's group of overlapping sessions needs. */
  readonly columns: number;
  readonly dropIn: boolean;
}

export interface HourMark {
  /** Minutes from the start of the day's span. */
  readonly top: number;
  /** The hour on the zone's clock ("5:00 PM", "17:00"). */
  readonly clock: string;
  /** The zone's label ("EST"), on the first mark and wherever it changes; null on the others. */
  readonly label: string | null;
}

export interface TimelineDay {
  /** The span shown: from the full hour (on the zone's clock) at or before the first session's start to the one at or after the last's end. */
  readonly start: number;
  readonly minutes: number;
  /**
   * Each full hour of the zone's clock in the span. On a daylight-saving day the clock repeats or skips an
   * hour ("1:00 AM EDT", "1:00 AM EST"); in a zone 30 or 45 minutes off UTC, the marks are still at its
   * full hours.
   */
  readonly hours: readonly HourMark[];
  /** In time order, as the list shows them (keyboard and screen readers follow it). */
  readonly blocks: readonly TimelineBlock[];
}

const MINUTE_MS = 60_000;
/** Every zone's offset is a whole number of quarter hours, so its full hours fall on these steps. */
const QUARTER_MS = 15 * MINUTE_MS;

/** Minutes past the full hour on the clock of `zone` at `instant` (ms, on a whole minute). */
function minutesPastHour(instant: number, zone: string): number {
  const local = instant / MINUTE_MS + offsetMinutesAt(new Date(instant), zone);
  return ((local % 60) + 60) % 60;
}

/** The full hours of the zone's clock from `start` to `end`, labelled. */
function hourMarks(start: number, end: number, zone: string, clockStyle: ClockStyle): HourMark[] {
  const marks: HourMark[] = [];
  let lastLabel = '';
  for (let instant = start; instant <= end; instant += QUARTER_MS) {
    if (minutesPastHour(instant, zone) !== 0) continue;
    const label = zoneLabel(zone, new Date(instant));
    const clock = formatClock(new Date(instant), zone, clockStyle);
    marks.push({ top: (instant - start) / MINUTE_MS, clock, label: label === lastLabel ? null : label });
    lastLabel = label;
  }
  return marks;
}

/** The first midnight in `zone` after `instant`: where the day a session starts on ends. */
function endOfDay(instant: number, zone: string): number {
  const date = parseCivilDate(civilDateInZone(new Date(instant), zone));
  return date ? wallTimeToInstant(addDays(date, 1), { hour: 0, minute: 0 }, zone).getTime() : Infinity;
}

export function layOutDay(sessions: readonly Session[], zone: string, clock: ClockStyle): TimelineDay | null {
  if (sessions.length === 0) return null;
  const times = sessions.map((session) => {
    const start = Date.parse(session.start);
    const end = Date.parse(session.end);
    // A drop-in of several days (an exhibit) is drawn to the end of this day, not stretched over the
    // next ones: its text says when it ends.
    return { session, start, end: isDropIn(session) ? Math.min(end, Math.max(endOfDay(start, zone), start)) : end };
  });
  const first = Math.min(...times.map((time) => time.start));
  const last = Math.max(...times.map((time) => time.end));
  // Whole minutes first (a time with seconds), then back or on to the full hour of the zone's clock.
  const firstMinute = Math.floor(first / MINUTE_MS) * MINUTE_MS;
  const lastMinute = Math.ceil(last / MINUTE_MS) * MINUTE_MS;
  const start = firstMinute - minutesPastHour(firstMinute, zone) * MINUTE_MS;
  const pastLast = minutesPastHour(lastMinute, zone);
  const end = pastLast === 0 ? lastMinute : lastMinute + (60 - pastLast) * MINUTE_MS;

  // Columns: each timed session takes the first column free at its start; a group of sessions that
  // overlap one another (directly or through others) shares one column count.
  const columnOf = new Map<Session, number>();
  const groupOf = new Map<Session, number>();
  const groupColumns: number[] = [];
  let columnEnds: number[] = [];
  let groupEnd = -Infinity;
  for (const time of times.filter((entry) => !isDropIn(entry.session)).sort((a, b) => a.start - b.start)) {
    if (time.start >= groupEnd) {
      groupColumns.push(0);
      columnEnds = [];
    }
    let column = columnEnds.findIndex((columnEnd) => columnEnd <= time.start);
    if (column === -1) column = columnEnds.length;
    columnEnds[column] = time.end;
    groupEnd = Math.max(groupEnd, time.end);
    const group = groupColumns.length - 1;
    groupColumns[group] = Math.max(groupColumns[group] ?? 0, column + 1);
    columnOf.set(time.session, column);
    groupOf.set(time.session, group);
  }
  return {
    start,
    minutes: (end - start) / MINUTE_MS,
    hours: hourMarks(start, end, zone, clock),
    blocks: times.map(({ session, start: begins, end: ends }) => {
      const dropIn = isDropIn(session);
      return {
        session,
        top: (begins - start) / MINUTE_MS,
        minutes: (ends - begins) / MINUTE_MS,
        column: dropIn ? 0 : (columnOf.get(session) ?? 0),
        columns: dropIn ? 1 : (groupColumns[groupOf.get(session) ?? 0] ?? 1),
        dropIn,
      };
    }),
  };
}
