/** Sessions arranged for reading: by day in a zone, in time order; a personal agenda with gaps and overlaps. */
import { civilDateInZone } from './time';
import type { IsoDate, Session, SessionId } from './types';

export interface DayGroup {
  readonly date: IsoDate;
  readonly sessions: readonly Session[];
}

export function byStartThenTitle(a: Session, b: Session): number {
  return (
    instantOf(a.start) - instantOf(b.start) || instantOf(a.end) - instantOf(b.end) || a.title.localeCompare(b.title)
  );
}

/** Dates by zone and start: a big schedule has many sessions but few distinct start times. */
const datesByStart = new Map<string, Map<string, IsoDate>>();

/**
 * The conference day of a session: its own `day` (a session after midnight listed under the evening
 * before), else the date its start falls on in the conference's zone.
 */
export function conferenceDay(session: Session, conferenceZone: string): IsoDate {
  return session.day ?? sessionDay(session, conferenceZone);
}

/** The date a session starts on in `zone`, remembered: filters, counts and grouping ask for it often. */
export function sessionDay(session: Session, zone: string): IsoDate {
  let byStart = datesByStart.get(zone);
  if (!byStart) {
    byStart = new Map();
    datesByStart.set(zone, byStart);
  }
  let day = byStart.get(session.start);
  if (day === undefined) {
    day = civilDateInZone(new Date(session.start), zone);
    byStart.set(session.start, day);
  }
  return day;
}

/**
 * The day a session is listed under when times are shown in `zone`: in the conference's own zone, its
 * conference day (a 1 a.m. concert under the evening before, as the schedule lists it); in any other zone
 * the date of its start there, which is what the reader's calendar says.
 */
export function listedDay(session: Session, zone: string, conferenceZone: string): IsoDate {
  return zone === conferenceZone ? conferenceDay(session, zone) : sessionDay(session, zone);
}

/** The sessions in time order; a list already in that order (a filtered sorted list) is not sorted again. */
/**
 * An ISO instant in ms, each text read once: a big schedule has many sessions but few distinct start and
 * end times, asked for over and over by lists, filters and counts. Bounded: a flood of distinct times
 * starts it afresh.
 */
const parsedInstants = new Map<string, number>();
export function instantOf(text: string): number {
  let found = parsedInstants.get(text);
  if (found === undefined) {
    if (parsedInstants.size > 100_000) parsedInstants.clear();
    found = Date.parse(text);
    parsedInstants.set(text, found);
  }
  return found;
}

/** The last lists put in order, by the list given: the list view and the day tabs ask for the same one. */
const ordered = new WeakMap<readonly Session[], readonly Session[]>();

export function inTimeOrder(sessions: readonly Session[]): readonly Session[] {
  const known = ordered.get(sessions);
  if (known) return known;
  let result = sessions;
  for (let i = 1; i < sessions.length; i++) {
    const a = sessions[i - 1];
    const b = sessions[i];
    if (a && b && byStartThenTitle(a, b) > 0) {
      // Out of order: sorted with each session's instants read once, not in every comparison.
      const keyed = sessions.map((session) => ({
        session,
        start: instantOf(session.start),
        end: instantOf(session.end),
      }));
      keyed.sort((x, y) => x.start - y.start || x.end - y.end || x.session.title.localeCompare(y.session.title));
      result = keyed.map((entry) => entry.session);
      break;
    }
  }
  ordered.set(sessions, result);
  return result;
}

/** Days that have sessions, each with its sessions in time order; the day is the one `listedDay` gives. */
export function groupByDay(sessions: readonly Session[], zone: string, conferenceZone: string = zone): DayGroup[] {
  const groups = new Map<IsoDate, Session[]>();
  for (const session of inTimeOrder(sessions)) {
    const date = listedDay(session, zone, conferenceZone);
    const list = groups.get(date);
    if (list) list.push(session);
    else groups.set(date, [session]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, list]) => ({ date, sessions: list }));
}

/** Posters, exhibits, anything of three hours or more: people drop in, so it clashes with nothing. */
export const DROP_IN_MS = 3 * 60 * 60 * 1000;

export function isDropIn(session: Session): boolean {
  return instantOf(session.end) - instantOf(session.start) >= DROP_IN_MS;
}

/** For each session that overlaps another (drop-ins aside), the sessions it overlaps, in time order. */
export function findOverlaps(sessions: readonly Session[]): ReadonlyMap<SessionId, readonly Session[]> {
  const timed = sessions.filter((session) => !isDropIn(session)).sort(byStartThenTitle);
  const overlaps = new Map<SessionId, Session[]>();
  const add = (a: Session, b: Session) => {
    const list = overlaps.get(a.id);
    if (list) list.push(b);
    else overlaps.set(a.id, [b]);
  };
  for (let i = 0; i < timed.length; i++) {
    const a = timed[i];
    if (!a) continue;
    const aEnd = Date.parse(a.end);
    for (let j = i + 1; j < timed.length; j++) {
      const b = timed[j];
      if (!b || Date.parse(b.start) >= aEnd) break;
      add(a, b);
      add(b, a);
    }
  }
  for (const list of overlaps.values()) list.sort(byStartThenTitle);
  return overlaps;
}

export type AgendaItem =
  | {
      readonly kind: 'session';
      readonly session: Session;
      readonly dropIn: boolean;
      /** A maybe: starred, but an alternative to what the attendee chose, not a plan. */
      readonly maybe: boolean;
      /** Every starred session it overlaps (drop-ins aside), maybes included: it may be marked as a maybe. */
      readonly overlaps: readonly Session[];
      /**
       * The chosen (not maybe) sessions it overlaps. For a chosen session these are its conflicts, warned
       * of; for a maybe, the sessions it is an alternative to ("or:").
       */
      readonly overlapsChosen: readonly Session[];
    }
  | { readonly kind: 'gap'; readonly start: Date; readonly end: Date };

export interface AgendaDay {
  readonly date: IsoDate;
  readonly items: readonly AgendaItem[];
}

const NO_MAYBES: ReadonlySet<SessionId> = new Set();

/** Puts a gap before the sessions that start in it (maybes and drop-ins are listed as they come). */
function insertGap(items: AgendaItem[], gap: AgendaItem & { kind: 'gap' }): void {
  let at = items.length;
  for (let previous = items[at - 1]; previous?.kind === 'session'; previous = items[at - 1]) {
    if (Date.parse(previous.session.start) < gap.start.getTime()) break;
    at--;
  }
  items.splice(at, 0, gap);
}

/**
 * A personal agenda: the sessions by day, with the free time between chosen timed sessions as gaps and
 * overlaps flagged on both sides. Drop-in windows are listed but neither end a gap nor clash. Maybes
 * (`maybe`) are listed too, but leave their time free: a maybe is what the attendee might do instead.
 *
 * Days are dates in `zone`, the zone times are shown in; gaps are for the conference day, the date in
 * `eventZone`. Seen from Tokyo, Thursday afternoon in Atlanta and Friday morning there both fall on a
 * Friday: the night between them is not free time at the conference.
 */
export function buildAgenda(
  sessions: readonly Session[],
  zone: string,
  eventZone: string = zone,
  maybe: ReadonlySet<SessionId> = NO_MAYBES,
): AgendaDay[] {
  const overlaps = findOverlaps(sessions);
  return groupByDay(sessions, zone, eventZone).map(({ date, sessions: daySessions }) => {
    const items: AgendaItem[] = [];
    let busyUntil: number | null = null;
    let busyDay: IsoDate | null = null;
    for (const session of daySessions) {
      const dropIn = isDropIn(session);
      const isMaybe = maybe.has(session.id);
      const start = Date.parse(session.start);
      if (!dropIn && !isMaybe) {
        const dayOfConference = conferenceDay(session, eventZone);
        if (busyDay !== dayOfConference) busyUntil = null;
        if (busyUntil !== null && start > busyUntil) {
          insertGap(items, { kind: 'gap', start: new Date(busyUntil), end: new Date(start) });
        }
        busyUntil = Math.max(busyUntil ?? 0, Date.parse(session.end));
        busyDay = dayOfConference;
      }
      const all = overlaps.get(session.id) ?? [];
      items.push({
        kind: 'session',
        session,
        dropIn,
        maybe: isMaybe,
        overlaps: all,
        overlapsChosen: all.filter((other) => !maybe.has(other.id)),
      });
    }
    return { date, items };
  });
}
