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

/** A frab JSON schedule whose events are listed under the days given, each `[title, date]`. */
function frabDays(days: Record<string, [string, string][]>): Uint8Array {
  const dates = Object.keys(days);
  let id = 0;
  const schedule = {
    schedule: {
      version: '1',
      conference: {
        acronym: 'days25',
        title: 'Days 2025',
        start: dates[0],
        end: dates[dates.length - 1],
        time_zone_name: 'Europe/Berlin',
        days: dates.map((date, index) => ({
          index: index + 1,
          date,
          rooms: {
            Hall: (days[date] ?? []).map(([title, start]) => {
              id += 1;
              return {
                guid: `00000000-0000-4000-8000-0000000001${String(id).padStart(2, '0')}`,
                id,
                date: start,
                start: start.slice(11, 16),
                duration: '00:45',
                room: 'Hall',
                title,
                type: 'Talk',
                persons: [],
                links: [],
              };
            }),
          },
        })),
      },
    },
  };
  return new TextEncoder().encode(JSON.stringify(schedule));
}

test('an event filed under a day it does not start on is placed by its start and named; a night session keeps its night', () => {
  const result = importSchedule(
    frabDays({
      '2025-08-01': [
        ['Opening', '2025-08-01T10:00:00+02:00'],
        // Filed under Friday, starts Saturday afternoon: the file's mistake.
        ['Misfiled workshop', '2025-08-02T14:00:00+02:00'],
        // After midnight: part of Friday night, as conference days go.
        ['Night concert', '2025-08-02T01:30:00+02:00'],
      ],
      '2025-08-02': [['Closing', '2025-08-02T17:00:00+02:00']],
    }),
  );
  if (!result.ok) throw new Error(result.error);
  const byTitle = new Map(result.schedule.sessions.map((session) => [session.title, session]));
  expect(byTitle.get('Misfiled workshop')?.start).toBe('2025-08-02T14:00:00+02:00');
  expect(byTitle.get('Misfiled workshop')?.day).toBeUndefined();
  expect(byTitle.get('Night concert')?.day).toBe('2025-08-01');
  expect(result.schedule.diagnostics.map((d) => d.message)).toContainEqual(
    expect.stringMatching(
      /^event "Misfiled workshop" .* is listed under 2025-08-01 but starts on 2025-08-02 at 14:00; shown on the day it starts$/,
    ),
  );
  expect(result.schedule.diagnostics.map((d) => d.message)).not.toContainEqual(
    expect.stringMatching(/"Night concert" .* is listed under/),
  );
});

test('an event two days from the day it is listed under is placed by its start too, even at night', () => {
  const result = importSchedule(
    frabDays({
      '2025-08-01': [
        ['Opening', '2025-08-01T10:00:00+02:00'],
        ['Far night', '2025-08-03T01:00:00+02:00'],
      ],
      '2025-08-03': [['Closing', '2025-08-03T17:00:00+02:00']],
    }),
  );
  if (!result.ok) throw new Error(result.error);
  expect(result.schedule.sessions.find((session) => session.title === 'Far night')?.day).toBeUndefined();
});
