/**
 * frab's schedule model, shared by its JSON and XML exports (and by Pentabarf, FOSDEM's, which frab's XML
 * grew from): conference, days, rooms, events. The two readers turn their files into these records; this
 * module turns the records into sessions, with the traps real files have named in diagnostics.
 */
import {
  addDays,
  civilDateInZone,
  formatCivilDate,
  offsetMinutesAt,
  parseCivilDate,
  toIsoInZone,
  wallTimeToInstant,
  zonesAtOffset,
} from '../../schedule/time';
import type { Link, Session } from '../../schedule/types';
import { normalizeUrl } from '../../schedule/validate';
import { assembleSchedule } from '../core/assemble';
import type { Diagnostics } from '../core/diagnostics';
import { plainText } from '../core/html-text';
import { contentKey, repeatedOf, SessionIds, sessionIdFrom } from '../core/ids';
import { importFailure, type ImportFormat, type ImportOptions, type ImportResult } from '../core/result';
import { richText } from '../core/rich-text';
import { slugify } from '../core/slug';
import { resolveZoneName } from '../core/zone-names';

// Optional fields may be present but undefined: the readers fill them straight from the file.
export interface FrabConference {
  readonly acronym?: string | undefined;
  readonly title?: string | undefined;
  readonly url?: string | undefined;
  readonly place?: string | undefined;
  readonly timeZoneName?: string | undefined;
  /** Pentabarf's `day_change` ("09:00:00"): events that start earlier belong to the day before. */
  readonly dayChange?: string | undefined;
  readonly days: readonly string[];
}

export interface FrabEvent {
  readonly guid?: string | undefined;
  readonly id?: string | undefined;
  /** ISO date-time, with its offset in current exports. */
  readonly date?: string | undefined;
  /** The day it is listed under. */
  readonly day?: string | undefined;
  /** "HH:MM" wall time, for exports without `date`. */
  readonly start?: string | undefined;
  readonly duration?: string | undefined;
  readonly room?: string | undefined;
  readonly title?: string | undefined;
  readonly subtitle?: string | undefined;
  readonly type?: string | undefined;
  readonly track?: string | undefined;
  readonly language?: string | undefined;
  readonly abstract?: string | undefined;
  readonly description?: string | undefined;
  readonly persons: readonly string[];
  readonly url?: string | undefined;
  readonly links: readonly { readonly url: string; readonly title: string }[];
  /** Where a status field says so ("canceled", "cancelled"). */
  readonly status?: string | undefined;
  /** Where it is in the file, for diagnostics: a line (XML) or a path (JSON). */
  readonly line?: number | undefined;
  readonly where: string;
}

const OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/i;
const MINUTE_MS = 60_000;

/**
 * "00:30", "1:30", "12:00"; pretalx writes a day or more as "D:HH:MM" ("1:02:30"); some exports add
 * seconds ("00:25:00"). Three parts with a two-digit first part are hours, minutes and seconds.
 */
export function parseDuration(text: string | undefined): { minutes: number; daysForm: boolean } | null {
  const parts = (text ?? '').trim().split(':');
  if (parts.some((part) => !/^\d{1,3}$/.test(part))) return null;
  const [a, b, c] = parts.map(Number);
  if (parts.length === 2 && a !== undefined && b !== undefined && b < 60)
    return { minutes: a * 60 + b, daysForm: false };
  if (parts.length === 3 && a !== undefined && b !== undefined && c !== undefined && b < 60 && c < 60) {
    if ((parts[0] ?? '').length === 2) return { minutes: a * 60 + b + Math.round(c / 60), daysForm: false };
    if (b < 24) return { minutes: (a * 24 + b) * 60 + c, daysForm: true };
  }
  return null;
}

function wallTime(text: string | undefined): { hour: number; minute: number } | null {
  const match = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec((text ?? '').trim());
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  return hour < 24 && minute < 60 ? { hour, minute } : null;
}

/** Whether `text` (`2025-08-01T10:00:00+02:00`) names a date and time that exist. */
function isRealDateTime(text: string): boolean {
  const fields = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(text);
  return (
    fields !== null && parseCivilDate(fields[1] ?? '') !== null && Number(fields[2]) < 24 && Number(fields[3]) < 60
  );
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The zone to show the times in, and whether the file settles it. */
function settleZone(
  conference: FrabConference,
  events: readonly FrabEvent[],
  options: ImportOptions,
  diagnostics: Diagnostics,
): { zone: string } | { error: string; unknown?: string; hints?: string[] } {
  if (options.timeZone !== undefined) {
    const given = resolveZoneName(options.timeZone);
    return given
      ? { zone: given.zone }
      : { error: `unknown time zone "${plainText(options.timeZone)}"`, unknown: options.timeZone };
  }
  const offsets = new Set<number>();
  let withoutOffset = 0;
  for (const event of events) {
    const date = event.date?.trim() ?? '';
    if (OFFSET.test(date) && !Number.isNaN(Date.parse(date))) {
      const match = /([+-])(\d{2}):?(\d{2})$/.exec(date);
      offsets.add(match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0);
    } else withoutOffset++;
  }
  if (conference.timeZoneName !== undefined) {
    const named = resolveZoneName(conference.timeZoneName);
    if (named) {
      // The offsets decide the instants; a zone that disagrees with them only shows them differently.
      const sample = events.find(
        (event) => event.date !== undefined && OFFSET.test(event.date) && !Number.isNaN(Date.parse(event.date)),
      );
      if (sample?.date !== undefined) {
        const instant = new Date(sample.date);
        const match = /([+-])(\d{2}):?(\d{2})$/.exec(sample.date);
        const written = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
        if (offsetMinutesAt(instant, named.zone) !== written) {
          diagnostics.warning(
            undefined,
            `the schedule names the zone ${conference.timeZoneName}, but its times carry ${offsetText(written)} (${sample.where}); each time is read at its own offset and shown in ${named.zone}`,
          );
        }
      }
      return { zone: named.zone };
    }
    diagnostics.warning(
      undefined,
      `the schedule's zone name "${plainText(conference.timeZoneName)}" is not a zone; ignored`,
    );
  }
  if (withoutOffset === 0 && offsets.size === 1) {
    // Exact instants at one offset, but which clock? Shown at a fixed offset they would miss the
    // venue's daylight-saving time and its name: the zone is asked for, with the zones that fit.
    const [offset = 0] = [...offsets];
    const sample = events.find(
      (event) => event.date !== undefined && OFFSET.test(event.date.trim()) && !Number.isNaN(Date.parse(event.date)),
    )?.date;
    return {
      error: `the schedule names no time zone; its times are all at ${offsetText(offset)}`,
      hints: sample === undefined ? [] : zonesAtOffset(offset, new Date(sample.trim())),
    };
  }
  return {
    error:
      withoutOffset > 0
        ? 'the schedule names no time zone and its times carry no offset'
        : 'the schedule names no time zone and its times are at more than one offset',
  };
}

function cancelledBy(event: FrabEvent): boolean {
  if (event.status !== undefined && /^cancel+ed$/i.test(event.status.trim())) return true;
  return /^\s*[[(]?\s*(?:cancel+ed|abgesagt)\b/i.test(event.title ?? '');
}

function httpUrl(text: string | undefined): string | undefined {
  return text === undefined ? undefined : (normalizeUrl(text, ['http:', 'https:']) ?? undefined);
}

export interface FrabSource {
  readonly format: ImportFormat;
  readonly bytes: Uint8Array;
  readonly conference: FrabConference;
  readonly events: readonly FrabEvent[];
  readonly diagnostics: Diagnostics;
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
  const sessions: Session[] = [];
  const repeatedIds = new Map<string, number>();
  for (const event of events)
    if (event.id !== undefined) repeatedIds.set(event.id, (repeatedIds.get(event.id) ?? 0) + 1);
  const guids = new Map<string, number>();
  for (const event of events) if (event.guid !== undefined) guids.set(event.guid, (guids.get(event.guid) ?? 0) + 1);
  // The source's id: the guid when it is unique, else the guid or id it has (SessionIds tells repeated ones apart).
  const sourceIdOf = (event: FrabEvent) =>
    event.guid !== undefined && guids.get(event.guid) === 1 ? event.guid : (event.guid ?? event.id);
  const preferredOf = (event: FrabEvent) => {
    const preferred = sourceIdOf(event);
    return preferred === undefined ? undefined : sessionIdFrom(preferred);
  };
  const ids = new SessionIds(diagnostics, repeatedOf(events.flatMap((event) => preferredOf(event) ?? [])));
  const afterMidnight: string[] = [];
  let daysFormDurations = 0;
  const dayChange = wallTime(conference.dayChange);

  /**
   * The conference day an event is listed under, when it is not the day it starts: a session after
   * midnight (before the day change, 06:00 without one) belongs to the night of the day before. Any other
   * disagreement is a mistake of the file: the event is placed by its start, which its calendar agrees
   * with, and named.
   */
  const nightEnds = dayChange ? dayChange.hour * 60 + dayChange.minute : 6 * 60;
  const listedDayOf = (event: FrabEvent, start: Date, startDay: string): string | undefined => {
    const listed = event.day === undefined ? null : parseCivilDate(event.day);
    if (listed === null || formatCivilDate(listed) === startDay) return undefined;
    const wall = toIsoInZone(start, zone.zone);
    const minutes = Number(wall.slice(11, 13)) * 60 + Number(wall.slice(14, 16));
    if (formatCivilDate(addDays(listed, 1)) === startDay && minutes < nightEnds) {
      afterMidnight.push(plainText(event.title ?? '').trim());
      return formatCivilDate(listed);
    }
    diagnostics.warning(
      event.line,
      `event "${plainText(event.title ?? '').trim()}" (${event.where}) is listed under ${formatCivilDate(listed)} but starts on ${startDay} at ${wall.slice(11, 16)}; shown on the day it starts`,
    );
    return undefined;
  };

  const readEvent = (event: FrabEvent) => {
    const title = plainText(event.title ?? '').trim();
    const what = `event "${title === '' ? '(untitled)' : title}" (${event.where})`;
    const fail = (reason: string) => {
      diagnostics.error(event.line, `${what}: ${reason}; not imported`);
    };
    if (title === '') {
      fail('it has no title');
      return;
    }
    let start: Date | null = null;
    const date = event.date?.trim();
    if (date !== undefined && OFFSET.test(date)) {
      // Date.parse rolls February 30 over to March 2 and takes 24:00 and year 0: refused instead, as is an
      // offset that cannot be read (+99:99).
      if (Number.isNaN(Date.parse(date)) || !isRealDateTime(date)) {
        fail(`its start "${plainText(date).slice(0, 40)}" is not a real date and time`);
        return;
      }
      start = new Date(date);
    } else {
      // No offset: the wall time (from `date`, else the day and `start`) in the conference's zone.
      const localDate = date !== undefined ? /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(date) : null;
      const day = parseCivilDate(localDate?.[1] ?? event.day ?? '');
      const time = wallTime(localDate?.[2] ?? event.start);
      if (day && time) {
        // Pentabarf: a start before the day change is on the calendar day after the conference day.
        const calendarDay =
          localDate === null && dayChange && time.hour * 60 + time.minute < dayChange.hour * 60 + dayChange.minute
            ? addDays(day, 1)
            : day;
        start = wallTimeToInstant(calendarDay, time, zone.zone);
      }
    }
    if (start === null) {
      fail(`its start ("${plainText(event.date ?? event.start ?? '')}") is not a date and time`);
      return;
    }
    const duration = parseDuration(event.duration);
    if (duration === null) {
      fail(`its duration "${plainText(event.duration ?? '')}" is not HH:MM`);
      return;
    }
    if (duration.daysForm) daysFormDurations++;
    const end = new Date(start.getTime() + duration.minutes * MINUTE_MS);
    const startDay = civilDateInZone(start, zone.zone);
    const day = listedDayOf(event, start, startDay);

    const id = ids.take(
      preferredOf(event) ?? `${startDay}-${slugify(title, 64) || 'session'}`,
      what,
      event.line,
      contentKey(title, start, plainText(event.room ?? '').trim() || undefined),
    );
    const text = [event.abstract, event.description]
      .map((part) => richText(part ?? ''))
      .filter((part, i, all) => part.text !== '' && (i === 0 || part.text !== all[0]?.text));
    const links: Link[] = [];
    const addLink = (link: Link) => {
      if (!links.some((other) => other.url === link.url)) links.push(link);
    };
    for (const link of event.links) {
      const url = normalizeUrl(link.url, ['http:', 'https:', 'mailto:']);
      if (url !== null) addLink({ text: plainText(link.title).trim() || url, url });
      else
        diagnostics.warning(
          event.line,
          `${what}: link "${plainText(link.url).slice(0, 120)}" is not http(s) or mailto; left out`,
        );
    }
    for (const part of text) for (const link of part.links) addLink(link);
    const url = httpUrl(event.url);
    const cancelled = cancelledBy(event);
    if (cancelled) diagnostics.warning(event.line, `${what} is cancelled; kept, marked cancelled`);
    const room = plainText(event.room ?? '').trim();
    const optional = (value: string | undefined) => {
      const cleaned = plainText(value ?? '').trim();
      return cleaned === '' ? undefined : cleaned;
    };
    const subtitle = optional(event.subtitle);
    const track = optional(event.track);
    const language = optional(event.language);
    const preferred = sourceIdOf(event);
    const sourceId = preferred !== undefined && preferred !== id ? preferred : undefined;
    sessions.push({
      id,
      title,
      ...(subtitle === undefined ? {} : { subtitle }),
      start: toIsoInZone(start, zone.zone),
      end: toIsoInZone(end, zone.zone),
      ...(day === undefined ? {} : { day }),
      type: optional(event.type) ?? 'Session',
      ...(track === undefined ? {} : { track }),
      ...(language === undefined ? {} : { language }),
      ...(cancelled ? { status: 'cancelled' as const } : {}),
      ...(sourceId === undefined ? {} : { sourceId }),
      ...(room === '' ? {} : { room: { name: room } }),
      ...(url === undefined ? {} : { url }),
      people: event.persons.map((person) => plainText(person).trim()).filter((person) => person !== ''),
      description: text.map((part) => part.text).join('\n\n'),
      links,
    });
  };
  events.forEach((event, index) => {
    options.onProgress?.(index / events.length);
    // One event that cannot be read costs that event: named, and the rest imports.
    try {
      readEvent(event);
    } catch (error) {
      const title = plainText(event.title ?? '').trim() || '(untitled)';
      diagnostics.error(
        event.line,
        `event "${title}" (${event.where}) cannot be read (${error instanceof Error ? error.message.slice(0, 120) : 'unreadable'}); not imported`,
      );
    }
  });
  options.onProgress?.(1);

  const repeated = [...repeatedIds.entries()].filter(([, count]) => count > 1).map(([id]) => id);
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
  if (sessions.length === 0) {
    return importFailure('no-sessions', `no event could be read (${events.length} in the file)`, diagnostics.sorted());
  }
  const declaredDays = conference.days.filter((day) => parseCivilDate(day) !== null);
  const title = plainText(conference.title ?? conference.acronym ?? '').trim() || 'Untitled schedule';
  const url = httpUrl(conference.url);
  const place = plainText(conference.place ?? '').trim();
  return assembleSchedule({
    format: source.format,
    bytes: source.bytes,
    ...(options.fileName === undefined ? {} : { fileName: options.fileName }),
    conference: {
      // The schedule names itself: the same conference from a file or an address is one conference.
      id: slugify(conference.acronym ?? '', 64) || slugify(title, 64),
      title,
      timeZone: zone.zone,
      ...(url === undefined ? {} : { url }),
      ...(place === '' ? {} : { place }),
      description: '',
    },
    sessions,
    days: declaredDays.map((day) => formatCivilDate(parseCivilDate(day) ?? { year: 1970, month: 1, day: 1 })),
    diagnostics,
  });
}
