/** Reminders before starred sessions: the lead times an attendee can choose (what is about to start: now.ts). */

/** Minutes before a session ("Reminder": none, or one of these). */
export const REMINDER_MINUTES = [5, 10, 15, 30] as const;
export type ReminderMinutes = (typeof REMINDER_MINUTES)[number];
export const DEFAULT_REMINDER: ReminderMinutes = 10;

export function isReminderMinutes(value: unknown): value is ReminderMinutes {
  return REMINDER_MINUTES.some((minutes) => minutes === value);
}
