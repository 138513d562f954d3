/**
 * A calendar's own VTIMEZONE as an offset at each instant, so that its local times are read as RFC 5545
 * §3.3.5 says: a time that happens twice is its first occurrence, a time the clocks skip is moved
 * forward. ical.js (2.2) converts such times the other way (the second occurrence; a skipped 02:30 back
 * to 01:30), so only its parsing and its recurrence rules are used here.
 *
 * Each observance (STANDARD, DAYLIGHT) starts at its DTSTART, RDATEs and RRULE occurrences, written in
 * the local time in force before it (TZOFFSETFROM); from then on TZOFFSETTO holds.
 */
import ICAL from 'ical.js';

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;

/** A rule's onsets are read this many at most: a rule at a seconds frequency would never end. */
const MAX_ONSETS_PER_RULE = 5000;

interface Onset {
  /** The instant it starts, ms since 1970 UTC. */
  readonly at: number;
  /** Offsets from UTC in ms: before and from this onset. */
  readonly from: number;
  readonly to: number;
}

function offsetMs(component: Component, name: string): number | null {
  const value: unknown = component.getFirstPropertyValue(name);
  return value instanceof ICAL.UtcOffset ? value.toSeconds() * 1000 : null;
}

function wallMs(time: Time, clock: Time = time): number {
  return Date.UTC(time.year, time.month - 1, time.day, clock.hour, clock.minute, clock.second);
}

/** The onsets of one observance up to the end of `untilYear`. */
function onsetsOf(observance: Component, untilYear: number): Onset[] {
  const start: unknown = observance.getFirstPropertyValue('dtstart');
  const from = offsetMs(observance, 'tzoffsetfrom');
  const to = offsetMs(observance, 'tzoffsetto');
  if (!(start instanceof ICAL.Time) || from === null || to === null) return [];
  const onset = (time: Time, clock: Time = time): Onset => ({ at: wallMs(time, clock) - from, from, to });
  const onsets: Onset[] = [onset(start)];
  for (const property of observance.getAllProperties('rdate')) {
    for (const value of property.getValues()) {
      if (value instanceof ICAL.Time) onsets.push(value.isDate ? onset(value, start) : onset(value));
    }
  }
  const rule: unknown = observance.getFirstPropertyValue('rrule');
  if (rule instanceof ICAL.Recur) {
    const iterator = rule.iterator(start);
    for (let count = 0; count < MAX_ONSETS_PER_RULE; count++) {
      const next: unknown = iterator.next();
      if (!(next instanceof ICAL.Time) || next.year > untilYear) break;
      onsets.push(onset(next));
    }
  }
  return onsets;
}

/**
 * The offset (ms) of the VTIMEZONE at an instant, or null when it has no usable observance. Onsets are
 * expanded to a year after the latest instant asked about.
 */
export function vtimezoneOffsets(vtimezone: Component): ((utcMs: number) => number) | null {
  const observances = [...vtimezone.getAllSubcomponents('standard'), ...vtimezone.getAllSubcomponents('daylight')];
  let expandedUntil = Number.NEGATIVE_INFINITY;
  let onsets: Onset[] = [];
  const expand = (year: number) => {
    expandedUntil = year + 1;
    onsets = observances.flatMap((observance) => onsetsOf(observance, expandedUntil)).sort((a, b) => a.at - b.at);
  };
  expand(new Date().getUTCFullYear());
  if (onsets.length === 0) return null;
  return (utcMs) => {
    const year = new Date(utcMs).getUTCFullYear();
    if (year >= expandedUntil) expand(year);
    // The last onset at or before the instant (binary search: the onsets are sorted).
    let low = 0;
    let high = onsets.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if ((onsets[middle]?.at ?? Number.POSITIVE_INFINITY) <= utcMs) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    const onset = onsets[found];
    return onset ? onset.to : (onsets[0]?.from ?? 0);
  };
}
