/**
 * Trust (issue 15), in real Chromium: no star is lost or moved by a real update, every schedule shows its
 * real time, paper and links never mislead, nothing is lost in the gaps between tabs and writes.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';

const LONG_TITLES = [
  'Establishing a High-Performance and Productive Ecosystem for Distributed Execution of Python Functions Using Globus Compute',
  'Serverless HPC: Challenges, Opportunities, and Future Prospects for Accelerated Cloud Computing',
  'Workflows Community: Collaborative Pathways for Designing an Integrated Infrastructure for Research Excellence',
] as const;

async function starAll(page: Page, titles: readonly string[]) {
  for (const title of titles) await page.getByRole('button', { name: `Star ${title}`, exact: true }).click();
}

/** Printable widths (page less the 12 mm margins of @page) in CSS px, 96 px to the inch. */
const PRINTABLE = { A4: ((210 - 24) / 25.4) * 96, Letter: ((215.9 - 24) / 25.4) * 96 } as const;

for (const [paper, width] of Object.entries(PRINTABLE)) {
  test(`the printed agenda in My time lays out both time lines beside long titles without overlap (${paper})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ timezoneId: 'Asia/Tokyo', viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.print = () => undefined;
    });
    await page.goto('/');
    await page.getByRole('radio', { name: /My time/ }).check();
    await starAll(page, LONG_TITLES);
    await page.getByRole('link', { name: /My agenda/ }).click();
    await page.getByRole('button', { name: 'Print agenda' }).click();
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: Math.floor(width), height: 1100 });
    const rows = await page.evaluate(() => {
      /** Where the text inside an element is drawn (an element's box does not grow with overflowing text). */
      const inked = (element: Element | null) => {
        if (!element) return null;
        const range = document.createRange();
        range.selectNodeContents(element);
        const { left, right, top, bottom } = range.getBoundingClientRect();
        return { left, right, top, bottom };
      };
      return [...document.querySelectorAll('.print-session')].map((row) => ({
        row: inked(row),
        time: inked(row.querySelector('.print-time')),
        eventTime: inked(row.querySelector('.print-event-time')),
        what: inked(row.querySelector('.print-what')),
        qr: row.querySelector('svg, img, canvas')?.getBoundingClientRect() ?? null,
        page: document.documentElement.clientWidth,
      }));
    });
    expect(rows).toHaveLength(LONG_TITLES.length);
    const apart = (a: { right: number; left: number } | null, b: { left: number } | null) =>
      a !== null && b !== null && a.right <= b.left + 0.5;
    for (const row of rows) {
      // The event's own time is printed, under the viewer's, inside the time column.
      expect(row.eventTime).not.toBeNull();
      expect(apart(row.time, row.what)).toBe(true);
      expect(apart(row.eventTime, row.what)).toBe(true);
      if (row.qr) expect(apart(row.what, row.qr)).toBe(true);
      expect(row.row?.right ?? Infinity).toBeLessThanOrEqual(row.page + 0.5);
    }
    await context.close();
  });
}

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));
const THIRTY_NINE_C3 = gunzipSync(fixture('real/39c3-everything.schedule.json.gz'));
const TITLE = '39th Chaos Communications Congress';

async function openFile(page: Page, name: string, body: Buffer) {
  await page.getByLabel('Open a schedule').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: body });
}

for (const delay of [0, 100, 300]) {
  test(`a reload ${String(delay)} ms after a file is opened shows that conference`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto('/');
    // A big file on a slow phone (CPU 6× slower): its IndexedDB write takes long enough for a reload to
    // fall into it, if one can.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    await openFile(page, '39c3-everything.schedule.json', THIRTY_NINE_C3);
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible({ timeout: 25_000 });
    await page.waitForTimeout(delay);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible({ timeout: 10_000 });
    await expect(page.getByText(/cannot be shown/)).toHaveCount(0);
  });
}

test('a damaged “last viewed” value opens the bundled schedule, with a note', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => {
    window.localStorage.setItem('itinerary:last-conference', '\u0000not a conference{');
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Parsl at SC24' })).toBeVisible();
  await expect(page.getByText(/The conference last viewed here .* cannot be shown/)).toBeVisible();
  await page.reload();
  // The note is said once: the memory now names the bundled schedule.
  await expect(page.getByRole('heading', { level: 1, name: 'Parsl at SC24' })).toBeVisible();
  await expect(page.getByText(/The conference last viewed here/)).toHaveCount(0);
});
