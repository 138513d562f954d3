/**
 * The service worker (built by vite-plugin-pwa into sw.js) and what the page says about it: whether the
 * browser is offline, and whether a new version is waiting. A new version never takes over by itself:
 * it waits until the attendee chooses "Update available — reload" (a reload under their thumb, mid-search,
 * would lose their place).
 */
import { setAppStatus as set } from '../store/app-status';

/** Said by an error boundary (src/ui/part.tsx), or by Vite's loader when a lazy chunk fails. */
function reportMissingPart(): void {
  set({ partMissing: true });
}

/** Registers ./sw.js (relative: the app may live under any path) and follows the connection. */
export function startServiceWorker(): void {
  window.addEventListener('online', () => {
    set({ online: true });
  });
  window.addEventListener('offline', () => {
    set({ online: false });
  });
  // Firefox may not say "online" to a page loaded offline: the page asks again whenever it is looked at.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') set({ online: navigator.onLine });
  });
  window.addEventListener('vite:preloadError', reportMissingPart);
  window.addEventListener('itinerary:part-missing', reportMissingPart);
  // A schedule fetched from its address (src/library/open-schedule.ts): the network is there.
  window.addEventListener('itinerary:reached-network', () => {
    set({ online: true });
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
