/**
 * Screenshots of the real built app for the README: the main view and My agenda, at desktop and phone
 * widths, with a few sessions starred. `npm run build && npm run screenshots`.
 */
import { mkdirSync } from 'node:fs';
import { startBuiltApp } from './browser';

const OUT = 'docs/screenshots';
const STARRED = [
  'Seesaw: Elastic Scaling for Task-Based Distributed Programs',
  'Making Sense of the Chaos: Best Practices for HPC Software Sustainability Strategies and Metrics',
  'Workflows Community: Collaborative Pathways for Designing an Integrated Infrastructure for Research Excellence',
  'IRI: What Novel Interfaces Will HPC Expose for Cross-Facility Workflows?',
];
const SIZES = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;

const app = await startBuiltApp(4180);
try {
  mkdirSync(OUT, { recursive: true });
  for (const size of SIZES) {
    const context = await app.browser.newContext({
      viewport: size.viewport,
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
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await page.screenshot({ path: `${OUT}/agenda-${size.name}.png`, fullPage: true });
    await context.close();
    console.log(`${OUT}/main-${size.name}.png, ${OUT}/agenda-${size.name}.png`);
  }
} finally {
  await app.close();
}
