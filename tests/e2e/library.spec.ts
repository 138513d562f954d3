/**
 * Several conferences in real Chromium: opening schedules from a file and from an address (a real HTTP
 * server on another port, with and without CORS), keeping them in IndexedDB, switching, updates and bad
 * input. The import runs in the app's real Web Worker.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));
const THIRTY_NINE_C3 = gunzipSync(fixture('real/39c3-everything.schedule.json.gz'));
const OPENING = 'Opening Ceremony';
const TITLE = '39th Chaos Communications Congress';

/** Files served over HTTP from another origin, as a conference's server would: with CORS or without. */
let server: Server;
let origin = '';
const served = new Map<string, { body: Buffer; cors: boolean; type: string }>();

test.beforeAll(async () => {
  server = createServer((request, response) => {
    const file = served.get(request.url ?? '');
    if (!file) {
      response.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': file.type,
      ...(file.cors ? { 'Access-Control-Allow-Origin': '*' } : {}),
    });
    response.end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${String(typeof address === 'object' && address !== null ? address.port : 0)}`;
  served.set('/39c3/schedule.json', { body: THIRTY_NINE_C3, cors: true, type: 'application/json' });
  served.set('/closed/schedule.json', { body: THIRTY_NINE_C3, cors: false, type: 'application/json' });
  served.set('/fosdem.xml', { body: fixture('schedules/pentabarf-fosdem.xml'), cors: true, type: 'text/xml' });
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function openFile(page: Page, name: string, body: Buffer) {
  await page.getByLabel('Open a schedule').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: body });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field(value: unknown, key: string): unknown {
  return isObject(value) ? value[key] : undefined;
}

function isEvent(value: unknown): value is { title: string; date: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'title' in value &&
    typeof value.title === 'string' &&
    'date' in value &&
    typeof value.date === 'string'
  );
}

const star = (page: Page, title: string) => page.getByRole('button', { name: `Star ${title}`, exact: true });

test('opening the 39C3 file shows 895 sessions in Berlin time; two stars survive a reload and a switch to Parsl and back', async ({
  page,
}) => {
  await page.goto('/');
  await openFile(page, '39c3-everything.schedule.json', THIRTY_NINE_C3);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('895 sessions', { exact: true })).toBeVisible();
  await expect(page.getByRole('article', { name: OPENING })).toContainText('10:30 – 11:00 AM CET');
  await star(page, OPENING).click();
  await page.getByRole('searchbox', { name: 'Search sessions' }).fill('Building hardware');
  await star(page, 'Building hardware - easier than ever - harder than it should be').click();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByRole('link', { name: /My agenda/ })).toContainText('2');
  // To Parsl: its own stars (none), its own filters; and back: the 39C3 stars and search are there again.
  await page
    .getByRole('combobox', { name: 'Conference' })
    .selectOption({ label: 'Parsl at SC24 (November 17–22, 2024)' });
  await expect(page.getByRole('heading', { level: 1, name: 'Parsl at SC24' })).toBeVisible();
  await expect(page.getByRole('link', { name: /My agenda/ })).toContainText('0');
  await expect(page.getByRole('article')).toHaveCount(7);
  await page.getByRole('combobox', { name: 'Conference' }).selectOption({ label: `${TITLE} (December 27–30, 2025)` });
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search sessions' })).toHaveValue('Building hardware');
  await page.getByRole('link', { name: /My agenda/ }).click();
  await expect(page.getByRole('article')).toHaveCount(2);
  // The app reopens the conference last viewed.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
});

test('a large file is read off the page’s thread with visible progress, and the page answers meanwhile', async ({
  page,
}) => {
  // 39C3 twice over (1,790 sessions, 5 MB), each copy in rooms and with guids of its own.
  const copies = [1, 2].map((copy) =>
    THIRTY_NINE_C3.toString('utf8')
      .replace(/"guid": "([^"]+)"/g, `"guid": "$1-${String(copy)}"`)
      .replace(/"room": "([^"]+)"/g, `"room": "$1 (${String(copy)})"`),
  );
  const daysOf = (text: string): unknown[] => {
    const days = field(field(field(JSON.parse(text), 'schedule'), 'conference'), 'days');
    return Array.isArray(days) ? days : [];
  };
  const big: unknown = JSON.parse(copies[0] ?? '{}');
  const merged = field(field(field(big, 'schedule'), 'conference'), 'days');
  for (const copy of copies.slice(1)) {
    daysOf(copy).forEach((day, i) => {
      const rooms = Array.isArray(merged) ? field(merged[i], 'rooms') : undefined;
      const more = field(day, 'rooms');
      if (!isObject(rooms) || !isObject(more)) return;
      for (const [room, events] of Object.entries(more)) {
        const here = rooms[room];
        rooms[room] = [...(Array.isArray(here) ? here : []), ...(Array.isArray(events) ? events : [])];
      }
    });
  }
  await page.goto('/');
  await openFile(page, 'big.json', Buffer.from(JSON.stringify(big)));
  await expect(page.getByRole('progressbar', { name: 'Reading big.json' })).toBeVisible();
  // While the worker reads, the page still answers: the search box takes typing.
  await page.getByRole('searchbox', { name: 'Search sessions' }).fill('pathways');
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('1790 sessions', { exact: true })).toBeVisible();
  // Only the cards near the screen are in the page.
  expect(await page.getByRole('article').count()).toBeLessThan(40);
});

test('an address is fetched by the browser, and a ?schedule= link opens it straight away', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Schedule address' }).fill(`${origin}/fosdem.xml`);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'FOSDEM 2024' })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(3);
  // The Sunday 01:30 beer event is listed under Saturday, the conference day it belongs to.
  const saturday = page.getByRole('region', { name: 'Saturday, February 3' });
  await expect(saturday.getByRole('article', { name: 'Beer event (after midnight)' })).toContainText(
    '1:30 – 2:30 AM CET',
  );
  await expect(page.getByRole('button', { name: 'Check for updates' })).toBeVisible();
  await page.getByRole('button', { name: 'Check for updates' }).click();
  await expect(page.getByText('No update: FOSDEM 2024 is the same as the version you have.')).toBeVisible();
  // The organisers move the closing talk; a starred one, so the check says so.
  await star(page, 'Closing FOSDEM 2024').click();
  served.set('/fosdem.xml', {
    body: Buffer.from(
      fixture('schedules/pentabarf-fosdem.xml')
        .toString('utf8')
        .replace('<start>17:00</start>', '<start>17:30</start>'),
    ),
    cors: true,
    type: 'text/xml',
  });
  await page.getByRole('button', { name: 'Check for updates' }).click();
  await expect(page.getByRole('region', { name: 'Changes in your agenda' })).toContainText(
    'Closing FOSDEM 2024 moved: Sun, Feb 4, 5:00 – 5:15 PM CET → Sun, Feb 4, 5:30 – 5:45 PM CET',
  );
  await expect(page.getByRole('article', { name: 'Closing FOSDEM 2024' })).toContainText('5:30 – 5:45 PM CET');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

  const other = await page.context().newPage();
  await other.goto(`/?schedule=${encodeURIComponent(`${origin}/39c3/schedule.json`)}`);
  await expect(other.getByRole('heading', { level: 1, name: TITLE })).toBeVisible({ timeout: 20_000 });
  expect(new URL(other.url()).searchParams.get('conference')).toBe('39c3');
});

test('an update names what changed in the agenda; a starred session that left stays visible until dismissed', async ({
  page,
}) => {
  await page.goto('/');
  await openFile(page, '39c3.json', THIRTY_NINE_C3);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible({ timeout: 20_000 });
  const search = page.getByRole('searchbox', { name: 'Search sessions' });
  await star(page, OPENING).click();
  await search.fill('Building hardware');
  const moved = 'Building hardware - easier than ever - harder than it should be';
  await star(page, moved).click();
  // The organisers move one starred talk by an hour and drop the other.
  const edited = JSON.stringify(JSON.parse(THIRTY_NINE_C3.toString('utf8')), (_, value: unknown) => {
    if (!Array.isArray(value)) return value;
    return value
      .filter((event: unknown) => !(isEvent(event) && event.title === OPENING))
      .map((event: unknown) =>
        isEvent(event) && event.title === moved ? { ...event, date: event.date.replace('T12:50', 'T13:50') } : event,
      );
  });
  await openFile(page, '39c3-v2.json', Buffer.from(edited));
  // A file that would replace a kept conference asks first, and says what would change.
  const question = page.getByRole('alertdialog', { name: `Replace ${TITLE} kept in this browser?` });
  await expect(question).toBeVisible({ timeout: 20_000 });
  await expect(question).toContainText(
    'Sessions: 895 now, 894 in the new one (1 session removed, 1 session at another time).',
  );
  await expect(question).toContainText('2 changes in your agenda, listed once you replace it.');
  await question.getByRole('button', { name: 'Replace' }).click();
  await expect(
    page.getByText(/^Updated 39th Chaos Communications Congress to the version just opened: 2 changes/),
  ).toBeVisible({
    timeout: 20_000,
  });
  const changes = page.getByRole('region', { name: 'Changes in your agenda' });
  await expect(changes).toContainText('Opening Ceremony is no longer in the schedule');
  await expect(changes).toContainText(
    `${moved} moved: Sat, Dec 27, 12:50 – 1:30 PM CET → Sat, Dec 27, 1:50 – 2:30 PM CET`,
  );
  await changes.getByRole('button', { name: 'Dismiss' }).click();
  await expect(changes).toBeHidden();
  await page.getByRole('link', { name: /My agenda/ }).click();
  const gone = page.getByRole('article', { name: OPENING });
  await expect(gone).toContainText('No longer in the schedule: it was Sat, Dec 27, 10:30 – 11:00 AM CET, room One.');
  await expect(page.getByRole('article', { name: moved })).toContainText('1:50 – 2:30 PM CET');
  await page.reload();
  await expect(page.getByRole('article', { name: OPENING })).toBeVisible();
  await page.getByRole('button', { name: `Dismiss ${OPENING}` }).click();
  await expect(page.getByRole('article')).toHaveCount(1);
  // The copy it replaced was kept: going back restores its times.
  await page.getByRole('button', { name: 'Go back to the previous version' }).click();
  await expect(page.getByText(/^Went back to the previous version of 39th Chaos/)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('article', { name: moved })).toContainText('12:50 – 1:30 PM CET');
});

test('a file that would replace a kept conference can be refused: nothing changes', async ({ page }) => {
  await page.goto('/');
  await openFile(page, '39c3.json', THIRTY_NINE_C3);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible({ timeout: 20_000 });
  await star(page, OPENING).click();
  const edited = THIRTY_NINE_C3.toString('utf8').replace('"Opening Ceremony"', '"Opening Ceremony (renamed)"');
  await openFile(page, '39c3-v2.json', Buffer.from(edited));
  const question = page.getByRole('alertdialog', { name: `Replace ${TITLE} kept in this browser?` });
  await expect(question).toBeFocused({ timeout: 20_000 });
  await question.getByRole('button', { name: 'Keep the copy I have' }).click();
  await expect(page.getByText(`Kept your copy of ${TITLE}; nothing was changed.`)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('article', { name: OPENING })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Go back to the previous version' })).toHaveCount(0);
});

test('bad input gets a clear message and loses nothing: a picture, a cut-off file, a missing address, a server that forbids reading', async ({
  page,
}) => {
  await page.goto('/');
  await star(page, 'IRI: What Novel Interfaces Will HPC Expose for Cross-Facility Workflows?').click();
  await openFile(page, 'photo.png', fixture('binary.png'));
  await expect(page.getByRole('alert')).toContainText(
    'photo.png: Not a schedule: it is a binary file, not text. Nothing was changed.',
  );
  await openFile(page, 'cut.xml', fixture('schedules/frab-cut.xml'));
  await expect(page.getByRole('alert')).toContainText(
    /cut\.xml: The XML is broken at line \d+: the element <\w+> is never closed/,
  );
  const address = page.getByRole('textbox', { name: 'Schedule address' });
  await address.fill(`${origin}/missing.json`);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('answered 404');
  await address.fill(`${origin}/closed/schedule.json`);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('does not allow other sites to read the file');
  await expect(page.getByRole('alert')).toContainText('Download the file, then open it with “Open a schedule”');
  // Still Parsl, still the star.
  await expect(page.getByRole('heading', { level: 1, name: 'Parsl at SC24' })).toBeVisible();
  await expect(page.getByRole('link', { name: /My agenda/ })).toContainText('1');
});

test('a Sessionize export asks for its zone, then opens; removing a conference asks first', async ({ page }) => {
  await page.goto('/');
  await openFile(page, 'sessionize.json', fixture('real/sessionize-demo-all.json'));
  await expect(page.getByRole('alert')).toContainText('the zone they are in is needed');
  await page.getByRole('combobox', { name: 'Time zone' }).fill('Europe/Zagreb');
  await page.getByRole('button', { name: 'Open with these' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sessionize schedule, May 27–28, 2017' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Lunch' })).toContainText('12:30 – 1:30 PM CEST');
  await page.getByRole('button', { name: 'Remove conference' }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('Remove Sessionize schedule, May 27–28, 2017 from this browser?');
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sessionize schedule, May 27–28, 2017' })).toBeVisible();
  await page.getByRole('button', { name: 'Remove conference' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Parsl at SC24' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Conference' }).locator('option')).toHaveCount(1);
});
