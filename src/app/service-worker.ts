/**
 * The service worker (built by vite-plugin-pwa into sw.js) and what the page says about it: whether the
 * browser is offline, and whether a new version is waiting. A new version never takes over by itself:
 * it waits until the attendee chooses "Update available — reload" (a reload under their thumb, mid-search,
 * would lose their place).
 */
import { useSyncExternalStore } from 'react';

export interface AppStatus {
  readonly online: boolean;
  /** Set when a new version is installed and waiting: activates it, then the page reloads. */
  readonly applyUpdate: (() => void) | null;
}

let status: AppStatus = { online: typeof navigator === 'undefined' || navigator.onLine, applyUpdate: null };
const listeners = new Set<() => void>();

function set(next: Partial<AppStatus>): void {
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

/** Registers ./sw.js (relative: the app may live under any path) and follows the connection. */
export function startServiceWorker(): void {
  window.addEventListener('online', () => {
    set({ online: true });
  });
  window.addEventListener('offline', () => {
    set({ online: false });
  });
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  let reloading = false;
  const offer = (waiting: ServiceWorker) => {
    set({
      applyUpdate: () => {
        navigator.serviceWorker.addEventListener('controllerchange', () => {
          if (reloading) return;
          reloading = true;
          window.location.reload();
        });
        waiting.postMessage({ type: 'SKIP_WAITING' });
      },
    });
  };
  void navigator.serviceWorker.register('./sw.js').then(
    (registration) => {
      // A waiting worker only replaces one in control: on the first visit nothing is offered.
      if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'installed' && navigator.serviceWorker.controller) offer(installing);
        });
      });
    },
    () => undefined, // No service worker (a private window, a file:// page): the app works online as before.
  );
}
