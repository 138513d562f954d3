/** Reminders before starred sessions: the lead times an attendee can choose, and what is about to start. */
import type { Session, SessionId } from './types';

/** Minutes before a session ("Reminder": none, or one of these). */
export const REMINDER_MINUTES = [5, 10, 15, 30] as const;
export type ReminderMinutes = (typeof REMINDER_MINUTES)[number];
export const DEFAULT_REMINDER: ReminderMinutes = 10;

export function isReminderMinutes(value: unknown): value is ReminderMinutes {
  return REMINDER_MINUTES.some((minutes) => minutes === value);
}

/** Starred sessions starting after `now` and at most `minutes` later, soonest first. */
export function startingSoon(
  sessions: readonly Session[],
  starred: ReadonlySet<SessionId>,
  now: Date,
  minutes: number,
): Session[] {
  const t = now.getTime();
  return sessions
    .filter((session) => {
      if (!starred.has(session.id)) return false;
      const start = Date.parse(session.start);
      return start > t && start - t <= minutes * 60_000;
    })
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}
