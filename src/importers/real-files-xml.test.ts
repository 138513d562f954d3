// @vitest-environment jsdom
/**
 * 38C3's frab XML, every event compared field by field with an independent reading of the file: the
 * browser's DOMParser (jsdom's, here); the importer uses htmlparser2.
 */
import { describe, expect, test } from 'vitest';
import { compare, imported, minutes, real, type Expected } from '../../tests/helpers/real-schedules';

describe('38C3, frab XML (1,007 events)', () => {
  const bytes = real('38c3-schedule-20251206.xml.gz');
  const schedule = imported(bytes);

  test('every event is a session with its exact instants, room, people and listed day', () => {
    const document = new DOMParser().parseFromString(new TextDecoder().decode(bytes), 'text/xml');
    const expected: Expected[] = [];
    for (const day of Array.from(document.querySelectorAll('schedule > day'))) {
      for (const event of Array.from(day.querySelectorAll('room > event'))) {
        const text = (name: string) => event.querySelector(`:scope > ${name}`)?.textContent ?? '';
        const start = Date.parse(text('date'));
        expected.push({
          guid: event.getAttribute('guid') ?? '',
          title: text('title'),
          start,
          end: start + minutes(text('duration')) * 60_000,
          room: text('room'),
          type: text('type'),
          track: text('track') === '' ? null : text('track'),
          language: text('language') === '' ? null : text('language'),
          people: Array.from(event.querySelectorAll('persons > person')).map((person) => person.textContent.trim()),
          url: text('url') === '' ? null : text('url'),
          day: day.getAttribute('date') ?? '',
        });
      }
    }
    expect(expected).toHaveLength(1007);
    compare(schedule.sessions, expected, 'Europe/Berlin');
    expect(schedule.conference).toMatchObject({ id: '38c3', title: '38C3', timeZone: 'Europe/Berlin' });
  });
});
