import { expect, test } from 'vitest';
import fc from 'fast-check';
import { decodeShare, encodeShare, shareProblemMessage, type ShareProblem } from './share';

test('a share value round-trips the ids and is URL-safe', () => {
  const ids = ['bof181', 'pan108', '2024-11-19-seesaw-elastic-scaling-for-task-based-distributed-programs'];
  const value = encodeShare('parsl-sc24', ids);
  expect(value).toMatch(/^1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
  expect(encodeURIComponent(value)).toBe(value);
  expect(decodeShare(value, 'parsl-sc24')).toEqual({ ok: true, ids, maybeIds: [] });
});

test('maybes travel as version 2; an agenda without maybes is still written as version 1', () => {
  const value = encodeShare('parsl-sc24', ['bof181', 'bof206', 'pan108'], new Set(['bof206', 'not-shared']));
  expect(value).toMatch(/^2\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
  expect(decodeShare(value, 'parsl-sc24')).toEqual({
    ok: true,
    ids: ['bof181', 'bof206', 'pan108'],
    maybeIds: ['bof206'],
  });
  expect(encodeShare('parsl-sc24', ['bof181'], new Set(['bof206']))).toMatch(/^1\./);
});

test('links written before maybes existed still open, and links with maybes are exactly these', () => {
  // Written by the version before maybes (stop 12): the format must keep reading it.
  expect(decodeShare('1.cGFyc2wtc2MyNApib2YxODEKcGFuMTA4.c9148c07', 'parsl-sc24')).toEqual({
    ok: true,
    ids: ['bof181', 'pan108'],
    maybeIds: [],
  });
  expect(decodeShare('2.cGFyc2wtc2MyNApib2YxODEKP2JvZjIwNg.cf68074b', 'parsl-sc24')).toEqual({
    ok: true,
    ids: ['bof181', 'bof206'],
    maybeIds: ['bof206'],
  });
});

test('a maybe mark where it cannot be is refused: in a version 1 link, or with no id after it', () => {
  const link = (version: string, payload: string) =>
    `${version}.${btoa(payload).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}.${checksumOf(payload)}`;
  expect(decodeShare(link('1', 'parsl-sc24\n?bof206'), 'parsl-sc24')).toEqual({
    ok: false,
    problem: { kind: 'bad-id', position: 1 },
  });
  expect(decodeShare(link('2', 'parsl-sc24\nbof181\n?'), 'parsl-sc24')).toEqual({
    ok: false,
    problem: { kind: 'empty-id', position: 2 },
  });
  // The helper makes links the decoder accepts: the refusals above are for the mark, not the helper.
  expect(decodeShare(link('2', 'parsl-sc24\n?bof206'), 'parsl-sc24')).toMatchObject({ ok: true, maybeIds: ['bof206'] });
});

/** FNV-1a of ASCII text, as share.ts writes it (written out here, so the test does not trust the code). */
function checksumOf(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

test('an edited, cut or foreign link is refused with a reason', () => {
  const value = encodeShare('parsl-sc24', ['bof181', 'pan108']);
  const tampered = `${value.slice(0, 5)}${value.charAt(5) === 'A' ? 'B' : 'A'}${value.slice(6)}`;
  for (const bad of [tampered, value.slice(0, -3), value.slice(0, 10), '', 'hello', '2.abc.00000000', `${value}x`]) {
    expect(decodeShare(bad, 'parsl-sc24')).toEqual({ ok: false, problem: { kind: 'damaged' } });
  }
  expect(decodeShare(encodeShare('isc-2025', ['x1']), 'parsl-sc24')).toEqual({
    ok: false,
    problem: { kind: 'other-conference', conferenceId: 'isc-2025' },
  });
  // A conference id that no conference could have is damage, not a conference.
  expect(decodeShare(encodeShare('All your stars were removed', ['x1']), 'parsl-sc24')).toEqual({
    ok: false,
    problem: { kind: 'damaged' },
  });
});

const message = (problem: ShareProblem) =>
  shareProblemMessage(problem, (id) => (id === 'isc-2025' ? 'ISC 2025' : undefined));

test.each([
  [
    '1,001 ids',
    Array.from({ length: 1001 }, (_, i) => `s${i}`),
    'This share link lists 1,001 sessions; a link can carry at most 1,000. Nothing was changed.',
  ],
  [
    'an empty id',
    ['bof181', '', 'pan108'],
    'This share link has an empty session id (the 2nd session in it). Nothing was changed.',
  ],
  [
    'an overlong id',
    ['a'.repeat(129)],
    'This share link has a session id longer than 128 characters (the 1st session in it). Nothing was changed.',
  ],
  [
    'an id with a space',
    ['bof181', 'pan108', 'not an id'],
    'This share link has a session id with characters no session id has (the 3rd session in it). Nothing was changed.',
  ],
])('a link with a valid checksum but %s says what is wrong', (_, ids, text) => {
  const decoded = decodeShare(encodeShare('parsl-sc24', ids), 'parsl-sc24');
  expect(decoded.ok ? 'accepted' : message(decoded.problem)).toBe(text);
});

test('another conference is named by the title this browser knows; one it does not have, by the link, quoted', () => {
  expect(message({ kind: 'other-conference', conferenceId: 'isc-2025' })).toBe(
    'This share link is for another conference: ISC 2025. Nothing was changed.',
  );
  // A conference this browser does not have: named in the link's words, quoted, with the way in.
  expect(message({ kind: 'other-conference', conferenceId: 'camp-2025', title: 'Camp 2025' })).toBe(
    'This share link is for “Camp 2025”, a conference this browser does not have. Its schedule was opened from a file: open that file with “Open a schedule”, and the shared agenda will show. Nothing was changed.',
  );
  expect(
    message({ kind: 'other-conference', conferenceId: 'camp-2025', address: 'https://camp.example/schedule.ics' }),
  ).toMatch(/^This share link is for “camp-2025”, .* its schedule is at https:\/\/camp\.example\/schedule\.ics\./);
});

test('1,000 ids are accepted', () => {
  const ids = Array.from({ length: 1000 }, (_, i) => `s${i}`);
  expect(decodeShare(encodeShare('parsl-sc24', ids), 'parsl-sc24')).toEqual({ ok: true, ids, maybeIds: [] });
});

test('property: any list of ids round-trips', () => {
  const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,40}$/);
  fc.assert(
    fc.property(fc.uniqueArray(id, { maxLength: 50 }), (ids) => {
      expect(decodeShare(encodeShare('parsl-sc24', ids), 'parsl-sc24')).toEqual({ ok: true, ids, maybeIds: [] });
    }),
  );
});

test('property: any ids with any maybes among them round-trip', () => {
  const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,40}$/);
  fc.assert(
    fc.property(
      fc.uniqueArray(fc.record({ id, maybe: fc.boolean() }), { maxLength: 50, selector: (entry) => entry.id }),
      (entries) => {
        const ids = entries.map((entry) => entry.id);
        const maybeIds = entries.filter((entry) => entry.maybe).map((entry) => entry.id);
        expect(decodeShare(encodeShare('parsl-sc24', ids, new Set(maybeIds)), 'parsl-sc24')).toEqual({
          ok: true,
          ids,
          maybeIds,
        });
      },
    ),
  );
});

test('property: random text never decodes and never throws', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 80 }), (text) => {
      expect(decodeShare(text, 'parsl-sc24').ok).toBe(false);
    }),
  );
});
