/**
 * The real schedules in tests/fixtures/real, every event compared field by field with an independent
 * reading of the file: JSON.parse here (frab XML: real-files-xml.test.ts, with the browser's DOMParser).
 */
import { describe, expect, test } from 'vitest';
import { importSchedule } from './registry';
import {
  compare,
  field,
  imported,
  list,
  minutes,
  nonEmpty,
  real,
  type Expected,
} from '../../tests/helpers/real-schedules';

describe('39C3, frab JSON (895 events)', () => {
  const bytes = real('39c3-everything.schedule.json.gz');
  const schedule = imported(bytes, { fileName: '39c3-everything.schedule.json' });

  test('every event is a session with its exact instants, room, people and the day the file lists it under', () => {
    const file: unknown = JSON.parse(new TextDecoder().decode(bytes));
    const expected: Expected[] = [];
    for (const day of list(field(field(field(file, 'schedule'), 'conference'), 'days'))) {
      for (const events of Object.values(Object.fromEntries(Object.entries(field(day, 'rooms') ?? {})))) {
        for (const event of list(events)) {
          const start = Date.parse(String(field(event, 'date')));
          expected.push({
            guid: String(field(event, 'guid')),
            title: String(field(event, 'title')),
            start,
            end: start + minutes(String(field(event, 'duration'))) * 60_000,
            room: String(field(event, 'room')),
            type: String(field(event, 'type')),
            track: nonEmpty(field(event, 'track')),
            language: nonEmpty(field(event, 'language')),
            people: list(field(event, 'persons')).map(
              (p) => nonEmpty(field(p, 'public_name')) ?? nonEmpty(field(p, 'name')) ?? '',
            ),
            url: nonEmpty(field(event, 'url')),
            day: String(field(day, 'date')),
          });
        }
      }
    }
    expect(expected).toHaveLength(895);
    compare(schedule.sessions, expected, 'Europe/Berlin');
  });

  test('the conference names itself, in Berlin time, over its four days; the traps are named', () => {
    expect(schedule.conference).toMatchObject({
      id: '39c3',
      title: '39th Chaos Communications Congress',
      timeZone: 'Europe/Berlin',
      start: '2025-12-27',
      end: '2025-12-30',
      source: { file: '39c3-everything.schedule.json', format: 'frab-json' },
    });
    const messages = schedule.diagnostics.map((d) => d.message);
    expect(messages).toContainEqual(expect.stringMatching(/^10 event id\(s\) are used by more than one event/));
    expect(messages).toContainEqual(expect.stringMatching(/^46 session\(s\) start after midnight/));
    expect(schedule.sessions.filter((s) => s.status === 'cancelled').map((s) => s.title)).toEqual([
      expect.stringMatching(/^CANCELLED! Surface Mount Electronics/),
    ]);
    // Markdown descriptions arrive as plain text: no asterisks of emphasis, no HTML tags.
    expect(schedule.sessions.filter((s) => /<\/?[a-z][^>]*>/i.test(s.description))).toEqual([]);
  });
});

test('pretalx’s export: the zone it names (UTC) disagrees with its offsets (+01:00); the offsets decide, and it says so', () => {
  const schedule = imported(real('pretalx-democon.json'));
  expect(schedule.sessions).toHaveLength(36);
  expect(schedule.conference).toMatchObject({ id: 'democon', timeZone: 'UTC' });
  const first = schedule.sessions.find((s) => s.title === 'Focused 5thgeneration hardware');
  expect(first?.start).toBe('2020-12-14T08:00:00Z');
  expect(schedule.diagnostics[0]?.message).toMatch(/names the zone UTC, but its times carry UTC\+01:00/);
});

describe('Sessionize', () => {
  test('"All": the zone is asked for, then every session (the lunch too) comes with its categories', () => {
    expect(importSchedule(real('sessionize-demo-all.json'))).toMatchObject({
      ok: false,
      code: 'needs-input',
      needs: ['timeZone'],
    });
    const schedule = imported(real('sessionize-demo-all.json'), { timeZone: 'Europe/Zagreb' });
    expect(schedule.sessions).toHaveLength(11);
    const lunch = schedule.sessions.find((s) => s.title === 'Lunch');
    expect(lunch).toMatchObject({
      id: 'f91513e5-6e73-4910-9ee5-070a6ab04035',
      type: 'Service',
      room: { name: 'Restaurant' },
    });
    expect(schedule.sessions.find((s) => s.id === '14022')).toMatchObject({
      title: 'Aiden’s Session'.replace('’', "'"),
      start: '2017-05-27T09:00:00+02:00',
      end: '2017-05-27T10:00:00+02:00',
      type: 'Session',
      track: 'Technical',
      language: 'Italian',
      people: ['Aiden Test'],
      room: { name: 'Green Room' },
      description: expect.stringMatching(/^Level: Intermediate\n\n/),
    });
    expect(schedule.diagnostics).toContainEqual({
      severity: 'warning',
      message: expect.stringContaining(
        'write their times with a zone suffix ("Z"), but Sessionize times are the venue’s wall clock',
      ),
    });
  });

  test('"GridSmart" is refused with the export to open instead', () => {
    expect(importSchedule(real('sessionize-demo-gridsmart.json'))).toMatchObject({
      ok: false,
      error: expect.stringContaining('open the "All" export'),
    });
  });
});
