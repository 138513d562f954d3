/**
 * iCalendar (RFC 5545) feeds, as Sched, Indico, pretalx or any calendar publish them, read with ical.js:
 * VEVENTs with TZID and their VTIMEZONE, UTC times, floating times with X-WR-TIMEZONE, DTEND or DURATION,
 * folded lines and escaped text (ical.js unfolds and unescapes), recurring events expanded within the
 * conference's days (or reported).
 *
 * Instants: a UTC time is exact; a TZID with a VTIMEZONE in the file is converted by ical.js with that
 * VTIMEZONE (the file's own rules, as RFC 5545 §3.6.5 wants); a TZID the file does not define but the zone
 * database knows is converted with Intl; a floating time is read in X-WR-TIMEZONE or the zone given.
 */
import ICAL from 'ical.js';
import { mendStructure } from './icalendar-structure';
import {
  addDays,
  civilDateInZone,
  formatCivilDate,
  isValidTimeZone,
  parseCivilDate,
  startOfDayInZone,
  toIsoInZone,
  wallTimeToInstant,
  wallTimeToInstantBy,
  zonesAtOffset,
} from '../schedule/time';
import type { Link, Session } from '../schedule/types';
import { normalizeUrl } from '../schedule/validate';
import { assembleSchedule } from './core/assemble';
import { Diagnostics } from './core/diagnostics';
import { plainText } from './core/html-text';
import { contentKey, repeatedOf, SessionIds, sessionIdFrom, shortHash } from './core/ids';
import { importFailure, type ImportOptions, type ImportResult } from './core/result';
import { richText } from './core/rich-text';
import { slugify } from './core/slug';
import { resolveZoneName } from './core/zone-names';
import { vtimezoneOffsets } from './icalendar-zones';

type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;
type Time = InstanceType<typeof ICAL.Time>;

const DAY_MS = 24 * 60 * 60 * 1000;
/** A recurring event with no end is expanded at most this many times, and only within the conference. */
const MAX_OCCURRENCES = 500;
/** A recurring event's rule is followed this many steps at most, kept or not (see the expansion). */
const MAX_STEPS = 20_000;

function stringValue(component: Component, name: string): string | undefined {
  const value: unknown = component.getFirstPropertyValue(name);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** What a DTSTART or DTEND says: the wall time (or date) and how to read it. */
interface WallValue {
  readonly time: Time;
  readonly tzid?: string;
}

/** A value of one event that cannot be read: that event is left out, with this message, and the rest imports. */
class BadValue extends Error {}

/** Whether ical.js read `raw` (jCal: `2025-02-30T25:00:00`) as written, or rolled an impossible date over. */
function isAsWritten(raw: string, time: Time): boolean {
  const fields = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}))?/.exec(raw);
  if (!fields) return false;
  const [year, month, day, hour = 0, minute = 0, second = 0] = fields
    .slice(1)
    .map((part: string | undefined) => (part === undefined ? 0 : Number(part)));
  return (
    year !== undefined &&
    year >= 1 &&
    year === time.year &&
    month === time.month &&
    day === time.day &&
    (time.isDate || (hour === time.hour && minute === time.minute && second <= 59))
  );
}

function timeProperty(component: Component, name: string): WallValue | undefined {
  const property: Property | null = component.getFirstProperty(name);
  if (!property) return undefined;
  let value: unknown;
  try {
    value = property.getFirstValue();
  } catch {
    throw new BadValue(`its ${name.toUpperCase()} is not a date and time`);
  }
  if (!(value instanceof ICAL.Time)) return undefined;
  // ical.js rolls an impossible value over (February 30 is March 2, 25:00 the next day): refused instead.
  const raw: unknown = property.jCal[3];
  if (typeof raw !== 'string' || !isAsWritten(raw, value)) {
    throw new BadValue(
      `its ${name.toUpperCase()} "${plainText(String(raw)).slice(0, 40)}" is not a real date${value.isDate ? '' : ' and time'}`,
    );
  }
  const tzid: unknown = property.getParameter('tzid');
  return typeof tzid === 'string' ? { time: value, tzid } : { time: value };
}

/** `read()`, or undefined with an error naming the event when one of its values cannot be read. */
function perEvent<T>(diagnostics: Diagnostics, item: Component, read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    const title = plainText(stringValue(item, 'summary') ?? '(untitled)').trim() || '(untitled)';
    const uid = stringValue(item, 'uid');
    const reason =
      error instanceof BadValue
        ? error.message
        : `a value cannot be read (${error instanceof Error ? (error.message.split('\n')[0] ?? '') : 'unreadable'})`;
    diagnostics.error(
      undefined,
      `event "${title}"${uid === undefined ? '' : ` (UID ${plainText(uid).slice(0, 80)})`}: ${plainText(reason).slice(0, 200)}; not imported`,
    );
    return undefined;
  }
}

/** ical.js types next() as always returning a Time; at the end of a finite rule it returns null. */
function nextOccurrence(iterator: { next(): unknown }): Time | null {
  const next = iterator.next();
  return next instanceof ICAL.Time ? next : null;
}

interface ZoneReader {
  /** The instant, or an error message. */
  instant(value: Time, tzid: string | undefined): Date | string;
}

/** The file's own zones: each TZID it defines, with its offsets (null: ical.js's reading is all there is). */
type FileZones = ReadonlyMap<string, ((utcMs: number) => number) | null>;

function zoneReader(registered: FileZones, floatingZone: string | undefined): ZoneReader {
  return {
    instant(value, tzid) {
      const wall = { year: value.year, month: value.month, day: value.day };
      const clock = value.isDate ? { hour: 0, minute: 0 } : { hour: value.hour, minute: value.minute };
      if (value.zone === ICAL.Timezone.utcTimezone) return new Date(value.toUnixTime() * 1000);
      if (tzid !== undefined && registered.has(tzid)) {
        const offsets = registered.get(tzid);
        return offsets ? wallTimeToInstantBy(wall, clock, offsets) : new Date(value.toUnixTime() * 1000);
      }
      if (tzid !== undefined) {
        const named = resolveZoneName(tzid.replace(/^\//, ''));
        if (named && isValidTimeZone(named.zone)) return wallTimeToInstant(wall, clock, named.zone);
        return `its TZID "${plainText(tzid)}" is neither defined in the file nor a zone name`;
      }
      if (floatingZone === undefined) return 'floating';
      return wallTimeToInstant(wall, clock, floatingZone);
    },
  };
}

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

/** `20241103T0130`: an occurrence's RECURRENCE-ID, as it goes into its session id. */
function stamp(time: Time): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(time.year)}${pad(time.month)}${pad(time.day)}T${pad(time.hour)}${pad(time.minute)}`;
}

/**
 * The id the calendar gives an occurrence: its UID (the part before "@": Itinerary's own export writes
 * "<session id>@<conference id>"), with its RECURRENCE-ID when it is one occurrence of a recurring event.
 * Undefined without a UID. Whether it is unique is SessionIds' business.
 */
function preferredId(occurrence: Occurrence): string | undefined {
  const uid = stringValue(occurrence.item, 'uid')?.trim();
  if (uid === undefined) return undefined;
  const base = /^([A-Za-z0-9][A-Za-z0-9_.-]{0,127})@[^@\s]+$/.exec(uid)?.[1] ?? sessionIdFrom(uid);
  const recurrenceId: unknown = occurrence.item.getFirstPropertyValue('recurrence-id');
  const recurrence = occurrence.recurrence ?? (recurrenceId instanceof ICAL.Time ? stamp(recurrenceId) : undefined);
  return recurrence === undefined ? base : `${base.slice(0, 100)}-${recurrence}`;
}

/** The frequency of a VTIMEZONE observance's rule, when it is more often than daily ("second", "minute", "hour"). */
function subDailyRule(vtimezone: Component): string | undefined {
  for (const observance of vtimezone.getAllSubcomponents()) {
    let rule: unknown;
    try {
      rule = observance.getFirstPropertyValue('rrule');
    } catch {
      continue;
    }
    if (rule instanceof ICAL.Recur && ['SECONDLY', 'MINUTELY', 'HOURLY'].includes(rule.freq))
      return rule.freq.replace(/LY$/, '').toLowerCase();
  }
  return undefined;
}

interface Occurrence {
  readonly item: Component;
  readonly start: WallValue;
  readonly end?: WallValue;
  readonly duration?: number;
  /** Set for the expansion of a recurring event: the occurrence's own start, for its id. */
  readonly recurrence?: string;
}

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
  const registered = new Map<string, ((utcMs: number) => number) | null>();
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    const tzid = stringValue(vtimezone, 'tzid');
    if (tzid === undefined || ICAL.TimezoneService.has(tzid)) continue;
    // A zone changes its offset a few times a year: a rule at a seconds, minutes or hours frequency is no
    // zone, and ical.js would expand it without end. Its events are read by the zone database, if it knows
    // the name, or named and left out.
    const subDaily = subDailyRule(vtimezone);
    if (subDaily !== undefined) {
      diagnostics.warning(
        undefined,
        `the time zone "${plainText(tzid).slice(0, 80)}" changes its offset every ${subDaily} (RRULE), which no zone does; its definition is ignored`,
      );
      // Removed, not only left unregistered: ical.js finds a TZID's VTIMEZONE in the calendar by itself.
      calendar.removeSubcomponent(vtimezone);
      continue;
    }
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone), tzid);
    registered.set(tzid, vtimezoneOffsets(vtimezone));
  }
  try {
    return readCalendar(calendar, registered, bytes, text, options, diagnostics);
  } finally {
    for (const tzid of registered.keys()) ICAL.TimezoneService.remove(tzid);
  }
}

/**
 * ical.js looks a time's TZID up among the calendar's components each time it reads one, and remembers
 * only the ones it finds: with a zone the file does not define (the zone database's name, as most
 * conference sites write), 100,000 events cost 100,000 walks over 100,000 components. The calendar's
 * lookup is answered once per TZID, found or not.
 */
function rememberZoneLookups(calendar: Component): void {
  const lookUp = calendar.getTimeZoneByID.bind(calendar);
  // ical.js's types say a Timezone; it returns null for a TZID it cannot find, and so does this.
  const answers = new Map<string, unknown>();
  Object.defineProperty(calendar, 'getTimeZoneByID', {
    value: (tzid: string) => {
      if (!answers.has(tzid)) answers.set(tzid, lookUp(tzid));
      return answers.get(tzid) ?? null;
    },
  });
}

function readCalendar(
  calendar: Component,
  registered: FileZones,
  bytes: Uint8Array,
  text: string,
  options: ImportOptions,
  diagnostics: Diagnostics,
): ImportResult {
  const wrZone = stringValue(calendar, 'x-wr-timezone');
  const given = options.timeZone === undefined ? undefined : resolveZoneName(options.timeZone);
  if (options.timeZone !== undefined && !given) {
    return importFailure('bad-option', `unknown time zone "${plainText(options.timeZone)}"`, [], ['timeZone']);
  }
  const calendarZone = wrZone === undefined ? undefined : resolveZoneName(wrZone);
  if (wrZone !== undefined && !calendarZone) {
    diagnostics.warning(undefined, `X-WR-TIMEZONE "${plainText(wrZone)}" is not a zone; ignored`);
  }
  const floatingZone = given?.zone ?? calendarZone?.zone;
  const reader = zoneReader(registered, floatingZone);
  const vevents = calendar.getAllSubcomponents('vevent');
  if (vevents.length === 0) return importFailure('no-sessions', 'the calendar has no events (VEVENT)');

  // The zone the conference is shown in: given, else the calendar's, else the TZID most events use.
  const tzids = new Map<string, number>();
  for (const vevent of vevents) {
    let tzid: string | undefined;
    try {
      tzid = timeProperty(vevent, 'dtstart')?.tzid;
    } catch {
      // Named, and left out, when the event itself is read.
    }
    if (tzid !== undefined) tzids.set(tzid, (tzids.get(tzid) ?? 0) + 1);
  }
  const commonTzid = [...tzids.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const commonZone = commonTzid === undefined ? undefined : resolveZoneName(commonTzid.replace(/^\//, ''))?.zone;
  const displayZone = given?.zone ?? calendarZone?.zone ?? commonZone;

  // Recurring events and their exceptions are grouped by UID; the rest stand alone.
  const masters = new Map<string, Component>();
  const exceptions = new Map<string, Component[]>();
  const single: Component[] = [];
  for (const vevent of vevents) {
    const uid = stringValue(vevent, 'uid');
    if (uid !== undefined && vevent.hasProperty('recurrence-id')) {
      exceptions.set(uid, [...(exceptions.get(uid) ?? []), vevent]);
    } else if (uid !== undefined && vevent.hasProperty('rrule')) masters.set(uid, vevent);
    else single.push(vevent);
  }

  const occurrences: Occurrence[] = [];
  const pushSingle = (vevent: Component) => {
    const read = perEvent(diagnostics, vevent, () => {
      const start = timeProperty(vevent, 'dtstart');
      if (!start) throw new BadValue('it has no DTSTART');
      const end = timeProperty(vevent, 'dtend');
      let duration: unknown;
      try {
        duration = vevent.getFirstPropertyValue('duration');
      } catch {
        throw new BadValue('its DURATION is not a duration');
      }
      return { start, end, duration };
    });
    if (!read) return;
    const { start, end, duration } = read;
    occurrences.push({
      item: vevent,
      start,
      ...(end === undefined ? {} : { end }),
      ...(duration instanceof ICAL.Duration ? { duration: duration.toSeconds() } : {}),
    });
  };
  single.forEach(pushSingle);
  for (const [uid, list] of exceptions) {
    if (!masters.has(uid)) list.forEach(pushSingle);
  }

  // The conference's days, from the events that do not recur: recurring ones are expanded within them.
  const spanZone = displayZone ?? 'UTC';
  const fixedDays = occurrences
    .map((occurrence) => reader.instant(occurrence.start.time, occurrence.start.tzid))
    .filter((value): value is Date => value instanceof Date)
    .map((date) => civilDateInZone(date, spanZone))
    .sort();
  const firstDay = fixedDays[0];
  const lastDay = parseCivilDate(fixedDays[fixedDays.length - 1] ?? '');
  const spanStart = firstDay === undefined ? undefined : startOfDayInZone(firstDay, spanZone)?.getTime();
  const spanEnd = lastDay ? startOfDayInZone(formatCivilDate(addDays(lastDay, 1)), spanZone)?.getTime() : undefined;
  for (const [uid, master] of masters) {
    const title = stringValue(master, 'summary') ?? '(untitled)';
    const expanded = perEvent(diagnostics, master, () => {
      const masterStart = timeProperty(master, 'dtstart');
      if (!masterStart) throw new BadValue('it has no DTSTART');
      const event = new ICAL.Event(master, { exceptions: exceptions.get(uid) ?? [], strictExceptions: false });
      const iterator = event.iterator();
      const found: Occurrence[] = [];
      let skipped = 0;
      let steps = 0;
      let first: number | undefined;
      for (let next = nextOccurrence(iterator); next !== null; next = nextOccurrence(iterator)) {
        // A rule at a seconds or minutes frequency that starts years before the conference would take
        // forever to reach it: the steps are counted too, not only the occurrences kept.
        if (++steps > MAX_STEPS) {
          skipped++;
          break;
        }
        const details = event.getOccurrenceDetails(next);
        const at = reader.instant(details.startDate, masterStart.tzid);
        const time = at instanceof Date ? at.getTime() : Number.NaN;
        first ??= time;
        // Without days of its own, a calendar of recurring events is read for a year at most.
        const horizon = spanEnd ?? first + 366 * DAY_MS;
        if (!(time < horizon) || found.length >= MAX_OCCURRENCES) {
          skipped++;
          break;
        }
        if (spanStart !== undefined && time < spanStart) {
          skipped++;
          continue;
        }
        const tzid = masterStart.tzid === undefined ? {} : { tzid: masterStart.tzid };
        found.push({
          item: details.item.component,
          start: { time: details.startDate, ...tzid },
          end: { time: details.endDate, ...tzid },
          recurrence: stamp(details.recurrenceId),
        });
      }
      return { found, skipped, cut: steps > MAX_STEPS };
    });
    if (!expanded) continue;
    occurrences.push(...expanded.found);
    const bounded =
      spanStart === undefined
        ? `within a year of the first, ${MAX_OCCURRENCES} at most`
        : 'those within the conference’s days';
    diagnostics.warning(
      undefined,
      `"${plainText(title)}" recurs (RRULE): ${expanded.found.length} occurrence(s) imported, ${bounded}${
        expanded.cut
          ? `; it recurs so often that only its first ${MAX_STEPS.toLocaleString('en-US')} steps were read`
          : expanded.skipped > 0
            ? '; later or earlier ones are left out'
            : ''
      }`,
    );
  }

  if (occurrences.some((occurrence) => reader.instant(occurrence.start.time, occurrence.start.tzid) === 'floating')) {
    return importFailure(
      'needs-input',
      'the calendar’s times are "floating" (no zone) and it names no zone (X-WR-TIMEZONE); the zone they are in is needed',
      diagnostics.sorted(),
      ['timeZone'],
    );
  }
  if (displayZone === undefined) {
    // Exact instants, but no word of the venue's clock: shown in UTC they would be an hour or two off
    // it, with nothing said. The zone is asked for (the CLI: --time-zone).
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
  const zone = displayZone;

  const product = stringValue(calendar, 'prodid') ?? '';
  const pretalx = /pretalx/i.test(product);
  const calendarName = stringValue(calendar, 'x-wr-calname');
  const ids = new SessionIds(diagnostics, repeatedOf(occurrences.flatMap((o) => preferredId(o) ?? [])));
  const sessions: Session[] = [];
  occurrences.forEach((occurrence, index) => {
    options.onProgress?.(index / occurrences.length);
    // One event whose value cannot be read costs that event only.
    perEvent(diagnostics, occurrence.item, () => {
      const { item } = occurrence;
      let title = plainText(stringValue(item, 'summary') ?? '').trim();
      const uid = stringValue(item, 'uid');
      const what = `event "${title || '(untitled)'}"${uid === undefined ? '' : ` (UID ${plainText(uid).slice(0, 80)})`}`;
      const start = reader.instant(occurrence.start.time, occurrence.start.tzid);
      if (typeof start === 'string') {
        diagnostics.error(undefined, `${what}: ${start}; not imported`);
        return;
      }
      let end: Date | string = start;
      if (occurrence.end) end = reader.instant(occurrence.end.time, occurrence.end.tzid);
      else if (occurrence.duration !== undefined) end = new Date(start.getTime() + occurrence.duration * 1000);
      else if (occurrence.start.time.isDate) end = new Date(start.getTime() + DAY_MS);
      if (typeof end === 'string') {
        diagnostics.error(undefined, `${what}: its end ${end}; not imported`);
        return;
      }
      if (end.getTime() < start.getTime()) {
        diagnostics.error(undefined, `${what} ends before it starts; not imported`);
        return;
      }
      if (title === '') {
        diagnostics.error(undefined, `${what} has no SUMMARY (title); not imported`);
        return;
      }
      if (occurrence.start.time.isDate)
        diagnostics.warning(undefined, `${what} is an all-day event; kept as a whole day`);
      let people: string[] = [];
      // pretalx writes "Title - Speaker, Speaker" as the summary.
      const dash = title.lastIndexOf(' - ');
      if (pretalx && dash > 0) {
        people = title
          .slice(dash + 3)
          .split(/,\s*|\s+and\s+/)
          .map((person) => person.trim())
          .filter((person) => person !== '');
        title = title.slice(0, dash).trim();
      }
      const rawDescription = stringValue(item, 'description') ?? '';
      const speakers = speakersLine(rawDescription);
      if (people.length === 0) people = speakers.people.map((person) => plainText(person).trim());
      // A calendar that names the speaker only as the event's organizer (ORGANIZER;CN=…): better than no one.
      if (people.length === 0) people = organizerName(item);
      const described = richText(speakers.rest);
      const links: Link[] = [...described.links];
      const url = normalizeUrl(stringValue(item, 'url') ?? '', ['http:', 'https:']) ?? undefined;
      const status = stringValue(item, 'status')?.toUpperCase();
      if (status === 'CANCELLED') diagnostics.warning(undefined, `${what} is cancelled; kept, marked cancelled`);
      const categories: unknown = item.getFirstPropertyValue('categories');
      const type =
        typeof categories === 'string' && categories.trim() !== '' ? plainText(categories).trim() : 'Session';
      const location = plainText(stringValue(item, 'location') ?? '').trim();
      const id = ids.take(
        preferredId(occurrence) ?? `${civilDateInZone(start, zone)}-${slugify(title, 64) || 'event'}`,
        what,
        undefined,
        contentKey(title, start, location === '' ? undefined : location),
      );
      const sourceId = uid !== undefined && uid !== id ? plainText(uid) : undefined;
      sessions.push({
        id,
        title,
        start: toIsoInZone(start, zone),
        end: toIsoInZone(end, zone),
        type,
        ...(status === 'CANCELLED' ? { status: 'cancelled' as const } : {}),
        ...(sourceId === undefined ? {} : { sourceId }),
        ...(location === '' ? {} : { room: { name: location } }),
        ...(url === undefined ? {} : { url }),
        people,
        description: described.text,
        links: links.filter((link, i) => links.findIndex((other) => other.url === link.url) === i),
      });
    });
  });

  options.onProgress?.(1);
  if (sessions.length === 0) {
    return importFailure(
      'no-sessions',
      `no event could be read (${occurrences.length} in the calendar)`,
      diagnostics.sorted(),
    );
  }
  const title = plainText(calendarName ?? '').trim() || 'Calendar';
  const description = richText(stringValue(calendar, 'x-wr-caldesc') ?? '').text;
  // The calendar names itself; without a name, the domain its UIDs share, else its events, name it.
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
  return assembleSchedule({
    format: 'icalendar',
    bytes: bytes.length > 0 ? bytes : new TextEncoder().encode(text),
    ...(options.fileName === undefined ? {} : { fileName: options.fileName }),
    conference: { id, title, timeZone: zone, description },
    sessions,
    diagnostics,
  });
}
