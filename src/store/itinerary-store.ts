/**
 * The attendee's own state for one conference: starred sessions and the chosen time zone, persisted in
 * localStorage under `itinerary:<conference id>`. The one module (with safe-storage.ts) that imports
 * zustand; components use the hooks and the actions object, never the store itself.
 */
import { createContext, createElement, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { persist } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SessionId } from '../schedule/types';
import type { ExportRecord } from '../schedule/ics';
import {
  createSafeStorage,
  PERSIST_VERSION,
  readableIds,
  type KeyValueStorage,
  type PersistedItinerary,
  type StorageStatus,
  type ZoneMode,
} from './safe-storage';

export type { ZoneMode, StorageStatus, Recovery } from './safe-storage';

interface ItineraryState extends PersistedItinerary {
  /** The storage notice was read and closed. Not persisted. */
  readonly noticeDismissed: boolean;
}

export interface ItineraryActions {
  readonly toggleStar: (id: SessionId) => void;
  /** Adds ids to the stars, keeping every existing one. */
  readonly addSharedSessions: (ids: readonly SessionId[]) => void;
  readonly chooseZone: (mode: ZoneMode) => void;
  readonly dismissStorageNotice: () => void;
  /** Keeps what a calendar export held (merged with what earlier exports held). */
  readonly recordExport: (record: ExportRecord) => void;
  /** What earlier exports held; read when exporting, so it needs no subscription. */
  readonly readExports: () => ExportRecord;
}

interface ItineraryStores {
  readonly state: StoreApi<ItineraryState>;
  readonly status: StoreApi<StorageStatus>;
  readonly actions: ItineraryActions;
  /** Stops following other tabs. */
  readonly dispose: () => void;
}

export function storageName(conferenceId: string): string {
  return `itinerary:${conferenceId}`;
}

function browserStorage(): KeyValueStorage {
  return window.localStorage;
}

export function createItineraryStores(
  conferenceId: string,
  getStorage: () => KeyValueStorage = browserStorage,
): ItineraryStores {
  const status = createStore<StorageStatus>(() => ({ saveFailed: false, recovery: null }));
  const name = storageName(conferenceId);
  const state = createStore<ItineraryState>()(
    persist((): ItineraryState => ({ starredIds: [], zoneMode: 'event', exports: {}, noticeDismissed: false }), {
      name,
      version: PERSIST_VERSION,
      storage: createSafeStorage(getStorage, status),
      partialize: ({ starredIds, zoneMode, exports }): PersistedItinerary => ({ starredIds, zoneMode, exports }),
      // Version 0 never shipped; any older shape keeps whatever stars it holds.
      migrate: (persisted): PersistedItinerary => ({
        starredIds: readableIds(persisted),
        zoneMode: 'event',
        exports: {},
      }),
    }),
  );

  const actions: ItineraryActions = {
    toggleStar: (id) => {
      state.setState(({ starredIds }) => ({
        starredIds: starredIds.includes(id) ? starredIds.filter((other) => other !== id) : [...starredIds, id],
      }));
    },
    addSharedSessions: (ids) => {
      state.setState(({ starredIds }) => ({
        starredIds: [...starredIds, ...ids.filter((id) => !starredIds.includes(id))],
      }));
    },
    chooseZone: (mode) => {
      state.setState({ zoneMode: mode });
    },
    dismissStorageNotice: () => {
      state.setState({ noticeDismissed: true });
    },
    recordExport: (record) => {
      state.setState(({ exports }) => ({ exports: { ...exports, ...record } }));
    },
    readExports: () => state.getState().exports,
  };

  // Another tab changed the stars: read them again (the `storage` event fires only in other tabs).
  const onStorage = (event: StorageEvent) => {
    if (event.key === name) void state.persist.rehydrate();
  };
  if (typeof window !== 'undefined') window.addEventListener('storage', onStorage);
  return {
    state,
    status,
    actions,
    dispose: () => {
      if (typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
    },
  };
}

const StoresContext = createContext<ItineraryStores | null>(null);

export function ItineraryStoreProvider({ conferenceId, children }: { conferenceId: string; children: ReactNode }) {
  const [stores] = useState(() => createItineraryStores(conferenceId));
  useEffect(() => stores.dispose, [stores]);
  return createElement(StoresContext.Provider, { value: stores }, children);
}

/** For tests: provide stores made with a chosen storage. */
export function ItineraryStoresProvider({ stores, children }: { stores: ItineraryStores; children: ReactNode }) {
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

export function useStarCount(): number {
  return useStore(useStores().state, (s) => s.starredIds.length);
}

export function useZoneMode(): ZoneMode {
  return useStore(useStores().state, (s) => s.zoneMode);
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
