import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { MAX_RANGE_MINUTES, parseTimeRange } from './time-range';

// The golden corpus: ranges as written on event pages, with the wall-clock times they mean.
const readable: ReadonlyArray<readonly [string, string, string, string?]> = [
  // The seven ranges of the Parsl SC24 post.
  ['11:21 – 11:44 a.m.', '11:21', '11:44'],
  ['Noon – 5 p.m.', '12:00', '17:00'],
  ['5:15 – 6:45 p.m.', '17:15', '18:45'],
  ['10:30 a.m. – Noon', '10:30', '12:00'],
  ['12:15 – 1:15 p.m.', '12:15', '13:15'],
  ['8:40 – 9:10 a.m.', '08:40', '09:10'],
  // Other dashes and words between the times.
  ['11:21 - 11:44 a.m.', '11:21', '11:44'],
  ['11:21—11:44 a.m.', '11:21', '11:44'],
  ['11:21 to 11:44 a.m.', '11:21', '11:44'],
  ['5:15 until 6:45 p.m.', '17:15', '18:45'],
  ['9:00 a.m. − 10:00 a.m.', '09:00', '10:00'],
  // Meridiems as people write them.
  ['5:15 – 6:45 pm', '17:15', '18:45'],
  ['5:15 – 6:45 PM', '17:15', '18:45'],
  ['5:15 – 6:45 P.M.', '17:15', '18:45'],
  ['8:40 – 9:10 A.M.', '08:40', '09:10'],
  ['8:40 – 9:10 am', '08:40', '09:10'],
  ['8:40am – 9:10am', '08:40', '09:10'],
  ['8:40 a. m. – 9:10 a. m.', '08:40', '09:10'],
  ['10 a.m. – 2 p.m.', '10:00', '14:00'],
  // A meridiem at the end only, and where the start must take the other one.
  ['9 – 10:30 a.m.', '09:00', '10:30'],
  ['11:45 – 12:30 p.m.', '11:45', '12:30'],
  ['10 – 2 p.m.', '10:00', '14:00'],
  ['11 – 12 p.m.', '11:00', '12:00'],
  ['6:45 – 5:15 p.m.', '06:45', '17:15'],
  ['12 – 1 a.m.', '00:00', '01:00'],
  ['10:30 – Noon', '10:30', '12:00'],
  // A meridiem at the start only.
  ['11 a.m. – 1', '11:00', '13:00'],
  ['Noon – 5', '12:00', '17:00'],
  // Noon and midnight.
  ['noon – 1:30 p.m.', '12:00', '13:30'],
  ['12 noon – 2 p.m.', '12:00', '14:00'],
  ['11 p.m. – Midnight', '23:00', '24:00'],
  ['Midnight – 1 a.m.', '00:00', '01:00'],
  ['10 – Midnight', '22:00', '24:00'],
  // 24-hour clocks.
  ['13:00 – 14:30', '13:00', '14:30'],
  ['09:00-17:30', '09:00', '17:30'],
  ['9.30 – 10.15', '09:30', '10:15'],
  ['22:00 – 24:00', '22:00', '24:00'],
  ['14h00 – 15h30', '14:00', '15:30'],
  // A zone written after the range is read apart.
  ['5:15 – 6:45 p.m. EST', '17:15', '18:45', 'EST'],
  ['5:15 – 6:45 PM (EST)', '17:15', '18:45', 'EST'],
  ['13:00 – 14:30 CEST', '13:00', '14:30', 'CEST'],
  ['9 – 10 a.m. Eastern Time', '09:00', '10:00', 'Eastern Time'],
  // Spacing.
  ['  5:15–6:45 p.m.  ', '17:15', '18:45'],
  ['5:15\u00a0–\u00a06:45\u00a0p.m.', '17:15', '18:45'],
];

const refused: ReadonlyArray<readonly [string, RegExp]> = [
  ['', /no time/],
  ['TBD', /no end time/],
  ['3 p.m.', /no end time/],
  ['6:45 p.m. – 5:15 p.m.', /ends .* before it starts/],
  ['11 p.m. – 1 a.m.', /ends .* before it starts/],
  ['9 a.m. – 9 a.m.', /ends .* before it starts/],
  ['6 a.m. – 9 p.m.', /more than 14 hours/],
  ['00:00 – 23:59', /more than 14 hours/],
  ['9 – 10', /no a\.m\. or p\.m\./],
  ['13 p.m. – 2 p.m.', /cannot take a\.m\. or p\.m\./],
  ['13:00 – 2 p.m.', /24-hour time beside a 12-hour one/],
  ['9:75 – 10 a.m.', /75 minutes/],
  ['25:00 – 26:00', /not a time of day/],
  ['9 – 10 – 11 a.m.', /not one range/],
  ['soon – later', /is not a time/],
  ['9 a.m. –', /not one range/],
];

describe('parseTimeRange golden corpus', () => {
  for (const [written, start, end, zoneText] of readable) {
    test(`reads ${JSON.stringify(written)}`, () => {
      const result = parseTimeRange(written);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const clock = (time: { hour: number; minute: number }) =>
        `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
      expect([clock(result.start), clock(result.end)]).toEqual([start, end]);
      expect(result.zoneText).toBe(zoneText);
    });
  }

  test.each(refused)('refuses %j with a reason', (written, reason) => {
    const result = parseTimeRange(written);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  test('the corpus holds at least 40 ranges', () => {
    expect(readable.length + refused.length).toBeGreaterThanOrEqual(40);
  });
});

describe('parseTimeRange properties', () => {
  // Aimed at the meridiem edges: hours around 12 and 1, with and without minutes and meridiems.
  const hour = fc.constantFrom(1, 9, 10, 11, 12);
  const minute = fc.constantFrom(undefined, 0, 15, 30, 45, 59);
  const meridiem = fc.constantFrom('', ' a.m.', ' p.m.', 'am', ' PM', ' A.M.');
  const point = fc.oneof(
    fc
      .tuple(hour, minute, meridiem)
      .map(([h, m, mer]) => `${h}${m === undefined ? '' : `:${String(m).padStart(2, '0')}`}${mer}`),
    fc.constantFrom('Noon', 'Midnight', '13:00', '23:30', '0:15'),
  );
  const separator = fc.constantFrom(' – ', '-', ' — ', ' to ');

  test('property: whatever is written, a read range ends after it starts and lasts at most 14 hours', () => {
    fc.assert(
      fc.property(point, separator, point, (a, sep, b) => {
        const result = parseTimeRange(`${a}${sep}${b}`);
        if (!result.ok) {
          expect(result.reason.length).toBeGreaterThan(0);
          return;
        }
        const start = result.start.hour * 60 + result.start.minute;
        const end = result.end.hour * 60 + result.end.minute;
        expect(end).toBeGreaterThan(start);
        expect(end - start).toBeLessThanOrEqual(MAX_RANGE_MINUTES);
        expect(end).toBeLessThanOrEqual(24 * 60);
      }),
      { numRuns: 1000 },
    );
  });

  test('property: a meridiem written at both ends is never overridden', () => {
    fc.assert(
      fc.property(hour, hour, fc.constantFrom('a.m.', 'p.m.'), (a, b, mer) => {
        const result = parseTimeRange(`${a} ${mer} – ${b} ${mer}`);
        if (!result.ok) return;
        const expectedStart = (a % 12) + (mer === 'p.m.' ? 12 : 0);
        expect(result.start.hour).toBe(expectedStart);
      }),
    );
  });
});
