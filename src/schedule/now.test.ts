import { expect, test } from 'vitest';
import { conferenceMoment, nextStarred, starredFirst } from './now';
import { parslSchedule } from './test-schedule';

const schedule = parslSchedule();

test('before the first day it is before', () => {
  expect(conferenceMoment(schedule, new Date('2024-11-17T04:59:00Z'))).toEqual({ phase: 'before' });
});

test('on the first day, with nothing running, the next session is Monday’s workshop', () => {
  const moment = conferenceMoment(schedule, new Date('2024-11-17T05:00:00Z'));
  expect(moment.phase).toBe('during');
  if (moment.phase === 'during') {
    expect(moment.current).toEqual([]);
    expect(moment.next?.id).toBe('ws_worksp114');
  }
});

test('during the Tuesday BoFs both are current and the next is Thursday’s panel', () => {
  const moment = conferenceMoment(schedule, new Date('2024-11-19T22:30:00Z'));
  if (moment.phase !== 'during') throw new Error(moment.phase);
  expect(moment.current.map((s) => s.id)).toEqual(['bof181', 'bof206']);
  expect(moment.next?.id).toBe('pan108');
});

test('a session is current from its start up to, not including, its end', () => {
  const atStart = conferenceMoment(schedule, new Date('2024-11-21T15:30:00Z'));
  const atEnd = conferenceMoment(schedule, new Date('2024-11-21T17:00:00Z'));
  expect(atStart.phase === 'during' && atStart.current.map((s) => s.id)).toEqual(['pan108']);
  expect(atEnd.phase === 'during' && atEnd.current.map((s) => s.id)).toEqual([]);
});

test('after the last day (midnight Eastern) it is over', () => {
  expect(conferenceMoment(schedule, new Date('2024-11-23T04:59:59Z')).phase).toBe('during');
  expect(conferenceMoment(schedule, new Date('2024-11-23T05:00:00Z'))).toEqual({ phase: 'after' });
});

test('the next slot lists every session starting then; the attendee’s own next is the first starred one', () => {
  const monday = new Date('2024-11-17T05:00:00Z');
  const moment = conferenceMoment(schedule, monday);
  if (moment.phase !== 'during') throw new Error(moment.phase);
  expect(moment.upcoming.map((s) => s.id)).toEqual(['ws_worksp114']);
  expect(nextStarred(schedule, monday, new Set(['pan108', 'bof181']))?.id).toBe('bof181');
  expect(nextStarred(schedule, monday, new Set())).toBeNull();
  // Once the BoF has started it is no longer next; the panel is.
  expect(nextStarred(schedule, new Date('2024-11-19T22:30:00Z'), new Set(['pan108', 'bof181']))?.id).toBe('pan108');
});

test('during the two Tuesday BoFs, the starred one comes first', () => {
  const moment = conferenceMoment(schedule, new Date('2024-11-19T22:30:00Z'));
  if (moment.phase !== 'during') throw new Error(moment.phase);
  expect(starredFirst(moment.current, new Set(['bof206'])).map((s) => s.id)).toEqual(['bof206', 'bof181']);
});

test('a long drop-in started days before still counts as current (the look-back covers the longest session)', () => {
  const [first] = schedule.sessions;
  if (!first) throw new Error('no session');
  const long = {
    ...schedule,
    sessions: [
      ...schedule.sessions,
      {
        ...first,
        id: 'exhibit',
        title: 'Exhibit all week',
        start: '2024-11-17T14:00:00Z',
        end: '2024-11-22T22:00:00Z',
      },
    ],
  };
  const moment = conferenceMoment(long, new Date('2024-11-21T15:30:00Z'));
  expect(moment.phase === 'during' && moment.current.map((s) => s.id)).toEqual(['exhibit', 'pan108']);
});
