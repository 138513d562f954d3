import { expect, test } from 'vitest';
import { US_CLOCK } from './time-format';
import { layOutDay, type TimelineDay } from './timeline';
import type { Session } from './types';
import { parslSchedule } from './test-schedule';

const { sessions } = parslSchedule();
const pick = (...ids: string[]) => sessions.filter((session) => ids.includes(session.id));
const NY = 'America/New_York';
const POSTER = '2024-11-19-seesaw-elastic-scaling-for-task-based-distributed-programs';

test('the two 5:15 PM BoFs stand side by side; the 12–5 PM poster is a band behind, taking no column', () => {
  const day = layOutDay(pick(POSTER, 'bof181', 'bof206'), NY, US_CLOCK);
  if (!day) throw new Error('no day');
  // 12:00 to 7:00 PM EST (the BoFs end at 6:45).
  expect(day.start).toBe(Date.parse('2024-11-19T17:00:00Z'));
  expect(day.minutes).toBe(7 * 60);
  const byId = new Map(day.blocks.map((block) => [block.session.id, block]));
  expect(byId.get(POSTER)).toMatchObject({ top: 0, minutes: 300, dropIn: true, columns: 1 });
  expect(byId.get('bof181')).toMatchObject({ top: 315, minutes: 90, columns: 2 });
  expect(byId.get('bof206')).toMatchObject({ top: 315, minutes: 90, columns: 2 });
  expect(new Set([byId.get('bof181')?.column, byId.get('bof206')?.column])).toEqual(new Set([0, 1]));
  // An hour mark at each full hour, the zone's label on the first.
  expect(day.hours.map((hour) => [hour.top, hour.clock, hour.label])).toEqual([
    [0, '12:00 PM', 'EST'],
    ...[1, 2, 3, 4, 5, 6, 7].map((hour) => [hour * 60, `${String(hour)}:00 PM`, null]),
  ]);
  // In time order, as the list is.
  expect(day.blocks.map((block) => block.session.id)).toEqual([POSTER, 'bof181', 'bof206']);
});

test('sessions that do not overlap each take the whole width', () => {
  const day = layOutDay(pick('pan108', 'bof218'), NY, US_CLOCK);
  expect(day?.blocks.map((block) => block.columns)).toEqual([1, 1]);
  expect(layOutDay([], NY, US_CLOCK)).toBeNull();
});

function session(id: string, start: string, end: string): Session {
  return { id, title: id, start, end, type: 'Talk', people: [], description: '', links: [] };
}

const marks = (day: TimelineDay | null) =>
  day?.hours.map((hour) => `${hour.clock}${hour.label ? ` ${hour.label}` : ''}`);

test('the night the clocks go back, the repeated hour is marked twice, each with its label, and the blocks keep real time', () => {
  // 2024-11-03 in New York: 1:00 AM EDT, then 1:00 AM EST an hour later.
  const night = session('night', '2024-11-03T00:30:00-04:00', '2024-11-03T02:30:00-05:00');
  const day = layOutDay([night], NY, US_CLOCK);
  expect(marks(day)).toEqual(['12:00 AM EDT', '1:00 AM', '1:00 AM EST', '2:00 AM', '3:00 AM']);
  expect(day?.blocks[0]).toMatchObject({ top: 30, minutes: 180 });
  expect(day?.minutes).toBe(240);
});

test('the night the clocks go forward, the skipped hour has no mark', () => {
  // 2024-03-10 in New York: 2:00 AM EST does not happen; 3:00 AM EDT follows 1:00 AM EST.
  const night = session('night', '2024-03-10T01:00:00-05:00', '2024-03-10T04:00:00-04:00');
  const day = layOutDay([night], NY, US_CLOCK);
  expect(marks(day)).toEqual(['1:00 AM EST', '3:00 AM EDT', '4:00 AM']);
  expect(day?.blocks[0]).toMatchObject({ top: 0, minutes: 120 });
});

test('in a zone 30 or 45 minutes off UTC the marks are on its own full hours', () => {
  const talk = session('talk', '2025-01-15T10:10:00+05:30', '2025-01-15T11:20:00+05:30');
  const kolkata = layOutDay([talk], 'Asia/Kolkata', US_CLOCK);
  expect(kolkata?.start).toBe(Date.parse('2025-01-15T10:00:00+05:30'));
  expect(marks(kolkata)).toEqual(['10:00 AM IST', '11:00 AM', '12:00 PM']);
  const kathmandu = layOutDay(
    [session('talk', '2025-01-15T09:50:00+05:45', '2025-01-15T10:05:00+05:45')],
    'Asia/Kathmandu',
    US_CLOCK,
  );
  expect(kathmandu?.hours.map((hour) => hour.clock)).toEqual(['9:00 AM', '10:00 AM', '11:00 AM']);
  expect(kathmandu?.blocks[0]).toMatchObject({ top: 50, minutes: 15 });
});

test('an exhibit over three days is a band to the end of its first day, not three days tall', () => {
  const exhibit = session('exhibit', '2024-11-18T09:00:00-05:00', '2024-11-20T18:00:00-05:00');
  const talk = session('talk', '2024-11-18T10:00:00-05:00', '2024-11-18T11:00:00-05:00');
  const day = layOutDay([exhibit, talk], NY, US_CLOCK);
  expect(day?.blocks.map((block) => [block.session.id, block.top, block.minutes])).toEqual([
    ['exhibit', 0, 15 * 60],
    ['talk', 60, 60],
  ]);
  expect(day?.minutes).toBe(15 * 60);
});
