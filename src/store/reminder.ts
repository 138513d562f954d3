/**
 * The attendee's reminder choice (none, or minutes before a starred session), one for every conference:
 * it adds an alarm to calendar exports and times the in-page "Starts in …" notice. Kept in localStorage
 * beside the stars; a browser that refuses storage keeps it for the visit.
 */
import { useSyncExternalStore } from 'react';
import { DEFAULT_REMINDER, isReminderMinutes, type ReminderMinutes } from '../schedule/reminders';

export type ReminderChoice = ReminderMinutes | null;

const KEY = 'itinerary:reminder';
const listeners = new Set<() => void>();
let current: ReminderChoice | undefined;

function stored(): ReminderChoice {
  try {
    const value = window.localStorage.getItem(KEY);
    if (value === 'none') return null;
    const minutes = Number(value);
    return value !== null && isReminderMinutes(minutes) ? minutes : DEFAULT_REMINDER;
  } catch {
    return DEFAULT_REMINDER;
  }
}

export function readReminder(): ReminderChoice {
  current ??= stored();
  return current;
}

export function chooseReminder(choice: ReminderChoice): void {
  current = choice;
  try {
    window.localStorage.setItem(KEY, choice === null ? 'none' : String(choice));
  } catch {
    // Storage refused: the choice lasts this visit.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab's choice.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== KEY) return;
    current = stored();
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useReminder(): ReminderChoice {
  return useSyncExternalStore(subscribe, readReminder);
}
