import { describe, expect, test } from 'vitest';
import { buildAgenda, conferenceDay, findOverlaps, groupByDay, isDropIn, listedDay } from './agenda';
import { parslSchedule, sessionTitled } from './test-schedule';
import type { Session } from './types';

function session(id: string, start: string, end: string): Session {
  return { id, title: id, start, end, type: 'Talk', people: [], description: '', links: [] };
}

test('sessions are grouped by their date in the zone and sorted by start', () => {
  const sessions = [
    session('late', '2024-11-19T17:15:00-05:00', '2024-11-19T18:45:00-05:00'),
    session('early', '2024-11-19T09:00:00-05:00', '2024-11-19T10:00:00-05:00'),
    session('monday', '2024-11-18T11:21:00-05:00', '2024-11-18T11:44:00-05:00'),
  ];
  expect(groupByDay(sessions, 'America/New_York').map((day) => [day.date, day.sessions.map((s) => s.id)])).toEqual([
    ['2024-11-18', ['monday']],
    ['2024-11-19', ['early', 'late']],
  ]);
});

test('a late evening session moves to the next day in a zone east of the venue', () => {
  const sessions = [session('evening', '2024-11-19T20:00:00-05:00', '2024-11-19T21:00:00-05:00')];
  expect(groupByDay(sessions, 'Europe/Berlin').map((day) => day.date)).toEqual(['2024-11-20']);
});

test('days without sessions are not listed', () => {
  expect(groupByDay([], 'America/New_York')).toEqual([]);
});

describe('overlaps', () => {
  const schedule = parslSchedule();
  const poster = sessionTitled(schedule, 'Seesaw');
  const bof181 = sessionTitled(schedule, 'Making Sense');
  const bof206 = sessionTitled(schedule, 'Workflows Community');

  test('the two Tuesday BoFs at 5:15 PM overlap each other', () => {
    const overlaps = findOverlaps(schedule.sessions);
    expect(overlaps.get('bof181')?.map((s) => s.id)).toEqual(['bof206']);
    expect(overlaps.get('bof206')?.map((s) => s.id)).toEqual(['bof181']);
    expect(overlaps.size).toBe(2);
  });

  test('a poster of five hours is a drop-in window and clashes with nothing', () => {
    expect(isDropIn(poster)).toBe(true);
    const inside = session('inside', '2024-11-19T13:00:00-05:00', '2024-11-19T14:00:00-05:00');
    expect(findOverlaps([poster, inside]).size).toBe(0);
  });

  test('sessions that touch end to start do not overlap', () => {
    const a = session('a', '2024-11-19T09:00:00-05:00', '2024-11-19T10:00:00-05:00');
    const b = session('b', '2024-11-19T10:00:00-05:00', '2024-11-19T11:00:00-05:00');
    expect(findOverlaps([a, b]).size).toBe(0);
  });

  test('the agenda shows gaps between timed sessions, keeps a short session inside a drop-in, and flags overlaps', () => {
    const inside = session('inside', '2024-11-19T13:00:00-05:00', '2024-11-19T14:00:00-05:00');
    const [tuesday] = buildAgenda([poster, inside, bof181, bof206], 'America/New_York');
    expect(
      tuesday?.items.map((item) =>
        item.kind === 'gap'
          ? `gap ${item.start.toISOString()}–${item.end.toISOString()}`
          : `${item.session.id}${item.dropIn ? ' (drop-in)' : ''}${item.overlaps.length > 0 ? ` overlaps ${item.overlaps.map((s) => s.id).join(',')}` : ''}`,
      ),
    ).toEqual([
      '2024-11-19-seesaw-elastic-scaling-for-task-based-distributed-programs (drop-in)',
      'inside',
      'gap 2024-11-19T19:00:00.000Z–2024-11-19T22:15:00.000Z',
      'bof181 overlaps bof206',
      'bof206 overlaps bof181',
    ]);
  });
});

describe('maybes', () => {
  const at = (hour: number, minute = 0) =>
    `2024-11-19T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00-05:00`;
  const describeItems = (sessions: Session[], maybe: string[]) =>
    buildAgenda(sessions, 'America/New_York', 'America/New_York', new Set(maybe))[0]?.items.map((item) =>
      item.kind === 'gap'
        ? `free ${item.start.toISOString().slice(11, 16)}–${item.end.toISOString().slice(11, 16)}`
        : [
            item.session.id,
            item.maybe ? 'maybe' : '',
            item.overlapsChosen.length === 0
              ? ''
              : `${item.maybe ? 'or' : 'conflicts'} ${item.overlapsChosen.map((s) => s.id).join(',')}`,
          ]
            .filter((part) => part !== '')
            .join(' '),
    );

  test('one of two overlapping sessions as a maybe: no conflict left, the maybe is the other one’s alternative', () => {
    const bof181 = session('bof181', at(17, 15), at(18, 45));
    const bof206 = session('bof206', at(17, 15), at(18, 45));
    expect(describeItems([bof181, bof206], [])).toEqual(['bof181 conflicts bof206', 'bof206 conflicts bof181']);
    expect(describeItems([bof181, bof206], ['bof206'])).toEqual(['bof181', 'bof206 maybe or bof181']);
    // Both maybes: nothing is chosen, nothing conflicts.
    expect(describeItems([bof181, bof206], ['bof181', 'bof206'])).toEqual(['bof181 maybe', 'bof206 maybe']);
  });

  test('the warning stays while two overlapping sessions are still chosen', () => {
    const a = session('a', at(9), at(10));
    const b = session('b', at(9, 30), at(10, 30));
    const c = session('c', at(9, 45), at(11));
    expect(describeItems([a, b, c], ['b'])).toEqual(['a conflicts c', 'b maybe or a,c', 'c conflicts a']);
  });

  test('a maybe leaves its time free: the gap comes before it and spans it', () => {
    const morning = session('morning', at(9), at(10));
    const option = session('option', at(11), at(12));
    const afternoon = session('afternoon', at(14), at(15));
    expect(describeItems([morning, option, afternoon], [])).toEqual([
      'morning',
      'free 15:00–16:00',
      'option',
      'free 17:00–19:00',
      'afternoon',
    ]);
    expect(describeItems([morning, option, afternoon], ['option'])).toEqual([
      'morning',
      'free 15:00–19:00',
      'option maybe',
      'afternoon',
    ]);
  });
});

test('seen from Tokyo, free time is for the conference day, not the night in Atlanta between two of them', () => {
  const schedule = parslSchedule();
  const panel = sessionTitled(schedule, 'Serverless HPC');
  const iri = sessionTitled(schedule, 'IRI');
  const friday = sessionTitled(schedule, 'Establishing');
  const days = buildAgenda([panel, iri, friday], 'Asia/Tokyo', 'America/New_York');
  // All three start on Friday in Tokyo; the first two on Thursday in Atlanta, the last on Friday.
  expect(days.map((day) => day.date)).toEqual(['2024-11-22']);
  const gaps = (days[0]?.items ?? []).flatMap((item) =>
    item.kind === 'gap' ? [[item.start.toISOString(), item.end.toISOString()]] : [],
  );
  expect(gaps).toEqual([
    // Between the panel (ends noon EST) and the BoF (12:15 PM EST): the same conference day.
    ['2024-11-21T17:00:00.000Z', '2024-11-21T17:15:00.000Z'],
  ]);
  // In the event's own zone nothing changes: Thursday has its gap, Friday its one session.
  const atVenue = buildAgenda([panel, iri, friday], 'America/New_York');
  expect(atVenue.map((day) => day.items.filter((item) => item.kind === 'gap').length)).toEqual([1, 0]);
});

test('in the conference’s zone a session after midnight is listed under its conference day; elsewhere under its date there', () => {
  const concert = {
    ...session('concert', '2025-08-02T01:30:00+02:00', '2025-08-02T03:00:00+02:00'),
    day: '2025-08-01',
  };
  const talk = session('talk', '2025-08-01T20:00:00+02:00', '2025-08-01T21:00:00+02:00');
  const berlin = 'Europe/Berlin';
  expect(groupByDay([concert, talk], berlin, berlin).map((day) => [day.date, day.sessions.map((s) => s.id)])).toEqual([
    ['2025-08-01', ['talk', 'concert']],
  ]);
  expect(groupByDay([concert, talk], 'America/New_York', berlin).map((day) => day.date)).toEqual(['2025-08-01']);
  expect(groupByDay([concert, talk], 'Asia/Tokyo', berlin).map((day) => day.date)).toEqual(['2025-08-02']);
  expect(conferenceDay(concert, berlin)).toBe('2025-08-01');
  expect(listedDay(concert, berlin, berlin)).toBe('2025-08-01');
});
