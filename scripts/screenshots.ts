/**
 * Screenshots of the real built app for the README: the main view and My agenda, at desktop and phone
 * widths, with a few sessions starred. `npm run build && npm run screenshots`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startBuiltApp } from './browser';

const OUT = 'docs/screenshots';
const SECOND_BOF =
  'Workflows Community: Collaborative Pathways for Designing an Integrated Infrastructure for Research Excellence';
const STARRED = [
  'Seesaw: Elastic Scaling for Task-Based Distributed Programs',
  'Making Sense of the Chaos: Best Practices for HPC Software Sustainability Strategies and Metrics',
  SECOND_BOF,
  'IRI: What Novel Interfaces Will HPC Expose for Cross-Facility Workflows?',
];
const SIZES = [
  { name: 'desktop', viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
  { name: 'phone', viewport: { width: 390, height: 844 }, colorScheme: 'light' },
  { name: 'phone-dark', viewport: { width: 390, height: 844 }, colorScheme: 'dark' },
] as const;

/** Toggles "Maybe" on the second of the two overlapping Tuesday BoFs in My agenda. */
async function maybeSecondBof(page: Page): Promise<void> {
  await page.getByRole('article', { name: SECOND_BOF }).getByRole('button', { name: 'Maybe', exact: true }).click();
}

const app = await startBuiltApp(4180);
try {
  mkdirSync(OUT, { recursive: true });
  for (const size of SIZES) {
    const context = await app.browser.newContext({
      viewport: size.viewport,
      colorScheme: size.colorScheme,
      timezoneId: 'Europe/Berlin',
      locale: 'en-US',
    });
    const page = await context.newPage();
    await page.goto(app.url);
    for (const title of STARRED) await page.getByRole('button', { name: `Star ${title}`, exact: true }).click();
    await page.evaluate(() => {
      window.scrollTo(0, 0);
    });
    await page.screenshot({ path: `${OUT}/main-${size.name}.png` });
    await page.getByRole('link', { name: /My agenda/ }).click();
    await page.getByRole('heading', { level: 2 }).first().waitFor({ state: 'attached' });
    await page.screenshot({ path: `${OUT}/agenda-${size.name}.png`, fullPage: true });
    // The timeline with the conflict resolved: the second BoF a maybe, drawn lighter beside the first.
    await maybeSecondBof(page);
    await page.getByRole('button', { name: 'Timeline' }).click();
    await page.locator('.timeline').first().waitFor();
    await page.screenshot({ path: `${OUT}/timeline-${size.name}.png`, fullPage: true });
    await page.getByRole('button', { name: 'List' }).click();
    await maybeSecondBof(page);
    await context.close();
    console.log(`${OUT}/main-${size.name}.png, ${OUT}/agenda-${size.name}.png`);
  }
  // The printed agenda: three starred sessions, printed to A4 by Chromium, rendered to PNG by pdftoppm.
  const context = await app.browser.newContext({ timezoneId: 'Europe/Berlin', locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(app.url);
  for (const title of STARRED.slice(1)) await page.getByRole('button', { name: `Star ${title}`, exact: true }).click();
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.getByRole('link', { name: /My agenda/ }).click();
  // The second BoF as a maybe: printed as an "or:" line under the first.
  await maybeSecondBof(page);
  await page.getByRole('button', { name: 'Print agenda' }).click();
  await page.emulateMedia({ media: 'print' });
  await page
    .getByRole('img', { name: /^QR code for/ })
    .first()
    .waitFor();
  const pdf = join(mkdtempSync(join(tmpdir(), 'itinerary-')), 'agenda.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4' }));
  execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', pdf, `${OUT}/print-a4`]);
  await context.close();
  console.log(`${OUT}/print-a4.png`);
} finally {
  await app.close();
}
