/**
 * iCalendar (RFC 5545) feeds, as Sched, Indico, pretalx or any calendar publish them, read with ical.js:
 * VEVENTs with TZID and their VTIMEZONE, UTC times, floating times with X-WR-TIMEZONE, DTEND or DURATION,
 * folded lines and escaped text (ical.js unfolds and unescapes), recurring events expanded within the
 * conference's days (or reported).
 *
 * Instants: a UTC time is exact; a TZID with a VTIMEZONE in the file is converted by ical.js with that
 * VTIMEZONE (the file's own rules, as RFC 5545 §3.6.5 wants); a TZID the file does not define but the zone
 * database knows is converted with Intl; a floating time is read in X-WR-TIMEZONE or the zone given.
 *
 * The jobs: structure.ts mends the nesting, zones.ts and vtimezone.ts the zones, occurrences.ts the
 * events and their recurrences, event-session.ts one occurrence as a session; this file puts them in order.
 */
import ICAL from 'ical.js';
import { zonesAtOffset } from '../../schedule/zone-lookup';
import type { Session } from '../../schedule/types';
import { assembleSchedule } from '../core/assemble';
import { Diagnostics } from '../core/diagnostics';
import { plainText } from '../core/html-text';
import { repeatedOf, SessionIds, shortHash } from '../core/ids';
import { importFailure, type ImportOptions, type ImportResult } from '../core/result';
import { richText } from '../core/rich-text';
import { slugify } from '../core/slug';
import { preferredId, sessionOf } from './event-session';
import { occurrencesOf, type Occurrence } from './occurrences';
import { mendStructure } from './structure';
import { perEvent, stringValue, type Component } from './values';
import {
  calendarZones,
  forgetZones,
  registerZones,
  rememberZoneLookups,
  zoneReader,
  type FileZones,
  type ZoneReader,
} from './zones';

export function importICalendar(text: string, bytes: Uint8Array, options: ImportOptions): ImportResult {
  const diagnostics = new Diagnostics();
  const structure = mendStructure(text);
  for (const note of structure.notes) diagnostics.warning(note.line, note.message);
  let calendar: Component;
  try {
    calendar = ICAL.Component.fromString(structure.text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : 'unreadable';
    return importFailure('broken', `the calendar cannot be read (${reason ?? 'unreadable'})`);
  }
  if (calendar.name !== 'vcalendar') {
    return importFailure('not-a-schedule', 'not an iCalendar file (no VCALENDAR)');
  }
  rememberZoneLookups(calendar);
  // The file's VTIMEZONEs are registered for as long as this import reads its times.
  const registered = registerZones(calendar, diagnostics);
  try {
    return readCalendar(calendar, registered, bytes, text, options, diagnostics);
  } finally {
    forgetZones(registered);
  }
}

/** Floating times with no zone to read them in, or exact times with no word of the venue's clock: the zone is asked for. */
function settledZone(
  occurrences: readonly Occurrence[],
  reader: ZoneReader,
  displayZone: string | undefined,
  diagnostics: Diagnostics,
): string | ImportResult {
  if (occurrences.some((occurrence) => reader.instant(occurrence.start.time, occurrence.start.tzid) === 'floating')) {
    return importFailure(
      'needs-input',
      'the calendar’s times are "floating" (no zone) and it names no zone (X-WR-TIMEZONE); the zone they are in is needed',
      diagnostics.sorted(),
      ['timeZone'],
    );
  }
  if (displayZone !== undefined) return displayZone;
  // Exact instants, but shown in UTC they would be an hour or two off the venue's clock, with nothing
  // said. The zone is asked for (the CLI: --time-zone), with the zones at the first event's offset.
  const first = occurrences
    .map((occurrence) => reader.instant(occurrence.start.time, occurrence.start.tzid))
    .find((value): value is Date => value instanceof Date);
  return importFailure(
    'needs-input',
    'the calendar’s times are all in UTC and it names no time zone (no X-WR-TIMEZONE or TZID); the conference’s zone is needed to show its local times',
    diagnostics.sorted(),
    ['timeZone'],
    first === undefined ? [] : zonesAtOffset(0, first),
  );
}

/** The calendar names itself; without a name, the domain its UIDs share, else its events, name it. */
function conferenceOf(calendar: Component, vevents: readonly Component[], sessions: readonly Session[], zone: string) {
  const calendarName = stringValue(calendar, 'x-wr-calname');
  const title = plainText(calendarName ?? '').trim() || 'Calendar';
  const description = richText(stringValue(calendar, 'x-wr-caldesc') ?? '').text;
  const domains = new Map<string, number>();
  for (const vevent of vevents) {
    const domain = /@([^@\s]+)$/.exec(stringValue(vevent, 'uid') ?? '')?.[1];
    if (domain !== undefined) domains.set(domain, (domains.get(domain) ?? 0) + 1);
  }
  const domain = [...domains.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const id =
    slugify(calendarName ?? '', 64) ||
    (domain === undefined ? '' : slugify(`calendar-${domain}`, 64)) ||
    `calendar-${shortHash(sessions.map((session) => session.id).join('\n'))}`;
  return { id, title, timeZone: zone, description };
}

function readCalendar(
  calendar: Component,
  registered: FileZones,
  bytes: Uint8Array,
  text: string,
  options: ImportOptions,
  diagnostics: Diagnostics,
): ImportResult {
  const vevents = calendar.getAllSubcomponents('vevent');
  const zones = calendarZones(calendar, vevents, options, diagnostics);
  if ('ok' in zones) return zones;
  const reader = zoneReader(registered, zones.floating);
  if (vevents.length === 0) return importFailure('no-sessions', 'the calendar has no events (VEVENT)');
  const occurrences = occurrencesOf(vevents, reader, zones.display ?? 'UTC', diagnostics);
  const zone = settledZone(occurrences, reader, zones.display, diagnostics);
  if (typeof zone !== 'string') return zone;
  const pretalx = /pretalx/i.test(stringValue(calendar, 'prodid') ?? '');
  const ids = new SessionIds(diagnostics, repeatedOf(occurrences.flatMap((o) => preferredId(o) ?? [])));
  const context = { reader, zone, ids, pretalx, diagnostics };
  const sessions: Session[] = [];
  occurrences.forEach((occurrence, index) => {
    options.onProgress?.(index / occurrences.length);
    // One event whose value cannot be read costs that event only.
    const session = perEvent(diagnostics, occurrence.item, () => sessionOf(occurrence, context));
    if (session) sessions.push(session);
  });
  options.onProgress?.(1);
  if (sessions.length === 0) {
    return importFailure(
      'no-sessions',
      `no event could be read (${occurrences.length} in the calendar)`,
      diagnostics.sorted(),
    );
  }
  return assembleSchedule({
    format: 'icalendar',
    bytes: bytes.length > 0 ? bytes : new TextEncoder().encode(text),
    ...(options.fileName === undefined ? {} : { fileName: options.fileName }),
    conference: conferenceOf(calendar, vevents, sessions, zone),
    sessions,
    diagnostics,
  });
}
