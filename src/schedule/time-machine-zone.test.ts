/**
 * The same instants on every machine. `npm test` runs this file (with the other time and importer tests)
 * under several machine zones (`npm run test:zones`: New York, Lord Howe Island, Chatham Islands, and UTC
 * in the main run): every expected value here is written out, so a result that depends on the machine's
 * zone fails in one of those runs.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  civilDateInZone,
  offsetMinutesAt,
  sameOffsetThroughout,
  startOfDayInZone,
  toIsoInZone,
  wallTimeToInstant,
  type CivilDate,
  type WallTime,
} from './time';
import { dayShift } from './zone-lookup';
import { US_CLOCK, formatDateRange, formatDayHeading, formatTimeRange } from './time-format';

test('the machine zone is the one TZ names (so the runs under other zones test what they claim to)', () => {
  const named = process.env.TZ;
  const machine = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (named === undefined || named === '') return;
  if (named === 'UTC') expect(machine).toMatch(/^(?:UTC|Etc\/UTC)$/);
  else expect(machine).toBe(named);
  // Date's local-time fields follow the same zone.
  const julyOffset = -new Date(Date.UTC(2024, 6, 1)).getTimezoneOffset() || 0; // never -0
  expect(julyOffset).toBe(offsetMinutesAt(new Date(Date.UTC(2024, 6, 1)), machine));
});

/** The offset Intl gives for `zone` at `instant`, as ISO writes it: an independent reading ("GMT-05:00"). */
function isoOffset(instant: Date, zone: string): string {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(instant)
      .find((part) => part.type === 'timeZoneName')?.value ?? '';
  const offset = name.replace(/^GMT/, '');
  return offset === '' || offset === '+00:00' || offset === '-00:00' ? 'Z' : offset;
}

const pad = (n: number) => String(n).padStart(2, '0');
const wallText = (date: CivilDate, time: WallTime) =>
  `${date.year}-${pad(date.month)}-${pad(date.day)}T${pad(time.hour)}:${pad(time.minute)}:00`;

// Wall times that do not exist on the machines the suite runs on: each zone's spring-forward gap.
const MACHINE_GAPS: readonly { zone: string; date: CivilDate; time: WallTime }[] = [
  { zone: 'America/New_York', date: { year: 2024, month: 3, day: 10 }, time: { hour: 2, minute: 15 } },
  { zone: 'Australia/Lord_Howe', date: { year: 2024, month: 10, day: 6 }, time: { hour: 2, minute: 15 } },
  { zone: 'Pacific/Chatham', date: { year: 2024, month: 9, day: 29 }, time: { hour: 3, minute: 0 } },
  { zone: 'Europe/Berlin', date: { year: 2024, month: 3, day: 31 }, time: { hour: 2, minute: 30 } },
];
const EVENT_ZONES = [
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'Asia/Tokyo',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'America/Sao_Paulo',
];

describe('an event whose wall time falls in a machine’s daylight-saving gap', () => {
  test('a Berlin session at 2:15 a.m. on March 10, 2024 is 02:15+01:00 (New York’s gap)', () => {
    const instant = wallTimeToInstant({ year: 2024, month: 3, day: 10 }, { hour: 2, minute: 15 }, 'Europe/Berlin');
    expect(instant.toISOString()).toBe('2024-03-10T01:15:00.000Z');
    expect(toIsoInZone(instant, 'Europe/Berlin')).toBe('2024-03-10T02:15:00+01:00');
  });

  test.each(
    MACHINE_GAPS.flatMap((gap) =>
      EVENT_ZONES.filter((zone) => zone !== gap.zone).map((zone) => ({ ...gap, zone, gapOf: gap.zone })),
    ),
  )(
    '$date.year-$date.month-$date.day $time.hour:$time.minute (a gap in $gapOf) in $zone keeps its wall time',
    ({ zone, date, time }) => {
      const instant = wallTimeToInstant(date, time, zone);
      const iso = toIsoInZone(instant, zone);
      expect(iso).toBe(`${wallText(date, time)}${isoOffset(instant, zone)}`);
      expect(Date.parse(iso)).toBe(instant.getTime());
    },
  );
});

describe('toIsoInZone against an independent reading', () => {
  // Instants within two days of transitions in zones with odd offsets and odd gaps.
  const transitions = [
    Date.UTC(2024, 2, 10, 7),
    Date.UTC(2024, 10, 3, 6),
    Date.UTC(2024, 9, 5, 15, 30),
    Date.UTC(2024, 3, 6, 15),
    Date.UTC(2024, 8, 28, 14, 0),
    Date.UTC(2024, 3, 6, 13, 45),
    Date.UTC(2024, 2, 31, 1),
    Date.UTC(2024, 9, 27, 1),
  ];
  test('parses back to the same instant, with the wall time and offset Intl gives, in any zone', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...transitions),
        fc.integer({ min: -48 * 60, max: 48 * 60 }),
        fc.constantFrom(...EVENT_ZONES),
        (at, minutes, zone) => {
          const instant = new Date(at + minutes * 60_000);
          const iso = toIsoInZone(instant, zone);
          expect(Date.parse(iso)).toBe(instant.getTime());
          expect(iso.slice(19)).toBe(isoOffset(instant, zone));
          expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00(?:Z|[+-]\d{2}:\d{2})$/);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

test('every time function gives the same text on every machine', () => {
  const bof = new Date('2024-11-19T22:15:00Z');
  const bofEnd = new Date('2024-11-19T23:45:00Z');
  expect(formatTimeRange(bof, bofEnd, 'America/New_York', US_CLOCK)).toBe('5:15 – 6:45 PM EST');
  expect(formatTimeRange(bof, bofEnd, 'Asia/Tokyo', US_CLOCK)).toBe('7:15 – 8:45 AM JST');
  expect(formatTimeRange(bof, bofEnd, 'Pacific/Chatham', US_CLOCK)).toBe('12:00 – 1:30 PM GMT+13:45');
  expect(civilDateInZone(bof, 'Asia/Tokyo')).toBe('2024-11-20');
  expect(civilDateInZone(bof, 'America/New_York')).toBe('2024-11-19');
  expect(dayShift(bof, 'America/New_York', 'Asia/Tokyo')).toBe(1);
  expect(formatDayHeading('2024-03-10', US_CLOCK)).toBe('Sunday, March 10');
  expect(formatDateRange('2024-11-17', '2024-11-22', US_CLOCK)).toBe('November 17–22, 2024');
  expect(startOfDayInZone('2024-10-06', 'Australia/Lord_Howe')?.toISOString()).toBe('2024-10-05T13:30:00.000Z');
  expect(startOfDayInZone('2024-03-10', 'America/New_York')?.toISOString()).toBe('2024-03-10T05:00:00.000Z');
  expect(sameOffsetThroughout('America/New_York', 'America/Toronto', '2024-03-09', '2024-03-11')).toBe(true);
  expect(sameOffsetThroughout('America/New_York', 'Europe/Berlin', '2024-11-17', '2024-11-22')).toBe(false);
  // Gap times in the event's own zone move forward, whatever the machine's zone.
  expect(
    toIsoInZone(
      wallTimeToInstant({ year: 2024, month: 9, day: 29 }, { hour: 3, minute: 0 }, 'Pacific/Chatham'),
      'Pacific/Chatham',
    ),
  ).toBe('2024-09-29T04:00:00+13:45');
  expect(
    toIsoInZone(
      wallTimeToInstant({ year: 2024, month: 10, day: 6 }, { hour: 2, minute: 15 }, 'Australia/Lord_Howe'),
      'Australia/Lord_Howe',
    ),
  ).toBe('2024-10-06T02:45:00+11:00');
});
