/**
 * `npm run bench`: Itinerary at venue scale, in Chromium, on real data: the 38C3 schedule (1,007
 * sessions) and a 10,070-session variant of it (scripts/bench-data.ts), at 1× and 4× CPU throttle, next
 * to a plain page of the same cards measured in the same run. Every figure is the median of several
 * runs (BENCH_RUNS, 5 by default). It prints the table and writes it into docs/performance.md between
 * its markers. A benchmark, not a test: nothing here fails on a slow figure.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gunzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { format, resolveConfig } from 'prettier';
import { importSchedule } from '../src/importers/registry';
import { multiplied, realSchedule, SOURCE } from './bench-data';
import { probeScript } from './bench/probe';
import { plainPage } from './bench/plain-page';
import { EVENTS, measureHundredThousand, type HundredThousandRun } from './bench/hundred-thousand';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { serveFolder } from './static-server';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ROOT = 'node_modules/.itinerary/bench';
const SIZES = [1007, 10070] as const;
const THROTTLES = [1, 4] as const;
const TITLE = '38C3';

type Size = (typeof SIZES)[number];
type Throttle = (typeof THROTTLES)[number];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/** The sites the runs load: the app with each schedule bundled, the plain pages, the app with Parsl. */
function prepare(): { xml: Record<Size, Buffer> } {
  rmSync(ROOT, { recursive: true, force: true });
  const schedule = realSchedule();
  const original = readFileSync(SOURCE);
  const xml: Record<Size, Buffer> = { 1007: original, 10070: multipliedXml(original.toString('utf8'), 10) };
  for (const size of SIZES) {
    const json = JSON.stringify(size === 1007 ? schedule : multiplied(schedule, size / 1007));
    cpSync('dist', join(ROOT, `app-${String(size)}`), { recursive: true });
    writeFileSync(join(ROOT, `app-${String(size)}`, 'schedule.json'), json);
    mkdirSync(join(ROOT, `plain-${String(size)}`), { recursive: true });
    writeFileSync(join(ROOT, `plain-${String(size)}`, 'index.html'), plainPage());
    writeFileSync(join(ROOT, `plain-${String(size)}`, 'schedule.json'), json);
  }
  cpSync('dist', join(ROOT, 'app-parsl'), { recursive: true });
  return { xml };
}

/** The frab XML with every event copied (own guid, id and a numbered title), as the JSON variant is. */
function multipliedXml(text: string, copies: number): Buffer {
  const out = text.replace(
    /<event guid="([^"]+)" id="(\d+)">([\s\S]*?)<\/event>/g,
    (whole, guid: string, id: string, body: string) =>
      [
        whole,
        ...Array.from({ length: copies - 1 }, (_, i) => {
          const copy = String(i + 1);
          const titled = body.replace(
            /<title>([\s\S]*?)<\/title>/,
            (_t, title: string) => `<title>${title} (${String(i + 2)})</title>`,
          );
          return `<event guid="${guid}-x${copy}" id="${id}${copy.padStart(2, '0')}">${titled}</event>`;
        }),
      ].join('\n'),
  );
  return Buffer.from(out, 'utf8');
}

/** A fresh visitor in New York (so "My time" is another zone than Berlin's), CPU throttled. */
async function visitor(browser: Browser, throttle: Throttle): Promise<{ context: BrowserContext; page: Page }> {
  // The service worker is blocked: its install (a second download of the schedule) would run during
  // the measurements. A first visit has it after the page has loaded.
  const context = await browser.newContext({
    serviceWorkers: 'block',
    timezoneId: 'America/New_York',
    locale: 'en-US',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await page.addInitScript({ content: probeScript(TITLE) });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { context, page };
}

async function firstCard(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => (window.__probe.firstCard ?? -1) > 0, undefined, { timeout: 180_000 });
  return page.evaluate(() => window.__probe.firstCard ?? NaN);
}

/** Types `text` into the search box in one step and waits for the painted frame after it. */
function search(page: Page, text: string): Promise<number> {
  return page.evaluate(async (value) => {
    const input = document.querySelector('input[type="search"]');
    if (!(input instanceof HTMLInputElement)) throw new Error('no search box');
    const t0 = performance.now();
    // The prototype's setter, as typing sets it: React notices the change (an own-property write it would not).
    Reflect.set(HTMLInputElement.prototype, 'value', value, input);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - t0;
  }, text);
}

/** Clicks an element (by selector) and waits for the painted frame; returns the time and the renders. */
function clickToPaint(page: Page, selector: string): Promise<{ ms: number; renders: number }> {
  return page.evaluate(async (target) => {
    const element = document.querySelector(target);
    if (!(element instanceof HTMLElement)) throw new Error(`nothing matches ${target}`);
    window.__probe.renders = 0;
    const t0 = performance.now();
    element.click();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return { ms: performance.now() - t0, renders: window.__probe.renders };
  }, selector);
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

interface Figures {
  firstCard: number[];
  keystroke: number[];
  clear: number[];
  star: number[];
  starRenders: number[];
  zone: number[];
  heap: number[];
  elements: number[];
  plainFirstCard: number[];
  opened: number[];
}

function emptyFigures(): Figures {
  return {
    firstCard: [],
    keystroke: [],
    clear: [],
    star: [],
    starRenders: [],
    zone: [],
    heap: [],
    elements: [],
    plainFirstCard: [],
    opened: [],
  };
}

async function measureApp(browser: Browser, origin: string, size: Size, throttle: Throttle, figures: Figures) {
  const { context, page } = await visitor(browser, throttle);
  try {
    figures.firstCard.push(await firstCard(page, `${origin}/app-${String(size)}/`));
    await page.waitForTimeout(300);
    // A word typed letter by letter (each keystroke a new, narrower list), then cleared.
    const word = 'security';
    for (let i = 1; i <= word.length; i++) figures.keystroke.push(await search(page, word.slice(0, i)));
    figures.clear.push(await search(page, ''));
    for (let i = 0; i < 4; i++) {
      const { ms, renders } = await clickToPaint(page, 'article button[aria-pressed]');
      figures.star.push(ms);
      figures.starRenders.push(renders);
    }
    // To the visitor's zone and back.
    const radios = 'fieldset.zone-switch input[type="radio"]';
    figures.zone.push((await clickToPaint(page, `${radios}:not(:checked)`)).ms);
    figures.zone.push((await clickToPaint(page, `${radios}:not(:checked)`)).ms);
    figures.elements.push(await page.evaluate(() => document.getElementsByTagName('*').length));
    figures.heap.push(await heapAfterGc(page));
  } finally {
    await context.close();
  }
}

async function measurePlain(browser: Browser, origin: string, size: Size, throttle: Throttle, figures: Figures) {
  const { context, page } = await visitor(browser, throttle);
  try {
    figures.plainFirstCard.push(await firstCard(page, `${origin}/plain-${String(size)}/`));
  } finally {
    await context.close();
  }
}

async function measureOpen(browser: Browser, origin: string, xml: Buffer, throttle: Throttle, figures: Figures) {
  const { context, page } = await visitor(browser, throttle);
  try {
    await firstCard(page, `${origin}/app-parsl/`);
    await page.getByLabel('Open a schedule').setInputFiles({ name: '38c3.xml', mimeType: 'text/xml', buffer: xml });
    await page.waitForFunction(() => (window.__probe.openedCard ?? -1) > 0, undefined, { timeout: 300_000 });
    figures.opened.push(await page.evaluate(() => window.__probe.openedCard ?? NaN));
  } finally {
    await context.close();
  }
}

let browserVersion = '';

async function browserFigures(xml: Record<Size, Buffer>): Promise<Map<string, Figures>> {
  const site = await serveFolder(ROOT);
  const origin = site.url.replace(/\/$/, '');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  browserVersion = browser.version();
  const results = new Map<string, Figures>();
  try {
    for (const throttle of THROTTLES) {
      for (const size of SIZES) {
        const figures = emptyFigures();
        // Interleaved, so that a slow spell of the machine falls on both pages alike.
        for (let run = 0; run < RUNS; run++) {
          await measurePlain(browser, origin, size, throttle, figures);
          await measureApp(browser, origin, size, throttle, figures);
          await measureOpen(browser, origin, xml[size], throttle, figures);
        }
        results.set(`${String(size)}@${String(throttle)}`, figures);
        console.error(`measured ${String(size)} sessions at ${String(throttle)}× CPU`);
      }
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return results;
}

const ms = (value: number) =>
  value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 1 : 0)} ms`;

interface Row {
  readonly label: string;
  readonly value: (figures: Figures) => number;
  readonly format: (value: number) => string;
  /** The goal at 10,070 sessions, 1× CPU (and the 4× line for interactions). */
  readonly goal?: {
    readonly limit: (figures: Map<string, Figures>) => number;
    readonly text: string;
    readonly interaction?: boolean;
  };
}

const ROWS: readonly Row[] = [
  {
    label: 'first card painted, bundled schedule (from navigation)',
    value: (f) => median(f.firstCard),
    format: ms,
    goal: { limit: () => 1100, text: '≤ 1.1 s, and faster than the plain page' },
  },
  { label: 'plain page (one innerHTML): first card painted', value: (f) => median(f.plainFirstCard), format: ms },
  {
    label: 'first card painted after opening the file (frab XML)',
    value: (f) => median(f.opened),
    format: ms,
    goal: { limit: () => 2000, text: '≤ 2 s' },
  },
  {
    label: 'search keystroke to painted list',
    value: (f) => median(f.keystroke),
    format: ms,
    goal: { limit: () => 50, text: '≤ 50 ms', interaction: true },
  },
  {
    label: 'clear search to painted list',
    value: (f) => median(f.clear),
    format: ms,
    goal: { limit: () => 50, text: '≤ 50 ms', interaction: true },
  },
  {
    label: 'star toggle to next frame',
    value: (f) => median(f.star),
    format: ms,
    goal: { limit: () => 16, text: '≤ 16 ms', interaction: true },
  },
  {
    label: 'component renders per star toggle',
    value: (f) => median(f.starRenders),
    format: (v) => String(v),
    goal: { limit: () => 3, text: '≤ 3' },
  },
  {
    label: 'zone switch to painted list',
    value: (f) => median(f.zone),
    format: ms,
    goal: { limit: () => 50, text: '≤ 50 ms', interaction: true },
  },
  {
    label: 'elements in the page',
    value: (f) => median(f.elements),
    format: (v) => v.toLocaleString('en-US'),
    goal: { limit: () => 3000, text: '≤ 3,000' },
  },
  {
    label: 'JS heap after GC',
    value: (f) => median(f.heap),
    format: (v) => `${v.toFixed(1)} MB`,
    goal: { limit: () => 40, text: '≤ 40 MB' },
  },
];

function verdict(row: Row, results: Map<string, Figures>): string {
  const goal = row.goal;
  if (!goal) return '';
  const big = results.get('10070@1');
  const slow = results.get('10070@4');
  if (!big || !slow) return '';
  const value = row.value(big);
  const limit = goal.limit(results);
  const parts: string[] = [];
  parts.push(value <= limit ? 'met' : `missed by ${row.format(value - limit)}`);
  if (row.label.startsWith('first card painted, bundled')) {
    const plain = median(big.plainFirstCard);
    parts.push(
      value < plain
        ? `${(plain / value).toFixed(1)}× faster than plain`
        : `${(value / plain).toFixed(1)}× slower than plain`,
    );
  }
  if (goal.interaction) {
    const atFour = row.value(slow);
    parts.push(atFour <= 200 ? '4×: met (≤ 200 ms)' : `4×: missed by ${row.format(atFour - 200)}`);
  }
  return parts.join('; ');
}

function table(results: Map<string, Figures>): string {
  const header = `| at ${String(RUNS)} runs each (medians) | 1,007 · 1× | 1,007 · 4× | 10,070 · 1× | 10,070 · 4× | goal at 10,070 | verdict |`;
  const lines = [header, '|---|---|---|---|---|---|---|'];
  for (const row of ROWS) {
    const cells = (['1007@1', '1007@4', '10070@1', '10070@4'] as const).map((key) => {
      const figures = results.get(key);
      return figures ? row.format(row.value(figures)) : '–';
    });
    lines.push(`| ${row.label} | ${cells.join(' | ')} | ${row.goal?.text ?? ''} | ${verdict(row, results)} |`);
  }
  return lines.join('\n');
}

/** The importers on the real schedules in tests/fixtures/real (what the page's worker runs). */
function importFigures(): string[] {
  const lines: string[] = [];
  for (const [name, file] of [
    ['39C3, frab JSON (895 events, 2.6 MB)', '39c3-everything.schedule.json.gz'],
    ['38C3, frab XML (1,007 events, 2.2 MB)', '38c3-schedule-20251206.xml.gz'],
  ] as const) {
    const bytes = new Uint8Array(gunzipSync(readFileSync(`tests/fixtures/real/${file}`)));
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const result = importSchedule(bytes);
      times.push(performance.now() - started);
      if (!result.ok) throw new Error(`${file}: ${result.error}`);
    }
    lines.push(`- import ${name} in Node: ${ms(median(times))}`);
  }
  return lines;
}

/** Writes the table into docs/performance.md between its markers, formatted as `npm run lint` expects. */
async function writeReport(text: string): Promise<void> {
  const path = 'docs/performance.md';
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const current = readFileSync(path, 'utf8');
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  if (from === -1 || to === -1) throw new Error(`${path} has no ${start} … ${end} markers`);
  const next = `${current.slice(0, from + start.length)}\n${text}\n${current.slice(to)}`;
  writeFileSync(path, await format(next, { ...(await resolveConfig(path)), filepath: path }));
}

/** The 100,000-event calendar opened in the built app (scripts/bench/hundred-thousand.ts), 1× CPU. */
async function hundredThousandFigures(): Promise<string[]> {
  const site = await serveFolder('dist');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const runs: HundredThousandRun[] = [];
  try {
    for (let run = 0; run < Math.min(RUNS, 3); run++) runs.push(await measureHundredThousand(browser, site.url));
  } finally {
    await browser.close();
    await site.close();
  }
  const count = EVENTS.toLocaleString('en-US');
  return [
    `- open a ${count}-event iCalendar file (18 MB, a named zone) in the page, 1× CPU, ${String(runs.length)} runs: first card ${ms(median(runs.map((r) => r.firstCard)))}, kept ${ms(median(runs.map((r) => r.kept)))}; the page's longest task meanwhile ${ms(median(runs.map((r) => r.longestTask)))} (goal ≤ 200 ms), ${String(median(runs.map((r) => r.longTasks)))} tasks over 50 ms`,
  ];
}

const { xml } = prepare();
const results = await browserFigures(xml);
const hundredThousand = await hundredThousandFigures();
const report = [
  `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: Debian's Chromium ${browserVersion}, ${String(RUNS)} runs.`,
  '',
  table(results),
  '',
  ...importFigures(),
  ...hundredThousand,
].join('\n');
console.log(report);
await writeReport(report);
