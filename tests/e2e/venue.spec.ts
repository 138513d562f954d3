/**
 * At the venue, in real Chromium: a phone (390×844), offline after one visit (the app's real service
 * worker, the network cut), installable, a dark scheme, and a big schedule whose list keeps only the
 * rows near the screen mounted.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { chromium, expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium';
import { serveFolder } from '../../scripts/static-server';

const BOF181 = 'Making Sense of the Chaos: Best Practices for HPC Software Sustainability Strategies and Metrics';
const PANEL = 'Serverless HPC: Challenges, Opportunities, and Future Prospects for Accelerated Cloud Computing';
const THIRTY_NINE_C3 = gunzipSync(
  readFileSync(new URL('../fixtures/real/39c3-everything.schedule.json.gz', import.meta.url)),
);
const TITLE_39C3 = '39th Chaos Communications Congress';

const star = (page: Page, title: string) => page.getByRole('button', { name: `Star ${title}`, exact: true });

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((violation) => `${violation.id}: ${violation.help} (${String(violation.nodes.length)})`),
  ).toEqual([]);
}

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not laid out');
  return found;
}

/** Resolves once the service worker is active; the next load of the page is under its control. */
async function serviceWorkerReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state;
  });
}

async function openBigSchedule(page: Page) {
  await page.getByLabel('Open a schedule').setInputFiles({
    name: '39c3-everything.schedule.json',
    mimeType: 'application/json',
    buffer: THIRTY_NINE_C3,
  });
  await expect(page.getByRole('heading', { level: 1, name: TITLE_39C3 })).toBeVisible({ timeout: 20_000 });
  // What follows may reload: wait until the schedule is kept in IndexedDB (written after it shows).
  // The database is only opened once the app has made it: opening it first would make it without its store.
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const names = (await indexedDB.databases()).map((database) => database.name);
        if (!names.includes('itinerary-conferences')) return 0;
        return new Promise<number>((resolve) => {
          const request = indexedDB.open('itinerary-conferences');
          request.onerror = () => {
            resolve(0);
          };
          request.onsuccess = () => {
            try {
              const count = request.result.transaction('conferences').objectStore('conferences').count();
              count.onsuccess = () => {
                resolve(count.result);
              };
            } catch {
              resolve(0);
            } finally {
              request.result.close();
            }
          };
        });
      }),
    )
    .toBe(1);
}

/**
 * One visit (the 39C3 file opened, a star), the service worker ready, the network cut, a reload: the
 * conference last viewed is back with its star, and the page says it is offline.
 */
async function offlineAfterOneVisit(page: Page, context: BrowserContext) {
  await page.goto('/');
  await openBigSchedule(page);
  await star(page, 'Opening Ceremony').click();
  await serviceWorkerReady(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: TITLE_39C3 })).toBeVisible();
  await expect(star(page, 'Opening Ceremony')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Offline: showing what this browser keeps')).toBeVisible();
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the first card is on the first screen; filters wait behind “Filters (n)”; day tabs stick and jump', async ({
    page,
  }) => {
    await page.goto('/');
    const first = page.getByRole('article').first();
    await expect(first).toBeVisible();
    // The whole card head (title, star, time) is on the first screen, not just its top edge.
    const card = await box(first.locator('.session-when'));
    expect(card.y + card.height).toBeLessThan(844);

    const toggle = page.getByRole('button', { name: 'Filters (0)' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    // The search stays at hand above the list; the other filters wait behind the button.
    const search = page.getByRole('searchbox', { name: 'Search sessions' });
    await expect(search).toBeInViewport();
    await expect(page.getByRole('group', { name: 'Type' })).toBeHidden();
    await search.fill('workflows');
    await expect(page.getByText(/^\d of 7 sessions match$/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Filters (0)' })).toBeVisible();
    await search.fill('');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: /BOF/ }).check();
    await expect(page.getByRole('button', { name: 'Filters (1)' })).toBeVisible();
    await expect(page.getByText('3 of 7 sessions match')).toBeVisible();
    // Filter options are thumb-sized.
    for (const option of await page.locator('.filters label.check').all()) {
      const { height } = await box(option);
      expect(height).toBeGreaterThanOrEqual(44);
    }
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await page.getByRole('button', { name: 'Filters (0)' }).click();

    const days = page.getByRole('navigation', { name: 'Days' });
    await days.getByRole('link', { name: 'Tue 19' }).click();
    const tuesday = page.getByRole('heading', { level: 2, name: 'Tuesday, November 19' });
    await expect(tuesday).toBeFocused();
    // The heading is just under the sticky day tabs, which stay at the top of the screen.
    const tabs = await box(days);
    expect(tabs.y).toBeLessThanOrEqual(1);
    const heading = await box(tuesday);
    expect(heading.y).toBeGreaterThanOrEqual(tabs.y + tabs.height - 1);
    expect(heading.y).toBeLessThan(tabs.y + tabs.height + 60);
    await expect(days.getByRole('link', { name: 'Tue 19' })).toHaveAttribute('aria-current', 'location');
  });

  test('during the conference, with Now and Next above the list, the first card is still on the first screen', async ({
    page,
  }) => {
    await page.clock.install({ time: new Date('2024-11-19T22:30:00Z') });
    await page.goto('/');
    await star(page, PANEL).click();
    await page.evaluate(() => {
      window.scrollTo(0, 0);
    });
    // Next's day, time and room are on screen, whatever the length of its title.
    await expect(page.getByText('Thu 10:30 AM EST, B313B-B314')).toBeInViewport();
    const card = await box(page.getByRole('article').first().locator('.session-when'));
    expect(card.y + card.height).toBeLessThan(844);
  });

  test('stars and calendar links are at least 44×44 px; descriptions show two lines until “Show more”', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('article')).toHaveCount(7);
    const targets = [
      ...(await page.getByRole('button', { name: /^Star / }).all()),
      ...(await page.getByRole('button', { name: /^\.ics file for / }).all()),
      ...(await page.getByRole('link', { name: /^Google Calendar for / }).all()),
    ];
    expect(targets).toHaveLength(21);
    for (const target of targets) {
      const { width, height } = await box(target);
      expect(Math.min(width, height)).toBeGreaterThanOrEqual(44);
    }
    const card = page.getByRole('article', { name: /^Parsl\+CWL/ });
    const text = card.locator('.session-description p').first();
    const lineHeight = await text.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
    expect((await box(text)).height).toBeLessThanOrEqual(2 * lineHeight + 1);
    await card.getByRole('button', { name: 'Show more' }).click();
    expect((await box(card.locator('.session-description p').first())).height).toBeGreaterThan(4 * lineHeight);
  });

  test('a timeline block too narrow for its text shows all of it when tapped, with its Maybe, 44 px high', async ({
    page,
  }) => {
    const bof206 =
      'Workflows Community: Collaborative Pathways for Designing an Integrated Infrastructure for Research Excellence';
    await page.goto('/');
    await star(page, BOF181).click();
    await star(page, bof206).click();
    await page.getByRole('link', { name: /My agenda/ }).click();
    await page.getByRole('button', { name: 'Timeline' }).click();
    const block = page.getByRole('article', { name: bof206 });
    const maybe = block.getByRole('button', { name: 'Maybe', exact: true });
    const clipped = (await box(block)).height;
    // Side by side at 390 px, the title alone overflows the block: the button is cut off until tapped.
    expect(await block.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
    await block.tap();
    await maybe.scrollIntoViewIfNeeded();
    expect((await box(block)).height).toBeGreaterThan(clipped);
    expect(await block.evaluate((element) => element.scrollHeight <= element.clientHeight + 1)).toBe(true);
    expect((await box(maybe)).height).toBeGreaterThanOrEqual(44);
    await maybe.tap();
    await expect(maybe).toHaveAttribute('aria-pressed', 'true');
  });

  test('dark scheme: no axe violations on the list, the open filters and My agenda; print stays black on white', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.clock.install({ time: new Date('2024-11-19T22:30:00Z') });
    await page.goto('/');
    await star(page, BOF181).click();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)');
    await page.getByRole('button', { name: /^Filters/ }).click();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: /My agenda/ }).click();
    await expect(page.getByRole('article')).toHaveCount(1);
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
    const printed = page.locator('.print-agenda');
    await expect(printed).toBeVisible();
    expect(await printed.evaluate((element) => getComputedStyle(element).color)).toBe('rgb(0, 0, 0)');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
      'rgb(255, 255, 255)',
    );
  });
});

test('the light scheme has no axe violations with the Now banner and a starred card', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.clock.install({ time: new Date('2024-11-19T22:30:00Z') });
  await page.goto('/');
  await star(page, BOF181).click();
  await expect(page.getByText(/^Now:/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('after one visit the app opens with the network cut: the last conference, its stars, an offline note', async ({
  page,
  context,
}) => {
  await offlineAfterOneVisit(page, context);
  // The bundled conference is there too, with no network.
  await page
    .getByRole('combobox', { name: 'Conference' })
    .selectOption({ label: 'Parsl at SC24 (November 17–22, 2024)' });
  await expect(page.getByRole('article')).toHaveCount(7);
  await page.getByRole('link', { name: /My agenda/ }).click();
  await expect(page.getByText('Your agenda is empty.')).toBeVisible();
  await context.setOffline(false);
  await expect(page.getByText('Offline: showing what this browser keeps')).toBeHidden();
});

test('as a new user on a phone, network cut after one visit: the last conference and its stars open, the first card is on the first screen, and it can be installed', async ({
  baseURL,
}) => {
  // Chromium offers no install in an incognito-like context (Playwright's usual one): a real profile here.
  const profile = mkdtempSync(join(tmpdir(), 'itinerary-install-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    ...(baseURL === undefined ? {} : { baseURL }),
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await offlineAfterOneVisit(page, context);
    const card = await box(page.getByRole('article').first().locator('.session-when'));
    expect(card.y + card.height).toBeLessThan(844);

    const manifest: unknown = await page.evaluate(async () => {
      const link = document.querySelector('link[rel="manifest"]');
      if (!(link instanceof HTMLLinkElement)) return null;
      const parsed: unknown = await (await fetch(link.href)).json();
      return parsed;
    });
    expect(manifest).toMatchObject({
      name: 'Itinerary',
      display: 'standalone',
      theme_color: '#1f5fbf',
      icons: expect.arrayContaining([
        expect.objectContaining({ sizes: '192x192', purpose: 'any' }),
        expect.objectContaining({ sizes: '512x512', purpose: 'any' }),
        expect.objectContaining({ sizes: '512x512', purpose: 'maskable' }),
      ]),
    });
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a big schedule keeps the page small; Tab walks past the mounted cards; Next and Back find their card', async ({
  page,
}) => {
  await page.goto('/');
  await openBigSchedule(page);
  await expect(page.getByText('895 sessions', { exact: true })).toBeVisible();
  const count = () => page.evaluate(() => document.getElementsByTagName('*').length);
  expect(await count()).toBeLessThan(3000);
  expect(await page.getByRole('article').count()).toBeLessThan(40);
  // Every day heading is there for headings navigation, mounted or not.
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(4);

  // Keyboard: from the first star, Tab goes card after card, well past the ones first mounted.
  const mounted = await page.getByRole('article').count();
  await star(page, 'Opening Ceremony').focus();
  const titles = new Set<string>();
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const title = await page.evaluate(
      () => document.activeElement?.closest('article')?.querySelector('h3')?.textContent ?? null,
    );
    expect(title).not.toBeNull();
    if (title !== null) titles.add(title);
  }
  expect(titles.size).toBeGreaterThan(mounted + 10);
  expect(await count()).toBeLessThan(3000);

  // Back and forward: deep in the list, a filter ticked in the side panel (sticky, at hand) and Back: the
  // list comes back where it was.
  await page.evaluate(() => {
    window.scrollTo(0, 40_000);
  });
  await page.waitForTimeout(300);
  const topTitle = () =>
    page.evaluate(() => {
      const below = [...document.querySelectorAll('article')].find((card) => card.getBoundingClientRect().top > 60);
      return below?.querySelector('h3')?.textContent ?? '';
    });
  const before = await topTitle();
  expect(before).not.toBe('Opening Ceremony');
  await page.getByRole('group', { name: 'Day' }).getByRole('checkbox').first().check();
  await expect(page.getByText(/sessions match/)).toBeVisible();
  await page.goBack();
  await expect(page.getByText('895 sessions', { exact: true })).toBeVisible();
  await expect.poll(topTitle).toBe(before);
});

test('Next jumps to a card far down a big list, mounting it first', async ({ page }) => {
  await page.clock.install({ time: new Date('2025-12-29T16:50:00+01:00') });
  await page.goto('/');
  await openBigSchedule(page);
  const next = page.getByRole('link', { name: /^Next: / });
  const title = (await next.textContent())?.replace(/^Next: /, '') ?? '';
  expect(title).not.toBe('');
  await expect(page.getByRole('article', { name: title, exact: true })).toHaveCount(0);
  await next.click();
  const card = page.getByRole('article', { name: title, exact: true });
  await expect(card).toBeFocused();
  await expect(card).toBeInViewport();
});

test('a star toggle in My agenda leaves the jump links of Now and Next working there too', async ({ page }) => {
  await page.clock.install({ time: new Date('2024-11-19T22:30:00Z') });
  await page.goto('/');
  await star(page, PANEL).click();
  await page.getByRole('link', { name: /My agenda/ }).click();
  await expect(page.getByRole('article', { name: PANEL })).toBeVisible();
  await page.getByRole('link', { name: /^Next: Serverless HPC/ }).click();
  await expect(page).toHaveURL(/view=agenda#session-pan108$/);
  await expect(page.getByRole('article', { name: PANEL })).toBeFocused();
});

test('a new version waits for the attendee: “Update available — reload”, and only their click reloads', async ({
  page,
}) => {
  // The built app on a server whose sw.js can change between visits, as after a deployment.
  let version = 1;
  const site = await serveFolder('dist', {
    rewrite: (path, body) =>
      path === 'sw.js' ? Buffer.concat([body, Buffer.from(`\n// deployment ${String(version)}\n`)]) : body,
  });
  try {
    await page.goto(site.url);
    await serviceWorkerReady(page);
    await page.reload();
    await expect(page.getByRole('article')).toHaveCount(7);
    await star(page, BOF181).click();
    // A mark on the page: a reload would drop it.
    await page.evaluate(() => Reflect.set(window, 'itineraryMark', true));
    version = 2;
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const update = page.getByRole('button', { name: 'Update available — reload' });
    await expect(update).toBeVisible();
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => 'itineraryMark' in window)).toBe(true);
    const reloaded = page.waitForEvent('load');
    await update.click();
    await reloaded;
    expect(await page.evaluate(() => 'itineraryMark' in window)).toBe(false);
    await expect(star(page, BOF181)).toHaveAttribute('aria-pressed', 'true');
    await expect(update).toBeHidden();
  } finally {
    await site.close();
  }
});

test('a reload comes back to the same place in the list', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto('/');
  const card = page.getByRole('article', { name: /^IRI:/ });
  await card.scrollIntoViewIfNeeded();
  await page.evaluate(() => {
    window.scrollBy(0, 100);
  });
  const before = await page.evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(300);
  await page.reload();
  await expect(page.getByRole('article')).toHaveCount(7);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(before);
});
