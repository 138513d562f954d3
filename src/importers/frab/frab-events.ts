/**
 * frab's schedule model, shared by its JSON and XML exports (and by Pentabarf, FOSDEM's, which frab's XML
 * grew from): conference, days, rooms, events. The two readers turn their files into these records; this
 * module turns the records into sessions, with the traps real files have named in diagnostics. Its jobs:
 * frab-zone.ts settles the zone, frab-times.ts reads times, frab-event.ts makes one event a session.
 */
import { formatCivilDate, parseCivilDate } from '../../schedule/time';
import type { Session } from '../../schedule/types';
import { assembleSchedule } from '../core/assemble';
import type { Diagnostics } from '../core/diagnostics';
import { plainText } from '../core/html-text';
import { repeatedOf, SessionIds } from '../core/ids';
import { importFailure, type ImportOptions, type ImportResult } from '../core/result';
import { slugify } from '../core/slug';
import { httpUrl, preferredIdOf, sessionOf, type EventContext } from './frab-event';
import { wallTime } from './frab-times';
import { settleZone } from './frab-zone';
import type { FrabConference, FrabEvent, FrabSource } from './frab-model';

function counted(values: readonly (string | undefined)[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** The notes about the whole file: repeated ids, sessions after midnight, pretalx's day-long durations. */
function noteAll(
  events: readonly FrabEvent[],
  afterMidnight: readonly string[],
  daysFormDurations: number,
  diagnostics: Diagnostics,
): void {
  const repeated = [...counted(events.map((event) => event.id))].filter(([, count]) => count > 1).map(([id]) => id);
  if (repeated.length > 0) {
    diagnostics.warning(
      undefined,
      `${repeated.length} event id(s) are used by more than one event (${repeated.slice(0, 5).join(', ')}${repeated.length > 5 ? ', …' : ''}); every event is kept, told apart by its guid or given a suffix`,
    );
  }
  if (afterMidnight.length > 0) {
    diagnostics.warning(
      undefined,
      `${afterMidnight.length} session(s) start after midnight and are listed under the conference day before, as the schedule's days say (first: "${afterMidnight[0] ?? ''}")`,
    );
  }
  if (daysFormDurations > 0) {
    diagnostics.warning(
      undefined,
      `${daysFormDurations} duration(s) are written as days:hours:minutes (pretalx); read so`,
    );
  }
}

function conferenceOf(conference: FrabConference, zone: string) {
  const title = plainText(conference.title ?? conference.acronym ?? '').trim() || 'Untitled schedule';
  const url = httpUrl(conference.url);
  const place = plainText(conference.place ?? '').trim();
  return {
    // The schedule names itself: the same conference from a file or an address is one conference.
    id: slugify(conference.acronym ?? '', 64) || slugify(title, 64),
    title,
    timeZone: zone,
    ...(url === undefined ? {} : { url }),
    ...(place === '' ? {} : { place }),
    description: '',
  };
}

/** Each event's session; one that cannot be read costs that event: named, and the rest imports. */
function readEvents(events: readonly FrabEvent[], context: EventContext, options: ImportOptions): Session[] {
  const sessions: Session[] = [];
  events.forEach((event, index) => {
    options.onProgress?.(index / events.length);
    try {
      const session = sessionOf(event, context);
      if (session) sessions.push(session);
    } catch (error) {
      const title = plainText(event.title ?? '').trim() || '(untitled)';
      context.diagnostics.error(
        event.line,
        `event "${title}" (${event.where}) cannot be read (${error instanceof Error ? error.message.slice(0, 120) : 'unreadable'}); not imported`,
      );
    }
  });
  options.onProgress?.(1);
  return sessions;
}

export function frabSchedule(source: FrabSource, options: ImportOptions): ImportResult {
  const { conference, events, diagnostics } = source;
  const zone = settleZone(conference, events, options, diagnostics);
  if ('error' in zone) {
    return importFailure(
      zone.unknown === undefined ? 'needs-input' : 'bad-option',
      `${zone.error}; the zone its times are in is needed`,
      diagnostics.sorted(),
      ['timeZone'],
      zone.hints,
    );
  }
  const guids = counted(events.map((event) => event.guid));
  // The source's id: the guid when it is unique, else the guid or id it has (SessionIds tells repeated ones apart).
  const sourceIdOf = (event: FrabEvent) =>
    event.guid !== undefined && guids.get(event.guid) === 1 ? event.guid : (event.guid ?? event.id);
  const ids = new SessionIds(
    diagnostics,
    repeatedOf(events.flatMap((event) => preferredIdOf(event, sourceIdOf) ?? [])),
  );
  let daysFormDurations = 0;
  const onDaysForm = () => {
    daysFormDurations++;
  };
  const context: EventContext = {
    zone: zone.zone,
    ids,
    diagnostics,
    dayChange: wallTime(conference.dayChange),
    sourceIdOf,
    afterMidnight: [],
    onDaysForm,
  };
  const sessions = readEvents(events, context, options);
  noteAll(events, context.afterMidnight, daysFormDurations, diagnostics);
  if (sessions.length === 0) {
    return importFailure('no-sessions', `no event could be read (${events.length} in the file)`, diagnostics.sorted());
  }
  const declaredDays = conference.days.filter((day) => parseCivilDate(day) !== null);
  return assembleSchedule({
    format: source.format,
    bytes: source.bytes,
    ...(options.fileName === undefined ? {} : { fileName: options.fileName }),
    conference: conferenceOf(conference, zone.zone),
    sessions,
    days: declaredDays.map((day) => formatCivilDate(parseCivilDate(day) ?? { year: 1970, month: 1, day: 1 })),
    diagnostics,
  });
}
