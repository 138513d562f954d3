/**
 * Who speaks (issue 16): the same person listed twice is shown once, in every format; a calendar that
 * names its speaker only as ORGANIZER;CN= shows that name rather than no one.
 */
import { expect, test } from 'vitest';
import { frabDayWithEvent } from '../../tests/helpers/frab-day';
import { importSchedule } from './registry';

const ics = (lines: string[]) =>
  new TextEncoder().encode(
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//t//t//EN',
      'X-WR-CALNAME:Meetup',
      'BEGIN:VEVENT',
      'UID:a@meetup.example',
      'DTSTAMP:20250101T000000Z',
      'DTSTART;TZID=Europe/Berlin:20250710T180000',
      'DURATION:PT1H',
      'SUMMARY:Parsers in practice',
      ...lines,
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n'),
  );

function peopleOf(bytes: Uint8Array): readonly string[] {
  const result = importSchedule(bytes, { fileName: 'x' });
  if (!result.ok) throw new Error(result.error);
  return result.schedule.sessions[0]?.people ?? [];
}

test('a calendar whose only speaker is the organizer shows the organizer', () => {
  expect(peopleOf(ics(['ORGANIZER;CN="Ada Lovelace":mailto:ada@example.org']))).toEqual(['Ada Lovelace']);
  expect(peopleOf(ics(['ORGANIZER:mailto:ada@example.org']))).toEqual([]);
});

test('speakers named in the description come before the organizer', () => {
  expect(
    peopleOf(ics(['ORGANIZER;CN=Meetup team:mailto:team@example.org', 'DESCRIPTION:Speakers: Charles Babbage'])),
  ).toEqual(['Charles Babbage']);
});

test('the same person twice is one person, as first written, in frab too', () => {
  const frab = {
    schedule: {
      version: '1',
      conference: {
        acronym: 'p25',
        title: 'People 2025',
        start: '2025-08-01',
        end: '2025-08-01',
        time_zone_name: 'Europe/Berlin',
        days: [
          frabDayWithEvent({
            title: 'Two of one',
            persons: [
              { public_name: 'Ada Lovelace' },
              { public_name: 'ada  lovelace' },
              { public_name: 'Charles Babbage' },
            ],
          }),
        ],
      },
    },
  };
  expect(peopleOf(new TextEncoder().encode(JSON.stringify(frab)))).toEqual(['Ada Lovelace', 'Charles Babbage']);
});
