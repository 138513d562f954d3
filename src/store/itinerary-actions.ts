/**
 * What the attendee does to their own state for one conference: star, maybe, zone, exports, updates.
 * Every change of a star, a maybe or the zone carries a time later than any seen for it, so that tabs
 * merge change by change (merge-tabs.ts).
 */
import type { StoreApi } from 'zustand/vanilla';
import type { SessionId } from '../schedule/types';
import type { ExportRecord } from '../schedule/ics';
import type { AgendaChange, SessionSnapshot } from '../schedule/changes';
import type { PersistedItinerary, ZoneMode } from './persisted-types';

export interface ItineraryState extends PersistedItinerary {
  /** The storage notice was read and closed. Not persisted. */
  readonly noticeDismissed: boolean;
}

export interface ItineraryActions {
  /** Stars or unstars a session; unstarring also takes its maybe away. */
  readonly toggleStar: (id: SessionId) => void;
  /** Marks a starred session as a maybe, or back as chosen; does nothing to one that is not starred. */
  readonly toggleMaybe: (id: SessionId) => void;
  /**
   * Adds ids to the stars, keeping every existing one; those of `maybeIds` that were not starred here come
   * as maybes (a session already starred keeps the attendee's own choice).
   */
  readonly addSharedSessions: (ids: readonly SessionId[], maybeIds?: readonly SessionId[]) => void;
  readonly chooseZone: (mode: ZoneMode) => void;
  readonly dismissStorageNotice: () => void;
  /** Keeps what a calendar export held (merged with what earlier exports held). */
  readonly recordExport: (record: ExportRecord) => void;
  /** What earlier exports held; read when exporting, so it needs no subscription. */
  readonly readExports: () => ExportRecord;
  /** Remembers the query of the view being shown, to come back to it. */
  readonly rememberQuery: (query: string) => void;
  /** A new version of the schedule arrived: what it changed in the agenda, to show until dismissed. */
  readonly recordUpdate: (changes: readonly AgendaChange[], vanished: readonly SessionSnapshot[]) => void;
  /**
   * A new version gave starred sessions new ids (matched by content): each star, and its maybe, moves from
   * the old id to the new one. `moves` maps old ids to new.
   */
  readonly rekeyStars: (moves: ReadonlyMap<SessionId, SessionId>) => Promise<void>;
  readonly dismissChanges: () => void;
  /** The attendee has seen that a starred session left the schedule: forget it, and its star. */
  readonly dismissVanished: (id: SessionId) => void;
  readonly readState: () => PersistedItinerary;
}

type Clock = () => number;

/** A time for a change later than any change of it seen so far (`previous`), in any tab. */
function changeTime(previous: number | undefined, at: number): number {
  return Math.max(at, (previous ?? 0) + 1);
}

/**
 * The change that takes `id`'s maybe away, if it has one. Stamped even when this tab knows of no maybe on
 * `id`: another tab may have marked one it has not heard of yet, and this later star or unstar must win
 * over it when the tabs merge.
 */
function dropMaybe(
  { maybeIds, maybeChangedAt }: PersistedItinerary,
  id: SessionId,
  at: number,
): Pick<PersistedItinerary, 'maybeIds' | 'maybeChangedAt'> {
  return {
    maybeIds: maybeIds.includes(id) ? maybeIds.filter((other) => other !== id) : maybeIds,
    maybeChangedAt: { ...maybeChangedAt, [id]: changeTime(maybeChangedAt[id], at) },
  };
}

type MarkActions = Pick<ItineraryActions, 'toggleStar' | 'toggleMaybe' | 'addSharedSessions' | 'rekeyStars'>;

/** Stars and maybes: each change stamped with its time. */
function markActions(
  state: StoreApi<ItineraryState>,
  now: Clock,
  loadMerge: () => Promise<typeof import('./merge-tabs')>,
): MarkActions {
  return {
    toggleStar: (id) => {
      state.setState((current) => {
        const { starredIds, changedAt } = current;
        const at = now();
        return {
          starredIds: starredIds.includes(id) ? starredIds.filter((other) => other !== id) : [...starredIds, id],
          changedAt: { ...changedAt, [id]: changeTime(changedAt[id], at) },
          // A star or an unstar leaves no maybe behind: starred again, a session is a plain choice (a maybe
          // left on an unstarred id, by another tab's merge, is cleared here too).
          ...dropMaybe(current, id, at),
        };
      });
    },
    toggleMaybe: (id) => {
      state.setState(({ starredIds, maybeIds, maybeChangedAt }) => {
        if (!starredIds.includes(id)) return {};
        return {
          maybeIds: maybeIds.includes(id) ? maybeIds.filter((other) => other !== id) : [...maybeIds, id],
          maybeChangedAt: { ...maybeChangedAt, [id]: changeTime(maybeChangedAt[id], now()) },
        };
      });
    },
    addSharedSessions: (ids, sharedMaybes = []) => {
      state.setState(({ starredIds, changedAt, maybeIds, maybeChangedAt }) => {
        const added = ids.filter((id, i) => !starredIds.includes(id) && ids.indexOf(id) === i);
        if (added.length === 0) return {};
        const times = Object.fromEntries(added.map((id) => [id, changeTime(changedAt[id], now())]));
        const maybes = added.filter((id) => sharedMaybes.includes(id) && !maybeIds.includes(id));
        const maybeTimes = Object.fromEntries(maybes.map((id) => [id, changeTime(maybeChangedAt[id], now())]));
        return {
          starredIds: [...starredIds, ...added],
          changedAt: { ...changedAt, ...times },
          ...(maybes.length > 0
            ? { maybeIds: [...maybeIds, ...maybes], maybeChangedAt: { ...maybeChangedAt, ...maybeTimes } }
            : {}),
        };
      });
    },
    rekeyStars: (moves) => {
      if (moves.size === 0) return Promise.resolve();
      // Its code comes with the merge's: only an update that re-keyed starred sessions needs it.
      return loadMerge().then(({ rekeyMarks }) => {
        state.setState((current) => rekeyMarks(current, moves, now()));
      });
    },
  };
}

/** The actions on `state`; `now` is the clock, `loadMerge` the tab merge's code (re-keying needs it). */
export function createActions(
  state: StoreApi<ItineraryState>,
  now: Clock,
  loadMerge: () => Promise<typeof import('./merge-tabs')>,
): ItineraryActions {
  return {
    ...markActions(state, now, loadMerge),
    dismissVanished: (id) => {
      state.setState((current) => {
        const { update, starredIds, changedAt } = current;
        const at = now();
        return {
          update: {
            ...update,
            at: changeTime(update.at, at),
            vanished: update.vanished.filter((gone) => gone.id !== id),
          },
          starredIds: starredIds.filter((other) => other !== id),
          changedAt: { ...changedAt, [id]: changeTime(changedAt[id], at) },
          ...dropMaybe(current, id, at),
        };
      });
    },
    chooseZone: (mode) => {
      state.setState(({ zoneModeAt }) => ({ zoneMode: mode, zoneModeAt: changeTime(zoneModeAt, now()) }));
    },
    dismissStorageNotice: () => {
      state.setState({ noticeDismissed: true });
    },
    recordExport: (record) => {
      state.setState(({ exports }) => ({ exports: { ...exports, ...record } }));
    },
    readExports: () => state.getState().exports,
    rememberQuery: (query) => {
      if (state.getState().lastQuery !== query) state.setState({ lastQuery: query });
    },
    recordUpdate: (changes, vanished) => {
      state.setState(({ update }) => ({ update: { at: changeTime(update.at, now()), changes, vanished } }));
    },
    dismissChanges: () => {
      state.setState(({ update }) => ({ update: { ...update, at: changeTime(update.at, now()), changes: [] } }));
    },
    readState: () => state.getState(),
  };
}
