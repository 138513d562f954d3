/**
 * Bad luck, in real Chromium (issue 16): an import or a fetch that takes too long can be cancelled, the
 * import's real Web Worker terminated and the fields usable again; nothing changes.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { icsOf, namedZoneCalendar, programme } from '../helpers/calendars';

/** A server that answers nothing at /silent (its connections are held open), and a small calendar elsewhere. */
let server: Server;
let origin = '';
/** Requests to /silent.ics whose connection the browser has closed. */
let silentClosed = 0;

test.beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/silent.ics') {
      // Emitted when the connection goes before an answer was sent: the browser gave up the request.
      response.on('close', () => {
        silentClosed += 1;
      });
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/calendar', 'Access-Control-Allow-Origin': '*' }).end(
      icsOf(
        programme(6, (i) => `talk-${String(i)}@camp.example`),
        ['X-WR-CALNAME:Small camp', 'X-WR-TIMEZONE:Europe/Berlin'],
      ),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${String(typeof address === 'object' && address !== null ? address.port : 0)}`;
});

test.afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const PARSL = 'Parsl at SC24';
const THIRTY_NINE_C3 = gunzipSync(
  readFileSync(new URL('../fixtures/real/39c3-everything.schedule.json.gz', import.meta.url)),
);
const TITLE_39C3 = '39th Chaos Communications Congress';

/** The starred ids every store of this browser keeps. */
function starsKept(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Object.keys(localStorage).flatMap((key) => {
      try {
        const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
        const state = typeof parsed === 'object' && parsed !== null && 'state' in parsed ? parsed.state : null;
        const ids = typeof state === 'object' && state !== null && 'starredIds' in state ? state.starredIds : [];
        return Array.isArray(ids) ? ids.map(String) : [];
      } catch {
        return [];
      }
    }),
  );
}

async function expectNothingChanged(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: PARSL })).toBeVisible();
  await expect(page.getByLabel('Open a schedule')).toBeEnabled();
  await expect(page.getByRole('textbox', { name: 'Schedule address' })).toBeEnabled();
}

test('Cancel stops a long import at once: the worker is terminated, the fields work again, nothing changed', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: PARSL })).toBeVisible();
  // 100,000 events: seconds of work in the worker, time enough to cancel.
  await page.getByLabel('Open a schedule').setInputFiles({
    name: 'festival.ics',
    mimeType: 'text/calendar',
    buffer: namedZoneCalendar(100_000),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Reading festival.ics' })).toBeVisible();
  await expect(page.getByLabel('Open a schedule')).toBeDisabled();
  await expect.poll(() => page.workers().length).toBe(1);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Stopped reading festival.ics' })).toHaveText(
    'Stopped reading festival.ics. Nothing was changed.',
  );
  await expect.poll(() => page.workers().length).toBe(0);
  await expectNothingChanged(page);
  // Nothing arrives later either: the conference is not opened behind the attendee's back.
  await page.waitForTimeout(1500);
  await expect(page.getByRole('heading', { level: 1, name: PARSL })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Conference' }).getByRole('option')).toHaveCount(1);
  // And the next file opens as usual.
  await page.getByLabel('Open a schedule').setInputFiles({
    name: 'camp.ics',
    mimeType: 'text/calendar',
    buffer: icsOf(
      programme(6, (i) => `talk-${String(i)}@camp.example`),
      ['X-WR-CALNAME:Small camp', 'X-WR-TIMEZONE:Europe/Berlin'],
    ),
  });
  await expect(page.getByRole('heading', { level: 1, name: 'Small camp' })).toBeVisible({ timeout: 15_000 });
});

test('Cancel stops an address that never answers; the same field then opens another', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: PARSL })).toBeVisible();
  const address = page.getByRole('textbox', { name: 'Schedule address' });
  await address.fill(`${origin}/silent.ics`);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(address).toBeDisabled();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Stopped reading' })).toHaveText(
    `Stopped reading ${origin}/silent.ics. Nothing was changed.`,
  );
  await expectNothingChanged(page);
  // The browser let go of the request: the fetch was aborted, not left hanging.
  await expect.poll(() => silentClosed, { timeout: 10_000 }).toBe(1);
  await address.fill(`${origin}/camp.ics`);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Small camp' })).toBeVisible({ timeout: 15_000 });
});

test.describe('a part of the app whose code cannot be loaded', () => {
  // The service worker would serve the chunk from its cache: these tests are about a tab whose server
  // no longer has it (another tab applied an update, or a deployment is missing a file).
  test.use({ serviceWorkers: 'block' });

  test('a view whose chunk 404s is a message with Reload, never a blank page; stars untouched', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    await page
      .getByRole('button', { name: /^Star / })
      .first()
      .click();
    const stars = await starsKept(page);
    expect(stars).toHaveLength(1);
    await page.route('**/assets/agenda-view-*.js', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.getByRole('link', { name: /My agenda/ }).click();
    const offer = page.getByText('This part of Itinerary could not be loaded (a new version may have been published).');
    await expect(offer).toBeVisible();
    // The rest of the page is still there and still works.
    await expect(page.getByRole('heading', { level: 1, name: PARSL })).toBeVisible();
    await expect(page.getByRole('link', { name: /My agenda/ })).toContainText('1');
    expect(await starsKept(page)).toEqual(stars);
    // The new version is there now: Reload brings the view, with the star.
    await page.unroute('**/assets/agenda-view-*.js');
    await page.getByRole('button', { name: 'Reload' }).click();
    await expect(page.getByRole('group', { name: 'Take your agenda with you' })).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(1);
    await expect(offer).toHaveCount(0);
  });

  test('a chunk loaded on a click (the calendar file) that 404s is the same offer', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    await page.route('**/assets/ics-*.js', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page
      .getByRole('button', { name: /^\.ics file for / })
      .first()
      .click();
    await expect(
      page.getByText('This part of Itinerary could not be loaded (a new version may have been published).'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
  });

  test('when the app’s own code cannot be loaded, the page says so instead of staying blank', async ({ page }) => {
    await page.route('**/assets/start-*.js', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto('/');
    await expect(page.getByRole('alert')).toHaveText(
      'Itinerary could not be loaded (a new version may have been published). Reload',
    );
    await page.unroute('**/assets/start-*.js');
    await page.getByRole('button', { name: 'Reload' }).click();
    await expect(page.getByRole('heading', { level: 1, name: PARSL })).toBeVisible();
  });
});

const LONG = 'Supercalifragilisticexpialidocious'.repeat(6);
const RLO = '\u202E';

/** A calendar whose every field is hostile: words longer than a phone is wide, and unterminated overrides. */
function hostileCalendar(): Buffer {
  const event = (uid: string, title: string, start: string, room: string, who: string) => [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    'DTSTAMP:20250101T000000Z',
    `DTSTART;TZID=Europe/Berlin:${start}`,
    'DURATION:PT45M',
    `SUMMARY:${title}`,
    `LOCATION:${room}`,
    `DESCRIPTION:Speakers: ${who}\\n\\n${LONG} ${LONG}`,
    'URL:https://camp.example/talks/long',
    'END:VEVENT',
  ];
  return Buffer.from(
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//t//t//EN',
      `X-WR-CALNAME:${RLO}Camp ${LONG}`,
      ...event('a@camp', `${RLO}Reversed talk`, '20250710T100000', `${RLO}Hall ${LONG}`, `${RLO}Ada ${LONG}`),
      ...event('b@camp', `Plain ${LONG}`, '20250710T110000', 'Hall B', 'Charles Babbage'),
      'END:VCALENDAR',
    ].join('\r\n'),
    'utf8',
  );
}

test('words longer than the screen wrap on a phone and on paper; a right-to-left override stays in its field', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await page.getByLabel('Open a schedule').setInputFiles({
    name: 'camp.ics',
    mimeType: 'text/calendar',
    buffer: hostileCalendar(),
  });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Supercalifragilistic', { timeout: 15_000 });
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBe(0);
  for (const star of await page.getByRole('button', { name: /^Star / }).all()) await star.click();
  await page.getByRole('link', { name: /My agenda/ }).click();
  await expect(page.getByRole('article')).toHaveCount(2);
  expect(await overflow()).toBe(0);
  await page.getByRole('button', { name: 'Timeline' }).click();
  expect(await overflow()).toBe(0);
  await page.getByRole('button', { name: 'List' }).click();

  // The override is isolated: each field of the schedule is its own bidi isolate, so an override it
  // leaves open ends with it and never reverses the words after it ("; ", the next person, "(July…").
  const firstFacts = page.getByRole('article').first().locator('.session-facts');
  await expect(firstFacts.locator('bdi').filter({ hasText: /^\u202eHall / })).toHaveCount(1);
  await expect(firstFacts.locator('bdi').filter({ hasText: /^\u202eAda / })).toHaveCount(1);
  const isolated = await page.evaluate(() =>
    [...document.querySelectorAll('bdi')].map((element) => getComputedStyle(element).unicodeBidi),
  );
  expect(isolated.length).toBeGreaterThanOrEqual(4);
  expect(new Set(isolated)).toEqual(new Set(['isolate']));
  const option = await page.getByRole('combobox', { name: 'Conference' }).locator('option:checked').textContent();
  expect(option).toMatch(/^Camp Supercali\S+ \(July 10, 2025\)$/);

  // Paper: A4's text width at 96 px to the inch (about 170 mm).
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.getByRole('button', { name: 'Print agenda' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-agenda .print-title bdi').filter({ hasText: 'Reversed talk' })).toHaveCount(1);

  await page.setViewportSize({ width: 640, height: 900 });
  const printed = await page.evaluate(
    () =>
      [...document.querySelectorAll('.print-agenda *')].filter(
        (element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5,
      ).length,
  );
  expect(printed).toBe(0);
  expect(await overflow()).toBe(0);
});

test('a long agenda’s share link is compressed, has its QR code, and opens the shared agenda', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await page.getByLabel('Open a schedule').setInputFiles({
    name: '39c3-everything.schedule.json',
    mimeType: 'application/json',
    buffer: THIRTY_NINE_C3,
  });
  await expect(page.getByRole('heading', { level: 1, name: TITLE_39C3 })).toBeVisible({ timeout: 20_000 });
  const unstarred = page.locator('button.star[aria-pressed="false"]').first();
  for (let i = 0; i < 30; i++) await unstarred.click();
  await page.getByRole('link', { name: /My agenda/ }).click();
  await page.getByRole('button', { name: 'Share agenda' }).click();
  const field = page.getByRole('textbox', { name: /Link to your 30 starred sessions/ });
  await expect(field).toHaveValue(/[?&]share=4\./);
  const link = await field.inputValue();
  await expect(page.getByRole('img', { name: 'QR code of the share link' })).toBeVisible();
  // The same link in another tab of this browser, which keeps 39C3: the shared agenda, whole.
  const other = await page.context().newPage();
  await other.goto(link);
  await expect(other.getByRole('heading', { name: 'Shared agenda: 30 sessions' })).toBeVisible({ timeout: 15_000 });
  await expect(other.getByRole('article')).toHaveCount(30);
});

test('a schedule big enough to arrive in parts (6,000 events) is kept as its JSON and opens again after a reload', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await page.getByLabel('Open a schedule').setInputFiles({
    name: 'festival.ics',
    mimeType: 'text/calendar',
    buffer: namedZoneCalendar(6000),
  });
  await expect(page.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('6000 sessions', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Star Session 1', exact: true }).click();
  // Kept as bytes (the worker's JSON), not as an object: read back through the same checker.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const request = indexedDB.open('itinerary-schedules');
            request.onsuccess = () => {
              const db = request.result;
              const read = db.transaction('schedules', 'readonly').objectStore('schedules').getAll();
              read.onsuccess = () => {
                db.close();
                resolve(read.result.map((value) => (value instanceof ArrayBuffer ? 'bytes' : typeof value)).join());
              };
              read.onerror = () => {
                resolve('unreadable');
              };
            };
            request.onerror = () => {
              resolve('unreadable');
            };
          }),
      ),
    )
    .toBe('bytes');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('6000 sessions', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Star Session 1', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});
