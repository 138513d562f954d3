/**
 * What a new version of a schedule changes in an attendee's agenda: the starred sessions that moved,
 * changed room, were cancelled or left the schedule. Pure: two schedules and the starred ids in, a list out.
 */
import type { Schedule, Session, SessionId } from './types';

/** A session as it was, kept so that one that leaves the schedule can still be shown and named. */
export interface SessionSnapshot {
  readonly id: SessionId;
  readonly title: string;
  readonly start: string;
  readonly end: string;
  readonly room?: string;
}

export type AgendaChange =
  | { readonly kind: 'moved'; readonly before: SessionSnapshot; readonly after: SessionSnapshot }
  | { readonly kind: 'room'; readonly before: SessionSnapshot; readonly after: SessionSnapshot }
  | { readonly kind: 'cancelled'; readonly before: SessionSnapshot; readonly after: SessionSnapshot }
  | { readonly kind: 'removed'; readonly before: SessionSnapshot };

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
export function agendaChanges(before: Schedule, after: Schedule, starred: readonly SessionId[]): AgendaChange[] {
  const wanted = new Set(starred);
  const next = new Map(after.sessions.map((session) => [session.id, session]));
  const changes: AgendaChange[] = [];
  const ordered = before.sessions
    .filter((session) => wanted.has(session.id))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  for (const old of ordered) {
    const now = next.get(old.id);
    const was = snapshotOf(old);
    if (!now) {
      changes.push({ kind: 'removed', before: was });
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
