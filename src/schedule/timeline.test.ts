import { expect, test } from 'vitest';
import { layOutDay } from './timeline';
import { parslSchedule } from './test-schedule';

const { sessions } = parslSchedule();
const pick = (...ids: string[]) => sessions.filter((session) => ids.includes(session.id));
const POSTER = '2024-11-19-seesaw-elastic-scaling-for-task-based-distributed-programs';

test('the two 5:15 PM BoFs stand side by side; the 12–5 PM poster is a band behind, taking no column', () => {
  const day = layOutDay(pick(POSTER, 'bof181', 'bof206'));
  if (!day) throw new Error('no day');
  // 12:00 to 7:00 PM EST (the BoFs end at 6:45).
  expect(day.start).toBe(Date.parse('2024-11-19T17:00:00Z'));
  expect(day.minutes).toBe(7 * 60);
  const byId = new Map(day.blocks.map((block) => [block.session.id, block]));
  expect(byId.get(POSTER)).toMatchObject({ top: 0, minutes: 300, dropIn: true, columns: 1 });
  expect(byId.get('bof181')).toMatchObject({ top: 315, minutes: 90, columns: 2 });
  expect(byId.get('bof206')).toMatchObject({ top: 315, minutes: 90, columns: 2 });
  expect(new Set([byId.get('bof181')?.column, byId.get('bof206')?.column])).toEqual(new Set([0, 1]));
  // In time order, as the list is.
  expect(day.blocks.map((block) => block.session.id)).toEqual([POSTER, 'bof181', 'bof206']);
});

test('sessions that do not overlap each take the whole width', () => {
  const day = layOutDay(pick('pan108', 'bof218'));
  expect(day?.blocks.map((block) => block.columns)).toEqual([1, 1]);
  expect(layOutDay([])).toBeNull();
});
