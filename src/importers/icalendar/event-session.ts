/** One occurrence of a calendar event as a session: its times, title, speakers, room, type and links. */
import ICAL from 'ical.js';
import { SESSION_ID_AT_DOMAIN } from '../../schedule/ids';
import { civilDateInZone, toIsoInZone } from '../../schedule/time';
import type { Link, Session } from '../../schedule/types';
import { normalizeUrl } from '../../schedule/validate';
import type { Diagnostics } from '../core/diagnostics';
import { plainText } from '../core/html-text';
import { contentKey, sessionIdFrom, type SessionIds } from '../core/ids';
import { richText } from '../core/rich-text';
import { slugify } from '../core/slug';
import { stamp, type Occurrence } from './occurrences';
import { DAY_MS, stringValue, type Component } from './values';
import type { ZoneReader } from './zones';

/** The organizer's name (its CN parameter, quotes and a mailto: left out), as a list of one or none. */
function organizerName(item: Component): string[] {
  const name = item.getFirstProperty('organizer')?.getParameter('cn');
  const text = typeof name === 'string' ? plainText(name.replace(/^"|"$/g, '')).trim() : '';
  return text === '' || /^mailto:/i.test(text) ? [] : [text];
}

/** Indico writes "Speakers: Ada Lovelace (Analytical), Charles Babbage" as the description's first line. */
function speakersLine(description: string): { people: string[]; rest: string } {
  const match = /^\s*(?:speakers?|presenters?|speaker\(s\))\s*:\s*(.+)$/im.exec(description);
  if (!match) return { people: [], rest: description };
  const people: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of match[1] ?? '') {
    if (char === '(') depth++;
    if (char === ')') depth = Math.max(0, depth - 1);
    if ((char === ',' || char === ';') && depth === 0) {
      people.push(current.trim());
      current = '';
    } else current += char;
  }
  people.push(current.trim());
  return { people: people.filter((person) => person !== ''), rest: description.replace(match[0], '').trim() };
}

/**
 * The id the calendar gives an occurrence: its UID (the part before "@": Itinerary's own export writes
 * "<session id>@<conference id>"), with its RECURRENCE-ID when it is one occurrence of a recurring event.
 * Undefined without a UID. Whether it is unique is SessionIds' business.
 */
export function preferredId(occurrence: Occurrence): string | undefined {
  const uid = stringValue(occurrence.item, 'uid')?.trim();
  if (uid === undefined) return undefined;
  const base = SESSION_ID_AT_DOMAIN.exec(uid)?.[1] ?? sessionIdFrom(uid);
  const recurrenceId: unknown = occurrence.item.getFirstPropertyValue('recurrence-id');
  const recurrence = occurrence.recurrence ?? (recurrenceId instanceof ICAL.Time ? stamp(recurrenceId) : undefined);
  return recurrence === undefined ? base : `${base.slice(0, 100)}-${recurrence}`;
}

export interface EventContext {
  readonly reader: ZoneReader;
  /** The zone the conference is shown in. */
  readonly zone: string;
  readonly ids: SessionIds;
  /** pretalx writes "Title - Speaker, Speaker" as the summary. */
  readonly pretalx: boolean;
  readonly diagnostics: Diagnostics;
}

/** The occurrence's start and end, or the reason (said in the diagnostics) it is left out. */
function timesOf(occurrence: Occurrence, what: string, context: EventContext): { start: Date; end: Date } | null {
  const { reader, diagnostics } = context;
  const start = reader.instant(occurrence.start.time, occurrence.start.tzid);
  if (typeof start === 'string') {
    diagnostics.error(undefined, `${what}: ${start}; not imported`);
    return null;
  }
  let end: Date | string = start;
  if (occurrence.end) end = reader.instant(occurrence.end.time, occurrence.end.tzid);
  else if (occurrence.duration !== undefined) end = new Date(start.getTime() + occurrence.duration * 1000);
  else if (occurrence.start.time.isDate) end = new Date(start.getTime() + DAY_MS);
  if (typeof end === 'string') {
    diagnostics.error(undefined, `${what}: its end ${end}; not imported`);
    return null;
  }
  if (end.getTime() < start.getTime()) {
    diagnostics.error(undefined, `${what} ends before it starts; not imported`);
    return null;
  }
  return { start, end };
}

/** The title, and the people: from a pretalx summary, an Indico "Speakers:" line, or the organizer. */
function titleAndPeople(item: Component, summary: string, pretalx: boolean) {
  let title = summary;
  let people: string[] = [];
  const dash = title.lastIndexOf(' - ');
  if (pretalx && dash > 0) {
    people = title
      .slice(dash + 3)
      .split(/,\s*|\s+and\s+/)
      .map((person) => person.trim())
      .filter((person) => person !== '');
    title = title.slice(0, dash).trim();
  }
  const speakers = speakersLine(stringValue(item, 'description') ?? '');
  if (people.length === 0) people = speakers.people.map((person) => plainText(person).trim());
  // A calendar that names the speaker only as the event's organizer (ORGANIZER;CN=…): better than no one.
  if (people.length === 0) people = organizerName(item);
  return { title, people, description: speakers.rest };
}

/** The session of one occurrence, or null (said in the diagnostics) when it cannot be imported. */
export function sessionOf(occurrence: Occurrence, context: EventContext): Session | null {
  const { item } = occurrence;
  const { diagnostics, zone } = context;
  const summary = plainText(stringValue(item, 'summary') ?? '').trim();
  const uid = stringValue(item, 'uid');
  const what = `event "${summary || '(untitled)'}"${uid === undefined ? '' : ` (UID ${plainText(uid).slice(0, 80)})`}`;
  const times = timesOf(occurrence, what, context);
  if (!times) return null;
  if (summary === '') {
    diagnostics.error(undefined, `${what} has no SUMMARY (title); not imported`);
    return null;
  }
  if (occurrence.start.time.isDate) diagnostics.warning(undefined, `${what} is an all-day event; kept as a whole day`);
  const { title, people, description } = titleAndPeople(item, summary, context.pretalx);
  const described = richText(description);
  const links: Link[] = [...described.links];
  const url = normalizeUrl(stringValue(item, 'url') ?? '', ['http:', 'https:']) ?? undefined;
  const status = stringValue(item, 'status')?.toUpperCase();
  if (status === 'CANCELLED') diagnostics.warning(undefined, `${what} is cancelled; kept, marked cancelled`);
  const categories: unknown = item.getFirstPropertyValue('categories');
  const type = typeof categories === 'string' && categories.trim() !== '' ? plainText(categories).trim() : 'Session';
  const location = plainText(stringValue(item, 'location') ?? '').trim();
  const id = context.ids.take(
    preferredId(occurrence) ?? `${civilDateInZone(times.start, zone)}-${slugify(title, 64) || 'event'}`,
    what,
    undefined,
    contentKey(title, times.start, location === '' ? undefined : location),
  );
  const sourceId = uid !== undefined && uid !== id ? plainText(uid) : undefined;
  return {
    id,
    title,
    start: toIsoInZone(times.start, zone),
    end: toIsoInZone(times.end, zone),
    type,
    ...(status === 'CANCELLED' ? { status: 'cancelled' as const } : {}),
    ...(sourceId === undefined ? {} : { sourceId }),
    ...(location === '' ? {} : { room: { name: location } }),
    ...(url === undefined ? {} : { url }),
    people,
    description: described.text,
    links: links.filter((link, i) => links.findIndex((other) => other.url === link.url) === i),
  };
}
