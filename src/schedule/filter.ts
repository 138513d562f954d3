/**
 * Filters an attendee sets, kept in the URL query so a view can be bookmarked, shared and undone with Back.
 * Pure: URLSearchParams in, sessions and counts out.
 */
import { instantOf, isDropIn, listedDay } from './agenda';
import type { IsoDate, Session, SessionId } from './types';

export interface Filters {
  readonly query: string;
  readonly days: readonly IsoDate[];
  readonly types: readonly string[];
  readonly rooms: readonly string[];
  readonly starredOnly: boolean;
  /** Only sessions that fit around the attendee's starred ones ("Fits my free time"). */
  readonly freeTime: boolean;
}

export const NO_FILTERS: Filters = {
  query: '',
  days: [],
  types: [],
  rooms: [],
  starredOnly: false,
  freeTime: false,
};

export interface FilterOptions {
  readonly days: readonly IsoDate[];
  readonly types: readonly string[];
  readonly rooms: readonly string[];
}

/** The values each filter can take in this schedule, in display order. */
export function filterOptions(
  sessions: readonly Session[],
  zone: string,
  conferenceZone: string = zone,
): FilterOptions {
  const days = new Set<IsoDate>();
  const types = new Set<string>();
  const rooms = new Set<string>();
  for (const session of sessions) {
    days.add(listedDay(session, zone, conferenceZone));
    types.add(session.type);
    if (session.room) rooms.add(session.room.name);
  }
  const byText = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
  return { days: [...days].sort(), types: [...types].sort(byText), rooms: [...rooms].sort(byText) };
}

export interface ReadFilters {
  readonly filters: Filters;
  /** Values in the URL that this schedule does not have, as `name=value`: shown, not applied. */
  readonly ignored: readonly string[];
}

const FILTER_KEYS = ['q', 'day', 'type', 'room', 'starred', 'fits'] as const;

export function readFilters(params: URLSearchParams, options: FilterOptions): ReadFilters {
  const ignored: string[] = [];
  const known = (key: string, allowed: readonly string[]) => {
    const values: string[] = [];
    for (const value of params.getAll(key)) {
      if (allowed.includes(value)) {
        if (!values.includes(value)) values.push(value);
      } else ignored.push(`${key}=${value}`);
    }
    return values;
  };
  const days = known('day', options.days);
  const types = known('type', options.types);
  const rooms = known('room', options.rooms);
  const starred = params.get('starred');
  if (starred !== null && starred !== '1') ignored.push(`starred=${starred}`);
  const fits = params.get('fits');
  if (fits !== null && fits !== '1') ignored.push(`fits=${fits}`);
  return {
    // The query as typed (a trailing space included): the search box shows it back while typing.
    filters: {
      query: params.get('q') ?? '',
      days,
      types,
      rooms,
      starredOnly: starred === '1',
      freeTime: fits === '1',
    },
    ignored,
  };
}

/** The query for `filters`, keeping any other parameters of `base` (such as the view). */
export function writeFilters(filters: Filters, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of FILTER_KEYS) params.delete(key);
  if (filters.query.trim() !== '') params.set('q', filters.query);
  for (const day of filters.days) params.append('day', day);
  for (const type of filters.types) params.append('type', type);
  for (const room of filters.rooms) params.append('room', room);
  if (filters.starredOnly) params.set('starred', '1');
  if (filters.freeTime) params.set('fits', '1');
  return params;
}

export function hasFilters(filters: Filters): boolean {
  return (
    filters.query.trim() !== '' ||
    filters.days.length > 0 ||
    filters.types.length > 0 ||
    filters.rooms.length > 0 ||
    filters.starredOnly ||
    filters.freeTime
  );
}

/**
 * Lower case without accents, so "zurich" finds "Zürich" and "CAFE" finds "café"; typographic quotes and
 * dashes as typed on a keyboard, so "research's" finds "research’s" and "5-6" finds "5–6".
 */
export function fold(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[\u2018\u2019\u201a\u201b\u2032\u02bc\u0060\u00b4]/g, "'")
      .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      // Symbols beyond Latin-1 (…, •, emoji) are no words to search for; without them most folded text
      // fits in Latin-1 (see compact).
      .replace(/[^\p{L}\p{N}\p{ASCII}\u0080-\u00ff]+/gu, ' ')
  );
}

/**
 * The same text stored one byte a character when it can be: V8 keeps what normalize() returned in two
 * bytes a character even once only Latin-1 is left, which made the search index of 10,000 sessions
 * 18 MB. A JSON round trip gives V8's one-byte form (measured: half the memory).
 */
function compact(text: string): string {
  if (/[^\p{ASCII}\u0080-\u00ff]/u.test(text)) return text;
  const copy: unknown = JSON.parse(JSON.stringify(text));
  return typeof copy === 'string' ? copy : text;
}

const haystacks = new WeakMap<Session, string>();

function haystackOf(session: Session): string {
  let haystack = haystacks.get(session);
  if (haystack === undefined) {
    haystack = compact(
      fold(
        [session.title, session.type, session.description, session.people.join(' '), session.room?.name ?? ''].join(
          '\n',
        ),
      ),
    );
    haystacks.set(session, haystack);
  }
  return haystack;
}

/**
 * Prepares the search text of these sessions ahead of the first search (a big schedule's first keystroke
 * would otherwise fold every description); returns how many it did.
 */
export function prepareSearch(sessions: readonly Session[]): number {
  for (const session of sessions) haystackOf(session);
  return sessions.length;
}

type Group = 'day' | 'type' | 'room' | 'starred' | 'query' | 'free';

interface Context {
  readonly zone: string;
  /** The conference's own zone (days there are conference days); the zone shown when absent. */
  readonly conferenceZone?: string;
  readonly starred: ReadonlySet<SessionId>;
  /** The attendee's busy times (busyTimes): needed by "Fits my free time". */
  readonly busy?: readonly BusyTime[];
}

export interface BusyTime {
  readonly id: SessionId;
  readonly start: number;
  readonly end: number;
}

/**
 * The chosen sessions that fill the attendee's time: starred ones, but not maybes (alternatives the
 * attendee may skip) nor drop-ins (posters, exhibits), which leave the time free.
 */
export function busyTimes(
  sessions: readonly Session[],
  starred: ReadonlySet<SessionId>,
  maybe: ReadonlySet<SessionId> = new Set(),
): BusyTime[] {
  // Nothing starred (every first visit): no pass over a big schedule's sessions.
  if (starred.size === 0) return [];
  return sessions
    .filter((session) => starred.has(session.id) && !maybe.has(session.id) && !isDropIn(session))
    .map((session) => ({ id: session.id, start: instantOf(session.start), end: instantOf(session.end) }));
}

/** Whether a session overlaps none of the busy times but its own; a drop-in fits any time. */
export function fitsFreeTime(session: Session, busy: readonly BusyTime[]): boolean {
  if (busy.length === 0 || isDropIn(session)) return true;
  const start = instantOf(session.start);
  const end = instantOf(session.end);
  return !busy.some((time) => time.id !== session.id && start < time.end && time.start < end);
}

function dayIn(session: Session, context: Context): IsoDate {
  return listedDay(session, context.zone, context.conferenceZone ?? context.zone);
}

/** The search words, folded once per filtering rather than once per session. */
function searchWords(filters: Filters): readonly string[] {
  const folded = fold(filters.query).trim();
  return folded === '' ? [] : folded.split(/\s+/);
}

function matches(
  session: Session,
  filters: Filters,
  words: readonly string[],
  context: Context,
  skip?: Group,
): boolean {
  if (skip !== 'query' && words.length > 0) {
    const haystack = haystackOf(session);
    if (!words.every((word) => haystack.includes(word))) return false;
  }
  if (skip !== 'day' && filters.days.length > 0 && !filters.days.includes(dayIn(session, context))) {
    return false;
  }
  if (skip !== 'type' && filters.types.length > 0 && !filters.types.includes(session.type)) return false;
  if (skip !== 'room' && filters.rooms.length > 0 && !(session.room && filters.rooms.includes(session.room.name)))
    return false;
  if (skip !== 'starred' && filters.starredOnly && !context.starred.has(session.id)) return false;
  if (skip !== 'free' && filters.freeTime && !fitsFreeTime(session, context.busy ?? [])) return false;
  return true;
}

export function applyFilters(sessions: readonly Session[], filters: Filters, context: Context): Session[] {
  const words = searchWords(filters);
  return sessions.filter((session) => matches(session, filters, words, context));
}

export interface FilterCounts {
  readonly days: ReadonlyMap<IsoDate, number>;
  readonly types: ReadonlyMap<string, number>;
  readonly rooms: ReadonlyMap<string, number>;
  readonly starred: number;
}

/**
 * How many sessions each option would show, given the other filters: the count beside "Workshop" is what
 * ticking it would add to the current view of the other groups.
 */
export function countOptions(sessions: readonly Session[], filters: Filters, context: Context): FilterCounts {
  const days = new Map<IsoDate, number>();
  const types = new Map<string, number>();
  const rooms = new Map<string, number>();
  let starred = 0;
  const words = searchWords(filters);
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const session of sessions) {
    // A session that passes every filter passes each with one left out: one test instead of four (with no
    // filter set, every session of a big schedule).
    const all = matches(session, filters, words, context);
    if (all || matches(session, filters, words, context, 'day')) bump(days, dayIn(session, context));
    if (all || matches(session, filters, words, context, 'type')) bump(types, session.type);
    if (session.room && (all || matches(session, filters, words, context, 'room'))) bump(rooms, session.room.name);
    if (context.starred.has(session.id) && (all || matches(session, filters, words, context, 'starred'))) starred++;
  }
  return { days, types, rooms, starred };
}
