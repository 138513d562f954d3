/** Where the clock stands relative to the conference: before, during (with current and next), after. */
import { startOfDayInZone, addDays, parseCivilDate, formatCivilDate } from './time';
import { inTimeOrder } from './agenda';
import type { Schedule, Session, SessionId } from './types';

export type ConferenceMoment =
  | { readonly phase: 'before' }
  | {
      readonly phase: 'during';
      /** Sessions running now, in time order. */
      readonly current: readonly Session[];
      /** The first session to start after now (the earliest of `upcoming`). */
      readonly next: Session | null;
      /** Every session starting at that next start time. */
      readonly upcoming: readonly Session[];
    }
  | { readonly phase: 'after' };

interface TimeIndex {
  readonly sorted: readonly Session[];
  readonly starts: Float64Array;
  /** The longest session: a session running now started at most this long ago. */
  readonly longestMs: number;
}

// The clock ticks every 30 s: the sessions are put in time order once per schedule, then each tick is a
// binary search and a look at the sessions that can be running.
const indexes = new WeakMap<Schedule, TimeIndex>();

function timeIndex(schedule: Schedule): TimeIndex {
  let index = indexes.get(schedule);
  if (!index) {
    const sorted = inTimeOrder(schedule.sessions);
    const starts = Float64Array.from(sorted, (session) => Date.parse(session.start));
    let longestMs = 0;
    sorted.forEach((session, i) => {
      longestMs = Math.max(longestMs, Date.parse(session.end) - (starts[i] ?? 0));
    });
    index = { sorted, starts, longestMs };
    indexes.set(schedule, index);
  }
  return index;
}

/** The first position whose start is after `t` (or at it, with `inclusive`). */
function firstStartAfter(starts: Float64Array, t: number, inclusive = false): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const start = starts[middle] ?? 0;
    if (inclusive ? start < t : start <= t) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function conferenceMoment(schedule: Schedule, now: Date): ConferenceMoment {
  const { conference } = schedule;
  const last = parseCivilDate(conference.end);
  const opens = startOfDayInZone(conference.start, conference.timeZone);
  const closes = last ? startOfDayInZone(formatCivilDate(addDays(last, 1)), conference.timeZone) : null;
  const t = now.getTime();
  if (!opens || !closes) return { phase: 'before' };
  if (t < opens.getTime()) return { phase: 'before' };
  if (t >= closes.getTime()) return { phase: 'after' };
  const { sorted, starts, longestMs } = timeIndex(schedule);
  const firstUpcoming = firstStartAfter(starts, t);
  const current: Session[] = [];
  for (let i = firstStartAfter(starts, t - longestMs, true); i < firstUpcoming; i++) {
    const session = sorted[i];
    if (session && t < Date.parse(session.end)) current.push(session);
  }
  const next = sorted[firstUpcoming] ?? null;
  const upcoming: Session[] = [];
  for (let i = firstUpcoming; i < sorted.length && starts[i] === starts[firstUpcoming]; i++) {
    const session = sorted[i];
    if (session) upcoming.push(session);
  }
  return { phase: 'during', current, next, upcoming };
}

/** The attendee's own next session: the first starred one to start after now. */
export function nextStarred(schedule: Schedule, now: Date, starred: ReadonlySet<SessionId>): Session | null {
  if (starred.size === 0) return null;
  const { sorted, starts } = timeIndex(schedule);
  for (let i = firstStartAfter(starts, now.getTime()); i < sorted.length; i++) {
    const session = sorted[i];
    if (session && starred.has(session.id)) return session;
  }
  return null;
}

/** Starred sessions first, each group keeping its order. */
export function starredFirst(sessions: readonly Session[], starred: ReadonlySet<SessionId>): Session[] {
  return [
    ...sessions.filter((session) => starred.has(session.id)),
    ...sessions.filter((session) => !starred.has(session.id)),
  ];
}

/**
 * Starred sessions starting after `now` and at most `minutes` later, soonest first: what a reminder is
 * about. A look at the few sessions in that window of the time index, not a scan of the schedule.
 */
export function startingSoon(
  schedule: Schedule,
  starred: ReadonlySet<SessionId>,
  now: Date,
  minutes: number,
): Session[] {
  const { sorted, starts } = timeIndex(schedule);
  const until = now.getTime() + minutes * 60_000;
  const soon: Session[] = [];
  for (let i = firstStartAfter(starts, now.getTime()); i < sorted.length && (starts[i] ?? Infinity) <= until; i++) {
    const session = sorted[i];
    if (session && starred.has(session.id)) soon.push(session);
  }
  return soon;
}
