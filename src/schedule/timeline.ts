/**
 * A day of the agenda laid out in time: each session's place (minutes from the top of the day's span)
 * and its column among the sessions it overlaps, so overlapping sessions stand side by side. Drop-ins
 * (posters, exhibits) take no column: they are a band behind the others, which leaves the free time
 * around them visible.
 */
import { isDropIn } from './agenda';
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

export interface TimelineDay {
  /** The span shown: from the hour before the first session to the hour after the last. */
  readonly start: number;
  readonly minutes: number;
  /** In time order, as the list shows them (keyboard and screen readers follow it). */
  readonly blocks: readonly TimelineBlock[];
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

export function layOutDay(sessions: readonly Session[]): TimelineDay | null {
  if (sessions.length === 0) return null;
  const times = sessions.map((session) => ({
    session,
    start: Date.parse(session.start),
    end: Date.parse(session.end),
  }));
  const first = Math.min(...times.map((time) => time.start));
  const last = Math.max(...times.map((time) => time.end));
  const start = Math.floor(first / HOUR_MS) * HOUR_MS;
  const end = Math.ceil(last / HOUR_MS) * HOUR_MS;

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
