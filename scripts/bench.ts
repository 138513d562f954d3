/**
 * `npm run bench`: speed of the built app in Chromium and of the domain on a large schedule.
 * Every figure is the median of several runs; nothing here asserts a time (those are in no test).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { gunzipSync } from 'node:zlib';
import { importSchedule } from '../src/importers/registry';
import { applyFilters, countOptions, filterOptions, NO_FILTERS } from '../src/schedule/filter';
import { buildAgenda, groupByDay } from '../src/schedule/agenda';
import type { Session } from '../src/schedule/types';
import { startBuiltApp } from './browser';

const RUNS = 7;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function report(name: string, values: readonly number[]): void {
  console.log(
    `${name.padEnd(58)} median ${median(values).toFixed(1).padStart(7)} ms  (${values.length} runs, ${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)})`,
  );
}

/** 10,000 sessions over 5 days in 100 rooms, typed and described, starting every 15 minutes. */
function largeSchedule(count: number): Session[] {
  const types = ['Talk', 'Workshop', 'BOF', 'Poster', 'Panel', 'Keynote'];
  return Array.from({ length: count }, (_, i) => {
    const day = 17 + (i % 5);
    const minutes = 8 * 60 + ((i * 15) % (10 * 60));
    const start = new Date(Date.UTC(2024, 10, day, 5 + Math.floor(minutes / 60), minutes % 60));
    const end = new Date(start.getTime() + (30 + (i % 4) * 30) * 60_000);
    return {
      id: `s${i}`,
      title: `Session ${i}: Scaling ${types[i % types.length] ?? ''} workflows for Zürich ${i % 97}`,
      start: start.toISOString(),
      end: end.toISOString(),
      type: types[i % types.length] ?? 'Talk',
      room: { name: `Room ${i % 100}` },
      people: [`Speaker ${i % 300}`],
      description: `A description of session ${i} about high-performance computing, data and café culture.`,
      links: [],
    };
  });
}

async function browserFigures(): Promise<void> {
  const app = await startBuiltApp(4181);
  try {
    const load: number[] = [];
    const toggle: number[] = [];
    const search: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await app.browser.newContext();
      const page = await context.newPage();
      await page.goto(app.url);
      await page.getByRole('article').first().waitFor();
      // From navigation start to the seven cards on screen, as the page itself measures it.
      load.push(
        await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              requestAnimationFrame(() => {
                resolve(performance.now());
              });
            }),
        ),
      );
      // A star toggle: click to the next frame after the button says it is pressed.
      for (const title of ['Making Sense of the Chaos', 'Workflows Community', 'Making Sense of the Chaos']) {
        toggle.push(
          await page.evaluate(async (start) => {
            const button = [...document.querySelectorAll('button[aria-pressed]')].find((b) =>
              b.getAttribute('aria-label')?.startsWith(`Star ${start}`),
            );
            if (!(button instanceof HTMLButtonElement)) throw new Error('no star button');
            const before = button.getAttribute('aria-pressed');
            const t0 = performance.now();
            button.click();
            while (button.getAttribute('aria-pressed') === before) await new Promise((r) => setTimeout(r, 0));
            await new Promise((r) => requestAnimationFrame(r));
            return performance.now() - t0;
          }, title),
        );
      }
      // A search: typing one more letter to the list updating.
      const box = page.getByRole('searchbox', { name: 'Search sessions' });
      const t0 = Date.now();
      await box.fill('collaborative pathways');
      await page.waitForFunction(() => document.querySelectorAll('article').length === 1);
      search.push(Date.now() - t0);
      await context.close();
    }
    report('Chromium: navigation start to first frame with sessions', load);
    report('Chromium: star toggle to the next painted frame', toggle);
    report('Chromium: search keystrokes to filtered list (incl. driver)', search);
  } finally {
    await app.close();
  }
}

function domainFigures(): void {
  const sessions = largeSchedule(10_000);
  const zone = 'America/New_York';
  const starred = new Set(sessions.filter((_, i) => i % 50 === 0).map((s) => s.id));
  const time = (run: () => unknown) =>
    Array.from({ length: RUNS }, () => {
      const t0 = performance.now();
      run();
      return performance.now() - t0;
    });
  const options = filterOptions(sessions, zone);
  report(
    '10,000 sessions: filter options (days, types, rooms)',
    time(() => filterOptions(sessions, zone)),
  );
  report(
    '10,000 sessions: search "zurich cafe" + a type',
    time(() => applyFilters(sessions, { ...NO_FILTERS, query: 'zurich cafe', types: ['Talk'] }, { zone, starred })),
  );
  report(
    '10,000 sessions: counts for every option',
    time(() => countOptions(sessions, { ...NO_FILTERS, days: options.days.slice(0, 1) }, { zone, starred })),
  );
  report(
    '10,000 sessions: group by day',
    time(() => groupByDay(sessions, zone)),
  );
  report(
    '200 starred sessions: agenda with gaps and overlaps',
    time(() =>
      buildAgenda(
        sessions.filter((s) => starred.has(s.id)),
        zone,
      ),
    ),
  );
}

/** The importers on the real schedules in tests/fixtures/real (what the page's worker runs). */
function importFigures(): void {
  for (const [name, file] of [
    ['import 39C3, frab JSON (895 events, 2.6 MB)', '39c3-everything.schedule.json.gz'],
    ['import 38C3, frab XML (1,007 events, 2.2 MB)', '38c3-schedule-20251206.xml.gz'],
  ] as const) {
    const bytes = new Uint8Array(gunzipSync(readFileSync(`tests/fixtures/real/${file}`)));
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const result = importSchedule(bytes);
      times.push(performance.now() - started);
      if (!result.ok) throw new Error(`${file}: ${result.error}`);
    }
    report(name, times);
  }
}

domainFigures();
importFigures();
await browserFigures();
