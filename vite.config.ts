import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { bundledSchedule } from './scripts/vite/bundled-schedule';

// The schedule the app opens with: the Parsl SC24 post, or the one `npm run build:conference` imported.
const defaultSchedule = process.env.ITINERARY_DEFAULT_SCHEDULE
  ? resolve(process.env.ITINERARY_DEFAULT_SCHEDULE)
  : fileURLToPath(new URL('./src/data/parsl-sc24.json', import.meta.url));

export default defineConfig({
  plugins: [
    react(),
    bundledSchedule(defaultSchedule),
    // Offline after one visit: a service worker precaches the app and its schedule (kept schedules are in
    // IndexedDB). A new version waits until the attendee chooses to reload (src/app/service-worker.ts
    // registers it and offers the update; workbox-window is not needed for that).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Itinerary',
        short_name: 'Itinerary',
        description: 'Your personal, printable, time-zone-aware conference agenda.',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: '#1f5fbf',
        background_color: '#f3f5f9',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest}'],
        // A conference's own build may bundle a schedule of many megabytes; it must work offline too.
        maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  // Relative asset addresses: the built app works from any path of any static host.
  base: './',
  build: {
    target: 'es2022',
    // Every browser the es2022 target runs in has modulepreload: Vite's polyfill would be dead weight.
    modulePreload: { polyfill: false },
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'start',
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]|src[\\/]schedule[\\/]time(-format)?\.ts|vite[\\/]preload-helper|jsx-runtime/,
            },
          ],
        },
      },
    },
  },
  preview: {
    port: 4173,
    strictPort: true,
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./tests/setup.ts'],
    restoreMocks: true,
  },
});
