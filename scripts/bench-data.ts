/**
 * The benchmark's schedules, from a real one: the 38C3 frab XML in ../shared/data (1,007 sessions), and a
 * 10,070-session variant of it (ten copies of every session, each with its own id and a numbered title,
 * at the same times and in the same rooms: a conference ten times as dense).
 */
import { readFileSync } from 'node:fs';
import { importSchedule } from '../src/importers/registry';
import type { Schedule } from '../src/schedule/types';

export const SOURCE = '../shared/data/38c3-schedule-20251206.xml';

export function realSchedule(path: string = SOURCE): Schedule {
  const result = importSchedule(new Uint8Array(readFileSync(path)), { fileName: path });
  if (!result.ok) throw new Error(`${path}: ${result.error}`);
  return result.schedule;
}

export function multiplied(schedule: Schedule, copies: number): Schedule {
  return {
    ...schedule,
    sessions: schedule.sessions.flatMap((session) =>
      Array.from({ length: copies }, (_, copy) =>
        copy === 0
          ? session
          : { ...session, id: `${session.id}-x${String(copy)}`, title: `${session.title} (${String(copy + 1)})` },
      ),
    ),
  };
}
