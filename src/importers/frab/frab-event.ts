/** One frab event as a session: its start, duration and day, its id, text, links and fields. */
import { addDays, civilDateInZone, formatCivilDate, parseCivilDate, toIsoInZone } from '../../schedule/time';
import type { Link, Session } from '../../schedule/types';
import { normalizeUrl } from '../../schedule/validate';
import type { Diagnostics } from '../core/diagnostics';
import { plainText } from '../core/html-text';
import { contentKey, sessionIdFrom, type SessionIds } from '../core/ids';
import { richText } from '../core/rich-text';
import { slugify } from '../core/slug';
import type { FrabEvent } from './frab-model';
import { MINUTE_MS, parseDuration, startOf } from './frab-times';

export interface EventContext {
  readonly zone: string;
  readonly ids: SessionIds;
  readonly diagnostics: Diagnostics;
  /** Pentabarf's day change ("09:00"), when the schedule has one. */
  readonly dayChange: { hour: number; minute: number } | null;
  /** The source's id: the guid when it is unique, else the guid or id it has. */
  readonly sourceIdOf: (event: FrabEvent) => string | undefined;
  /** Titles of the sessions after midnight listed under the day before, for one note. */
  readonly afterMidnight: string[];
  /** Counts the durations written as days:hours:minutes. */
  readonly onDaysForm: () => void;
}

export function preferredIdOf(event: FrabEvent, sourceIdOf: EventContext['sourceIdOf']): string | undefined {
  const preferred = sourceIdOf(event);
  return preferred === undefined ? undefined : sessionIdFrom(preferred);
}

/**
 * The conference day an event is listed under, when it is not the day it starts: a session after
 * midnight (before the day change, 06:00 without one) belongs to the night of the day before. Any other
 * disagreement is a mistake of the file: the event is placed by its start, which its calendar agrees
 * with, and named.
 */
function listedDayOf(event: FrabEvent, start: Date, startDay: string, context: EventContext): string | undefined {
  const listed = event.day === undefined ? null : parseCivilDate(event.day);
  if (listed === null || formatCivilDate(listed) === startDay) return undefined;
  const { dayChange } = context;
  const nightEnds = dayChange ? dayChange.hour * 60 + dayChange.minute : 6 * 60;
  const wall = toIsoInZone(start, context.zone);
  const minutes = Number(wall.slice(11, 13)) * 60 + Number(wall.slice(14, 16));
  if (formatCivilDate(addDays(listed, 1)) === startDay && minutes < nightEnds) {
    context.afterMidnight.push(plainText(event.title ?? '').trim());
    return formatCivilDate(listed);
  }
  context.diagnostics.warning(
    event.line,
    `event "${plainText(event.title ?? '').trim()}" (${event.where}) is listed under ${formatCivilDate(listed)} but starts on ${startDay} at ${wall.slice(11, 16)}; shown on the day it starts`,
  );
  return undefined;
}

function cancelledBy(event: FrabEvent): boolean {
  if (event.status !== undefined && /^cancel+ed$/i.test(event.status.trim())) return true;
  return /^\s*[[(]?\s*(?:cancel+ed|abgesagt)\b/i.test(event.title ?? '');
}

export function httpUrl(text: string | undefined): string | undefined {
  return text === undefined ? undefined : (normalizeUrl(text, ['http:', 'https:']) ?? undefined);
}

/** The abstract and description (the second only when it says something else), and every link once. */
function textAndLinks(event: FrabEvent, what: string, diagnostics: Diagnostics) {
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
  return { description: text.map((part) => part.text).join('\n\n'), links };
}

function optional(value: string | undefined): string | undefined {
  const cleaned = plainText(value ?? '').trim();
  return cleaned === '' ? undefined : cleaned;
}

/** The event's session, or null (said in the diagnostics) when it cannot be imported. */
export function sessionOf(event: FrabEvent, context: EventContext): Session | null {
  const { zone, diagnostics } = context;
  const title = plainText(event.title ?? '').trim();
  const what = `event "${title === '' ? '(untitled)' : title}" (${event.where})`;
  const fail = (reason: string) => {
    diagnostics.error(event.line, `${what}: ${reason}; not imported`);
    return null;
  };
  if (title === '') return fail('it has no title');
  const start = startOf(event, zone, context.dayChange);
  if (!(start instanceof Date)) return fail(start.reason);
  const duration = parseDuration(event.duration);
  if (duration === null) return fail(`its duration "${plainText(event.duration ?? '')}" is not HH:MM`);
  if (duration.daysForm) context.onDaysForm();
  const end = new Date(start.getTime() + duration.minutes * MINUTE_MS);
  const startDay = civilDateInZone(start, zone);
  const day = listedDayOf(event, start, startDay, context);
  const id = context.ids.take(
    preferredIdOf(event, context.sourceIdOf) ?? `${startDay}-${slugify(title, 64) || 'session'}`,
    what,
    event.line,
    contentKey(title, start, plainText(event.room ?? '').trim() || undefined),
  );
  const { description, links } = textAndLinks(event, what, diagnostics);
  const url = httpUrl(event.url);
  const cancelled = cancelledBy(event);
  if (cancelled) diagnostics.warning(event.line, `${what} is cancelled; kept, marked cancelled`);
  const room = plainText(event.room ?? '').trim();
  const [subtitle, track, language] = [event.subtitle, event.track, event.language].map(optional);
  const preferred = context.sourceIdOf(event);
  const sourceId = preferred !== undefined && preferred !== id ? preferred : undefined;
  return {
    id,
    title,
    ...(subtitle === undefined ? {} : { subtitle }),
    start: toIsoInZone(start, zone),
    end: toIsoInZone(end, zone),
    ...(day === undefined ? {} : { day }),
    type: optional(event.type) ?? 'Session',
    ...(track === undefined ? {} : { track }),
    ...(language === undefined ? {} : { language }),
    ...(cancelled ? { status: 'cancelled' as const } : {}),
    ...(sourceId === undefined ? {} : { sourceId }),
    ...(room === '' ? {} : { room: { name: room } }),
    ...(url === undefined ? {} : { url }),
    people: event.persons.map((person) => plainText(person).trim()).filter((person) => person !== ''),
    description,
    links,
  };
}
