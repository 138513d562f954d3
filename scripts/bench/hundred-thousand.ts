/**
 * A festival-sized file opened in the page (issue 16): 100,000 iCalendar events in a named zone
 * (tests/helpers/calendars.ts), from the file input's change to the first card of the opened calendar
 * and until it is kept in IndexedDB, with every long task of the page's thread (Chromium's Long Tasks
 * API: tasks over 50 ms) recorded meanwhile. The import runs in the app's Web Worker; what the page's
 * thread does is receive the result, keep it, and show it. `tsx scripts/bench/hundred-thousand.ts`
 * measures the built app in dist/ on its own; bench.ts reports it with the rest.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { namedZoneCalendar } from '../../tests/helpers/calendars';

export const EVENTS = 100_000;

export interface HundredThousandRun {
  /** ms from the file input's change to the first card of the opened calendar. */
  readonly firstCard: number;
  /** ms from the change until the schedule is kept in IndexedDB. */
  readonly kept: number;
  /** The longest task of the page's thread meanwhile, ms (0: none over 50 ms). */
  readonly longestTask: number;
  readonly longTasks: number;
  /** Every long task, ms, in order. */
  readonly tasks: readonly number[];
}

/** Runs in the page before its scripts: records long tasks and when a file is chosen. */
function watchThread(): void {
  const seen: { tasks: number[]; changedAt: number | null } = { tasks: [], changedAt: null };
  Object.assign(window, { __thread: seen });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (seen.changedAt !== null) seen.tasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: false });
  document.addEventListener(
    'change',
    (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'file') seen.changedAt = performance.now();
    },
    true,
  );
}

export async function measureHundredThousand(browser: Browser, pageUrl: string): Promise<HundredThousandRun> {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  const folder = mkdtempSync(join(tmpdir(), 'itinerary-100k-'));
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: `var __name = (t) => t; (${watchThread.toString()})();` });
    await page.goto(pageUrl);
    await page.locator('article').first().waitFor();
    // From a file on disk, as a browser's file picker gives it: a buffer would be built into a File by
    // Playwright's own script in the page, seconds of the page's thread that are not the app's.
    const file = join(folder, 'festival.ics');
    writeFileSync(file, namedZoneCalendar(EVENTS));
    await page.getByLabel('Open a schedule').setInputFiles(file);
    await page.waitForFunction(
      () => document.querySelector('h1')?.textContent === 'Calendar' && document.querySelector('article') !== null,
      undefined,
      { timeout: 300_000, polling: 16 },
    );
    const firstCard = await page.evaluate(() => performance.now());
    await page.waitForFunction(
      async () => {
        const names = (await indexedDB.databases()).map((database) => database.name);
        if (!names.includes('itinerary-conferences')) return false;
        return new Promise<boolean>((resolve) => {
          const request = indexedDB.open('itinerary-conferences');
          request.onsuccess = () => {
            const db = request.result;
            const stores = [...db.objectStoreNames];
            const tx = db.transaction(stores, 'readonly');
            const counts = stores.map((store) => tx.objectStore(store).count());
            tx.oncomplete = () => {
              db.close();
              resolve(counts.some((count) => count.result > 0));
            };
          };
          request.onerror = () => {
            resolve(false);
          };
        });
      },
      undefined,
      { timeout: 300_000, polling: 100 },
    );
    const kept = await page.evaluate(() => performance.now());
    // A moment for the last tasks to be reported.
    await page.waitForTimeout(500);
    const thread = await page.evaluate(() => {
      const seen: unknown = Reflect.get(window, '__thread');
      const tasks: unknown = typeof seen === 'object' && seen !== null ? Reflect.get(seen, 'tasks') : [];
      const changedAt: unknown = typeof seen === 'object' && seen !== null ? Reflect.get(seen, 'changedAt') : 0;
      return {
        tasks: Array.isArray(tasks) ? tasks.map(Number) : [],
        changedAt: typeof changedAt === 'number' ? changedAt : 0,
      };
    });
    return {
      firstCard: firstCard - thread.changedAt,
      kept: kept - thread.changedAt,
      longestTask: Math.max(0, ...thread.tasks),
      longTasks: thread.tasks.length,
      tasks: thread.tasks.map(Math.round),
    };
  } finally {
    await context.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('hundred-thousand.ts')) {
  const { chromium } = await import('@playwright/test');
  const { CHROMIUM_ARGS, CHROMIUM_PATH } = await import('../chromium');
  const { serveFolder } = await import('../static-server');
  const site = await serveFolder('dist');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    for (let run = 0; run < Number(process.env.BENCH_RUNS ?? 3); run++) {
      console.log(await measureHundredThousand(browser, site.url));
    }
  } finally {
    await browser.close();
    await site.close();
  }
}
