/**
 * frab `schedule.xml` and FOSDEM's Pentabarf XML (the format frab's grew from): `<schedule>`,
 * `<conference>`, `<day date>`, `<room name>`, `<event guid id>`. Parsed by htmlparser2 in XML mode (the
 * same parser in Node and the browser); a file that is cut off is refused with its line.
 */
import type { Element } from 'domhandler';
import { Diagnostics } from '../core/diagnostics';
import { importFailure, type ImportOptions, type ImportResult } from '../core/result';
import { childElement, childElements, childText, parseXml, textOf } from '../core/xml';
import { frabSchedule } from './frab-events';
import type { FrabEvent } from './frab-model';

function lineOf(text: string, index: number | null, lines: readonly number[]): number | undefined {
  if (index === null) return undefined;
  // Binary search over the offsets where lines start.
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lines[middle] ?? 0) <= index) low = middle;
    else high = middle - 1;
  }
  return text === '' ? undefined : low + 1;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function readEvent(
  event: Element,
  day: string | undefined,
  room: string | undefined,
  line: number | undefined,
): FrabEvent {
  const persons = childElement(event, 'persons');
  const links = childElement(event, 'links');
  return {
    guid: event.attribs.guid,
    id: event.attribs.id,
    date: childText(event, 'date'),
    day: day,
    start: childText(event, 'start'),
    duration: childText(event, 'duration'),
    room: childText(event, 'room') ?? room,
    title: childText(event, 'title'),
    subtitle: childText(event, 'subtitle'),
    type: childText(event, 'type'),
    track: childText(event, 'track'),
    language: childText(event, 'language'),
    abstract: childText(event, 'abstract'),
    description: childText(event, 'description'),
    url: childText(event, 'url'),
    status: childText(event, 'status') ?? event.attribs.status,
    persons: persons ? childElements(persons, 'person').map((person) => textOf(person).trim()) : [],
    links: links
      ? childElements(links, 'link').flatMap((link) => {
          const url = link.attribs.href;
          return url === undefined ? [] : [{ url, title: textOf(link).trim() || url }];
        })
      : [],
    ...(line === undefined ? {} : { line }),
    where: line === undefined ? `event ${event.attribs.guid ?? event.attribs.id ?? ''}` : `line ${line}`,
  };
}

export function importFrabXml(text: string, bytes: Uint8Array, options: ImportOptions): ImportResult {
  const parsed = parseXml(text);
  if (!parsed.ok) return importFailure('broken', `the XML is broken at line ${parsed.line}: ${parsed.error}`);
  const schedule = childElements(parsed.document, 'schedule')[0];
  const conference = schedule ? childElement(schedule, 'conference') : undefined;
  if (!schedule || !conference) {
    return importFailure(
      'not-a-schedule',
      'an XML file, but not a frab or Pentabarf schedule (<schedule><conference>)',
    );
  }
  const diagnostics = new Diagnostics();
  const starts = lineStarts(text);
  const events: FrabEvent[] = [];
  const days: string[] = [];
  for (const day of childElements(schedule, 'day')) {
    const date = day.attribs.date;
    if (date !== undefined) days.push(date);
    for (const room of childElements(day, 'room')) {
      for (const event of childElements(room, 'event')) {
        events.push(readEvent(event, date, room.attribs.name, lineOf(text, event.startIndex, starts)));
      }
    }
  }
  const field = (name: string) => childText(conference, name);
  const place = [field('venue'), field('city')].filter((part) => part !== undefined).join(', ');
  return frabSchedule(
    {
      format: 'frab-xml',
      bytes,
      conference: {
        acronym: field('acronym'),
        title: field('title'),
        // pretalx writes the event's own page as the schedule's <url>, and its host as base_url.
        url: field('url') ?? childText(schedule, 'url') ?? field('base_url') ?? childText(schedule, 'base_url'),
        place: place === '' ? undefined : place,
        timeZoneName: field('time_zone_name'),
        dayChange: field('day_change'),
        days,
      },
      events,
      diagnostics,
    },
    options,
  );
}
