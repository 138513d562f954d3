/**
 * The zone a frab schedule is shown in: the one given, else the one it names (checked against the
 * offsets its times carry), else asked for, with the zones that fit its one offset.
 */
import { offsetMinutesAt } from '../../schedule/time';
import { zonesAtOffset } from '../../schedule/zone-lookup';
import type { Diagnostics } from '../core/diagnostics';
import { plainText } from '../core/html-text';
import type { ImportOptions } from '../core/result';
import { resolveZoneName } from '../core/zone-names';
import { givenZone } from '../core/zone-option';
import type { FrabConference, FrabEvent } from './frab-model';
import { OFFSET, offsetText } from './frab-times';

export type SettledZone = { zone: string } | { error: string; unknown?: string; hints?: string[] };

/** The offset a written time carries ("+02:00" is 120, "Z" 0). */
function offsetOf(date: string): number {
  const match = /([+-])(\d{2}):?(\d{2})$/.exec(date);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** The first event whose date carries an offset that can be read. */
function sampleWithOffset(events: readonly FrabEvent[], trimmed: boolean): FrabEvent | undefined {
  return events.find(
    (event) =>
      event.date !== undefined &&
      OFFSET.test(trimmed ? event.date.trim() : event.date) &&
      !Number.isNaN(Date.parse(event.date)),
  );
}

/** The zone the schedule names, when it is one; a time whose offset disagrees with it is said. */
function namedZone(conference: FrabConference, events: readonly FrabEvent[], diagnostics: Diagnostics) {
  if (conference.timeZoneName === undefined) return undefined;
  const named = resolveZoneName(conference.timeZoneName);
  if (!named) {
    diagnostics.warning(
      undefined,
      `the schedule's zone name "${plainText(conference.timeZoneName)}" is not a zone; ignored`,
    );
    return undefined;
  }
  // The offsets decide the instants; a zone that disagrees with them only shows them differently.
  const sample = sampleWithOffset(events, false);
  if (sample?.date !== undefined) {
    const written = offsetOf(sample.date);
    if (offsetMinutesAt(new Date(sample.date), named.zone) !== written) {
      diagnostics.warning(
        undefined,
        `the schedule names the zone ${conference.timeZoneName}, but its times carry ${offsetText(written)} (${sample.where}); each time is read at its own offset and shown in ${named.zone}`,
      );
    }
  }
  return named.zone;
}

/** The zone to show the times in, and whether the file settles it. */
export function settleZone(
  conference: FrabConference,
  events: readonly FrabEvent[],
  options: ImportOptions,
  diagnostics: Diagnostics,
): SettledZone {
  const given = givenZone(options);
  if (given.kind === 'zone') return { zone: given.resolved.zone };
  if (given.kind === 'unknown') return { error: `unknown time zone "${given.shown}"`, unknown: given.text };
  const offsets = new Set<number>();
  let withoutOffset = 0;
  for (const event of events) {
    const date = event.date?.trim() ?? '';
    if (OFFSET.test(date) && !Number.isNaN(Date.parse(date))) offsets.add(offsetOf(date));
    else withoutOffset++;
  }
  const named = namedZone(conference, events, diagnostics);
  if (named !== undefined) return { zone: named };
  if (withoutOffset === 0 && offsets.size === 1) {
    // Exact instants at one offset, but which clock? Shown at a fixed offset they would miss the
    // venue's daylight-saving time and its name: the zone is asked for, with the zones that fit.
    const [offset = 0] = [...offsets];
    const sample = sampleWithOffset(events, true)?.date;
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
