import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { damageAsMacRoman, repairMojibake } from './mojibake';

describe('repairMojibake', () => {
  test('repairs the damage seen in the Parsl post', () => {
    expect(repairMojibake('November 17‚Äì22').text).toBe('November 17–22');
    expect(repairMojibake('\uf8ffüìç Location').text).toBe('📍 Location');
    expect(repairMojibake('research‚Äôs growing').text).toBe('research’s growing');
    expect(repairMojibake('‚ÑπÔ∏è Event Type').text).toBe('ℹ️ Event Type');
    expect(repairMojibake('\uf8ffüï£ Time').text).toBe('🕣 Time');
  });

  test('leaves correct text alone, byte for byte', () => {
    for (const text of ['L’été', 'naïve', 'Zürich', '–', '📍 B302', 'Crème brûlée — ½ price', 'plain ASCII', '']) {
      const result = repairMojibake(text);
      expect(result).toEqual({ text, repaired: false, suspectRuns: 0 });
    }
  });

  test('reports damage it cannot repair exactly, without touching it', () => {
    // A correct emoji beside damaged text stops a whole-document repair, so the damage is reported instead.
    const result = repairMojibake('Time: 11:21 ‚Äì 11:44 a.m. 🕣');
    expect(result.repaired).toBe(false);
    expect(result.text).toBe('Time: 11:21 ‚Äì 11:44 a.m. 🕣');
    expect(result.suspectRuns).toBe(1);
  });

  // Text aimed at the hard places: accents, typographic punctuation, emoji with variation selectors,
  // characters whose UTF-8 bytes include 0x80-0xBF, the Apple logo byte 0xF0, line breaks.
  const hardText = fc.string({
    unit: fc.oneof(
      fc.constantFrom(
        'é',
        'ü',
        'ï',
        '–',
        '—',
        '’',
        '“',
        '”',
        '…',
        '€',
        '½',
        '°',
        '\u00a0',
        'ℹ️',
        '📍',
        '🕣',
        '🇩🇪',
        '中',
        'ß',
        'Ø',
        'ñ',
      ),
      fc.constantFrom('a', 'Z', ' ', ':', '|', '\n', '\r\n', '<', '>', '&'),
      fc.string({ unit: 'grapheme', maxLength: 2 }),
    ),
    maxLength: 60,
  });

  test('property: repairing damaged text gives back exactly the original', () => {
    fc.assert(
      fc.property(hardText, (text) => {
        expect(repairMojibake(damageAsMacRoman(text)).text).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  test('property: a repair is only ever the exact inverse of the damage', () => {
    fc.assert(
      fc.property(hardText, (text) => {
        const result = repairMojibake(text);
        if (result.repaired) expect(damageAsMacRoman(result.text)).toBe(text);
        else expect(result.text).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  test('property: correct text with any character outside Mac Roman is never changed', () => {
    fc.assert(
      fc.property(hardText, fc.constantFrom('📍', '中', '🕣', 'ℹ️'), (text, anchor) => {
        const correct = `${text}${anchor}`;
        expect(repairMojibake(correct).text).toBe(correct);
      }),
      { numRuns: 300 },
    );
  });
});
