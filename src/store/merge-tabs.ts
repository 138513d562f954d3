/**
 * Two tabs of one browser share one stored value but each keeps its own state. When one writes, the other
 * learns of it through the `storage` event and merges, never replaces: a star or an unstar is an event with
 * a time, and for each session the later event wins. Two tabs that star different sessions at the same
 * moment both keep both stars. The merge is commutative and idempotent, so the tabs converge, and a tab
 * that gains nothing from a merge writes nothing (no echo between tabs).
 */
import type { ExportedSession, ExportRecord } from '../schedule/ics';
import type { SessionId } from '../schedule/types';
import type { PersistedItinerary } from './safe-storage';

/** The time of the last change of `id` in `state`: a star read from an old value without times counts as 0. */
function changeTime(state: PersistedItinerary, starred: ReadonlySet<SessionId>, id: SessionId): number {
  return state.changedAt[id] ?? (starred.has(id) ? 0 : Number.NEGATIVE_INFINITY);
}

function mergeStars(
  mine: PersistedItinerary,
  theirs: PersistedItinerary,
): Pick<PersistedItinerary, 'starredIds' | 'changedAt'> {
  const mineStarred = new Set(mine.starredIds);
  const theirStarred = new Set(theirs.starredIds);
  const changedAt: Record<SessionId, number> = { ...mine.changedAt };
  const starred = new Set(mineStarred);
  const ids = new Set([
    ...mine.starredIds,
    ...theirs.starredIds,
    ...Object.keys(mine.changedAt),
    ...Object.keys(theirs.changedAt),
  ]);
  for (const id of ids) {
    const mineAt = changeTime(mine, mineStarred, id);
    const theirAt = changeTime(theirs, theirStarred, id);
    // The later change wins; at the same instant a star wins, so neither tab loses one.
    const adopt = theirAt > mineAt || (theirAt === mineAt && theirStarred.has(id) && !mineStarred.has(id));
    if (!adopt) continue;
    if (theirStarred.has(id)) starred.add(id);
    else starred.delete(id);
    const at = theirs.changedAt[id];
    if (at !== undefined) changedAt[id] = at;
  }
  // My order first, then the sessions the other tab added, in its order.
  const starredIds = [
    ...mine.starredIds.filter((id) => starred.has(id)),
    ...theirs.starredIds.filter((id) => starred.has(id) && !mineStarred.has(id)),
  ];
  return { starredIds, changedAt };
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

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function sameRecord(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** `mine` with `theirs` merged in; `mine` itself when the merge changes nothing. */
export function mergeItineraries(mine: PersistedItinerary, theirs: PersistedItinerary): PersistedItinerary {
  const { starredIds, changedAt } = mergeStars(mine, theirs);
  const zoneFromTheirs =
    theirs.zoneModeAt > mine.zoneModeAt || (theirs.zoneModeAt === mine.zoneModeAt && theirs.zoneMode > mine.zoneMode);
  const zone = zoneFromTheirs ? theirs : mine;
  const exports = mergeExports(mine.exports, theirs.exports);
  // The agenda-update notice: the one recorded or dismissed last (a tie keeps mine: it is the same record).
  const update = theirs.update.at > mine.update.at ? theirs.update : mine.update;
  const unchanged =
    sameStrings(starredIds, mine.starredIds) &&
    sameRecord(changedAt, mine.changedAt) &&
    zone.zoneMode === mine.zoneMode &&
    zone.zoneModeAt === mine.zoneModeAt &&
    sameRecord(exports, mine.exports) &&
    update === mine.update;
  if (unchanged) return mine;
  // Each tab keeps its own last view (lastQuery): where one tab is looking is not the other's business.
  return {
    starredIds,
    changedAt,
    zoneMode: zone.zoneMode,
    zoneModeAt: zone.zoneModeAt,
    exports,
    lastQuery: mine.lastQuery,
    update,
  };
}
