import { expect, test } from 'vitest';
import fc from 'fast-check';
import { decodeShare, encodeShare } from './share';

test('a share value round-trips the ids and is URL-safe', () => {
  const ids = ['bof181', 'pan108', '2024-11-19-seesaw-elastic-scaling-for-task-based-distributed-programs'];
  const value = encodeShare('parsl-sc24', ids);
  expect(value).toMatch(/^1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
  expect(encodeURIComponent(value)).toBe(value);
  expect(decodeShare(value, 'parsl-sc24')).toEqual({ ok: true, ids });
});

test('an edited, cut or foreign link is refused with a reason', () => {
  const value = encodeShare('parsl-sc24', ['bof181', 'pan108']);
  const tampered = `${value.slice(0, 5)}${value.charAt(5) === 'A' ? 'B' : 'A'}${value.slice(6)}`;
  for (const bad of [tampered, value.slice(0, -3), value.slice(0, 10), '', 'hello', '2.abc.00000000', `${value}x`]) {
    const result = decodeShare(bad, 'parsl-sc24');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/damaged or incomplete/);
  }
  const other = decodeShare(encodeShare('isc-2025', ['x1']), 'parsl-sc24');
  expect(other).toEqual({
    ok: false,
    reason: 'This share link is for another schedule (isc-2025). Nothing was changed.',
  });
});

test('property: any list of ids round-trips', () => {
  const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,40}$/);
  fc.assert(
    fc.property(fc.uniqueArray(id, { maxLength: 50 }), (ids) => {
      expect(decodeShare(encodeShare('parsl-sc24', ids), 'parsl-sc24')).toEqual({ ok: true, ids });
    }),
  );
});

test('property: random text never decodes and never throws', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 80 }), (text) => {
      expect(decodeShare(text, 'parsl-sc24').ok).toBe(false);
    }),
  );
});
