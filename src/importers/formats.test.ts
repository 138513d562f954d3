/**
 * Each format's traps, on small hand-made files (tests/fixtures/schedules), detection by content, and
 * round trips: any Schedule written out as frab JSON and as iCalendar reads back as the same sessions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { runImportCli } from '../../scripts/import-schedule';
import { writeFrabJson } from '../../tests/helpers/frab-json-writer';
import { buildCalendar, planExport } from '../schedule/ics';
import { civilDateInZone, toIsoInZone } from '../schedule/time';
import type { Schedule, Session } from '../schedule/types';
import { detectFormat, importSchedule } from './registry';
import { imported } from '../../tests/helpers/real-schedules';

const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/schedules/${name}`, import.meta.url));

const byTitle = (schedule: Schedule, title: string): Session | undefined =>
  schedule.sessions.find((session) => session.title === title);
const messages = (schedule: Schedule) => schedule.diagnostics.map((d) => d.message);

describe('frab JSON traps', () => {
  const schedule = imported(fixture('frab-traps.json'), { timeZone: 'Europe/Berlin' });

  test('no zone name and one offset: the zone is asked for, with the zones at that offset suggested', () => {
    const result = importSchedule(fixture('frab-traps.json'));
    expect(result).toMatchObject({
      ok: false,
      code: 'needs-input',
      needs: ['timeZone'],
      error: expect.stringMatching(/names no time zone; its times are all at UTC\+02:00/),
    });
    expect(result.ok ? [] : result.zoneHints).toContain('Europe/Berlin');
    expect(result.ok ? [] : result.zoneHints).not.toContain('Europe/London');
    expect(schedule.conference.timeZone).toBe('Europe/Berlin');
    expect(byTitle(schedule, 'Opening')?.start).toBe('2025-08-01T10:00:00+02:00');
    expect(messages(schedule)).not.toContainEqual(expect.stringMatching(/names no time zone/));
  });

  test('the same id and the same guid on different events: all kept, with unique ids, and named', () => {
    expect(schedule.sessions.map((s) => s.id)).toEqual([
      '11111111-1111-4111-8111-111111111111',
      // A guid two events share is neither's: each gets one from its title, start and room.
      expect.stringMatching(/^22222222-2222-4222-8222-222222222222-[0-9a-f]{8}$/),
      expect.stringMatching(/^22222222-2222-4222-8222-222222222222-[0-9a-f]{8}$/),
      '33333333-3333-4333-8333-333333333333',
      '44444444-4444-4444-8444-444444444444',
    ]);
    expect(messages(schedule)).toContainEqual(
      expect.stringMatching(/shares its id \(22222222-.*\) with another event/),
    );
    expect(messages(schedule)).toContainEqual(
      expect.stringMatching(/^1 event id\(s\) are used by more than one event \(7\)/),
    );
    // Stable: the same file gives the same ids.
    expect(imported(fixture('frab-traps.json'), { timeZone: 'Europe/Berlin' }).sessions.map((s) => s.id)).toEqual(
      schedule.sessions.map((s) => s.id),
    );
  });

  test('after midnight, a session stays under the conference day before', () => {
    expect(byTitle(schedule, 'Night concert')).toMatchObject({ start: '2025-08-02T01:30:00+02:00', day: '2025-08-01' });
    expect(messages(schedule)).toContainEqual(expect.stringMatching(/^1 session\(s\) start after midnight/));
  });

  test('Markdown and HTML in abstracts become plain text with paragraphs and safe links; no script, no javascript:', () => {
    const opening = byTitle(schedule, 'Opening');
    expect(opening?.description).toBe(
      'A bold start, with the map and no scripts.\n\nSecond paragraph: see this.\n\nThird.',
    );
    expect(opening?.links).toEqual([
      { text: 'Slides', url: 'https://camp.example.org/slides.pdf' },
      { text: 'the map', url: 'https://camp.example.org/map' },
    ]);
    expect(opening).toMatchObject({
      subtitle: 'Welcome to the camp',
      track: 'Camp',
      language: 'en',
      people: ['Ada', 'Grace'],
    });
  });

  test('cancelled events are kept, marked; "D:HH:MM" is days; "00:00" is a zero-length session', () => {
    expect(byTitle(schedule, 'CANCELLED: Lost talk')?.status).toBe('cancelled');
    expect(byTitle(schedule, 'Doors open')).toMatchObject({ status: 'cancelled', end: '2025-08-02T10:00:00+02:00' });
    expect(byTitle(schedule, 'Overnight hackathon')?.end).toBe('2025-08-02T11:00:00+02:00');
    expect(messages(schedule)).toContainEqual(expect.stringMatching(/duration\(s\) are written as days:hours:minutes/));
  });
});

describe('Pentabarf XML (FOSDEM)', () => {
  const schedule = imported(fixture('pentabarf-fosdem.xml'));

  test('wall times in the named zone; before the day change is the next calendar day, listed under the day', () => {
    expect(schedule.conference).toMatchObject({
      id: 'fosdem-2024',
      title: 'FOSDEM 2024',
      timeZone: 'Europe/Brussels',
      place: 'ULB (Université Libre de Bruxelles), Brussels',
      start: '2024-02-03',
      end: '2024-02-04',
    });
    expect(byTitle(schedule, 'Welcome to FOSDEM 2024')).toMatchObject({
      id: '15849',
      start: '2024-02-03T09:30:00+01:00',
      end: '2024-02-03T09:55:00+01:00',
      people: ['FOSDEM Staff', 'Richard "RMLL" Hartmann'],
      description: 'FOSDEM welcome & opening talk.\n\nSee the site.',
    });
    expect(byTitle(schedule, 'Beer event (after midnight)')).toMatchObject({
      start: '2024-02-04T01:30:00+01:00',
      day: '2024-02-03',
      description: 'Cheers & goodnight',
    });
  });

  test('HTML abstracts (escaped in the XML) are text, and a javascript: link is left out with a warning', () => {
    const welcome = byTitle(schedule, 'Welcome to FOSDEM 2024');
    expect(welcome?.links.map((link) => link.url)).toEqual([
      'https://video.fosdem.org/2024/janson/welcome.webm',
      'https://fosdem.org/2024/',
    ]);
    expect(messages(schedule)).toContainEqual(
      expect.stringContaining('link "javascript:void(0)" is not http(s) or mailto'),
    );
  });

  test('a file cut off in the middle is refused with its line, not half imported', () => {
    expect(importSchedule(fixture('frab-cut.xml'))).toMatchObject({
      ok: false,
      code: 'broken',
      error: expect.stringMatching(/^the XML is broken at line \d+: the element <\w+> is never closed/),
    });
  });
});

describe('iCalendar', () => {
  test('pretalx style: TZID with its VTIMEZONE, "title - speakers", escaped and folded text, a cancelled event', () => {
    const schedule = imported(fixture('pretalx-style.ics'));
    expect(schedule.conference).toMatchObject({
      id: 'pycon-example-2024',
      title: 'PyCon Example 2024',
      timeZone: 'Europe/Berlin',
    });
    expect(byTitle(schedule, 'Typing the untypeable')).toMatchObject({
      id: 'pyconex24-ABC123',
      sourceId: 'pyconex24-ABC123@pretalx.example.org',
      start: '2024-03-26T10:00:00+01:00',
      end: '2024-03-26T10:30:00+01:00',
      people: ['Ada Lovelace', 'Grace Hopper'],
      room: { name: 'Room 1' },
      url: 'https://pycon.example.org/talk/ABC123/',
      description: 'We type things, carefully; very carefully.\n\nMore at https://pycon.example.org/talk/ABC123/',
    });
    expect(byTitle(schedule, 'Cancelled keynote')).toMatchObject({
      status: 'cancelled',
      end: '2024-03-27T10:15:00+01:00',
    });
  });

  test('a session across the spring-forward change is one hour long, each end at its own offset', () => {
    const session = byTitle(imported(fixture('pretalx-style.ics')), 'Across the clock change');
    expect(session).toMatchObject({ start: '2024-03-31T01:30:00+01:00', end: '2024-03-31T03:30:00+02:00' });
    expect(Date.parse(session?.end ?? '') - Date.parse(session?.start ?? '')).toBe(60 * 60_000);
  });

  test('Indico style: UTC times, "Speakers:" in the description, "room (venue)"; the zone is asked for', () => {
    expect(importSchedule(fixture('indico-style.ics'))).toMatchObject({
      ok: false,
      code: 'needs-input',
      needs: ['timeZone'],
      error: expect.stringMatching(/times are all in UTC and it names no time zone/),
    });
    const schedule = imported(fixture('indico-style.ics'), { timeZone: 'UTC' });
    expect(schedule.conference.timeZone).toBe('UTC');
    expect(byTitle(schedule, 'Detector upgrades')).toMatchObject({
      start: '2024-06-12T07:30:00Z',
      people: ['Marie Curie (ESPCI)', 'Pierre Curie (Sorbonne; Paris)'],
      room: { name: 'Room 500-1-001 (CERN)' },
      description: expect.stringMatching(/^We report on the upgrades\./),
    });
    const local = imported(fixture('indico-style.ics'), { timeZone: 'Europe/Zurich' });
    expect(byTitle(local, 'Detector upgrades')?.start).toBe('2024-06-12T09:30:00+02:00');
  });

  test('Sched style: floating times in X-WR-TIMEZONE, the fall-back hour, a daily event expanded within the conference', () => {
    const schedule = imported(fixture('sched-style.ics'));
    expect(schedule.conference).toMatchObject({
      id: 'devconf-us-2025',
      timeZone: 'America/New_York',
      start: '2025-11-02',
      end: '2025-11-03',
    });
    // 01:30 happens twice that night; RFC 5545 takes the first (EDT).
    expect(byTitle(schedule, 'Late night at the fall-back hour')).toMatchObject({
      start: '2025-11-02T01:30:00-04:00',
      end: '2025-11-02T02:30:00-05:00',
      type: 'Social',
    });
    expect(schedule.sessions.filter((s) => s.title === 'Morning standup').map((s) => [s.id, s.start])).toEqual([
      ['SCHED-daily-20251102T0900', '2025-11-02T09:00:00-05:00'],
      ['SCHED-daily-20251103T0900', '2025-11-03T09:00:00-05:00'],
    ]);
    expect(messages(schedule)).toContainEqual(
      expect.stringMatching(/"Morning standup" recurs \(RRULE\): 2 occurrence\(s\) imported/),
    );
  });

  test('floating times and no zone anywhere: the zone is asked for', () => {
    const text = new TextDecoder().decode(fixture('sched-style.ics')).replace('X-WR-TIMEZONE:America/New_York\r\n', '');
    expect(importSchedule(new TextEncoder().encode(text))).toMatchObject({
      ok: false,
      code: 'needs-input',
      needs: ['timeZone'],
    });
  });
});

describe('detection by content, and the command line', () => {
  test.each([
    ['frab-traps.json', 'frab-json'],
    ['pentabarf-fosdem.xml', 'frab-xml'],
    ['pretalx-style.ics', 'icalendar'],
  ])('%s is read as %s whatever it is called', (name, format) => {
    expect(detectFormat(new TextDecoder().decode(fixture(name)))).toMatchObject({ format });
    const result = runImportCli(['download (3)', '--time-zone', 'Europe/Berlin'], () => fixture(name));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ conference: { source: { format } } });
  });

  test.each([
    [
      'a web page',
      '<!DOCTYPE html><html><body>Schedule</body></html>',
      /^x: not a schedule: a web page, not a schedule/,
    ],
    ['other JSON', '{"name": "package", "version": "1.0.0"}', /^x: not a schedule: a JSON file, but not a schedule/],
    [
      'other XML',
      '<?xml version="1.0"?><feed></feed>',
      /^x: not a schedule: an XML file, but not a frab or Pentabarf schedule/,
    ],
    ['broken JSON', '{"schedule": {"conference": ', /^x: the JSON cannot be read/],
    [
      'a Sessionize export without a zone',
      readFileSync(new URL('../../tests/fixtures/real/sessionize-demo-all.json', import.meta.url), 'utf8'),
      /the zone they are in is needed; give --time-zone/,
    ],
  ])('%s: exit 1 with one clear line', (_, text, error) => {
    const result = runImportCli(['x'], () => new TextEncoder().encode(text));
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(error);
  });

  test('--format forces a format, and names the ones there are when it is wrong', () => {
    const result = runImportCli(['x.json', '--format', 'icalendar'], () => fixture('frab-traps.json'));
    expect(result).toMatchObject({ code: 1, stderr: expect.stringMatching(/^x\.json: the calendar cannot be read/) });
    expect(runImportCli(['x', '--format', 'csv'], () => fixture('frab-traps.json'))).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--format takes one of frab-json, frab-xml, sessionize, icalendar, jekyll-post'),
    });
  });
});

describe('round trips (fast-check)', () => {
  const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC'] as const;
  const word = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9][A-Za-zÀ-ÿ0-9'.,:?!-]{0,11}$/);
  const words = (max: number) => fc.array(word, { minLength: 1, maxLength: max }).map((list) => list.join(' '));
  // Descriptions are Markdown in frab ("0. a" is a list): prose of plain words reads back as written.
  const prose = fc
    .array(fc.stringMatching(/^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9']{0,11}$/), { minLength: 1, maxLength: 30 })
    .map((list) => `${list.join(' ')}.`);
  const sessionArbitrary = fc.record({
    title: words(8),
    // Any minute in 2024-2026, daylight-saving changes included.
    startMinute: fc.integer({ min: 28_400_000, max: 29_400_000 }),
    minutes: fc.integer({ min: 0, max: 600 }),
    room: fc.option(words(3), { nil: undefined }),
    // Each person once, as importers keep them (core/assemble.ts: "Ada" and "ada" are one person).
    people: fc.uniqueArray(words(3), {
      maxLength: 3,
      selector: (person) => person.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim(),
    }),
    description: fc.option(prose, { nil: undefined }),
    type: fc.constantFrom('Talk', 'Workshop', 'Keynote', 'BoF'),
  });
  const scheduleArbitrary = fc.record({
    zone: fc.constantFrom(...ZONES),
    sessions: fc.array(sessionArbitrary, { minLength: 1, maxLength: 12 }),
  });

  function scheduleOf(input: {
    zone: string;
    sessions: {
      title: string;
      startMinute: number;
      minutes: number;
      room: string | undefined;
      people: string[];
      description: string | undefined;
      type: string;
    }[];
  }): Schedule {
    const sessions: Session[] = input.sessions.map((s, i) => {
      const start = new Date(s.startMinute * 60_000);
      const end = new Date(start.getTime() + s.minutes * 60_000);
      return {
        id: `s${i + 1}`,
        title: s.title,
        start: toIsoInZone(start, input.zone),
        end: toIsoInZone(end, input.zone),
        type: s.type,
        ...(s.room === undefined ? {} : { room: { name: s.room } }),
        people: s.people,
        description: s.description ?? '',
        links: [],
      };
    });
    return {
      formatVersion: 2,
      conference: {
        id: 'round-trip',
        title: 'Round Trip Conference',
        timeZone: input.zone,
        start: '2024-01-01',
        end: '2026-12-31',
        description: '',
        source: { file: 'x', sha256: '0'.repeat(64) },
      },
      sessions,
      diagnostics: [],
    };
  }

  const instants = (session: Session | undefined) => [Date.parse(session?.start ?? ''), Date.parse(session?.end ?? '')];

  test('a Schedule written as frab JSON reads back as the same sessions', () => {
    fc.assert(
      fc.property(scheduleArbitrary, (input) => {
        const schedule = scheduleOf(input);
        const text = writeFrabJson(schedule, (start) => civilDateInZone(new Date(start), schedule.conference.timeZone));
        const back = imported(new TextEncoder().encode(text));
        expect(back.conference.timeZone).toBe(schedule.conference.timeZone);
        expect(back.sessions).toHaveLength(schedule.sessions.length);
        for (const session of schedule.sessions) {
          const read = back.sessions.find((other) => other.id === session.id);
          expect(read).toMatchObject({
            title: session.title,
            start: session.start,
            end: session.end,
            type: session.type,
            people: session.people,
            description: session.description,
          });
          expect(read?.room).toEqual(session.room);
        }
      }),
      { numRuns: 150 },
    );
  });

  test('a Schedule written as iCalendar (Itinerary’s own export) reads back as the same sessions', () => {
    fc.assert(
      fc.property(scheduleArbitrary, (input) => {
        const schedule = scheduleOf(input);
        const { events } = planExport(schedule.sessions, schedule.sessions, {});
        const text = buildCalendar(schedule.conference, events, new Date(Date.UTC(2026, 0, 1)));
        const back = imported(new TextEncoder().encode(text), { timeZone: schedule.conference.timeZone });
        expect(back.sessions).toHaveLength(schedule.sessions.length);
        for (const session of schedule.sessions) {
          const read = back.sessions.find((other) => other.id === session.id);
          expect(read?.title).toBe(session.title);
          expect(instants(read)).toEqual(instants(session));
          expect(read?.start).toBe(session.start);
          expect(read?.room?.name).toBe(session.room?.name);
        }
      }),
      { numRuns: 150 },
    );
  });
});
