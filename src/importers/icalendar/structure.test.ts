/**
 * Issue 16: a broken nesting costs what it breaks, and is named. Each case is a calendar of real shape
 * with one END line moved, missing or doubled.
 */
import { expect, test } from 'vitest';
import { importSchedule } from '../registry';
import { mendStructure } from './structure';

const event = (i: number, end = true) => [
  'BEGIN:VEVENT',
  `UID:talk-${String(i)}@camp.example`,
  'DTSTAMP:20250101T000000Z',
  `DTSTART;TZID=Europe/Berlin:202507${String(10 + (i % 3))}T${String(9 + (i % 8)).padStart(2, '0')}0000`,
  'DURATION:PT45M',
  `SUMMARY:Talk ${String(i)}`,
  ...(end ? ['END:VEVENT'] : []),
];

const calendar = (lines: string[]) =>
  new TextEncoder().encode(
    ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//t//EN', ...lines, 'END:VCALENDAR'].join('\r\n'),
  );

const events = (count: number, change?: (lines: string[][]) => void) => {
  const all = Array.from({ length: count }, (_, i) => event(i + 1));
  change?.(all);
  return all.flat();
};

function read(bytes: Uint8Array) {
  const result = importSchedule(bytes, { fileName: 'camp.ics' });
  if (!result.ok) throw new Error(result.error);
  return result;
}

test('a well-formed calendar is read as written, with no note', () => {
  const text = ['BEGIN:VCALENDAR', ...event(1), 'END:VCALENDAR'].join('\r\n');
  expect(mendStructure(text)).toEqual({ text, notes: [] });
  const result = read(calendar(events(82)));
  expect(result.schedule.sessions).toHaveLength(82);
  expect(result.schedule.diagnostics.filter((d) => /closed|closes/.test(d.message))).toEqual([]);
});

test('an END:VEVENT moved up (before its BEGIN) no longer ends the calendar: all 82 events, the line named', () => {
  const result = read(
    calendar(
      events(82, (all) => {
        // Event 1's END moved above its BEGIN: at calendar level, ical.js took it as the calendar's end.
        all[0] = ['END:VEVENT', ...event(1, false)];
      }),
    ),
  );
  expect(result.schedule.sessions).toHaveLength(82);
  expect(result.schedule.diagnostics.map((d) => d.message)).toEqual(
    expect.arrayContaining([
      'line 4: END:VEVENT closes nothing that is open; ignored',
      'the event "Talk 1" that begins at line 5 is not closed before the event at line 11; it ends there',
    ]),
  );
});

test('an event whose END is missing does not swallow the events after it', () => {
  const result = read(
    calendar(
      events(5, (all) => {
        all[1] = event(2, false);
      }),
    ),
  );
  expect(result.schedule.sessions.map((session) => session.title).sort()).toEqual([
    'Talk 1',
    'Talk 2',
    'Talk 3',
    'Talk 4',
    'Talk 5',
  ]);
  expect(result.schedule.diagnostics.map((d) => d.message)).toContain(
    'the event "Talk 2" that begins at line 11 is not closed before the event at line 17; it ends there',
  );
});

test('components left open at the end of the file are closed there and named, not a refusal', () => {
  const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', ...event(1), ...event(2, false)].join('\r\n');
  const result = read(new TextEncoder().encode(text));
  expect(result.schedule.sessions).toHaveLength(2);
  expect(result.schedule.diagnostics.map((d) => d.message)).toEqual(
    expect.arrayContaining([
      'the event "Talk 2" that begins at line 10 is never closed; it ends with the file',
      'the calendar that begins at line 1 is never closed; it ends with the file',
    ]),
  );
});

test('an END naming another component closes the one it names; an alarm inside an event stays inside it', () => {
  const lines = [
    ...event(1, false),
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:-PT5M',
    'END:VEVENT', // the alarm's END is missing
    ...event(2),
  ];
  const result = read(calendar(lines));
  expect(result.schedule.sessions).toHaveLength(2);
  expect(result.schedule.diagnostics.map((d) => d.message)).toContain(
    'the alarm that begins at line 10 is not closed before END:VEVENT at line 13; it ends there',
  );
});
