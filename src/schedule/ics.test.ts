import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { findControlCharacter } from './control-characters';
import { buildCalendar, escapeText, foldLine, planExport, type ExportRecord } from './ics';
import { parslSchedule } from './test-schedule';
import type { Session } from './types';

const schedule = parslSchedule();
const { conference, sessions } = schedule;
const NOW = new Date('2026-11-24T10:00:00Z');
const pick = (...ids: string[]) => sessions.filter((session) => ids.includes(session.id));

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string | null;
  location: string | null;
  url: string | null;
  status: string | null;
  sequence: number;
  start: string;
  end: string;
  stamp: string;
}

function parse(text: string): ParsedEvent[] {
  // ICAL.Component.fromString wraps ICAL.parse with a typed result.
  const calendar = ICAL.Component.fromString(text);
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const text = (name: string) => {
      const value: unknown = vevent.getFirstPropertyValue(name);
      return typeof value === 'string' ? value : null;
    };
    return {
      uid: event.uid,
      summary: event.summary,
      description: text('description'),
      location: text('location'),
      url: text('url'),
      status: text('status'),
      sequence: event.sequence,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      stamp: String(vevent.getFirstPropertyValue('dtstamp')),
    };
  });
}

function octets(line: string): number {
  return new TextEncoder().encode(line).length;
}

test('every field of the starred sessions round-trips through a real iCalendar parser', () => {
  const { events } = planExport(pick('bof181', 'bof218'), sessions, {});
  const text = buildCalendar(conference, events, NOW);
  expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const parsed = parse(text);
  expect(parsed.map((event) => event.uid)).toEqual(['bof181@parsl-sc24', 'bof218@parsl-sc24']);
  const [bof] = parsed;
  const session = pick('bof181')[0];
  expect(bof).toMatchObject({
    summary: session?.title,
    location: 'B210',
    url: session?.url,
    status: 'CONFIRMED',
    sequence: 0,
    start: '2024-11-19T22:15:00.000Z',
    end: '2024-11-19T23:45:00.000Z',
  });
  expect(bof?.description).toBe(`${session?.description ?? ''}\n\nBOF at Parsl at SC24`);
  expect(text).toContain('DTSTAMP:20261124T100000Z');
  expect(text).toContain('DTSTART:20241119T221500Z');
});

test('the UIDs are the same across two exports', () => {
  const first = parse(buildCalendar(conference, planExport(sessions, sessions, {}).events, NOW));
  const second = parse(buildCalendar(conference, planExport(sessions, sessions, {}).events, new Date()));
  expect(second.map((e) => e.uid)).toEqual(first.map((e) => e.uid));
  expect(new Set(first.map((e) => e.uid)).size).toBe(7);
});

describe('the export memory', () => {
  test('a session unstarred since the last export comes back CANCELLED with a higher SEQUENCE', () => {
    const first = planExport(pick('bof181', 'bof206'), sessions, {});
    const second = planExport(pick('bof181'), sessions, first.record);
    const parsed = parse(buildCalendar(conference, second.events, NOW));
    expect(parsed.map((e) => [e.uid, e.status, e.sequence])).toEqual([
      ['bof181@parsl-sc24', 'CONFIRMED', 0],
      ['bof206@parsl-sc24', 'CANCELLED', 1],
    ]);
    // Starred again later: confirmed with a sequence above the cancellation.
    const third = planExport(pick('bof181', 'bof206'), sessions, second.record);
    expect(third.events.map((e) => [e.id, e.status, e.sequence])).toEqual([
      ['bof181', 'CONFIRMED', 0],
      ['bof206', 'CONFIRMED', 2],
    ]);
  });

  test('a maybe goes out as TENTATIVE; becoming one, or chosen again, raises its SEQUENCE', () => {
    const first = planExport(pick('bof181', 'bof206'), sessions, {}, new Set(['bof206']));
    const parsed = parse(buildCalendar(conference, first.events, NOW));
    expect(parsed.map((e) => [e.uid, e.status, e.sequence])).toEqual([
      ['bof181@parsl-sc24', 'CONFIRMED', 0],
      ['bof206@parsl-sc24', 'TENTATIVE', 0],
    ]);
    // The same again changes nothing; chosen instead of maybe, and back, each update the calendar's entry.
    const same = planExport(pick('bof181', 'bof206'), sessions, first.record, new Set(['bof206']));
    expect(same.events.map((e) => [e.id, e.status, e.sequence])).toEqual([
      ['bof181', 'CONFIRMED', 0],
      ['bof206', 'TENTATIVE', 0],
    ]);
    const swapped = planExport(pick('bof181', 'bof206'), sessions, same.record, new Set(['bof181']));
    expect(swapped.events.map((e) => [e.id, e.status, e.sequence])).toEqual([
      ['bof181', 'TENTATIVE', 1],
      ['bof206', 'CONFIRMED', 1],
    ]);
  });

  test('a session whose time changed in a corrected post gets a higher SEQUENCE', () => {
    const first = planExport(pick('pan108'), sessions, {});
    const moved: Session[] = sessions.map((s) =>
      s.id === 'pan108' ? { ...s, start: '2024-11-21T11:00:00-05:00' } : s,
    );
    const second = planExport(
      moved.filter((s) => s.id === 'pan108'),
      moved,
      first.record,
    );
    expect(second.events[0]).toMatchObject({ status: 'CONFIRMED', sequence: 1 });
  });

  test('a cancelled session the schedule no longer has is still cancelled, from the record', () => {
    const previous: ExportRecord = {
      gone: {
        sequence: 0,
        cancelled: false,
        fingerprint: 'x',
        title: 'Removed talk',
        start: '2024-11-18T10:00:00-05:00',
        end: '2024-11-18T11:00:00-05:00',
      },
    };
    const parsed = parse(buildCalendar(conference, planExport([], sessions, previous).events, NOW));
    expect(parsed).toMatchObject([
      { uid: 'gone@parsl-sc24', summary: 'Removed talk', status: 'CANCELLED', sequence: 1 },
    ]);
  });
});

describe('text and line folding', () => {
  test('TEXT escapes backslash, semicolon, comma and newline', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  test('a long line folds at 75 octets and never inside a character', () => {
    const folded = foldLine(`SUMMARY:${'🕣'.repeat(40)}`);
    for (const line of folded.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(
      folded
        .split('\r\n')
        .join('')
        .replace(/^SUMMARY:| /g, ''),
    ).toBe('🕣'.repeat(40));
  });

  // Hostile text aimed at escaping and folding: emoji, quotes, separators, newlines, long runs.
  const hostile = fc
    .string({
      unit: fc.oneof(
        fc.constantFrom('🕣', '📍', 'é', '中', '"', "'", ',', ';', ':', '\\', '\n', ' ', 'a', 'Z', '\u00a0', '—'),
        fc.string({ unit: 'grapheme', maxLength: 1 }).filter((s) => !s.includes('\r')),
      ),
      minLength: 1,
      maxLength: 500,
    })
    .filter((text) => text !== '');

  test('property: every line is at most 75 octets and titles and descriptions round-trip exactly', () => {
    fc.assert(
      fc.property(hostile, hostile, (title, description) => {
        const [base] = sessions;
        if (!base) throw new Error('no session');
        const session: Session = { ...base, title, description };
        const text = buildCalendar(conference, planExport([session], [session], {}).events, NOW);
        for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
        const [event] = parse(text);
        expect(event?.summary).toBe(title);
        expect(event?.description).toBe(`${description}\n\nWorkshop at Parsl at SC24`);
      }),
      { numRuns: 300 },
    );
  });
});

test('a value that reaches the writer with control characters cannot break the file or inject a property', () => {
  const [base] = pick('bof181');
  if (!base) throw new Error('bof181 is missing');
  const hostile = {
    ...base,
    title: 'Title\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Injected\u0000',
    url: 'https://example.org/a\r\nATTACH:https://evil.example/x',
    room: { name: 'B210\u0007\r\nGEO:0;0' },
    description: 'Line one\nLine two\u001b[31m',
  };
  const text = buildCalendar(
    { ...conference, title: 'SC24\r\nX-INJECTED:1' },
    planExport([hostile], [hostile], {}).events,
    NOW,
  );
  const lines = text.split('\r\n');
  expect(lines.filter((line) => /^(?:SUMMARY|ATTACH|GEO|X-INJECTED|BEGIN:VEVENT|END:VEVENT)/.test(line))).toEqual([
    'BEGIN:VEVENT',
    expect.stringMatching(/^SUMMARY:Title\\nEND:VEVENT\\nBEGIN:VEVENT\\nSUMMARY:Injected$/),
    'END:VEVENT',
  ]);
  const [event] = parse(text);
  expect(event?.url).toBe('https://example.org/aATTACH:https://evil.example/x');
  expect(event?.location).toBe('B210\nGEO:0;0');
  expect(findControlCharacter(text.replace(/\r\n/g, ''), '\t')).toBe(-1);
});

test('a reminder adds a display alarm before each session, not to a cancelled one, and ical.js reads it', () => {
  const before = planExport(pick('bof181', 'bof218'), sessions, {});
  const { events } = planExport(pick('bof181'), sessions, before.record);
  const text = buildCalendar(conference, events, NOW, { reminderMinutes: 10 });
  expect(text).toContain('BEGIN:VALARM\r\nACTION:DISPLAY\r\n');
  expect(text).toContain('TRIGGER:-PT10M\r\n');
  const vevents = ICAL.Component.fromString(text).getAllSubcomponents('vevent');
  const alarms = vevents.map((vevent) => vevent.getAllSubcomponents('valarm'));
  expect(vevents.map((vevent) => String(vevent.getFirstPropertyValue('status')))).toEqual(['CONFIRMED', 'CANCELLED']);
  expect(alarms.map((list) => list.length)).toEqual([1, 0]);
  const [alarm] = alarms[0] ?? [];
  expect(String(alarm?.getFirstPropertyValue('action'))).toBe('DISPLAY');
  const trigger = alarm?.getFirstPropertyValue('trigger');
  expect(trigger instanceof ICAL.Duration && trigger.toSeconds()).toBe(-600);
  expect(buildCalendar(conference, events, NOW)).not.toContain('VALARM');
});
