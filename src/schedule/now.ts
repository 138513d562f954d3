/** Where the clock stands relative to the conference: before, during (with current and next), after. */
import { startOfDayInZone, addDays, parseCivilDate, formatCivilDate } from './time';
import { byStartThenTitle } from './agenda';
import type { Schedule, Session } from './types';

export type ConferenceMoment =
  | { readonly phase: 'before' }
  | { readonly phase: 'during'; readonly current: readonly Session[]; readonly next: Session | null }
  | { readonly phase: 'after' };

export function conferenceMoment(schedule: Schedule, now: Date): ConferenceMoment {
  const { conference } = schedule;
  const last = parseCivilDate(conference.end);
  const opens = startOfDayInZone(conference.start, conference.timeZone);
  const closes = last ? startOfDayInZone(formatCivilDate(addDays(last, 1)), conference.timeZone) : null;
  const t = now.getTime();
  if (!opens || !closes) return { phase: 'before' };
  if (t < opens.getTime()) return { phase: 'before' };
  if (t >= closes.getTime()) return { phase: 'after' };
  const sorted = [...schedule.sessions].sort(byStartThenTitle);
  const current = sorted.filter((session) => Date.parse(session.start) <= t && t < Date.parse(session.end));
  const next = sorted.find((session) => Date.parse(session.start) > t) ?? null;
  return { phase: 'during', current, next };
}
