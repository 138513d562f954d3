import { describe, expect, test } from 'vitest';
import {
  applyFilters,
  busyTimes,
  countOptions,
  filterOptions,
  fold,
  hasFilters,
  NO_FILTERS,
  readFilters,
  writeFilters,
} from './filter';
import { parslSchedule } from './test-schedule';

const schedule = parslSchedule();
const NY = 'America/New_York';
const options = filterOptions(schedule.sessions, NY);
const context = { zone: NY, starred: new Set(['bof181', 'pan108']) };
const titles = (filters: Parameters<typeof applyFilters>[1]) =>
  applyFilters(schedule.sessions, filters, context).map((s) => s.id);

test('the options are the schedule’s days, types and rooms', () => {
  expect(options).toEqual({
    days: ['2024-11-18', '2024-11-19', '2024-11-21', '2024-11-22'],
    types: ['BOF', 'Panel', 'Poster', 'Workshop'],
    rooms: ['B210', 'B212', 'B302', 'B302-B305', 'B311', 'B313B-B314'],
  });
});

describe('search', () => {
  test('finds words in title, description, people and room, in any case and without accents', () => {
    expect(titles({ ...NO_FILTERS, query: 'SEESAW' })).toEqual([
      '2024-11-19-seesaw-elastic-scaling-for-task-based-distributed-programs',
    ]);
    expect(titles({ ...NO_FILTERS, query: 'matthew chung' })).toHaveLength(1);
    expect(titles({ ...NO_FILTERS, query: 'b212' })).toEqual(['bof206']);
    expect(titles({ ...NO_FILTERS, query: 'jupyterlab' })).toEqual(['bof218']);
    expect(titles({ ...NO_FILTERS, query: 'résearch’s' })).toEqual(['bof206']);
  });

  test('folding removes accents and case', () => {
    expect(fold('Zürich CAFÉ naïve')).toBe('zurich cafe naive');
  });

  test('folding keeps letters and digits of any script, and drops symbols such as … • and emoji', () => {
    expect(fold('Wait… • 🎉 Party').split(/\s+/)).toEqual(['wait...', 'party']);
    expect(fold('東京 Москва ½')).toBe('東京 москва 1 2');
  });

  test('finds the session type: "poster" finds the poster, "bof" the three BoFs', () => {
    expect(titles({ ...NO_FILTERS, query: 'poster' })).toEqual([
      '2024-11-19-seesaw-elastic-scaling-for-task-based-distributed-programs',
    ]);
    expect(titles({ ...NO_FILTERS, query: 'bof' }).sort()).toEqual(['bof181', 'bof206', 'bof218']);
  });

  test('a typed apostrophe finds a typographic one, and the other way round', () => {
    expect(titles({ ...NO_FILTERS, query: "research's growing" })).toEqual(['bof206']);
    expect(titles({ ...NO_FILTERS, query: 'parsl’s python' })).toEqual(['ws_worksp114']);
    expect(fold('“quoted” – dash')).toBe('"quoted" - dash');
  });
});

test('groups combine with AND, options within a group with OR', () => {
  expect(titles({ ...NO_FILTERS, types: ['BOF'] })).toEqual(['bof181', 'bof206', 'bof218']);
  expect(titles({ ...NO_FILTERS, types: ['BOF', 'Panel'], days: ['2024-11-21'] })).toEqual(['pan108', 'bof218']);
  expect(titles({ ...NO_FILTERS, rooms: ['B311'] })).toHaveLength(2);
  expect(titles({ ...NO_FILTERS, starredOnly: true })).toEqual(['bof181', 'pan108']);
});

test('each option counts what it would show beside the other groups', () => {
  const counts = countOptions(schedule.sessions, { ...NO_FILTERS, days: ['2024-11-19'] }, context);
  expect(counts.types).toEqual(
    new Map([
      ['Poster', 1],
      ['BOF', 2],
    ]),
  );
  // The day group's own counts ignore the day filter.
  expect(counts.days.get('2024-11-21')).toBe(2);
  expect(counts.starred).toBe(1);
});

describe('the URL', () => {
  test('round-trips every filter and keeps other parameters', () => {
    const filters = {
      query: 'hpc',
      days: ['2024-11-19'],
      types: ['BOF', 'Poster'],
      rooms: ['B210'],
      starredOnly: true,
      freeTime: true,
    };
    const params = writeFilters(filters, new URLSearchParams('view=agenda'));
    expect(params.toString()).toBe('view=agenda&q=hpc&day=2024-11-19&type=BOF&type=Poster&room=B210&starred=1&fits=1');
    expect(readFilters(params, options)).toEqual({ filters, ignored: [] });
  });

  test('unknown values are ignored and named', () => {
    const read = readFilters(
      new URLSearchParams('type=Keynote&type=BOF&day=2024-12-01&room=Moon&starred=yes'),
      options,
    );
    expect(read.filters).toEqual({ ...NO_FILTERS, types: ['BOF'] });
    expect(read.ignored).toEqual(['day=2024-12-01', 'type=Keynote', 'room=Moon', 'starred=yes']);
  });

  test('no filter means everything', () => {
    expect(hasFilters(readFilters(new URLSearchParams(''), options).filters)).toBe(false);
    expect(titles(NO_FILTERS)).toHaveLength(7);
  });
});

test('the query keeps what was typed, trailing space included, so the search box can show it back', () => {
  const read = readFilters(new URLSearchParams('q=collaborative+'), options);
  expect(read.filters.query).toBe('collaborative ');
  expect(titles({ ...NO_FILTERS, query: 'collaborative pathways' })).toEqual(['bof206']);
  expect(hasFilters({ ...NO_FILTERS, query: '   ' })).toBe(false);
  expect(writeFilters({ ...NO_FILTERS, query: '  ' }).toString()).toBe('');
});

test('in the conference’s zone, the day filter offers conference days: a session after midnight counts under the day before', () => {
  const [base] = schedule.sessions;
  if (!base) throw new Error('the bundled schedule has no session');
  const late = {
    ...base,
    id: 'late',
    start: '2024-11-20T01:00:00-05:00',
    end: '2024-11-20T02:00:00-05:00',
    day: '2024-11-19',
  };
  const sessions = [...schedule.sessions, late];
  expect(filterOptions(sessions, NY, NY).days).not.toContain('2024-11-20');
  expect(filterOptions(sessions, 'UTC', NY).days).toContain('2024-11-20');
  const onTuesday = applyFilters(sessions, { ...NO_FILTERS, days: ['2024-11-19'] }, { ...context, conferenceZone: NY });
  expect(onTuesday.map((s) => s.id)).toContain('late');
});

describe('fits my free time', () => {
  // Starred: the Seesaw poster (12–5 PM, a drop-in) and the first Tuesday BoF (5:15–6:45 PM).
  const starred = new Set(['2024-11-19-seesaw-elastic-scaling-for-task-based-distributed-programs', 'bof181']);
  const context = { zone: NY, starred, busy: busyTimes(schedule.sessions, starred) };
  const fits = { ...NO_FILTERS, freeTime: true };

  test('hides the BoF that overlaps a starred one, keeps Thursday’s panel and the starred sessions themselves', () => {
    const shown = applyFilters(schedule.sessions, fits, context).map((session) => session.id);
    expect(shown).not.toContain('bof206');
    expect(shown).toContain('pan108');
    expect(shown).toContain('bof181');
    // The poster is a drop-in: it neither blocks the BoF nor is hidden by it.
    expect(shown).toContain('2024-11-19-seesaw-elastic-scaling-for-task-based-distributed-programs');
    expect(shown).toHaveLength(schedule.sessions.length - 1);
  });

  test('a maybe leaves its time free: with the starred BoF a maybe, the other BoF fits', () => {
    const busy = busyTimes(schedule.sessions, starred, new Set(['bof181']));
    expect(busy).toEqual([]);
    const shown = applyFilters(schedule.sessions, fits, { ...context, busy }).map((session) => session.id);
    expect(shown).toContain('bof206');
    expect(shown).toHaveLength(schedule.sessions.length);
  });

  test('with nothing starred every session fits, and the filter lives in the URL as fits=1', () => {
    const none = { zone: NY, starred: new Set<string>(), busy: [] };
    expect(applyFilters(schedule.sessions, fits, none)).toHaveLength(schedule.sessions.length);
    expect(writeFilters(fits).toString()).toBe('fits=1');
    expect(readFilters(new URLSearchParams('fits=yes'), options).ignored).toEqual(['fits=yes']);
  });
});
