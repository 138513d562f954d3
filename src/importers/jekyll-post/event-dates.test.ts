import { describe, expect, test } from 'vitest';
import { parseDayHeading, settleYear, yearsInNames } from './event-dates';

describe('parseDayHeading', () => {
  test.each([
    ['Tuesday, November 19', { month: 11, day: 19, weekday: 2 }],
    ['Tue Nov 19', { month: 11, day: 19, weekday: 2 }],
    ['19 November', { month: 11, day: 19 }],
    ['Tuesday 19 November 2024', { month: 11, day: 19, weekday: 2, year: 2024 }],
    ['Thursday, June 5th — Workshops', { month: 6, day: 5, weekday: 4 }],
    ['Sunday, November 17', { month: 11, day: 17, weekday: 0 }],
  ])('reads %j', (text, expected) => {
    expect(parseDayHeading(text)).toEqual(expected);
  });

  test.each(['Posters', 'November', 'Day 2', 'May the force be with you'])('%j is not a date', (text) => {
    expect(parseDayHeading(text)).toBeNull();
  });
});

describe('settleYear', () => {
  const sundayNov17 = { month: 11, day: 17, weekday: 0 };

  test('"SC24" with "Sunday, November 17" is 2024', () => {
    expect(settleYear({ names: ['Parsl at SC24'], headings: [sundayNov17] })).toEqual({
      ok: true,
      year: 2024,
      from: 'the conference name',
    });
  });

  test('a conference name whose year disagrees with the weekdays is refused', () => {
    const result = settleYear({ names: ['Parsl at SC25'], headings: [sundayNov17] });
    expect(result.ok).toBe(false);
  });

  test('the post date wins over the name, and may point to the next year', () => {
    expect(
      settleYear({ postDate: { year: 2024, month: 10, day: 1 }, names: ['SC99'], headings: [sundayNov17] }),
    ).toMatchObject({ year: 2024 });
    expect(
      settleYear({ postDate: { year: 2023, month: 12, day: 1 }, names: [], headings: [sundayNov17] }),
    ).toMatchObject({ year: 2024 });
  });

  test('nothing to go on is an error, never today’s year', () => {
    expect(settleYear({ names: ['Parsl at the conference'], headings: [sundayNov17] })).toEqual({
      ok: false,
      reason: 'the post has no date and names no year',
    });
  });

  test('a year written in a heading is used, and checked', () => {
    expect(settleYear({ names: [], headings: [{ ...sundayNov17, year: 2024 }] })).toMatchObject({
      ok: true,
      year: 2024,
    });
    expect(settleYear({ names: [], headings: [{ ...sundayNov17, year: 2025 }] })).toMatchObject({ ok: false });
  });

  test('February 29 exists only in leap years', () => {
    expect(settleYear({ names: ['Conf 2023'], headings: [{ month: 2, day: 29 }] })).toMatchObject({ ok: false });
    expect(settleYear({ names: ['Conf 2024'], headings: [{ month: 2, day: 29 }] })).toMatchObject({
      ok: true,
      year: 2024,
    });
  });
});

test('years come from names like SC24 and ISC 2025, never from dates like November 17', () => {
  expect(yearsInNames(['Parsl at SC24'])).toEqual([2024]);
  expect(yearsInNames(['ISC 2025'])).toEqual([2025]);
  expect(yearsInNames(["PyCon '23"])).toEqual([2023]);
  expect(yearsInNames(['held November 17 in Atlanta'])).toEqual([]);
});
