import { expect, test } from 'vitest';
import { conferenceMoment } from './now';
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
