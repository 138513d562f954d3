/** One session of a Sessionize "All" export: its wall-clock times in the given zone, and its fields. */
import { isRealDate, toIsoInZone, wallTimeToInstant } from '../../schedule/time';
import type { Session } from '../../schedule/types';
import { normalizeUrl } from '../../schedule/validate';
import type { Diagnostics } from '../core/diagnostics';
import { plainText } from '../core/html-text';
import { sessionIdFrom, type SessionIds } from '../core/ids';
import { isRecord, list, str } from '../core/json';
import { richText } from '../core/rich-text';
import type { CategoryRole, Lookups } from './lookups';

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

export interface SessionContext {
  readonly zone: string;
  readonly lookups: Lookups;
  readonly ids: SessionIds;
  readonly diagnostics: Diagnostics;
  /** Counts the sessions whose times carry a zone suffix Sessionize does not mean. */
  readonly onZoneSuffix: () => void;
}

interface Times {
  readonly start: Date;
  readonly end: Date;
}

/** The session's start and end in `zone`, or null (said in the diagnostics) when they cannot be read. */
function readTimes(value: Record<string, unknown>, title: string, what: string, context: SessionContext): Times | null {
  const { diagnostics, zone } = context;
  const start = WALL.exec(str(value.startsAt) ?? '');
  const end = WALL.exec(str(value.endsAt) ?? '');
  if (title === '' || !start || !end) {
    diagnostics.error(
      undefined,
      `${what} ${title === '' ? 'has no title' : start ? 'has no end (endsAt)' : 'has no start (startsAt); an unscheduled session'}; not imported`,
    );
    return null;
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
    return null;
  }
  if (start[6] !== undefined || end[6] !== undefined) context.onZoneSuffix();
  const instant = (match: RegExpExecArray) =>
    wallTimeToInstant(
      { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) },
      { hour: Number(match[4]), minute: Number(match[5]) },
      zone,
    );
  const times = { start: instant(start), end: instant(end) };
  if (times.end < times.start) {
    diagnostics.error(undefined, `${what} ends before it starts; not imported`);
    return null;
  }
  return times;
}

/** The session's category items by role (type, track, level, language), and the others as "Group: name". */
function categoriesOf(value: Record<string, unknown>, lookups: Lookups) {
  const roles: Partial<Record<CategoryRole, string[]>> = {};
  const other: string[] = [];
  for (const itemId of list(value.categoryItems)) {
    const item = lookups.categoryItems.get(str(itemId) ?? '');
    if (!item) continue;
    if (item.role === undefined) other.push(`${item.group}: ${item.name}`);
    else roles[item.role] = [...(roles[item.role] ?? []), item.name];
  }
  return { roles, other };
}

function peopleOf(value: Record<string, unknown>, lookups: Lookups): string[] {
  return list(value.speakers).flatMap((speaker) => {
    const id = isRecord(speaker) ? str(speaker.id) : str(speaker);
    const name = isRecord(speaker) ? str(speaker.name) : undefined;
    const found = name ?? (id === undefined ? undefined : lookups.speakers.get(id));
    return found === undefined ? [] : [plainText(found).trim()];
  });
}

/** The session at `index` of the export, or null (said in the diagnostics) when it cannot be imported. */
export function readSession(value: unknown, index: number, context: SessionContext): Session | null {
  const { diagnostics, zone, lookups, ids } = context;
  const where = `sessions[${index}]`;
  if (!isRecord(value)) {
    diagnostics.error(undefined, `${where} is not a session; not imported`);
    return null;
  }
  const title = plainText(str(value.title) ?? '').trim();
  const what = `session "${title || '(untitled)'}" (${where})`;
  const times = readTimes(value, title, what, context);
  if (!times) return null;
  const { roles, other } = categoriesOf(value, lookups);
  const described = richText(str(value.description) ?? '');
  const service = value.isServiceSession === true;
  const room = lookups.rooms.get(str(value.roomId) ?? '') ?? plainText(str(value.room) ?? '').trim();
  const url =
    normalizeUrl(str(value.liveUrl) ?? '', ['http:', 'https:']) ??
    normalizeUrl(str(value.recordingUrl) ?? '', ['http:', 'https:']) ??
    undefined;
  const sourceId = str(value.id);
  const id = ids.take(sourceId === undefined ? `session-${index + 1}` : sessionIdFrom(sourceId), what);
  const [track, level, language] = [roles.track, roles.level, roles.language].map((names) => names?.join(', '));
  const status = str(value.status);
  const cancelled = status !== undefined && /^cancel+ed$/i.test(status);
  if (cancelled) diagnostics.warning(undefined, `${what} is cancelled; kept, marked cancelled`);
  return {
    id,
    title,
    start: toIsoInZone(times.start, zone),
    end: toIsoInZone(times.end, zone),
    type: roles.type?.join(', ') ?? (service ? 'Service' : 'Session'),
    ...(track === undefined ? {} : { track }),
    ...(language === undefined ? {} : { language }),
    ...(cancelled ? { status: 'cancelled' as const } : {}),
    ...(sourceId !== undefined && sourceId !== id ? { sourceId } : {}),
    ...(room === '' ? {} : { room: { name: room } }),
    ...(url === undefined ? {} : { url }),
    people: peopleOf(value, lookups),
    description: [level === undefined ? '' : `Level: ${level}`, ...other, described.text]
      .filter((part) => part !== '')
      .join('\n\n'),
    links: described.links,
  };
}
