/**
 * Which session of a new version of a schedule is which session of the old one. By id first; then, for a
 * session whose id is gone (a calendar rebuilt with new UIDs), by content: the one new session with the
 * same title and start, else the one with the same title and room. A match is never guessed: when two
 * sessions of either version could be the same one, none of them is matched, and the reason is kept, so a
 * star is never moved to a session the attendee did not star. Pure.
 */
import type { Schedule, Session, SessionId } from './types';

export interface SessionMatches {
  /** Old id → new id for every old session found again (the same id when it kept its id). */
  readonly found: ReadonlyMap<SessionId, SessionId>;
  /** Old ids whose content fits more than one new session (or shares one with another old session). */
  readonly ambiguous: ReadonlyMap<SessionId, readonly SessionId[]>;
}

/** A title or room as matching compares it: case, spacing and Unicode composition aside. */
export const foldTitle = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
const fold = foldTitle;
const byTime = (session: Session) => `${fold(session.title)}\n${String(Date.parse(session.start))}`;
const byRoom = (session: Session) => `${fold(session.title)}\n${fold(session.room?.name ?? '')}`;

function groups(sessions: readonly Session[], key: (session: Session) => string): Map<string, SessionId[]> {
  const map = new Map<string, SessionId[]>();
  for (const session of sessions) {
    const list = map.get(key(session));
    if (list) list.push(session.id);
    else map.set(key(session), [session.id]);
  }
  return map;
}

export function matchSessions(before: Schedule, after: Schedule): SessionMatches {
  const newIds = new Set(after.sessions.map((session) => session.id));
  const oldIds = new Set(before.sessions.map((session) => session.id));
  const found = new Map<SessionId, SessionId>();
  const ambiguous = new Map<SessionId, SessionId[]>();
  const lostOld = before.sessions.filter((session) => {
    if (!newIds.has(session.id)) return true;
    found.set(session.id, session.id);
    return false;
  });
  const freshNew = after.sessions.filter((session) => !oldIds.has(session.id));
  const keys = [byTime, byRoom];
  const newGroups = keys.map((key) => groups(freshNew, key));
  const oldGroups = keys.map((key) => groups(lostOld, key));
  const claimed = new Map<SessionId, SessionId[]>();
  for (const old of lostOld) {
    for (const [i, key] of keys.entries()) {
      const candidates = newGroups[i]?.get(key(old)) ?? [];
      if (candidates.length === 0) continue;
      const rivals = oldGroups[i]?.get(key(old)) ?? [];
      if (candidates.length > 1 || rivals.length > 1) ambiguous.set(old.id, candidates);
      else {
        const [only] = candidates;
        if (only !== undefined) claimed.set(only, [...(claimed.get(only) ?? []), old.id]);
      }
      break;
    }
  }
  // A new session two old ones would claim (one by time, one by room) is neither's.
  for (const [newId, olds] of claimed) {
    for (const oldId of olds) {
      if (olds.length === 1) found.set(oldId, newId);
      else ambiguous.set(oldId, [newId]);
    }
  }
  return { found, ambiguous };
}
