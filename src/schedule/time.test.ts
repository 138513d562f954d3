import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  sameOffsetThroughout,
  civilDateInZone,
  isValidTimeZone,
  toIsoInZone,
  wallTimeToInstant,
} from './time';
import { dayShift, weekdayOf } from './zone-lookup';
import {
  US_CLOCK,
  clockStyleOf,
  formatDatedTimeRange,
  formatDateRange,
  formatDuration,
  formatDayHeading,
  formatShortDay,
  formatTimeRange,
  zoneLabel,
} from './time-format';
import { formatStart } from './clock-format';

const NY = 'America/New_York';
const BERLIN = 'Europe/Berlin';

describe('wallTimeToInstant', () => {
  test('an ordinary November afternoon in New York is Eastern Standard Time, UTC-5', () => {
    const instant = wallTimeToInstant({ year: 2024, month: 11, day: 19 }, { hour: 17, minute: 15 }, NY);
    expect(instant.toISOString()).toBe('2024-11-19T22:15:00.000Z');
    expect(toIsoInZone(instant, NY)).toBe('2024-11-19T17:15:00-05:00');
  });

  test('a time in the spring-forward gap moves forward, as RFC 5545 says (New York)', () => {
    const instant = wallTimeToInstant({ year: 2024, month: 3, day: 10 }, { hour: 2, minute: 30 }, NY);
    expect(toIsoInZone(instant, NY)).toBe('2024-03-10T03:30:00-04:00');
  });

  test('a time in the spring-forward gap moves forward, as RFC 5545 says (Berlin)', () => {
    const instant = wallTimeToInstant({ year: 2024, month: 3, day: 31 }, { hour: 2, minute: 30 }, BERLIN);
    expect(toIsoInZone(instant, BERLIN)).toBe('2024-03-31T03:30:00+02:00');
  });

  test('a time that happens twice at fall-back is its first occurrence (New York)', () => {
    const instant = wallTimeToInstant({ year: 2024, month: 11, day: 3 }, { hour: 1, minute: 30 }, NY);
    expect(toIsoInZone(instant, NY)).toBe('2024-11-03T01:30:00-04:00');
  });

  test('a time that happens twice at fall-back is its first occurrence (Berlin)', () => {
    const instant = wallTimeToInstant({ year: 2024, month: 10, day: 27 }, { hour: 2, minute: 30 }, BERLIN);
    expect(toIsoInZone(instant, BERLIN)).toBe('2024-10-27T02:30:00+02:00');
  });

  test('the minutes either side of a transition keep their own offsets', () => {
    const date = { year: 2024, month: 3, day: 10 };
    expect(toIsoInZone(wallTimeToInstant(date, { hour: 1, minute: 59 }, NY), NY)).toBe('2024-03-10T01:59:00-05:00');
    expect(toIsoInZone(wallTimeToInstant(date, { hour: 3, minute: 0 }, NY), NY)).toBe('2024-03-10T03:00:00-04:00');
  });

  test('hour 24 is the midnight that ends the day', () => {
    const instant = wallTimeToInstant({ year: 2024, month: 11, day: 19 }, { hour: 24, minute: 0 }, NY);
    expect(toIsoInZone(instant, NY)).toBe('2024-11-20T00:00:00-05:00');
  });

  test('an unknown zone is an error, not a silent UTC', () => {
    expect(() => wallTimeToInstant({ year: 2024, month: 1, day: 1 }, { hour: 9, minute: 0 }, 'Mars/Olympus')).toThrow(
      /Unknown time zone/,
    );
  });

  // Generators aimed at the transitions: the two hours after 00:00 to 03:59 on the transition days.
  const transitionDays = [
    { zone: NY, date: { year: 2024, month: 3, day: 10 } },
    { zone: NY, date: { year: 2024, month: 11, day: 3 } },
    { zone: BERLIN, date: { year: 2024, month: 3, day: 31 } },
    { zone: BERLIN, date: { year: 2024, month: 10, day: 27 } },
    { zone: 'Australia/Sydney', date: { year: 2024, month: 4, day: 7 } },
    { zone: 'Australia/Sydney', date: { year: 2024, month: 10, day: 6 } },
    { zone: 'Australia/Lord_Howe', date: { year: 2024, month: 4, day: 7 } },
  ];

  test('near a transition, a wall time maps to an instant that shows that wall time, or lies just past a gap', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...transitionDays),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 59 }),
        ({ zone, date }, hour, minute) => {
          const instant = wallTimeToInstant(date, { hour, minute }, zone);
          const shown = toIsoInZone(instant, zone).slice(0, 16);
          const wanted = `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
          if (shown !== wanted) {
            // Only a gap may move a time, and only forward, by the size of the gap (an hour; 30
            // minutes on Lord Howe Island).
            const minutesOf = (iso: string) => Number(iso.slice(11, 13)) * 60 + Number(iso.slice(14, 16));
            expect(shown.slice(0, 10)).toBe(wanted.slice(0, 10));
            expect([30, 60]).toContain(minutesOf(shown) - minutesOf(wanted));
          }
          // Going through the wall clock twice changes nothing.
          const again = wallTimeToInstant(
            date,
            { hour: Number(shown.slice(11, 13)), minute: Number(shown.slice(14, 16)) },
            zone,
          );
          if (shown.slice(0, 10) === wanted.slice(0, 10)) expect(again.getTime()).toBe(instant.getTime());
        },
      ),
    );
  });
});

describe('civil dates', () => {
  test('weekdays are right across years', () => {
    expect(weekdayOf({ year: 2024, month: 11, day: 17 })).toBe(0);
    expect(weekdayOf({ year: 2025, month: 11, day: 17 })).toBe(1);
    expect(weekdayOf({ year: 2024, month: 2, day: 29 })).toBe(4);
  });

  test('adding days crosses months and years', () => {
    expect(addDays({ year: 2024, month: 12, day: 31 }, 1)).toEqual({ year: 2025, month: 1, day: 1 });
  });

  test('the date of an instant depends on the zone', () => {
    const instant = new Date('2024-11-19T03:30:00Z');
    expect(civilDateInZone(instant, NY)).toBe('2024-11-18');
    expect(civilDateInZone(instant, BERLIN)).toBe('2024-11-19');
  });

  test('a day heading names weekday, month and day', () => {
    expect(formatDayHeading('2024-11-19', US_CLOCK)).toBe('Tuesday, November 19');
    expect(formatShortDay('2024-11-19', US_CLOCK)).toBe('Tue 19');
    expect(formatShortDay('2024-02-30', US_CLOCK)).toBe('2024-02-30');
    // A start named by its weekday where it is not today, in the zone shown (Thursday 10:30 in Atlanta).
    expect(formatStart(new Date('2024-11-21T15:30:00Z'), 'America/New_York', true, US_CLOCK)).toBe('Thu 10:30 AM EST');
    expect(formatStart(new Date('2024-11-21T15:30:00Z'), 'America/New_York', false, US_CLOCK)).toBe('10:30 AM EST');
    expect(formatStart(new Date('2024-11-21T15:30:00Z'), 'Asia/Tokyo', true, US_CLOCK)).toBe('Fri 12:30 AM JST');
  });
});

describe('labels', () => {
  test('zone names come from the instant, not from today', () => {
    expect(zoneLabel(NY, new Date('2024-11-19T22:15:00Z'))).toBe('EST');
    expect(zoneLabel(NY, new Date('2024-07-19T22:15:00Z'))).toBe('EDT');
    expect(zoneLabel(BERLIN, new Date('2024-11-19T22:15:00Z'))).toBe('CET');
    expect(zoneLabel(BERLIN, new Date('2024-07-19T22:15:00Z'))).toBe('CEST');
    expect(zoneLabel('Asia/Tokyo', new Date('2024-07-19T22:15:00Z'))).toBe('JST');
    expect(zoneLabel('Asia/Kolkata', new Date('2024-07-19T22:15:00Z'))).toBe('IST');
    expect(zoneLabel('Australia/Sydney', new Date('2024-11-19T22:15:00Z'))).toBe('AEDT');
    expect(zoneLabel('Europe/London', new Date('2024-11-19T22:15:00Z'))).toBe('GMT');
    expect(zoneLabel('Europe/London', new Date('2024-07-19T22:15:00Z'))).toBe('BST');
    // Where no locale has a name, the offset says it plainly.
    expect(zoneLabel('Asia/Seoul', new Date('2024-07-19T22:15:00Z'))).toBe('GMT+9');
    expect(zoneLabel('UTC', new Date('2024-07-19T22:15:00Z'))).toBe('UTC');
  });

  test('a time range shows the meridiem once when both ends share it, and the zone label', () => {
    expect(formatTimeRange(new Date('2024-11-19T22:15:00Z'), new Date('2024-11-19T23:45:00Z'), NY, US_CLOCK)).toBe(
      '5:15 – 6:45 PM EST',
    );
    expect(formatTimeRange(new Date('2024-11-21T15:30:00Z'), new Date('2024-11-21T17:00:00Z'), NY, US_CLOCK)).toBe(
      '10:30 AM – 12:00 PM EST',
    );
  });

  test('a range across a daylight-saving change labels both ends', () => {
    expect(formatTimeRange(new Date('2024-11-03T05:30:00Z'), new Date('2024-11-03T07:30:00Z'), NY, US_CLOCK)).toBe(
      '1:30 AM EDT – 2:30 AM EST',
    );
  });

  test('a session of a day or more names the day it ends; one past midnight but shorter does not', () => {
    // An exhibit from Monday 9 AM to Wednesday 6 PM.
    expect(formatTimeRange(new Date('2024-11-18T14:00:00Z'), new Date('2024-11-20T23:00:00Z'), NY, US_CLOCK)).toBe(
      '9:00 AM – Wed, Nov 20, 6:00 PM EST',
    );
    // A whole day, midnight to midnight.
    expect(formatTimeRange(new Date('2024-11-18T05:00:00Z'), new Date('2024-11-19T05:00:00Z'), NY, US_CLOCK)).toBe(
      '12:00 AM – Tue, Nov 19, 12:00 AM EST',
    );
    // Across the night the clocks go back: both labels.
    expect(formatTimeRange(new Date('2024-11-02T13:00:00Z'), new Date('2024-11-04T23:00:00Z'), NY, US_CLOCK)).toBe(
      '9:00 AM EDT – Mon, Nov 4, 6:00 PM EST',
    );
    expect(formatTimeRange(new Date('2024-11-20T04:00:00Z'), new Date('2024-11-20T06:00:00Z'), NY, US_CLOCK)).toBe(
      '11:00 PM – 1:00 AM EST',
    );
  });

  test('zone names are checked against the zone database', () => {
    expect(isValidTimeZone('America/New_York')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});

describe('comparing zones for a conference', () => {
  test('Toronto and New York agree for SC24; Berlin does not', () => {
    expect(sameOffsetThroughout(NY, 'America/Toronto', '2024-11-17', '2024-11-22')).toBe(true);
    expect(sameOffsetThroughout(NY, BERLIN, '2024-11-17', '2024-11-22')).toBe(false);
  });

  test('zones that agree most of the year differ in the weeks their clocks change on different dates', () => {
    // The US falls back on 2024-11-03, Europe on 2024-10-27: New York and London are 4 h apart in between.
    expect(sameOffsetThroughout('Europe/London', 'Europe/Lisbon', '2024-10-20', '2024-11-05')).toBe(true);
    expect(sameOffsetThroughout('Europe/London', 'Africa/Accra', '2024-10-20', '2024-11-05')).toBe(false);
  });

  test('a 7 PM Eastern session is already the next day in Berlin, and the day before in Honolulu for an early one', () => {
    expect(dayShift(new Date('2024-11-20T00:00:00Z'), NY, BERLIN)).toBe(1);
    expect(dayShift(new Date('2024-11-19T05:30:00Z'), NY, 'Pacific/Honolulu')).toBe(-1);
    expect(dayShift(new Date('2024-11-19T17:00:00Z'), NY, BERLIN)).toBe(0);
  });

  test('durations read as people say them', () => {
    expect(formatDuration(new Date('2024-11-18T16:21:00Z'), new Date('2024-11-18T16:44:00Z'))).toBe('23 min');
    expect(formatDuration(new Date('2024-11-19T22:15:00Z'), new Date('2024-11-19T23:45:00Z'))).toBe('1 h 30 min');
    expect(formatDuration(new Date('2024-11-19T17:00:00Z'), new Date('2024-11-19T22:00:00Z'))).toBe('5 h');
  });
});

test('a conference’s dates read as people write them', () => {
  expect(formatDateRange('2024-11-17', '2024-11-22', US_CLOCK)).toBe('November 17–22, 2024');
  expect(formatDateRange('2024-11-30', '2024-12-02', US_CLOCK)).toBe('November 30 – December 2, 2024');
  expect(formatDateRange('2025-06-05', '2025-06-05', US_CLOCK)).toBe('June 5, 2025');
});

describe('the attendee’s clock', () => {
  const bof = [new Date('2024-11-19T22:15:00Z'), new Date('2024-11-19T23:45:00Z')] as const;

  test('a locale’s clock: 24-hour and day first in Germany and Britain, 12-hour and month first in the US', () => {
    expect(clockStyleOf('de-DE')).toEqual({ hour12: false, dayFirst: true });
    expect(clockStyleOf('en-GB')).toEqual({ hour12: false, dayFirst: true });
    expect(clockStyleOf('en-US')).toEqual({ hour12: true, dayFirst: false });
    expect(clockStyleOf('not a locale!')).toEqual({ hour12: true, dayFirst: false });
  });

  test('a German browser reads 17:15, with English words in its own date order', () => {
    const clock = clockStyleOf('de-DE');
    expect(formatTimeRange(...bof, 'America/New_York', clock)).toBe('17:15 – 18:45 EST');
    expect(formatDatedTimeRange(...bof, 'America/New_York', clock)).toBe('Tue 19 Nov, 17:15 – 18:45 EST');
    expect(formatStart(bof[0], 'America/New_York', true, clock)).toBe('Tue 17:15 EST');
    expect(formatDayHeading('2024-11-19', clock)).toBe('Tuesday 19 November');
    expect(formatDateRange('2024-11-17', '2024-11-22', clock)).toBe('17–22 November 2024');
    expect(formatDateRange('2024-11-30', '2024-12-02', clock)).toBe('30 November – 2 December 2024');
    // Before 10 a.m. the hour has two digits, as a 24-hour clock writes it.
    expect(
      formatTimeRange(new Date('2024-11-21T14:05:00Z'), new Date('2024-11-21T15:00:00Z'), 'America/New_York', clock),
    ).toBe('09:05 – 10:00 EST');
  });

  test('a US browser keeps 5:15 – 6:45 PM', () => {
    const clock = clockStyleOf('en-US');
    expect(formatTimeRange(...bof, 'America/New_York', clock)).toBe('5:15 – 6:45 PM EST');
    expect(formatDatedTimeRange(...bof, 'America/New_York', clock)).toBe('Tue, Nov 19, 5:15 – 6:45 PM EST');
    expect(formatDateRange('2024-11-17', '2024-11-22', clock)).toBe('November 17–22, 2024');
  });
});

test('an event with no end shows its start alone: no "6:30 – 6:30 PM", no "0 min"', () => {
  const at = new Date('2024-11-19T23:30:00Z');
  expect(formatTimeRange(at, at, 'America/New_York', US_CLOCK)).toBe('6:30 PM EST');
  expect(formatDuration(at, at)).toBe('');
  expect(formatDuration(at, new Date('2024-11-20T00:00:00Z'))).toBe('30 min');
});
