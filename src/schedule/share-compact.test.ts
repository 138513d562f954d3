/**
 * Compressed share links (issue 16): version 4 is version 3's payload deflated by the browser's
 * CompressionStream. A long agenda's link shrinks enough for its QR code; older links still read; a
 * damaged or crafted compressed link reads as damaged, never as something else.
 */
import { deflateRawSync } from 'node:zlib';
import { expect, test } from 'vitest';
import fc from 'fast-check';
import { imported, real } from '../../tests/helpers/real-schedules';
import { decodeShare, encodeShare, encodeShareCompact } from './share';
import { expandShare, readShareEnvelope, toBase64Url } from './share-target';

const thirtyNineC3 = imported(real('39c3-everything.schedule.json.gz'));

test('a long agenda of real ids compresses to a version 4 link not much over half as long, and reads back whole', async () => {
  const ids = thirtyNineC3.sessions.slice(0, 120).map((session) => session.id);
  const maybe = new Set(ids.slice(0, 7));
  const about = { title: thirtyNineC3.conference.title, address: 'https://events.ccc.de/congress/2025/schedule.json' };
  const plain = encodeShare('39c3', ids, maybe, about);
  const compact = await encodeShareCompact('39c3', ids, maybe, about);
  expect(compact.startsWith('4.')).toBe(true);
  // 39C3's ids are UUIDs: random hex, which deflate can only take from 8 bits a character to about 4.5.
  expect(compact.length).toBeLessThan(plain.length * 0.6);
  const expanded = await expandShare(compact);
  expect(readShareEnvelope(expanded)).toEqual(readShareEnvelope(plain));
  expect(decodeShare(expanded, '39c3')).toEqual({ ok: true, ids, maybeIds: [...maybe] });
});

test('80 starred 39C3 sessions fit a QR code (at most 2,953 bytes) compressed, and not plain', async () => {
  const ids = thirtyNineC3.sessions.slice(0, 80).map((session) => session.id);
  const link = (value: string) => `https://itinerary.example/?share=${value}`;
  expect(link(encodeShare('39c3', ids)).length).toBeGreaterThan(2953);
  expect(link(await encodeShareCompact('39c3', ids)).length).toBeLessThanOrEqual(2953);
});

test('a short agenda keeps the older, shorter form, which every copy of Itinerary reads', async () => {
  const compact = await encodeShareCompact('parsl-sc24', ['bof181']);
  expect(compact).toBe(encodeShare('parsl-sc24', ['bof181']));
  expect(await expandShare(compact)).toBe(compact);
});

test('any agenda goes through compression and back unchanged', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.uniqueArray(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,40}$/), { minLength: 1, maxLength: 200 }),
      fc.boolean(),
      async (ids, withMaybe) => {
        const maybe = new Set(withMaybe ? ids.filter((_, i) => i % 3 === 0) : []);
        const compact = await encodeShareCompact('camp-2025', ids, maybe);
        const decoded = decodeShare(await expandShare(compact), 'camp-2025');
        expect(decoded).toEqual({ ok: true, ids, maybeIds: ids.filter((id) => maybe.has(id)) });
      },
    ),
    { numRuns: 60 },
  );
});

test('a damaged compressed link reads as damaged', async () => {
  const ids = thirtyNineC3.sessions.slice(0, 60).map((session) => session.id);
  const compact = await encodeShareCompact('39c3', ids);
  const middle = Math.floor(compact.length / 2);
  const flipped = `${compact.slice(0, middle)}${compact[middle] === 'A' ? 'B' : 'A'}${compact.slice(middle + 1)}`;
  expect(decodeShare(await expandShare(flipped), '39c3')).toEqual({ ok: false, problem: { kind: 'damaged' } });
  expect(decodeShare(await expandShare(compact.slice(0, -20)), '39c3')).toEqual({
    ok: false,
    problem: { kind: 'damaged' },
  });
});

test('a crafted link that would expand to megabytes is refused, not expanded', async () => {
  const bomb = `4.${toBase64Url(deflateRawSync(Buffer.alloc(8 * 1024 * 1024, 0x61)))}.00000000`;
  expect(bomb.length).toBeLessThan(12_000);
  expect(await expandShare(bomb)).toBe(bomb);
  expect(decodeShare(await expandShare(bomb), 'x')).toEqual({ ok: false, problem: { kind: 'damaged' } });
});
