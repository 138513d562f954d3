/**
 * Bad input in a frab schedule costs the event it is in (issue 16, for frab JSON): a start that does not
 * exist is refused for its event, never rolled over, and an offset that cannot be read in the first event
 * does not stop the file.
 */
import { expect, test } from 'vitest';
import { importSchedule } from './registry';

function frab(dates: readonly string[]): Uint8Array {
  const events = dates.map((date, i) => ({
    guid: `00000000-0000-4000-8000-00000000000${String(i)}`,
    id: i + 1,
    date,
    start: date.slice(11, 16),
    duration: '00:30',
    room: 'Hall',
    title: `Talk ${String(i + 1)}`,
    type: 'Talk',
    persons: [],
    links: [],
  }));
  const schedule = {
    schedule: {
      version: '1',
      conference: {
        acronym: 'bad25',
        title: 'Bad 2025',
        start: '2025-08-01',
        end: '2025-08-01',
        time_zone_name: 'Europe/Berlin',
        days: [{ index: 1, date: '2025-08-01', rooms: { Hall: events } }],
      },
    },
  };
  return new TextEncoder().encode(JSON.stringify(schedule));
}

test.each([
  ['February 30', '2025-02-30T10:00:00+02:00'],
  ['hour 24', '2025-08-01T24:00:00+02:00'],
  ['year 0', '0000-08-01T10:00:00+02:00'],
])('a start on %s is refused for its event, the others import', (_, bad) => {
  const result = importSchedule(frab(['2025-08-01T09:00:00+02:00', bad, '2025-08-01T11:00:00+02:00']));
  if (!result.ok) throw new Error(result.error);
  expect(result.schedule.sessions.map((session) => session.title)).toEqual(['Talk 1', 'Talk 3']);
  expect(result.schedule.diagnostics.map((d) => d.message)).toContainEqual(
    expect.stringMatching(/event "Talk 2" .*: its start ".*" is not a real date and time; not imported/),
  );
});

test('an unreadable offset in the first event costs that event, not the file', () => {
  const result = importSchedule(frab(['2025-08-01T09:00:00+99:99', '2025-08-01T11:00:00+02:00']));
  if (!result.ok) throw new Error(result.error);
  expect(result.schedule.sessions.map((session) => session.title)).toEqual(['Talk 2']);
  expect(result.schedule.diagnostics.map((d) => d.message)).toContainEqual(
    expect.stringMatching(/event "Talk 1" .*: its start "2025-08-01T09:00:00\+99:99" is not a real date and time/),
  );
});
