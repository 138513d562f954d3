/**
 * "Full conference program" goes to the event's own page (issue 16): a pretalx export gives it as
 * schedule.url, and only its host as base_url.
 */
import { expect, test } from 'vitest';
import { frabDayWithEvent } from '../../tests/helpers/frab-day';
import { importSchedule } from './registry';

const day = frabDayWithEvent();

function linkOf(schedule: Record<string, unknown>): string | undefined {
  const result = importSchedule(new TextEncoder().encode(JSON.stringify({ schedule })), { fileName: 'x.json' });
  if (!result.ok) throw new Error(result.error);
  return result.schedule.conference.url;
}

const conference = {
  acronym: 'democon',
  title: 'DemoCon',
  start: '2025-08-01',
  end: '2025-08-01',
  time_zone_name: 'Europe/Berlin',
  days: [day],
};

test('a pretalx export links to the event page (schedule.url), not the pretalx host (base_url)', () => {
  expect(
    linkOf({
      url: 'https://pretalx.example/democon/schedule/',
      base_url: 'https://pretalx.example',
      version: '1',
      conference,
    }),
  ).toBe('https://pretalx.example/democon/schedule/');
});

test('the conference’s own url comes first; base_url when it is all there is', () => {
  expect(
    linkOf({
      url: 'https://pretalx.example/democon/schedule/',
      version: '1',
      conference: { ...conference, url: 'https://democon.example/' },
    }),
  ).toBe('https://democon.example/');
  expect(linkOf({ base_url: 'https://events.example/2025/', version: '1', conference })).toBe(
    'https://events.example/2025/',
  );
});

test('the same in pretalx XML: the schedule’s <url> before base_url', () => {
  const xml = `<?xml version="1.0"?>
<schedule>
  <generator name="pretalx" version="2025.1.0"/>
  <version>1</version>
  <url>https://pretalx.example/democon/schedule/</url>
  <conference>
    <acronym>democon</acronym>
    <title>DemoCon</title>
    <start>2025-08-01</start>
    <end>2025-08-01</end>
    <days>1</days>
    <timeslot_duration>00:05</timeslot_duration>
    <base_url>https://pretalx.example</base_url>
    <time_zone_name>Europe/Berlin</time_zone_name>
  </conference>
  <day index="1" date="2025-08-01" start="2025-08-01T04:00:00+02:00" end="2025-08-02T03:59:00+02:00">
    <room name="Hall" guid="b379c473-93b9-4eae-9a09-d482e86cede3">
      <event guid="00000000-0000-4000-8000-000000000001" id="1">
        <date>2025-08-01T10:00:00+02:00</date>
        <start>10:00</start>
        <duration>00:30</duration>
        <room>Hall</room>
        <slug>democon-1-opening</slug>
        <title>Opening</title>
        <type>Talk</type>
        <persons/>
        <links/>
      </event>
    </room>
  </day>
</schedule>`;
  const result = importSchedule(new TextEncoder().encode(xml), { fileName: 'schedule.xml' });
  if (!result.ok) throw new Error(result.error);
  expect(result.schedule.conference.url).toBe('https://pretalx.example/democon/schedule/');
});
