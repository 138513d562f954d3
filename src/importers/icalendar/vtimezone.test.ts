/**
 * RFC 5545 §3.3.5 at both daylight-saving nights of two zones: a local time that happens twice is its
 * first occurrence, one the clocks skip is moved forward by the gap. Read through the file's own VTIMEZONE
 * and through a TZID the zone database knows, which must agree.
 */
import { describe, expect, test } from 'vitest';
import { imported } from '../../../tests/helpers/real-schedules';

const VTIMEZONES: Record<string, string> = {
  'America/New_York': `BEGIN:VTIMEZONE
TZID:America/New_York
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:20070311T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:20071104T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE`,
  'Europe/Berlin': `BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE`,
};

function calendar(zone: string, withVtimezone: boolean, events: readonly (readonly [string, string])[]): Uint8Array {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Itinerary tests//EN',
    'X-WR-CALNAME:Clock change camp',
    ...(withVtimezone ? [VTIMEZONES[zone] ?? ''] : []),
    ...events.flatMap(([uid, start]) => [
      'BEGIN:VEVENT',
      `UID:${uid}@example.org`,
      'DTSTAMP:20240101T000000Z',
      `DTSTART;TZID=${zone}:${start}`,
      'DURATION:PT20M',
      `SUMMARY:Talk ${uid}`,
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return new TextEncoder().encode(lines.join('\r\n'));
}

const CASES = [
  // [zone, wall time, what it is, the instant RFC 5545 gives]
  ['America/New_York', '20241103T013000', 'twice (fall back)', '2024-11-03T05:30:00.000Z'],
  ['America/New_York', '20241103T010000', 'twice, at the start of the repeated hour', '2024-11-03T05:00:00.000Z'],
  ['America/New_York', '20240310T023000', 'skipped (spring forward)', '2024-03-10T07:30:00.000Z'],
  ['America/New_York', '20240310T030000', 'just after the gap', '2024-03-10T07:00:00.000Z'],
  ['Europe/Berlin', '20241027T023000', 'twice (fall back)', '2024-10-27T00:30:00.000Z'],
  ['Europe/Berlin', '20240331T023000', 'skipped (spring forward)', '2024-03-31T01:30:00.000Z'],
  ['Europe/Berlin', '20240331T015900', 'just before the gap', '2024-03-31T00:59:00.000Z'],
  ['Europe/Berlin', '20241027T030000', 'just after the repeated hour', '2024-10-27T02:00:00.000Z'],
] as const;

describe.each([
  ['the file’s own VTIMEZONE', true],
  ['a TZID the zone database knows', false],
])('local times at the clock changes, read through %s', (_, withVtimezone) => {
  test.each(CASES)('%s %s (%s) is %s', (zone, wall, _what, instant) => {
    const schedule = imported(calendar(zone, withVtimezone, [['a', wall]]));
    const session = schedule.sessions[0];
    expect(new Date(session?.start ?? '').toISOString()).toBe(instant);
    expect(Date.parse(session?.end ?? '') - Date.parse(session?.start ?? '')).toBe(20 * 60_000);
  });
});
