import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';
import { freePort } from './scripts/free-port';

// A port nothing listens on now: the end-to-end tests never meet `npm start` (4173) or another run. The
// config is read again in each worker process; they inherit the port the runner chose.
process.env.ITINERARY_E2E_PORT ??= String(await freePort());
const port = Number(process.env.ITINERARY_E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL,
    browserName: 'chromium',
    // Times follow the browser's locale (12- or 24-hour clock): pinned, so no machine's settings leak in.
    locale: 'en-US',
    // Debian's Chromium (installed by .ci/run), never a downloaded browser.
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  // The real built app (`npm run build` runs first in `npm test`), served as in production, on a port of
  // its own: never a server that happened to be running already.
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
