/**
 * frab / c3voc `schedule.json` (CCC, and every conference run on pretalx, which exports it):
 * `schedule.conference.days[].rooms{room: [events]}`. Read with JSON.parse; the model is shared with the
 * XML export in frab-events.ts.
 */
import { Diagnostics } from '../core/diagnostics';
import { isRecord, parseJson, str, type Json } from '../core/json';
import { importFailure, type ImportOptions, type ImportResult } from '../core/result';
import { frabSchedule } from './frab-events';
import type { FrabEvent } from './frab-model';

/** The conference record of a frab JSON document, or null when it is not one. */
export function frabJsonConference(document: unknown): Json | null {
  const schedule = isRecord(document) ? document.schedule : undefined;
  const conference = isRecord(schedule) ? schedule.conference : undefined;
  return isRecord(conference) && Array.isArray(conference.days) ? conference : null;
}

function personName(person: unknown): string | undefined {
  if (typeof person === 'string') return person;
  if (!isRecord(person)) return undefined;
  return str(person.public_name) ?? str(person.full_public_name) ?? str(person.name);
}

function readEvent(value: unknown, day: string | undefined, where: string): FrabEvent | null {
  if (!isRecord(value)) return null;
  const links = Array.isArray(value.links) ? value.links : [];
  return {
    guid: str(value.guid),
    id: str(value.id),
    date: str(value.date),
    day: day,
    start: str(value.start),
    duration: str(value.duration),
    room: str(value.room),
    title: str(value.title),
    subtitle: str(value.subtitle),
    type: str(value.type),
    track: str(value.track),
    language: str(value.language),
    abstract: str(value.abstract),
    description: str(value.description),
    url: str(value.url),
    status: str(value.status) ?? str(value.state),
    persons: (Array.isArray(value.persons) ? value.persons : []).flatMap((person) => {
      const name = personName(person);
      return name === undefined ? [] : [name];
    }),
    links: links.flatMap((link) => {
      const url = isRecord(link) ? str(link.url) : typeof link === 'string' ? link : undefined;
      const title = isRecord(link) ? (str(link.title) ?? url) : url;
      return url === undefined ? [] : [{ url, title: title ?? url }];
    }),
    where,
  };
}

/** `parsed`: the document, when the caller has parsed it already (format detection does). */
export function importFrabJson(
  text: string,
  bytes: Uint8Array,
  options: ImportOptions,
  parsed?: unknown,
): ImportResult {
  const diagnostics = new Diagnostics();
  const read = parseJson(text, parsed);
  if (!read.ok) return read;
  const document = read.value;
  const conference = frabJsonConference(document);
  if (!conference)
    return importFailure('not-a-schedule', 'a JSON file, but not a frab schedule ("schedule.conference.days")');
  const events: FrabEvent[] = [];
  const days: string[] = [];
  const conferenceDays: unknown[] = Array.isArray(conference.days) ? conference.days : [];
  conferenceDays.forEach((day, d) => {
    if (!isRecord(day)) {
      diagnostics.error(undefined, `days[${d}] is not a day; its events, if any, are not imported`);
      return;
    }
    const date = typeof day.date === 'string' ? day.date : undefined;
    if (date !== undefined) days.push(date);
    const rooms = isRecord(day.rooms) ? day.rooms : {};
    for (const [room, list] of Object.entries(rooms)) {
      if (!Array.isArray(list)) {
        diagnostics.error(undefined, `days[${d}].rooms["${room}"] is not a list of events; not imported`);
        continue;
      }
      list.forEach((value: unknown, e) => {
        const where = `days[${d}].rooms["${room}"][${e}]`;
        const event = readEvent(value, date, where);
        if (event) events.push(event.room === undefined ? { ...event, room } : event);
        else diagnostics.error(undefined, `${where} is not an event; not imported`);
      });
    }
  });
  const schedule = isRecord(document) && isRecord(document.schedule) ? document.schedule : {};
  return frabSchedule(
    {
      format: 'frab-json',
      bytes,
      conference: {
        acronym: str(conference.acronym),
        title: str(conference.title),
        // pretalx writes the event's own page as schedule.url, and its host as base_url.
        url: str(conference.url) ?? str(schedule.url) ?? str(schedule.base_url),
        timeZoneName: str(conference.time_zone_name),
        dayChange: str(conference.day_change),
        days,
      },
      events,
      diagnostics,
    },
    options,
  );
}
