/**
 * The zones of an iCalendar file: its own VTIMEZONEs (registered with ical.js for as long as an import
 * reads its times), the instant of a wall time by TZID, UTC or the floating zone, and the zones the
 * calendar is read and shown in.
 */
import ICAL from 'ical.js';
import { isValidTimeZone, wallTimeToInstant, wallTimeToInstantBy } from '../../schedule/time';
import type { Diagnostics } from '../core/diagnostics';
import { plainText } from '../core/html-text';
import type { ImportOptions, ImportResult } from '../core/result';
import { givenZone, unknownZoneFailure } from '../core/zone-option';
import { resolveZoneName } from '../core/zone-names';
import { stringValue, timeProperty, type Component, type Time } from './values';
import { vtimezoneOffsets } from './vtimezone';

export interface ZoneReader {
  /** The instant, or an error message. */
  instant(value: Time, tzid: string | undefined): Date | string;
}

/** The file's own zones: each TZID it defines, with its offsets (null: ical.js's reading is all there is). */
export type FileZones = ReadonlyMap<string, ((utcMs: number) => number) | null>;

export function zoneReader(registered: FileZones, floatingZone: string | undefined): ZoneReader {
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

/**
 * Registers the file's VTIMEZONEs with ical.js and returns them with their offsets; the caller removes
 * them (forgetZones) once the import has read its times.
 */
export function registerZones(
  calendar: Component,
  diagnostics: Diagnostics,
): Map<string, ((utcMs: number) => number) | null> {
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
  return registered;
}

export function forgetZones(registered: FileZones): void {
  for (const tzid of registered.keys()) ICAL.TimezoneService.remove(tzid);
}

/**
 * ical.js looks a time's TZID up among the calendar's components each time it reads one, and remembers
 * only the ones it finds: with a zone the file does not define (the zone database's name, as most
 * conference sites write), 100,000 events cost 100,000 walks over 100,000 components. The calendar's
 * lookup is answered once per TZID, found or not.
 */
export function rememberZoneLookups(calendar: Component): void {
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

export interface CalendarZones {
  /** The zone a floating time is read in: the one given, else X-WR-TIMEZONE's. */
  readonly floating: string | undefined;
  /** The zone the conference is shown in: given, else the calendar's, else the TZID most events use. */
  readonly display: string | undefined;
}

/** The zones the calendar is read and shown in, or the refusal of a given zone that is no zone. */
export function calendarZones(
  calendar: Component,
  vevents: readonly Component[],
  options: ImportOptions,
  diagnostics: Diagnostics,
): CalendarZones | ImportResult {
  const wrZone = stringValue(calendar, 'x-wr-timezone');
  const given = givenZone(options);
  if (given.kind === 'unknown') return unknownZoneFailure(given);
  const givenName = given.kind === 'zone' ? given.resolved.zone : undefined;
  const calendarZone = wrZone === undefined ? undefined : resolveZoneName(wrZone);
  if (wrZone !== undefined && !calendarZone) {
    diagnostics.warning(undefined, `X-WR-TIMEZONE "${plainText(wrZone)}" is not a zone; ignored`);
  }
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
  return { floating: givenName ?? calendarZone?.zone, display: givenName ?? calendarZone?.zone ?? commonZone };
}
