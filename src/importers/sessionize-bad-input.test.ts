/**
 * A Sessionize session whose time does not exist is refused for that session (issue 16), never rolled
 * over (February 30 to March 2) or read as another year (0000 as 1900); the other sessions import.
 */
import { expect, test } from 'vitest';
import { real } from '../../tests/helpers/real-schedules';
import { importSchedule } from './registry';

function withStart(startsAt: string): Uint8Array {
  const all: unknown = JSON.parse(new TextDecoder().decode(real('sessionize-demo-all.json')));
  const sessions: unknown = typeof all === 'object' && all !== null && 'sessions' in all ? all.sessions : [];
  if (!Array.isArray(sessions)) throw new Error('no sessions');
  const first: unknown = sessions[0];
  if (typeof first === 'object' && first !== null) Reflect.set(first, 'startsAt', startsAt);
  return new TextEncoder().encode(JSON.stringify(all));
}

test.each([
  ['February 30', '2017-02-30T09:00:00'],
  ['year 0000', '0000-05-27T09:00:00'],
  ['hour 25', '2017-05-27T25:00:00'],
  ['month 13', '2017-13-27T09:00:00'],
])('a session starting on %s is refused, named; the other 10 import', (_, startsAt) => {
  const result = importSchedule(withStart(startsAt), { timeZone: 'Europe/Zagreb' });
  if (!result.ok) throw new Error(result.error);
  expect(result.schedule.sessions).toHaveLength(10);
  expect(result.schedule.diagnostics.map((d) => d.message)).toContainEqual(
    expect.stringMatching(new RegExp(`"${startsAt}" is not a real date and time; not imported`)),
  );
});
