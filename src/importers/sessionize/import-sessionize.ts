/**
 * Sessionize's API "All" export (`sessions`, `speakers`, `categories`, `rooms`). Its times are the venue's
 * wall clock with no zone (some exports add a "Z" that does not mean UTC), so the zone must be given.
 * Service sessions (breaks, lunch) are sessions too. The lookups (rooms, speakers, categories) are
 * lookups.ts's; one session is session.ts's.
 */
import { parseCivilDate } from '../../schedule/time';
// The importer names the dates in the schedule's English, on the US clock (the viewer's clock is not known here).
import { formatDateRange, US_CLOCK } from '../../schedule/time-format';
import type { Session } from '../../schedule/types';
import { assembleSchedule } from '../core/assemble';
import { Diagnostics } from '../core/diagnostics';
import { SessionIds, shortHash } from '../core/ids';
import { isRecord, list, parseJson } from '../core/json';
import { importFailure, type ImportOptions, type ImportResult } from '../core/result';
import { givenZone, unknownZoneFailure } from '../core/zone-option';
import { readLookups, type Lookups } from './lookups';
import { readSession } from './session';

/** Whether a parsed JSON document is Sessionize's "All" export. */
export function isSessionizeAll(document: unknown): boolean {
  return (
    isRecord(document) &&
    Array.isArray(document.sessions) &&
    (Array.isArray(document.rooms) || Array.isArray(document.speakers))
  );
}

/** Sessionize's "GridSmart" export: days of rooms of sessions. */
export function isSessionizeGrid(document: unknown): boolean {
  return Array.isArray(document) && isRecord(document[0]) && Array.isArray(document[0].rooms) && 'date' in document[0];
}

/** Every session of the export that can be read; each one that cannot is named, and the rest import. */
function readSessions(
  raw: readonly unknown[],
  zone: string,
  lookups: Lookups,
  options: ImportOptions,
  diagnostics: Diagnostics,
) {
  const ids = new SessionIds(diagnostics);
  const sessions: Session[] = [];
  let zoneSuffixes = 0;
  const onZoneSuffix = () => {
    zoneSuffixes++;
  };
  const context = { zone, lookups, ids, diagnostics, onZoneSuffix };
  raw.forEach((value, index) => {
    options.onProgress?.(index / raw.length);
    try {
      const session = readSession(value, index, context);
      if (session) sessions.push(session);
    } catch (error) {
      diagnostics.error(
        undefined,
        `sessions[${String(index)}] cannot be read (${error instanceof Error ? error.message.slice(0, 120) : 'unreadable'}); not imported`,
      );
    }
  });
  options.onProgress?.(1);
  if (zoneSuffixes > 0) {
    diagnostics.warning(
      undefined,
      `${zoneSuffixes} session(s) write their times with a zone suffix ("Z"), but Sessionize times are the venue’s wall clock; read in ${zone}`,
    );
  }
  return sessions;
}

/** The export does not name its event: it is called by its dates, and known by what stays the same across its updates. */
function conferenceOf(sessions: readonly Session[], lookups: Lookups, zone: string) {
  // The event's category and room ids stay the same across its updates, so the same event opened from a
  // file or an address is one conference.
  const identity = lookups.groupIds.length > 0 ? lookups.groupIds : [...lookups.rooms.keys()];
  const days = sessions.map((session) => session.start.slice(0, 10)).sort();
  const first = days[0] ?? '';
  const last = days[days.length - 1] ?? '';
  const dates = parseCivilDate(first) && parseCivilDate(last) ? formatDateRange(first, last, US_CLOCK) : '';
  return {
    id: `sessionize-${shortHash([...identity].sort().join(',') || sessions.map((s) => s.id).join(','))}`,
    title: dates === '' ? 'Sessionize schedule' : `Sessionize schedule, ${dates}`,
    timeZone: zone,
    description: '',
  };
}

/** `parsed`: the document, when the caller has parsed it already (format detection does). */
export function importSessionize(
  text: string,
  bytes: Uint8Array,
  options: ImportOptions,
  parsed?: unknown,
): ImportResult {
  const diagnostics = new Diagnostics();
  const read = parseJson(text, parsed);
  if (!read.ok) return read;
  const document = read.value;
  if (isSessionizeGrid(document)) {
    return importFailure(
      'not-a-schedule',
      'a Sessionize "GridSmart" export, which leaves out categories and speakers; open the "All" export (…/view/All) instead',
    );
  }
  if (!isRecord(document) || !isSessionizeAll(document)) {
    return importFailure(
      'not-a-schedule',
      'a JSON file, but not a Sessionize "All" export (sessions, speakers, rooms)',
    );
  }
  const given = givenZone(options);
  if (given.kind === 'none') {
    return importFailure(
      'needs-input',
      'Sessionize gives the venue’s wall-clock times without their zone; the zone they are in is needed',
      [],
      ['timeZone'],
    );
  }
  if (given.kind === 'unknown') return unknownZoneFailure(given);
  const zone = given.resolved.zone;
  const lookups = readLookups(document);
  const raw = list(document.sessions);
  const sessions = readSessions(raw, zone, lookups, options, diagnostics);
  if (sessions.length === 0) {
    return importFailure('no-sessions', `no session could be read (${raw.length} in the file)`, diagnostics.sorted());
  }
  return assembleSchedule({
    format: 'sessionize',
    bytes,
    ...(options.fileName === undefined ? {} : { fileName: options.fileName }),
    conference: conferenceOf(sessions, lookups, zone),
    sessions,
    diagnostics,
  });
}
