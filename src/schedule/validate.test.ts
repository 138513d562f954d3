import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { validateSchedule } from './validate';
import type { Schedule } from './types';

const json: unknown = JSON.parse(readFileSync(new URL('../data/parsl-sc24.json', import.meta.url), 'utf8'));
const loaded = validateSchedule(json);
if (!loaded.ok) throw new Error(`the bundled schedule is invalid: ${loaded.errors.join('; ')}`);
const schedule: Schedule = loaded.schedule;

/** The bundled schedule with one session's fields replaced (any value, so wrong types can be tried). */
function withSession(index: number, patch: Record<string, unknown>): unknown {
  return {
    ...schedule,
    sessions: schedule.sessions.map((session, i) => (i === index ? { ...session, ...patch } : session)),
  };
}

function withConference(patch: Record<string, unknown>): unknown {
  return { ...schedule, conference: { ...schedule.conference, ...patch } };
}

function errorsOf(value: unknown): string[] {
  const result = validateSchedule(value);
  return result.ok ? [] : result.errors;
}

test('the bundled schedule is valid and comes back unchanged', () => {
  expect(schedule).toEqual(json);
});

test('a version 1 file (before track, status and the rest) still loads, as version 2', () => {
  const v1: unknown = JSON.parse(
    readFileSync(new URL('../../tests/fixtures/parsl-sc24.v1.json', import.meta.url), 'utf8'),
  );
  expect(v1).toMatchObject({ formatVersion: 1 });
  const result = validateSchedule(v1);
  expect(result.ok).toBe(true);
  if (result.ok) {
    expect(result.schedule.formatVersion).toBe(2);
    expect(result.schedule.sessions.map((session) => session.id)).toEqual(
      schedule.sessions.map((session) => session.id),
    );
  }
});

test('version 2 fields are checked: status, day, and text without control characters', () => {
  expect(errorsOf(withSession(0, { status: 'maybe' }))).toEqual([
    'sessions[0].status: expected "cancelled" or nothing, got text "maybe"',
  ]);
  expect(errorsOf(withSession(0, { day: '2024-02-30' }))).toEqual([
    'sessions[0].day: expected a date YYYY-MM-DD, got "2024-02-30"',
  ]);
  expect(errorsOf(withSession(0, { track: 'Hard\u0007ware' }))).toEqual([
    expect.stringMatching(/^sessions\[0\]\.track: contains the control character U\+0007/),
  ]);
  expect(
    errorsOf(
      withSession(0, {
        status: 'cancelled',
        day: '2024-11-17',
        track: 'HPC',
        language: 'en',
        subtitle: 'x',
        sourceId: 'a@b',
      }),
    ),
  ).toEqual([]);
});

test('a zero-length session (a "00:00" duration) is valid; one that ends before it starts is not', () => {
  const start = schedule.sessions[0]?.start ?? '';
  expect(errorsOf(withSession(0, { end: start }))).toEqual([]);
});

describe('readable errors that name the place', () => {
  test.each([
    ['not an object', 42, /^schedule: expected an object, got number$/],
    ['an unknown format version', { ...schedule, formatVersion: 3 }, /^formatVersion: expected 1 or 2/],
    [
      'an unknown zone',
      withConference({ timeZone: 'Mars/Olympus' }),
      /^conference\.timeZone: unknown time zone "Mars\/Olympus"/,
    ],
    [
      'a start without offset',
      withSession(2, { start: '2024-11-19T17:15:00' }),
      /^sessions\[2\]\.start: expected an ISO 8601 instant with offset/,
    ],
    [
      'an end before the start',
      withSession(0, { end: '2024-11-18T10:00:00-05:00' }),
      /^sessions\[0\]\.end: .* is before the start/,
    ],
    [
      'a javascript: link',
      withSession(1, { links: [{ text: 'x', url: 'javascript:alert(1)' }] }),
      /^sessions\[1\]\.links\[0\]\.url: expected a http: or https: or mailto: address/,
    ],
    ['a duplicate id', withSession(3, { id: 'bof181' }), /^sessions\[3\]\.id: "bof181" is used by an earlier session/],
    ['an empty title', withSession(4, { title: ' ' }), /^sessions\[4\]\.title: must not be empty/],
    [
      'people that are not text',
      withSession(1, { people: [7] }),
      /^sessions\[1\]\.people\[0\]: expected text, got number/,
    ],
    [
      'a room without a name',
      withSession(1, { room: { url: 'https://example.org' } }),
      /^sessions\[1\]\.room\.name: expected text/,
    ],
    [
      'a conference end before its start',
      withConference({ end: '2024-11-01' }),
      /^conference\.end: 2024-11-01 is before the start/,
    ],
    ['an impossible date', withConference({ start: '2024-02-30' }), /^conference\.start: expected a date YYYY-MM-DD/],
    [
      'a bad hash',
      withConference({ source: { file: 'x.md', sha256: 'abc' } }),
      /^conference\.source\.sha256: expected 64 lower-case hex digits/,
    ],
    [
      'a bad diagnostic',
      { ...schedule, diagnostics: [{ severity: 'fatal', message: 'x' }] },
      /^diagnostics\[0\]\.severity/,
    ],
  ])('%s', (_name, value, error) => {
    expect(errorsOf(value)).toContainEqual(expect.stringMatching(error));
  });

  test('every problem is listed, not only the first', () => {
    const twoBad = {
      ...schedule,
      sessions: [
        { ...schedule.sessions[0], title: '' },
        { ...schedule.sessions[5], type: 3 },
      ],
    };
    expect(errorsOf(twoBad)).toHaveLength(2);
  });
});

describe('control characters are refused in every field (descriptions keep their line breaks)', () => {
  test.each([
    [
      'a title',
      withSession(0, { title: 'Parsl\u0007CWL' }),
      /^sessions\[0\]\.title: contains the control character U\+0007/,
    ],
    [
      'an address with CR/LF',
      withSession(0, { url: 'https://sc24.conference-program.com/?id=a\r\nEND:VEVENT' }),
      /^sessions\[0\]\.url: contains the control character U\+000D/,
    ],
    [
      'a room',
      withSession(0, { room: { name: 'B302\u001b[31m' } }),
      /^sessions\[0\]\.room\.name: contains the control character U\+001B/,
    ],
    [
      'a person',
      withSession(0, { people: ['Ada\u0085Lovelace'] }),
      /^sessions\[0\]\.people\[0\]: contains the control character U\+0085/,
    ],
    [
      'a type with a tab',
      withSession(0, { type: 'Work\tshop' }),
      /^sessions\[0\]\.type: contains the control character U\+0009/,
    ],
    ['a description with a carriage return', withSession(0, { description: 'One\r\nTwo' }), /U\+000D/],
    ['a link text', withSession(0, { links: [{ text: 'x\u0000', url: 'https://example.org/' }] }), /links\[0\]\.text/],
    [
      'the conference title',
      withConference({ title: 'SC24\u007f' }),
      /^conference\.title: contains the control character U\+007F/,
    ],
    [
      'the source file name',
      withConference({ source: { ...schedule.conference.source, file: 'a\nb.md' } }),
      /^conference\.source\.file/,
    ],
  ])('%s', (_, value, error) => {
    expect(errorsOf(value)).toEqual([expect.stringMatching(error)]);
  });

  test('a description keeps its paragraphs', () => {
    expect(errorsOf(withSession(0, { description: 'One.\n\nTwo.' }))).toEqual([]);
    expect(errorsOf(withConference({ description: 'One.\n\nTwo.' }))).toEqual([]);
  });
});
