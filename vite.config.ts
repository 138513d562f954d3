import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { bundledSchedule } from './scripts/vite/bundled-schedule';

// The schedule the app opens with: the Parsl SC24 post, or the one `npm run build:conference` imported.
const defaultSchedule = process.env.ITINERARY_DEFAULT_SCHEDULE
  ? resolve(process.env.ITINERARY_DEFAULT_SCHEDULE)
  : fileURLToPath(new URL('./src/data/parsl-sc24.json', import.meta.url));

export default defineConfig({
  plugins: [react(), bundledSchedule(defaultSchedule)],
  // Relative asset addresses: the built app works from any path of any static host.
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
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
