/**
 * Sessionize's API "All" export (`sessions`, `speakers`, `categories`, `rooms`). Its times are the venue's
 * wall clock with no zone (some exports add a "Z" that does not mean UTC), so the zone must be given.
 * Categories carry what other formats have as fields: the session format is the type, and track, level and
 * language are categories by those names. Service sessions (breaks, lunch) are sessions too.
 */
import { isRealDate, parseCivilDate, toIsoInZone, wallTimeToInstant } from '../schedule/time';
// The importer names the dates in the schedule's English, on the US clock (the viewer's clock is not known here).
import { formatDateRange, US_CLOCK } from '../schedule/time-format';
import type { Session } from '../schedule/types';
import { normalizeUrl } from '../schedule/validate';
import { assembleSchedule } from './core/assemble';
import { Diagnostics } from './core/diagnostics';
import { isRecord, list, parseJson, str } from './core/json';
import { plainText } from './core/html-text';
import { SessionIds, sessionIdFrom, shortHash } from './core/ids';
import { importFailure, type ImportOptions, type ImportResult } from './core/result';
import { richText } from './core/rich-text';
import { resolveZoneName } from './core/zone-names';

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

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

type CategoryRole = 'type' | 'track' | 'level' | 'language';

function roleOf(title: string): CategoryRole | undefined {
  if (/format|type|kind/i.test(title)) return 'type';
  if (/track|topic|theme/i.test(title)) return 'track';
  if (/level|audience|experience/i.test(title)) return 'level';
  if (/language/i.test(title)) return 'language';
  return undefined;
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
  if (options.timeZone === undefined) {
    return importFailure(
      'needs-input',
      'Sessionize gives the venue’s wall-clock times without their zone; the zone they are in is needed',
      [],
      ['timeZone'],
    );
  }
  const given = resolveZoneName(options.timeZone);
  if (!given)
    return importFailure('bad-option', `unknown time zone "${plainText(options.timeZone)}"`, [], ['timeZone']);
  const zone = given.zone;

  const rooms = new Map<string, string>();
  for (const room of list(document.rooms)) {
    const id = isRecord(room) ? str(room.id) : undefined;
    const name = isRecord(room) ? str(room.name) : undefined;
    if (id !== undefined && name !== undefined) rooms.set(id, plainText(name).trim());
  }
  const speakers = new Map<string, string>();
  for (const speaker of list(document.speakers)) {
    if (!isRecord(speaker)) continue;
    const id = str(speaker.id);
    const name = str(speaker.fullName) ?? [str(speaker.firstName), str(speaker.lastName)].filter(Boolean).join(' ');
    if (id !== undefined && name !== '') speakers.set(id, plainText(name).trim());
  }
  const categoryItems = new Map<string, { role: CategoryRole | undefined; group: string; name: string }>();
  const groupIds: string[] = [];
  for (const category of list(document.categories)) {
    if (!isRecord(category)) continue;
    const group = plainText(str(category.title) ?? '').trim();
    const groupId = str(category.id);
    if (groupId !== undefined) groupIds.push(groupId);
    for (const item of list(category.items)) {
      const id = isRecord(item) ? str(item.id) : undefined;
      const name = isRecord(item) ? str(item.name) : undefined;
      if (id !== undefined && name !== undefined)
        categoryItems.set(id, { role: roleOf(group), group, name: plainText(name).trim() });
    }
  }

  const ids = new SessionIds(diagnostics);
  const sessions: Session[] = [];
  let zoneSuffixes = 0;
  const raw = list(document.sessions);
  const readSession = (value: unknown, index: number) => {
    const where = `sessions[${index}]`;
    if (!isRecord(value)) {
      diagnostics.error(undefined, `${where} is not a session; not imported`);
      return;
    }
    const title = plainText(str(value.title) ?? '').trim();
    const what = `session "${title || '(untitled)'}" (${where})`;
    const start = WALL.exec(str(value.startsAt) ?? '');
    const end = WALL.exec(str(value.endsAt) ?? '');
    if (title === '' || !start || !end) {
      diagnostics.error(
        undefined,
        `${what} ${title === '' ? 'has no title' : start ? 'has no end (endsAt)' : 'has no start (startsAt); an unscheduled session'}; not imported`,
      );
      return;
    }
    // wallTimeToInstant (Date.UTC) would roll February 30 over to March 2 and read year 0000 as 1900.
    const unreal = [start, end].find(
      (match) =>
        !isRealDate({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }) ||
        Number(match[4]) > 23 ||
        Number(match[5]) > 59,
    );
    if (unreal) {
      diagnostics.error(
        undefined,
        `${what}: "${plainText(unreal[0]).slice(0, 40)}" is not a real date and time; not imported`,
      );
      return;
    }
    if (start[6] !== undefined || end[6] !== undefined) zoneSuffixes++;
    const instant = (match: RegExpExecArray) =>
      wallTimeToInstant(
        { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) },
        { hour: Number(match[4]), minute: Number(match[5]) },
        zone,
      );
    const startInstant = instant(start);
    const endInstant = instant(end);
    if (endInstant < startInstant) {
      diagnostics.error(undefined, `${what} ends before it starts; not imported`);
      return;
    }
    const roles: Partial<Record<CategoryRole, string[]>> = {};
    const other: string[] = [];
    for (const itemId of list(value.categoryItems)) {
      const item = categoryItems.get(str(itemId) ?? '');
      if (!item) continue;
      if (item.role === undefined) other.push(`${item.group}: ${item.name}`);
      else roles[item.role] = [...(roles[item.role] ?? []), item.name];
    }
    const people = list(value.speakers).flatMap((speaker) => {
      const id = isRecord(speaker) ? str(speaker.id) : str(speaker);
      const name = isRecord(speaker) ? str(speaker.name) : undefined;
      const found = name ?? (id === undefined ? undefined : speakers.get(id));
      return found === undefined ? [] : [plainText(found).trim()];
    });
    const described = richText(str(value.description) ?? '');
    const service = value.isServiceSession === true;
    const type = roles.type?.join(', ') ?? (service ? 'Service' : 'Session');
    const room = rooms.get(str(value.roomId) ?? '') ?? plainText(str(value.room) ?? '').trim();
    const url =
      normalizeUrl(str(value.liveUrl) ?? '', ['http:', 'https:']) ??
      normalizeUrl(str(value.recordingUrl) ?? '', ['http:', 'https:']) ??
      undefined;
    const sourceId = str(value.id);
    const id = ids.take(sourceId === undefined ? `session-${index + 1}` : sessionIdFrom(sourceId), what);
    const track = roles.track?.join(', ');
    const level = roles.level?.join(', ');
    const language = roles.language?.join(', ');
    const status = str(value.status);
    const cancelled = status !== undefined && /^cancel+ed$/i.test(status);
    if (cancelled) diagnostics.warning(undefined, `${what} is cancelled; kept, marked cancelled`);
    sessions.push({
      id,
      title,
      start: toIsoInZone(startInstant, zone),
      end: toIsoInZone(endInstant, zone),
      type,
      ...(track === undefined ? {} : { track }),
      ...(language === undefined ? {} : { language }),
      ...(cancelled ? { status: 'cancelled' as const } : {}),
      ...(sourceId !== undefined && sourceId !== id ? { sourceId } : {}),
      ...(room === '' ? {} : { room: { name: room } }),
      ...(url === undefined ? {} : { url }),
      people,
      description: [level === undefined ? '' : `Level: ${level}`, ...other, described.text]
        .filter((part) => part !== '')
        .join('\n\n'),
      links: described.links,
    });
  };
  raw.forEach((value, index) => {
    options.onProgress?.(index / raw.length);
    // One session that cannot be read costs that session: named, and the rest imports.
    try {
      readSession(value, index);
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
  if (sessions.length === 0) {
    return importFailure('no-sessions', `no session could be read (${raw.length} in the file)`, diagnostics.sorted());
  }
  // The export does not name its event; what stays the same across its updates (the event's category and
  // room ids) does, so the same event opened from a file or an address is one conference.
  const identity = groupIds.length > 0 ? groupIds : [...rooms.keys()];
  const days = sessions.map((session) => session.start.slice(0, 10)).sort();
  const first = days[0] ?? '';
  const last = days[days.length - 1] ?? '';
  const dates = parseCivilDate(first) && parseCivilDate(last) ? formatDateRange(first, last, US_CLOCK) : '';
  return assembleSchedule({
    format: 'sessionize',
    bytes,
    ...(options.fileName === undefined ? {} : { fileName: options.fileName }),
    conference: {
      id: `sessionize-${shortHash([...identity].sort().join(',') || sessions.map((s) => s.id).join(','))}`,
      title: dates === '' ? 'Sessionize schedule' : `Sessionize schedule, ${dates}`,
      timeZone: zone,
      description: '',
    },
    sessions,
    diagnostics,
  });
}
