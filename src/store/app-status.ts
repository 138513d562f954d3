/**
 * What the page says about itself in its status corner: whether the browser is offline, whether a new
 * version is waiting, whether a part of the code could not be loaded. A small module store (no
 * persistence); src/app/service-worker.ts writes it, the status bar reads it.
 */
import { useSyncExternalStore } from 'react';

export interface AppStatus {
  readonly online: boolean;
  /** Set when a new version is installed and waiting: activates it, then the page reloads. */
  readonly applyUpdate: (() => void) | null;
  /** A part of the app's code could not be loaded (a chunk that 404s after a new version was published). */
  readonly partMissing?: true;
}

let status: AppStatus = { online: typeof navigator === 'undefined' || navigator.onLine, applyUpdate: null };
const listeners = new Set<() => void>();

export function setAppStatus(next: Partial<AppStatus>): void {
  status = { ...status, ...next };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useAppStatus(): AppStatus {
  return useSyncExternalStore(subscribe, () => status);
}
