/**
 * Two tabs of one browser share one stored value but each keeps its own state. When one writes, the other
 * learns of it through the `storage` event and merges, never replaces: a star or an unstar (and a maybe or
 * its undoing) is an event with a time, and for each session the later event wins. Two tabs that star different sessions at the same
 * moment both keep both stars. The merge is commutative and idempotent, so the tabs converge, and a tab
 * that gains nothing from a merge writes nothing (no echo between tabs).
 */
import type { ExportedSession, ExportRecord } from '../schedule/ics';
import type { SessionId } from '../schedule/types';
import type { PersistedItinerary } from './persisted-types';
import { isRecord } from './persisted-readers';
import { PERSISTED_KEYS } from './persisted-value';

/** A set of marked sessions (stars, or maybes) with the time each was last marked or unmarked. */
interface Marks {
  readonly ids: readonly SessionId[];
  readonly at: Readonly<Record<SessionId, number>>;
}

/** The time of the last change of `id`: a mark read from an old value without times counts as 0. */
function changeTime(marks: Marks, marked: ReadonlySet<SessionId>, id: SessionId): number {
  return marks.at[id] ?? (marked.has(id) ? 0 : Number.NEGATIVE_INFINITY);
}

function mergeMarks(mine: Marks, theirs: Marks): { ids: SessionId[]; at: Record<SessionId, number> } {
  const mineMarked = new Set(mine.ids);
  const theirMarked = new Set(theirs.ids);
  const at: Record<SessionId, number> = { ...mine.at };
  const marked = new Set(mineMarked);
  const ids = new Set([...mine.ids, ...theirs.ids, ...Object.keys(mine.at), ...Object.keys(theirs.at)]);
  for (const id of ids) {
    const mineAt = changeTime(mine, mineMarked, id);
    const theirAt = changeTime(theirs, theirMarked, id);
    // The later change wins; at the same instant a mark wins, so neither tab loses one.
    const adopt = theirAt > mineAt || (theirAt === mineAt && theirMarked.has(id) && !mineMarked.has(id));
    if (!adopt) continue;
    if (theirMarked.has(id)) marked.add(id);
    else marked.delete(id);
    const time = theirs.at[id];
    if (time !== undefined) at[id] = time;
  }
  // My order first, then the sessions the other tab added, in its order.
  return {
    ids: [
      ...mine.ids.filter((id) => marked.has(id)),
      ...theirs.ids.filter((id) => marked.has(id) && !mineMarked.has(id)),
    ],
    at,
  };
}

function laterExport(a: ExportedSession, b: ExportedSession): ExportedSession {
  if (a.sequence !== b.sequence) return a.sequence > b.sequence ? a : b;
  // Same sequence, different content: any fixed choice, the same in both tabs.
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

function mergeExports(mine: ExportRecord, theirs: ExportRecord): ExportRecord {
  const merged: Record<SessionId, ExportedSession> = { ...mine };
  for (const [id, exported] of Object.entries(theirs)) {
    const own = merged[id];
    merged[id] = own === undefined ? exported : laterExport(own, exported);
  }
  return merged;
}

/** The same value one level down: lists item by item, records key by key, anything else by identity. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => item === b[i]);
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** `mine` with `theirs` merged in; `mine` itself when the merge changes nothing. */
export function mergeItineraries(mine: PersistedItinerary, theirs: PersistedItinerary): PersistedItinerary {
  const stars = mergeMarks(
    { ids: mine.starredIds, at: mine.changedAt },
    { ids: theirs.starredIds, at: theirs.changedAt },
  );
  const maybes = mergeMarks(
    { ids: mine.maybeIds, at: mine.maybeChangedAt },
    { ids: theirs.maybeIds, at: theirs.maybeChangedAt },
  );
  const zoneFromTheirs =
    theirs.zoneModeAt > mine.zoneModeAt || (theirs.zoneModeAt === mine.zoneModeAt && theirs.zoneMode > mine.zoneMode);
  const zone = zoneFromTheirs ? theirs : mine;
  const exports = mergeExports(mine.exports, theirs.exports);
  // The agenda-update notice: the one recorded or dismissed last (a tie keeps mine: it is the same record).
  const update = theirs.update.at > mine.update.at ? theirs.update : mine.update;
  // Each tab keeps its own last view (lastQuery): where one tab is looking is not the other's business.
  const merged: PersistedItinerary = {
    starredIds: stars.ids,
    changedAt: stars.at,
    maybeIds: maybes.ids,
    maybeChangedAt: maybes.at,
    zoneMode: zone.zoneMode,
    zoneModeAt: zone.zoneModeAt,
    exports,
    lastQuery: mine.lastQuery,
    update,
  };
  // Every key of the persisted value, from its table: a key added there is compared here too.
  return PERSISTED_KEYS.every((key) => sameValue(merged[key], mine[key])) ? mine : merged;
}

/** The version a raw stored value says it has (0 when it says none, or is not JSON). */
function versionOf(raw: string): number {
  try {
    const value: unknown = JSON.parse(raw);
    const version = isRecord(value) ? value.version : 0;
    return typeof version === 'number' ? version : 0;
  } catch {
    return 0;
  }
}

/**
 * What a tab does on hearing that another wrote `stored` (`written`, as it was written): its state after
 * the merge (`mine` itself when it gains nothing), and whether the stored value lacks anything of it, to
 * be written back. Without that write, a mark another tab wrote over (it had not heard of it yet) lives
 * only in this tab's memory, and is gone when the tab closes: three tabs marking at the same moment lost
 * one now and then. Never written back to a tab of an older release (its value has an older version): it
 * would drop the marks again and the two would take turns writing; they go with this tab's next change.
 */
export function hearOtherTab(
  mine: PersistedItinerary,
  stored: PersistedItinerary,
  written: string,
  currentVersion: number,
): { readonly state: PersistedItinerary; readonly writeBack: boolean } {
  const merged = mergeItineraries(mine, stored);
  const fromOlderRelease = versionOf(written) < currentVersion;
  return { state: merged, writeBack: !fromOlderRelease && mergeItineraries(stored, merged) !== stored };
}

/**
 * The stars and maybes of `state` moved from old ids to new (`moves`), as an update that re-keyed
 * sessions needs. Both ids change at `at`: the old one's mark ends and the new one's begins, so other tabs
 * follow.
 */
export function rekeyMarks(
  state: PersistedItinerary,
  moves: ReadonlyMap<SessionId, SessionId>,
  at: number,
): Pick<PersistedItinerary, 'starredIds' | 'changedAt' | 'maybeIds' | 'maybeChangedAt'> {
  const rekey = (ids: readonly SessionId[], times: Readonly<Record<SessionId, number>>) => {
    const changed: Record<SessionId, number> = { ...times };
    const next = ids.map((id) => {
      const moved = moves.get(id);
      if (moved === undefined) return id;
      changed[id] = Math.max(at, (times[id] ?? 0) + 1);
      changed[moved] = Math.max(at, (times[moved] ?? 0) + 1);
      return moved;
    });
    return { ids: next.filter((id, i) => next.indexOf(id) === i), at: changed };
  };
  const stars = rekey(state.starredIds, state.changedAt);
  const maybes = rekey(state.maybeIds, state.maybeChangedAt);
  return { starredIds: stars.ids, changedAt: stars.at, maybeIds: maybes.ids, maybeChangedAt: maybes.at };
}
