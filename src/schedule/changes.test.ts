import { expect, test } from 'vitest';
import { agendaChanges } from './changes';
import { parslSchedule, sessionTitled } from './test-schedule';
import type { Schedule, Session } from './types';

const before = parslSchedule();
const panel = sessionTitled(before, 'Serverless HPC');
const iri = sessionTitled(before, 'IRI');
const bof181 = sessionTitled(before, 'Making Sense');

function edited(change: (session: Session) => Session | null): Schedule {
  return {
    ...before,
    sessions: before.sessions.flatMap((session) => {
      const next = change(session);
      return next === null ? [] : [next];
    }),
  };
}

test('moved, room changed, cancelled and removed starred sessions are named, in agenda order; unstarred ones are not', () => {
  const after = edited((session) => {
    if (session.id === panel.id)
      return { ...session, start: '2024-11-21T11:30:00-05:00', end: '2024-11-21T13:00:00-05:00' };
    if (session.id === iri.id) return { ...session, room: { name: 'B312' }, status: 'cancelled' };
    if (session.id === bof181.id) return null;
    if (session.title.startsWith('Seesaw')) return { ...session, room: { name: 'Hall E' } };
    return session;
  });
  const changes = agendaChanges(before, after, [iri.id, panel.id, bof181.id, 'not-in-either']);
  expect(changes.map((change) => [change.kind, change.before.title])).toEqual([
    ['removed', bof181.title],
    ['moved', panel.title],
    ['cancelled', iri.title],
    ['room', iri.title],
  ]);
  expect(changes[1]).toMatchObject({ after: { start: '2024-11-21T11:30:00-05:00' } });
  expect(changes[3]).toMatchObject({ before: { room: 'B311' }, after: { room: 'B312' } });
});

test('the same instant written with another offset is not a move; nothing changed is no change', () => {
  const after = edited((session) =>
    session.id === panel.id ? { ...session, start: '2024-11-21T15:30:00Z', end: '2024-11-21T17:00:00Z' } : session,
  );
  expect(agendaChanges(before, after, [panel.id])).toEqual([]);
  expect(
    agendaChanges(
      before,
      before,
      before.sessions.map((session) => session.id),
    ),
  ).toEqual([]);
});
