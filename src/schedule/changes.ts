/**
 * What a new version of a schedule changes in an attendee's agenda: the starred sessions that moved,
 * changed room, were cancelled or left the schedule. Pure: two schedules and the starred ids in, a list out.
 */
import { matchSessions, type SessionMatches } from './matching';
import type { Schedule, Session, SessionId } from './types';

/** A session as it was, kept so that one that leaves the schedule can still be shown and named. */
export interface SessionSnapshot {
  readonly id: SessionId;
  readonly title: string;
  readonly start: string;
  readonly end: string;
  readonly room?: string;
  /** How many sessions of a newer version could be this one (see AgendaChange 'removed'); absent when none. */
  readonly ambiguous?: number;
}

export type AgendaChange =
  | { readonly kind: 'moved'; readonly before: SessionSnapshot; readonly after: SessionSnapshot }
  | { readonly kind: 'room'; readonly before: SessionSnapshot; readonly after: SessionSnapshot }
  | { readonly kind: 'cancelled'; readonly before: SessionSnapshot; readonly after: SessionSnapshot }
  | {
      readonly kind: 'removed';
      readonly before: SessionSnapshot;
      /**
       * Set when the session's id is gone but more than one new session could be it (same title and
       * time or room): the star is not moved to any of them, and the page says so.
       */
      readonly ambiguous?: number;
    };

export function snapshotOf(session: Session): SessionSnapshot {
  return {
    id: session.id,
    title: session.title,
    start: session.start,
    end: session.end,
    ...(session.room === undefined ? {} : { room: session.room.name }),
  };
}

const sameInstant = (a: string, b: string) => Date.parse(a) === Date.parse(b);

/** The changes to `starred` sessions from `before` to `after`, in the order of the agenda before. */
export function agendaChanges(
  before: Schedule,
  after: Schedule,
  starred: readonly SessionId[],
  matches: SessionMatches = matchSessions(before, after),
): AgendaChange[] {
  const wanted = new Set(starred);
  const next = new Map(after.sessions.map((session) => [session.id, session]));
  const changes: AgendaChange[] = [];
  const ordered = before.sessions
    .filter((session) => wanted.has(session.id))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  for (const old of ordered) {
    const found = matches.found.get(old.id);
    const now = found === undefined ? undefined : next.get(found);
    const was = snapshotOf(old);
    if (!now) {
      const candidates = matches.ambiguous.get(old.id)?.length ?? 0;
      changes.push(
        candidates > 0 ? { kind: 'removed', before: was, ambiguous: candidates } : { kind: 'removed', before: was },
      );
      continue;
    }
    const is = snapshotOf(now);
    if (now.status === 'cancelled' && old.status !== 'cancelled')
      changes.push({ kind: 'cancelled', before: was, after: is });
    if (!sameInstant(old.start, now.start) || !sameInstant(old.end, now.end)) {
      changes.push({ kind: 'moved', before: was, after: is });
    }
    if ((old.room?.name ?? '') !== (now.room?.name ?? '')) changes.push({ kind: 'room', before: was, after: is });
  }
  return changes;
}

/** The starred ids whose session has a new id in `after`, old → new (for the store to carry the stars over). */
export function rekeyedStars(starred: readonly SessionId[], matches: SessionMatches): Map<SessionId, SessionId> {
  const moves = new Map<SessionId, SessionId>();
  for (const id of starred) {
    const found = matches.found.get(id);
    if (found !== undefined && found !== id) moves.set(id, found);
  }
  return moves;
}

/** How a new version differs from the old one, session by session, over the whole schedule. */
export interface ScheduleDifferences {
  readonly added: number;
  readonly removed: number;
  readonly moved: number;
  readonly room: number;
  readonly cancelled: number;
}

export function scheduleDifferences(before: Schedule, after: Schedule, matches: SessionMatches): ScheduleDifferences {
  const next = new Map(after.sessions.map((session) => [session.id, session]));
  const matched = new Set(matches.found.values());
  let moved = 0;
  let room = 0;
  let cancelled = 0;
  for (const old of before.sessions) {
    const found = matches.found.get(old.id);
    const now = found === undefined ? undefined : next.get(found);
    if (!now) continue;
    if (!sameInstant(old.start, now.start) || !sameInstant(old.end, now.end)) moved++;
    if ((old.room?.name ?? '') !== (now.room?.name ?? '')) room++;
    if (now.status === 'cancelled' && old.status !== 'cancelled') cancelled++;
  }
  return {
    added: after.sessions.filter((session) => !matched.has(session.id)).length,
    removed: before.sessions.length - matches.found.size,
    moved,
    room,
    cancelled,
  };
}
