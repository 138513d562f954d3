/**
 * The attendee's own state for one conference: starred sessions and the chosen time zone, persisted in
 * localStorage under `itinerary:<conference id>`. The one module (with safe-storage.ts) that imports
 * zustand; components use the hooks and the actions object, never the store itself.
 */
import { createContext, createElement, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { persist } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SessionId } from '../schedule/types';
import { createSafeStorage, type KeyValueStorage, type StorageStatus } from './safe-storage';
import type { PersistedItinerary, ZoneMode } from './persisted-types';
import { readableIds } from './persisted-readers';
import { EMPTY_ITINERARY, PERSIST_VERSION, persistedPart } from './persisted-value';
import { createActions, type ItineraryActions, type ItineraryState } from './itinerary-actions';

export type { ZoneMode } from './persisted-types';
export type { StorageStatus, Recovery } from './safe-storage';
export type { ItineraryActions } from './itinerary-actions';

export interface ItineraryStores {
  readonly state: StoreApi<ItineraryState>;
  readonly status: StoreApi<StorageStatus>;
  readonly actions: ItineraryActions;
  /** Starts merging what other tabs write into this state; returns the function that stops it. */
  readonly followOtherTabs: (events?: StorageEventSource) => () => void;
}

/** Where `storage` events arrive: the window (tests give each simulated tab its own). */
export type StorageEventSource = Pick<Window, 'addEventListener' | 'removeEventListener'>;

export function storageName(conferenceId: string): string {
  return `itinerary:${conferenceId}`;
}

function browserStorage(): KeyValueStorage {
  return window.localStorage;
}

let merge: Promise<typeof import('./merge-tabs')> | null = null;
/** The merge of other tabs' changes, loaded once. */
export function loadMerge(): Promise<typeof import('./merge-tabs')> {
  merge ??= import('./merge-tabs');
  return merge;
}

export function createItineraryStores(
  conferenceId: string,
  getStorage: () => KeyValueStorage = browserStorage,
  now: () => number = Date.now,
): ItineraryStores {
  const status = createStore<StorageStatus>(() => ({ saveFailed: false, recovery: null }));
  const name = storageName(conferenceId);
  const storage = createSafeStorage(getStorage, status);
  const state = createStore<ItineraryState>()(
    persist((): ItineraryState => ({ ...EMPTY_ITINERARY, noticeDismissed: false }), {
      name,
      version: PERSIST_VERSION,
      storage,
      partialize: persistedPart,
      // Unreached: safe-storage upgrades known versions (its UPGRADES) and backs up and reads every other
      // version itself, always answering with this version. Kept so that persist never drops a value for
      // want of a migration.
      migrate: (persisted): PersistedItinerary => ({ ...EMPTY_ITINERARY, starredIds: readableIds(persisted) }),
    }),
  );

  const actions = createActions(state, now, loadMerge);

  // Another tab wrote (the `storage` event fires only in the other tabs): merge what is stored now into
  // this tab's state, star by star. Read through the safe storage, so a damaged value is backed up too.
  // The merge's code loads when this tab starts following the others (most visits have one tab); a
  // storage event is a queued task anyway, so merging a moment later changes nothing.
  // After the merge, whatever marks the stored value lacks (this tab's, written over by another tab that
  // had not seen them yet) are written back, so any number of tabs converge and nothing lives only in one
  // tab's memory. Not against a tab of an older release (its value has an older version): it would drop
  // them again and the two would take turns writing; this tab keeps them and writes them with its next change.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== name || event.newValue === null) return;
    const written = event.newValue;
    void loadMerge().then(({ hearOtherTab }) => {
      const stored = storage.getItem(name);
      if (stored === null) return;
      const mine = state.getState();
      const heard = hearOtherTab(mine, stored.state, written, PERSIST_VERSION);
      if (heard.state !== mine) state.setState(heard.state);
      else if (heard.writeBack) storage.setItem(name, { state: persistedPart(heard.state), version: PERSIST_VERSION });
    });
  };

  return {
    state,
    status,
    actions,
    followOtherTabs: (events) => {
      const source = events ?? (typeof window === 'undefined' ? undefined : window);
      if (source === undefined) return () => undefined;
      void loadMerge();
      source.addEventListener('storage', onStorage);
      return () => {
        source.removeEventListener('storage', onStorage);
      };
    },
  };
}

// One set of stores per conference for the page's lifetime: switching conferences and back finds the same
// state, and React's double rendering in StrictMode makes no second store.
const storesByConference = new Map<string, ItineraryStores>();

export function storesFor(conferenceId: string): ItineraryStores {
  let stores = storesByConference.get(conferenceId);
  if (!stores) {
    stores = createItineraryStores(conferenceId);
    storesByConference.set(conferenceId, stores);
  }
  return stores;
}

const StoresContext = createContext<ItineraryStores | null>(null);

/** The stores of `conferenceId`, following other tabs while mounted; a new id gets that conference's stores. */
export function ItineraryStoreProvider({ conferenceId, children }: { conferenceId: string; children: ReactNode }) {
  const stores = useMemo(() => storesFor(conferenceId), [conferenceId]);
  return createElement(ItineraryStoresProvider, { stores, children });
}

/** Provides given stores (tests make them with a chosen storage) and follows other tabs in an effect. */
export function ItineraryStoresProvider({ stores, children }: { stores: ItineraryStores; children: ReactNode }) {
  useEffect(() => stores.followOtherTabs(), [stores]);
  return createElement(StoresContext.Provider, { value: stores }, children);
}

function useStores(): ItineraryStores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('Itinerary hooks need an ItineraryStoreProvider above them');
  return stores;
}

export function useIsStarred(id: SessionId): boolean {
  return useStore(useStores().state, (s) => s.starredIds.includes(id));
}

/** The starred ids, the same array until the stars change. */
export function useStarredIds(): readonly SessionId[] {
  return useStore(useStores().state, (s) => s.starredIds);
}

const NO_IDS: readonly SessionId[] = [];

/** The starred ids only while `needed`; otherwise a constant, so a star toggle does not re-render the caller. */
export function useStarredIdsWhen(needed: boolean): readonly SessionId[] {
  return useStore(useStores().state, (s) => (needed ? s.starredIds : NO_IDS));
}

/** The maybes as stored, the same array until they change (an id there may have lost its star: see maybesOf). */
export function useMaybeIds(): readonly SessionId[] {
  return useStore(useStores().state, (s) => s.maybeIds);
}

/**
 * The maybes that count: those of starred sessions. A star toggle takes a maybe away, but a merge with
 * another tab can leave one on an id that is no longer starred; it counts for nothing.
 */
export function maybesOf({
  starredIds,
  maybeIds,
}: Pick<PersistedItinerary, 'starredIds' | 'maybeIds'>): Set<SessionId> {
  const starred = new Set(starredIds);
  return new Set(maybeIds.filter((id) => starred.has(id)));
}

/** maybesOf the current state, the same set until the stars or maybes change. */
export function useMaybes(): ReadonlySet<SessionId> {
  const starredIds = useStarredIds();
  const maybeIds = useMaybeIds();
  return useMemo(() => maybesOf({ starredIds, maybeIds }), [starredIds, maybeIds]);
}

/** The maybes only while `needed` (see useStarredIdsWhen). */
export function useMaybeIdsWhen(needed: boolean): readonly SessionId[] {
  return useStore(useStores().state, (s) => (needed ? s.maybeIds : NO_IDS));
}

/**
 * Calls `listener` once something is starred, now or later, and again on later changes while it is: from
 * the store's subscription, not from a render, so a star toggle re-renders nothing more for it.
 * `listener` should be stable (a module function).
 */
export function useWhileStarred(listener: () => void): void {
  const stores = useStores();
  useEffect(() => {
    if (stores.state.getState().starredIds.length > 0) listener();
    return stores.state.subscribe((s) => {
      if (s.starredIds.length > 0) listener();
    });
  }, [stores, listener]);
}

export function useStarCount(): number {
  return useStore(useStores().state, (s) => s.starredIds.length);
}

export function useZoneMode(): ZoneMode {
  return useStore(useStores().state, (s) => s.zoneMode);
}

export function useScheduleUpdate(): PersistedItinerary['update'] {
  return useStore(useStores().state, (s) => s.update);
}

export function useStorageStatus(): StorageStatus & { readonly noticeDismissed: boolean } {
  const stores = useStores();
  const saveFailed = useStore(stores.status, (s) => s.saveFailed);
  const recovery = useStore(stores.status, (s) => s.recovery);
  const noticeDismissed = useStore(stores.state, (s) => s.noticeDismissed);
  return { saveFailed, recovery, noticeDismissed };
}

export function useItineraryActions(): ItineraryActions {
  return useStores().actions;
}
