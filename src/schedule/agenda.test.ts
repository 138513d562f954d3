import { expect, test } from 'vitest';
import { groupByDay } from './agenda';
import type { Session } from './types';

function session(id: string, start: string, end: string): Session {
  return { id, title: id, start, end, type: 'Talk', people: [], description: '', links: [] };
}

test('sessions are grouped by their date in the zone and sorted by start', () => {
  const sessions = [
    session('late', '2024-11-19T17:15:00-05:00', '2024-11-19T18:45:00-05:00'),
    session('early', '2024-11-19T09:00:00-05:00', '2024-11-19T10:00:00-05:00'),
    session('monday', '2024-11-18T11:21:00-05:00', '2024-11-18T11:44:00-05:00'),
  ];
  expect(groupByDay(sessions, 'America/New_York').map((day) => [day.date, day.sessions.map((s) => s.id)])).toEqual([
    ['2024-11-18', ['monday']],
    ['2024-11-19', ['early', 'late']],
  ]);
});

test('a late evening session moves to the next day in a zone east of the venue', () => {
  const sessions = [session('evening', '2024-11-19T20:00:00-05:00', '2024-11-19T21:00:00-05:00')];
  expect(groupByDay(sessions, 'Europe/Berlin').map((day) => day.date)).toEqual(['2024-11-20']);
});

test('days without sessions are not listed', () => {
  expect(groupByDay([], 'America/New_York')).toEqual([]);
});
