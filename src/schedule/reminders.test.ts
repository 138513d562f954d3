import { expect, test } from 'vitest';
import { startingSoon } from './now';
import { isReminderMinutes } from './reminders';
import { parslSchedule } from './test-schedule';

const schedule = parslSchedule();

test('only starred sessions starting within the lead time are about to start', () => {
  // The Tuesday BoFs start at 5:15 PM EST (22:15Z); the panel on Thursday.
  const starred = new Set(['bof181', 'pan108']);
  expect(startingSoon(schedule, starred, new Date('2024-11-19T22:05:00Z'), 10).map((s) => s.id)).toEqual(['bof181']);
  expect(startingSoon(schedule, starred, new Date('2024-11-19T22:04:59Z'), 10)).toEqual([]);
  // Once started it is no longer "about to start".
  expect(startingSoon(schedule, starred, new Date('2024-11-19T22:15:00Z'), 10)).toEqual([]);
  expect(startingSoon(schedule, new Set(), new Date('2024-11-19T22:05:00Z'), 30)).toEqual([]);
});

test('only the offered lead times are reminder choices', () => {
  expect([5, 10, 15, 30].every(isReminderMinutes)).toBe(true);
  expect([0, 7, '10', null].some(isReminderMinutes)).toBe(false);
});
