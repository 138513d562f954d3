import { expect, test } from 'vitest';
import fc from 'fast-check';
import { decodeShare, encodeShare } from './share';
import { readShareEnvelope, shareTarget } from './share-target';

const shareConferenceId = (value: string) => shareTarget(value)?.conferenceId ?? null;

test('the conference of a share link is read from the link, whole, and only a slug counts', () => {
  expect(shareConferenceId(encodeShare('39c3', ['a', 'b']))).toBe('39c3');
  expect(shareConferenceId(encodeShare('All your stars were removed', ['a']))).toBeNull();
  // A checksum that does not fit: an edited or cut link chooses no conference.
  expect(shareConferenceId('1.Zm9vYmFy.deadbeef')).toBeNull();
  expect(shareConferenceId('hello')).toBeNull();
  expect(shareConferenceId('1.!!!.deadbeef')).toBeNull();
});

test('every version is read when choosing the conference: 1, 2 (maybes) and 3 (title and address)', () => {
  // Literal links: version 1 and 2 as earlier releases wrote them.
  expect(shareConferenceId('1.cGFyc2wtc2MyNApib2YxODEKcGFuMTA4.c9148c07')).toBe('parsl-sc24');
  expect(shareConferenceId('2.cGFyc2wtc2MyNApib2YxODEKP2JvZjIwNg.cf68074b')).toBe('parsl-sc24');
  const v2 = encodeShare('parsl-sc24', ['a', 'b'], new Set(['b']));
  expect(v2.startsWith('2.')).toBe(true);
  expect(shareConferenceId(v2)).toBe('parsl-sc24');
  const v3 = encodeShare('pycon-au-2024', ['a'], new Set(), {
    title: 'PyCon AU 2024',
    address: 'https://2024.pycon.org.au/schedule.ics',
  });
  expect(v3.startsWith('3.')).toBe(true);
  expect(readShareEnvelope(v3)).toEqual({
    version: 3,
    conferenceId: 'pycon-au-2024',
    title: 'PyCon AU 2024',
    address: 'https://2024.pycon.org.au/schedule.ics',
    entries: ['a'],
  });
});

test('a version 3 link from a file carries no address; its title is shown cleaned of controls and direction marks', () => {
  const value = encodeShare('camp', ['a'], new Set(), { title: 'Camp\u202e 2025\u0007\n  programme' });
  expect(readShareEnvelope(value)).toMatchObject({ version: 3, conferenceId: 'camp', entries: ['a'] });
  expect(decodeShare(value, 'other')).toEqual({
    ok: false,
    problem: { kind: 'other-conference', conferenceId: 'camp', title: 'Camp 2025 programme' },
  });
  // An address that is not a web address is not offered.
  const odd = encodeShare('camp', ['a'], new Set(), { title: 'Camp', address: 'javascript:alert(1)' });
  expect(decodeShare(odd, 'other')).toEqual({
    ok: false,
    problem: { kind: 'other-conference', conferenceId: 'camp', title: 'Camp' },
  });
});

test('property: whatever any writer makes, the peek finds its conference and the full reader its sessions', () => {
  const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,20}$/);
  const conference = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/);
  const about = fc.option(
    fc.record({ title: fc.string({ maxLength: 200 }), address: fc.option(fc.webUrl(), { nil: undefined }) }),
    { nil: undefined },
  );
  fc.assert(
    fc.property(
      conference,
      fc.uniqueArray(id, { maxLength: 30 }),
      fc.array(fc.boolean()),
      about,
      (c, ids, flags, a) => {
        const maybes = new Set(ids.filter((_, i) => flags[i] === true));
        const value = encodeShare(c, ids, maybes, a);
        expect(shareConferenceId(value)).toBe(c);
        expect(decodeShare(value, c)).toEqual({ ok: true, ids, maybeIds: ids.filter((x) => maybes.has(x)) });
      },
    ),
  );
});
