import { expect, test } from 'vitest';
import fc from 'fast-check';
import { agendaChanges, rekeyedStars } from './changes';
import { matchSessions } from './matching';
import { parslSchedule, sessionTitled } from './test-schedule';
import type { Schedule, Session } from './types';

const before = parslSchedule();
const panel = sessionTitled(before, 'Serverless HPC');
const iri = sessionTitled(before, 'IRI');

const version = (sessions: readonly Session[]): Schedule => ({ ...before, sessions });

test('a rebuilt calendar (every id new, nothing else changed) keeps every star, and reports no change', () => {
  const after = version(before.sessions.map((session) => ({ ...session, id: `rebuilt-${session.id}` })));
  const matches = matchSessions(before, after);
  expect(matches.found.size).toBe(before.sessions.length);
  expect(matches.ambiguous.size).toBe(0);
  expect(rekeyedStars([panel.id, iri.id], matches)).toEqual(
    new Map([
      [panel.id, `rebuilt-${panel.id}`],
      [iri.id, `rebuilt-${iri.id}`],
    ]),
  );
  expect(agendaChanges(before, after, [panel.id, iri.id], matches)).toEqual([]);
});

test('a re-keyed session that also moved is found by its title and room, and reported as moved', () => {
  const after = version(
    before.sessions.map((session) =>
      session.id === panel.id
        ? { ...session, id: 'new-panel', start: '2024-11-21T11:30:00-05:00', end: '2024-11-21T13:00:00-05:00' }
        : session,
    ),
  );
  const changes = agendaChanges(before, after, [panel.id]);
  expect(changes).toEqual([
    expect.objectContaining({ kind: 'moved', after: expect.objectContaining({ id: 'new-panel' }) }),
  ]);
});

test('two new sessions that could both be the starred one: the star is moved to neither, and the reason is kept', () => {
  const twin = (id: string): Session => ({ ...panel, id });
  const after = version([...before.sessions.filter((session) => session.id !== panel.id), twin('a'), twin('b')]);
  const matches = matchSessions(before, after);
  expect(matches.found.has(panel.id)).toBe(false);
  expect(rekeyedStars([panel.id], matches).size).toBe(0);
  expect(agendaChanges(before, after, [panel.id], matches)).toEqual([
    expect.objectContaining({ kind: 'removed', ambiguous: 2 }),
  ]);
});

test('a removed session whose title another session shares is not matched to it when time and room differ', () => {
  const other: Session = {
    ...panel,
    id: 'other',
    start: '2024-11-22T09:00:00-05:00',
    end: '2024-11-22T10:00:00-05:00',
    room: { name: 'Elsewhere' },
  };
  const after = version([...before.sessions.filter((session) => session.id !== panel.id), other]);
  expect(agendaChanges(before, after, [panel.id])).toEqual([
    { kind: 'removed', before: expect.objectContaining({ id: panel.id }) },
  ]);
});

test('property: a match is one to one, keeps the title, and keeps the start or the room', () => {
  const sessions = before.sessions;
  const edit = fc.record({
    rekey: fc.boolean(),
    drop: fc.boolean(),
    move: fc.boolean(),
    room: fc.boolean(),
    duplicate: fc.boolean(),
  });
  fc.assert(
    fc.property(fc.array(edit, { minLength: sessions.length, maxLength: sessions.length }), (edits) => {
      const next: Session[] = [];
      sessions.forEach((session, i) => {
        const e = edits[i];
        if (!e || e.drop) return;
        const edited: Session = {
          ...session,
          ...(e.rekey ? { id: `${session.id}-new` } : {}),
          ...(e.move ? { start: '2030-01-01T00:00:00Z', end: '2030-01-01T01:00:00Z' } : {}),
          ...(e.room ? { room: { name: `moved ${String(i)}` } } : {}),
        };
        next.push(edited);
        if (e.duplicate) next.push({ ...edited, id: `${session.id}-copy` });
      });
      const matches = matchSessions(before, version(next));
      const targets = [...matches.found.values()];
      expect(new Set(targets).size).toBe(targets.length);
      for (const [oldId, newId] of matches.found) {
        const old = sessions.find((session) => session.id === oldId);
        const now = next.find((session) => session.id === newId);
        expect(now?.title).toBe(old?.title);
        if (oldId !== newId) expect(now?.start === old?.start || now?.room?.name === old?.room?.name).toBe(true);
      }
    }),
  );
});
