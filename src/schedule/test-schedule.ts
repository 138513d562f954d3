// The bundled Parsl SC24 schedule, validated, for domain tests (imported only by *.test.ts files).
import generated from '../data/parsl-sc24.json';
import { validateSchedule } from './validate';
import type { Schedule, Session } from './types';

export function parslSchedule(): Schedule {
  const result = validateSchedule(generated);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.schedule;
}

export function sessionTitled(schedule: Schedule, start: string): Session {
  const found = schedule.sessions.find((session) => session.title.startsWith(start));
  if (!found) throw new Error(`no session titled ${start}…`);
  return found;
}
