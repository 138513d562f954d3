/**
 * Trust (issue 15), in real Chromium: no star is lost or moved by a real update, every schedule shows its
 * real time, paper and links never mislead, nothing is lost in the gaps between tabs and writes.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { encodeShare } from '../../src/schedule/share';
import { EMPTY_ITINERARY, PERSIST_VERSION } from '../../src/store/persisted-value';
import { icsOf, programme } from '../helpers/calendars';

/** Schedules served from another origin, with CORS, as a conference's server would. */
let server: Server;
let origin = '';
const served = new Map<string, Buffer>();

test.beforeAll(async () => {
  server = createServer((request, response) => {
    const body = served.get(request.url ?? '');
    response
      .writeHead(body ? 200 : 404, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/calendar' })
      .end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${String(typeof address === 'object' && address !== null ? address.port : 0)}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

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
  // Put there before the page's first script, once: a page already running would write its own memory
  // over it as soon as it has listed the kept conferences.
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded') === null) {
      localStorage.setItem('itinerary:last-conference', '\u0000not a conference{');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Parsl at SC24' })).toBeVisible();
  await expect(page.getByText(/The conference last viewed here .* cannot be shown/)).toBeVisible();
  await page.reload();
  // The note is said once: the memory now names the bundled schedule.
  await expect(page.getByRole('heading', { level: 1, name: 'Parsl at SC24' })).toBeVisible();
  await expect(page.getByText(/The conference last viewed here/)).toHaveCount(0);
});

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });
async function starTalks(page: Page, numbers: readonly number[]) {
  for (const n of numbers)
    await page.getByRole('button', { name: new RegExp(`^Star Talk ${String(n).padStart(2, '0')}:`) }).click();
}

/** The titles of My agenda's sessions, once it shows `count` of them (a wrong count fails there). */
async function agendaTitles(page: Page, count: number): Promise<string[]> {
  await page.getByRole('link', { name: /My agenda/ }).click();
  await expect(page.getByRole('article')).toHaveCount(count);
  return (await page.getByRole('article').getByRole('heading').allTextContents()).sort();
}

test('a calendar rebuilt with new UIDs keeps every star, and reports no change', async ({ page }) => {
  const header = ['X-WR-CALNAME:Rebuilt Conf 2025', 'X-WR-TIMEZONE:Europe/London'];
  const first = icsOf(
    programme(12, (i) => `b1-${String(i)}-7f3a@rebuilt.example`),
    header,
  );
  const second = icsOf(
    programme(12, (i) => `b2-${String(i)}-91c0@rebuilt.example`),
    header,
  );
  await page.goto('/');
  await openFile(page, 'rebuilt.ics', first);
  await expect(heading(page, 'Rebuilt Conf 2025')).toBeVisible();
  await starTalks(page, [2, 5, 11]);
  await openFile(page, 'rebuilt.ics', second);
  const question = page.getByRole('alertdialog', { name: 'Replace Rebuilt Conf 2025 kept in this browser?' });
  await expect(question).toContainText('(the same sessions at the same times and rooms)');
  await expect(question).toContainText('Nothing in your agenda would change.');
  await question.getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByText(/Updated Rebuilt Conf 2025 .* nothing in your agenda changed/)).toBeVisible();
  expect(await agendaTitles(page, 3)).toEqual([
    'Talk 02: Zones in practice',
    'Talk 05: Zones in practice',
    'Talk 11: Zones in practice',
  ]);
  await expect(page.getByText(/No longer in the schedule/)).toHaveCount(0);
});

test('a calendar of repeated UIDs, one event removed and no calendar name: offered as an update, no star moves', async ({
  page,
}) => {
  // A camp calendar: 5 UIDs over 15 events, no X-WR-CALNAME; the update drops talk 2, which shares its
  // UID with talks 7 and 12.
  const events = programme(15, (i) => `camp-${String(i % 5)}`);
  const header = ['X-WR-TIMEZONE:Europe/Berlin'];
  await page.goto('/');
  await openFile(page, 'camp.ics', icsOf(events, header));
  await expect(heading(page, 'Calendar')).toBeVisible();
  await starTalks(page, [7, 8, 12]);
  await openFile(
    page,
    'camp.ics',
    icsOf(
      events.filter((_, i) => i !== 1),
      header,
    ),
  );
  const question = page.getByRole('alertdialog', { name: 'Replace Calendar kept in this browser?' });
  await expect(question).toContainText('looks like a newer version of it');
  await expect(question).toContainText('Sessions: 15 now, 14 in the new one (1 session removed).');
  await question.getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByText(/Updated Calendar .* nothing in your agenda changed/)).toBeVisible();
  await expect(
    page.getByRole('combobox', { name: 'Conference' }).getByRole('option', { name: /^Calendar/ }),
  ).toHaveCount(1);
  expect(await agendaTitles(page, 3)).toEqual([
    'Talk 07: Parsers in practice',
    'Talk 08: Zones in practice',
    'Talk 12: Printers in practice',
  ]);
  await expect(page.getByRole('region', { name: 'Changes in your agenda' })).toHaveCount(0);
});

test('a calendar written only in UTC asks for the conference’s time zone, suggesting the attendee’s own, and keeps its notes', async ({
  browser,
}) => {
  const context = await browser.newContext({ timezoneId: 'Europe/Rome' });
  const page = await context.newPage();
  // An Indico-style export: every time in UTC, no zone named anywhere; one cancelled event the importer notes.
  const events = programme(6, (i) => `utc-${String(i)}@indico.example`);
  const cancelled = ['BEGIN:VEVENT', 'UID:gone@indico.example', 'DTSTAMP:20250101T000000Z', 'DTSTART:20250611T150000Z'];
  const text = icsOf(events, ['X-WR-CALNAME:Workshop on Zones'])
    .toString('utf8')
    .replace(
      'END:VCALENDAR',
      [
        ...cancelled,
        'DURATION:PT30M',
        'SUMMARY:Closing remarks',
        'STATUS:CANCELLED',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n'),
    );
  await page.goto('/');
  await openFile(page, 'workshop.ics', Buffer.from(text));
  await expect(page.getByText(/times are all in UTC and it names no time zone/)).toBeVisible();
  const suggestions = page.getByRole('group', { name: 'Suggested time zones' });
  await suggestions.getByRole('button', { name: 'Europe/Rome (your zone)' }).click();
  await expect(page.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Europe/Rome');
  await page.getByRole('button', { name: 'Open with these' }).click();
  await expect(heading(page, 'Workshop on Zones')).toBeVisible();
  // 08:00Z on June 10 is 10:00 in Rome (CEST), labelled as such.
  await expect(page.getByRole('article', { name: 'Talk 01: Parsers in practice' })).toContainText(
    '10:00 – 11:00 AM CEST',
  );
  await expect(page.getByRole('radio', { name: /^Event time \(CEST/ })).toBeVisible();
  const notes = page.getByText('1 note about this file');
  await notes.click();
  await expect(page.getByRole('list', { name: 'Notes about workshop.ics' })).toContainText(
    'is cancelled; kept, marked cancelled',
  );
  await page.reload();
  await expect(page.getByText('1 note about this file')).toBeVisible();
  await context.close();
});

test('RFC 5545 at the clock changes: a repeated local time is its first occurrence, a skipped one moves forward', async ({
  page,
}) => {
  const vtimezone = readFileSync(new URL('../fixtures/schedules/new-york-vtimezone.ics', import.meta.url), 'utf8');
  const event = (uid: string, start: string, title: string) =>
    [
      'BEGIN:VEVENT',
      `UID:${uid}@dst.example`,
      'DTSTAMP:20240101T000000Z',
      `DTSTART;TZID=America/New_York:${start}`,
      'DURATION:PT20M',
      `SUMMARY:${title}`,
      'END:VEVENT',
    ].join('\r\n');
  const text = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Itinerary tests//EN',
    'X-WR-CALNAME:Clock change camp',
    vtimezone.trim(),
    event('fall', '20241103T013000', 'Fall back talk'),
    event('spring', '20240310T023000', 'Spring forward talk'),
    'END:VCALENDAR',
  ].join('\r\n');
  await page.goto('/');
  await openFile(page, 'dst.ics', Buffer.from(text));
  await expect(heading(page, 'Clock change camp')).toBeVisible();
  await expect(page.getByRole('article', { name: 'Fall back talk' })).toContainText('1:30 – 1:50 AM EDT');
  await expect(page.getByRole('article', { name: 'Spring forward talk' })).toContainText('3:30 – 3:50 AM EDT');
});

const CAMP = 'Share Camp 2025';
const campFile = (extra: readonly string[] = []) =>
  icsOf(
    programme(9, (i) => `s${String(i)}@camp.example`),
    [`X-WR-CALNAME:${CAMP}`, 'X-WR-TIMEZONE:Europe/Berlin', ...extra],
  );

async function shareLinkOf(page: Page, count: number): Promise<string> {
  await page.getByRole('link', { name: /My agenda/ }).click();
  await page.getByRole('button', { name: 'Share agenda' }).click();
  const field = page.getByRole('textbox', { name: new RegExp(`Link to your ${String(count)} starred sessions`) });
  // Made a moment after the panel opens (compressing is asynchronous).
  await expect(field).toHaveValue(/[?&]share=/);
  return field.inputValue();
}

test('a share link of a conference opened from an address opens that conference in a fresh browser, then the shared agenda', async ({
  page,
  browser,
}) => {
  served.set('/camp/schedule.ics', campFile());
  await page.goto(`/?schedule=${encodeURIComponent(`${origin}/camp/schedule.ics`)}`);
  await expect(heading(page, CAMP)).toBeVisible();
  await starTalks(page, [1, 4]);
  const link = await shareLinkOf(page, 2);
  const fresh = await browser.newContext();
  const friend = await fresh.newPage();
  await friend.goto(link);
  await expect(heading(friend, CAMP)).toBeVisible({ timeout: 15_000 });
  await expect(friend.getByRole('heading', { name: 'Shared agenda: 2 sessions' })).toBeVisible();
  await expect(friend.getByRole('article')).toHaveCount(2);
  await fresh.close();
});

test('a share link of a conference opened from a file names it in a fresh browser and asks for its file', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  await openFile(page, 'camp.ics', campFile());
  await expect(heading(page, CAMP)).toBeVisible();
  await starTalks(page, [2, 3]);
  const link = await shareLinkOf(page, 2);
  const fresh = await browser.newContext();
  const friend = await fresh.newPage();
  await friend.goto(link);
  await expect(friend.getByRole('alert')).toHaveText(
    `This share link is for “${CAMP}”, a conference this browser does not have. Its schedule was opened from a file: open that file with “Open a schedule”, and the shared agenda will show. Nothing was changed.`,
  );
  await openFile(friend, 'camp.ics', campFile());
  await expect(heading(friend, CAMP)).toBeVisible();
  await expect(friend.getByRole('heading', { name: 'Shared agenda: 2 sessions' })).toBeVisible();
  await fresh.close();
});

test('a share link (versions 1 and 2) for a kept conference switches to it from the one in view', async ({ page }) => {
  await page.goto('/');
  await openFile(page, 'camp.ics', campFile());
  await expect(heading(page, CAMP)).toBeVisible();
  for (const value of [
    encodeShare('share-camp-2025', ['s0', 's5']),
    encodeShare('share-camp-2025', ['s0', 's5'], new Set(['s5'])),
  ]) {
    await page
      .getByRole('combobox', { name: 'Conference' })
      .selectOption({ label: 'Parsl at SC24 (November 17–22, 2024)' });
    await expect(heading(page, 'Parsl at SC24')).toBeVisible();
    await page.goto(`/?share=${value}`);
    await expect(heading(page, CAMP)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Shared agenda: 2 sessions' })).toBeVisible();
  }
});

test('a ?schedule= link for a kept conference asks before replacing it, and never silently moves where updates are checked', async ({
  page,
}) => {
  await page.goto('/');
  await openFile(page, 'camp.ics', campFile());
  await expect(heading(page, CAMP)).toBeVisible();
  await starTalks(page, [1]);
  const address = `${origin}/camp/other.ics`;
  served.set('/camp/other.ics', campFile(['X-WR-CALDESC:Moved to the big hall']));
  await page.goto(`/?schedule=${encodeURIComponent(address)}`);
  const question = page.getByRole('alertdialog', { name: `Replace ${CAMP} kept in this browser?` });
  await expect(question).toContainText(`“Check for updates” will then look at ${address}.`);
  await question.getByRole('button', { name: 'Keep the copy I have' }).click();
  await expect(page.getByText(`Kept your copy of ${CAMP}; nothing was changed.`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Check for updates' })).toHaveCount(0);
  await page.reload();
  await question.getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByText(/^Updated Share Camp 2025/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Check for updates' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Go back to the previous version' })).toBeVisible();
});

test('three tabs starring at the same instant: every star reaches storage, and survives the tabs closing', async ({
  context,
}) => {
  const first = await context.newPage();
  const tabs = [first, await context.newPage(), await context.newPage()];
  for (const tab of tabs) await tab.goto('/');
  const rounds = [
    ['bof181', 'pan108', 'bof218'],
    ['bof206', 'ws_worksp114', '2024-11-19-seesaw-elastic-scaling-for-task-based-distributed-programs'],
  ];
  for (const ids of rounds) {
    // Each tab clicks from its own timer, set for the same instant: none has heard of the others' stars.
    const at = Date.now() + 400;
    await Promise.all(
      tabs.map((tab, i) =>
        tab.evaluate(
          ([id, when]) =>
            new Promise<void>((resolve) => {
              setTimeout(
                () => {
                  const button = document.getElementById(`session-${id}`)?.querySelector('button[aria-pressed]');
                  if (button instanceof HTMLElement) button.click();
                  resolve();
                },
                Math.max(0, when - Date.now()),
              );
            }),
          [ids[i] ?? '', at] as const,
        ),
      ),
    );
  }
  const all = rounds.flat().sort();
  const storedIds = async (tab: Page) =>
    tab.evaluate(() => {
      const value: unknown = JSON.parse(window.localStorage.getItem('itinerary:parsl-sc24') ?? '{}');
      const state: unknown = typeof value === 'object' && value !== null && 'state' in value ? value.state : null;
      const ids: unknown = typeof state === 'object' && state !== null && 'starredIds' in state ? state.starredIds : [];
      return Array.isArray(ids) ? ids.map(String).sort() : [];
    });
  await expect.poll(() => storedIds(first), { timeout: 5_000 }).toEqual(all);
  for (const tab of tabs) await tab.close();
  const later = await context.newPage();
  await later.goto('/?view=agenda');
  await expect(later.getByRole('article')).toHaveCount(all.length);
});

test('a tab writes back the star a later write of another tab lacked, so closing it loses nothing', async ({
  context,
}) => {
  const key = 'itinerary:parsl-sc24';
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('/');
  await second.goto('/');
  await first.getByRole('button', { name: /^Star Serverless HPC/ }).click();
  // The other tab writes a value made before it heard of that star (as a tab does when three race): it
  // has nothing the first tab lacks, so only a write-back keeps the star in storage.
  const empty = JSON.stringify({ state: EMPTY_ITINERARY, version: PERSIST_VERSION });
  await second.evaluate(
    ([name, value]) => {
      window.localStorage.setItem(name, value);
    },
    [key, empty] as const,
  );
  await expect
    .poll(() => second.evaluate((name) => window.localStorage.getItem(name) ?? '', key), { timeout: 5_000 })
    .toContain('pan108');
  await first.close();
  await second.close();
  const later = await context.newPage();
  await later.goto('/?view=agenda');
  await expect(later.getByRole('article', { name: /^Serverless HPC/ })).toBeVisible();
});

test('once something is starred, the browser is asked once to keep the storage; its refusal is said in My agenda', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const storage = navigator.storage;
    const ask = storage.persist.bind(storage);
    let calls = 0;
    storage.persist = () => {
      calls += 1;
      document.documentElement.dataset.persistCalls = String(calls);
      return ask();
    };
  });
  await page.goto('/');
  expect(await page.evaluate(() => document.documentElement.dataset.persistCalls ?? '0')).toBe('0');
  await page.getByRole('button', { name: /^Star Serverless HPC/ }).click();
  await page.getByRole('button', { name: /^Star IRI/ }).click();
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.persistCalls ?? '0')).toBe('1');
  // Headless Chromium declines (the site has no engagement yet): the page says so where the agenda is.
  await page.getByRole('link', { name: /My agenda/ }).click();
  await expect(page.getByText(/This browser has not promised to keep your stars/)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.dataset.persistCalls)).toBe('1');
});
