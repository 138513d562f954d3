/**
 * The occurrences of a calendar's events: each event that does not recur, and each occurrence of one
 * that does (RRULE, with its exceptions by RECURRENCE-ID), expanded within the conference's days only.
 */
import ICAL from 'ical.js';
import { addDays, civilDateInZone, formatCivilDate, parseCivilDate, startOfDayInZone } from '../../schedule/time';
import type { Diagnostics } from '../core/diagnostics';
import { plainText } from '../core/html-text';
import {
  BadValue,
  DAY_MS,
  perEvent,
  stringValue,
  timeProperty,
  type Component,
  type Time,
  type WallValue,
} from './values';
import type { ZoneReader } from './zones';

/** A recurring event with no end is expanded at most this many times, and only within the conference. */
const MAX_OCCURRENCES = 500;
/** A recurring event's rule is followed this many steps at most, kept or not (see the expansion). */
const MAX_STEPS = 20_000;

export interface Occurrence {
  readonly item: Component;
  readonly start: WallValue;
  readonly end?: WallValue;
  readonly duration?: number;
  /** Set for the expansion of a recurring event: the occurrence's own start, for its id. */
  readonly recurrence?: string;
}

/** ical.js types next() as always returning a Time; at the end of a finite rule it returns null. */
function nextOccurrence(iterator: { next(): unknown }): Time | null {
  const next = iterator.next();
  return next instanceof ICAL.Time ? next : null;
}

/** `20241103T0130`: an occurrence's RECURRENCE-ID, as it goes into its session id. */
export function stamp(time: Time): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(time.year)}${pad(time.month)}${pad(time.day)}T${pad(time.hour)}${pad(time.minute)}`;
}

/** An event that does not recur, as it is written (or left out, named, when a value cannot be read). */
function singleOccurrence(vevent: Component, diagnostics: Diagnostics): Occurrence | undefined {
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
  if (!read) return undefined;
  const { start, end, duration } = read;
  return {
    item: vevent,
    start,
    ...(end === undefined ? {} : { end }),
    ...(duration instanceof ICAL.Duration ? { duration: duration.toSeconds() } : {}),
  };
}

/** The conference's days, from the events that do not recur, as instants: [start, end) in `zone`. */
function conferenceSpan(occurrences: readonly Occurrence[], reader: ZoneReader, zone: string) {
  const fixedDays = occurrences
    .map((occurrence) => reader.instant(occurrence.start.time, occurrence.start.tzid))
    .filter((value): value is Date => value instanceof Date)
    .map((date) => civilDateInZone(date, zone))
    .sort();
  const firstDay = fixedDays[0];
  const lastDay = parseCivilDate(fixedDays[fixedDays.length - 1] ?? '');
  return {
    start: firstDay === undefined ? undefined : startOfDayInZone(firstDay, zone)?.getTime(),
    end: lastDay ? startOfDayInZone(formatCivilDate(addDays(lastDay, 1)), zone)?.getTime() : undefined,
  };
}

interface Expansion {
  readonly found: Occurrence[];
  readonly skipped: number;
  readonly cut: boolean;
}

/** A recurring event's occurrences within `span` (a year from its first without one), bounded in steps. */
function expand(
  master: Component,
  exceptions: Component[],
  reader: ZoneReader,
  span: { readonly start: number | undefined; readonly end: number | undefined },
): Expansion {
  const masterStart = timeProperty(master, 'dtstart');
  if (!masterStart) throw new BadValue('it has no DTSTART');
  const event = new ICAL.Event(master, { exceptions, strictExceptions: false });
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
    const horizon = span.end ?? first + 366 * DAY_MS;
    if (!(time < horizon) || found.length >= MAX_OCCURRENCES) {
      skipped++;
      break;
    }
    if (span.start !== undefined && time < span.start) {
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
}

function reportExpansion(title: string, expanded: Expansion, bounded: boolean, diagnostics: Diagnostics): void {
  const within = bounded
    ? 'those within the conference’s days'
    : `within a year of the first, ${MAX_OCCURRENCES} at most`;
  diagnostics.warning(
    undefined,
    `"${plainText(title)}" recurs (RRULE): ${expanded.found.length} occurrence(s) imported, ${within}${
      expanded.cut
        ? `; it recurs so often that only its first ${MAX_STEPS.toLocaleString('en-US')} steps were read`
        : expanded.skipped > 0
          ? '; later or earlier ones are left out'
          : ''
    }`,
  );
}

/** Every occurrence of the calendar's events; recurring ones are expanded within the conference's days in `spanZone`. */
export function occurrencesOf(
  vevents: readonly Component[],
  reader: ZoneReader,
  spanZone: string,
  diagnostics: Diagnostics,
): Occurrence[] {
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
  const orphans = [...exceptions].flatMap(([uid, list]) => (masters.has(uid) ? [] : list));
  const occurrences = [...single, ...orphans].flatMap((vevent) => singleOccurrence(vevent, diagnostics) ?? []);
  const span = conferenceSpan(occurrences, reader, spanZone);
  for (const [uid, master] of masters) {
    const title = stringValue(master, 'summary') ?? '(untitled)';
    const expanded = perEvent(diagnostics, master, () => expand(master, exceptions.get(uid) ?? [], reader, span));
    if (!expanded) continue;
    occurrences.push(...expanded.found);
    reportExpansion(title, expanded, span.start !== undefined, diagnostics);
  }
  return occurrences;
}
