/**
 * Bad input in a calendar costs the event it is in, never the file, never the tab (issue 16, for
 * iCalendar): garbage in every date-like property, dates that do not exist, recurrence rules of every
 * frequency starting years before the conference, and a zone definition that changes every second.
 */
import { describe, expect, test } from 'vitest';
import { importSchedule } from '../registry';

const GOOD = ['BEGIN:VEVENT', 'UID:good@x', 'DTSTART:20250610T100000', 'DURATION:PT1H', 'SUMMARY:Good', 'END:VEVENT'];

function calendar(parts: readonly string[], header: readonly string[] = ['X-WR-TIMEZONE:Europe/Berlin']): Uint8Array {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//tests//EN', 'X-WR-CALNAME:Bad input', ...header];
  return new TextEncoder().encode([...lines, ...parts, ...GOOD, 'END:VCALENDAR'].join('\r\n'));
}

function event(...lines: string[]): string[] {
  return ['BEGIN:VEVENT', 'UID:bad@x', 'SUMMARY:Bad', ...lines, 'END:VEVENT'];
}

function imported(bytes: Uint8Array) {
  const result = importSchedule(bytes, {});
  if (!result.ok) throw new Error(result.error);
  return result.schedule;
}

describe('one unreadable value costs its event only, named in an error', () => {
  test.each([
    ['DTSTART garbage', event('DTSTART:2025-13-45T99', 'DURATION:PT1H'), /its DTSTART is not a date and time/],
    ['DTEND garbage', event('DTSTART:20250610T120000', 'DTEND:garbage'), /its DTEND is not a date and time/],
    ['DURATION garbage', event('DTSTART:20250610T120000', 'DURATION:PXYZ'), /its DURATION is not a duration/],
    ['no DTSTART', event('DURATION:PT1H'), /it has no DTSTART/],
    [
      'UNTIL garbage',
      event('DTSTART:20250610T120000', 'DURATION:PT1H', 'RRULE:FREQ=DAILY;UNTIL=notadate'),
      /event "Bad" \(UID bad@x\): /,
    ],
    [
      'EXDATE garbage',
      event('DTSTART:20250610T120000', 'DURATION:PT1H', 'RRULE:FREQ=DAILY;COUNT=2', 'EXDATE:nonsense'),
      /event "Bad" \(UID bad@x\): /,
    ],
  ])('%s', (_, parts, message) => {
    const schedule = imported(calendar(parts));
    expect(schedule.sessions.map((session) => session.title)).toEqual(['Good']);
    const errors = schedule.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
    expect(errors).toContainEqual(expect.stringMatching(message));
    expect(errors.every((m) => m.endsWith('not imported'))).toBe(true);
  });
});

describe('a date or time that does not exist is refused for its event, never rolled over', () => {
  test.each([
    ['February 30', '20250230T100000'],
    ['hour 24', '20250610T240000'],
    ['hour 25', '20250610T250000'],
    ['month 13', '20251301T100000'],
    ['minute 60', '20250610T106000'],
    ['year 0', '00000610T100000'],
  ])('%s', (_, start) => {
    const schedule = imported(calendar(event(`DTSTART:${start}`, 'DURATION:PT1H')));
    expect(schedule.sessions.map((session) => session.title)).toEqual(['Good']);
    expect(schedule.diagnostics.map((d) => d.message)).toContainEqual(
      expect.stringMatching(/its DTSTART ".*" is not a real date and time; not imported/),
    );
  });

  test('an all-day date that does not exist is refused too', () => {
    const schedule = imported(calendar(event('DTSTART;VALUE=DATE:20250231')));
    expect(schedule.diagnostics.map((d) => d.message)).toContainEqual(
      expect.stringMatching(/its DTSTART "2025-02-31" is not a real date; not imported/),
    );
  });
});

describe('every recurrence ends', () => {
  test.each(['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'])(
    'FREQ=%s starting years before the conference imports at once, within the conference’s days',
    (freq) => {
      const started = Date.now();
      const schedule = imported(calendar(event('DTSTART:20200610T100000', 'DURATION:PT1M', `RRULE:FREQ=${freq}`)));
      expect(Date.now() - started).toBeLessThan(20_000);
      for (const session of schedule.sessions) expect(session.start.startsWith('2025-06-10')).toBe(true);
      expect(schedule.diagnostics.map((d) => d.message)).toContainEqual(
        expect.stringMatching(/^"Bad" recurs \(RRULE\)/),
      );
    },
  );

  test('a zone definition that changes every second is ignored with a warning; its events use the zone database', () => {
    const vtimezone = [
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Berlin',
      'BEGIN:STANDARD',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'DTSTART:19700101T000000',
      'RRULE:FREQ=SECONDLY',
      'END:STANDARD',
      'END:VTIMEZONE',
    ];
    const recurring = [
      'BEGIN:VEVENT',
      'UID:rec@x',
      'DTSTART;TZID=Europe/Berlin:20250610T090000',
      'DURATION:PT1H',
      'RRULE:FREQ=DAILY;COUNT=3',
      'SUMMARY:Daily',
      'END:VEVENT',
    ];
    const schedule = imported(calendar([...vtimezone, ...recurring]));
    expect(schedule.diagnostics.map((d) => d.message)).toContainEqual(
      expect.stringMatching(/time zone "Europe\/Berlin" changes its offset every second .* ignored/),
    );
    expect(schedule.sessions.find((session) => session.title === 'Daily')?.start).toBe('2025-06-10T09:00:00+02:00');
  });
});
