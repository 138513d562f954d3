import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { encodeShare } from '../../src/schedule/share';
import ICAL from 'ical.js';

declare global {
  interface Window {
    /** How often the page asked to print (the dialog itself cannot be driven). */
    printed?: number;
  }
}

const TITLES = {
  cwl: 'Parsl+CWL: Towards Combining the Python and CWL Ecosystems',
  seesaw: 'Seesaw: Elastic Scaling for Task-Based Distributed Programs',
  bof181: 'Making Sense of the Chaos: Best Practices for HPC Software Sustainability Strategies and Metrics',
  bof206:
    'Workflows Community: Collaborative Pathways for Designing an Integrated Infrastructure for Research Excellence',
  panel: 'Serverless HPC: Challenges, Opportunities, and Future Prospects for Accelerated Cloud Computing',
  iri: 'IRI: What Novel Interfaces Will HPC Expose for Cross-Facility Workflows?',
  globus:
    'Establishing a High-Performance and Productive Ecosystem for Distributed Execution of Python Functions Using Globus Compute',
} as const;

async function starAll(page: Page, titles: readonly string[]) {
  for (const title of titles) await page.getByRole('button', { name: `Star ${title}`, exact: true }).click();
}

/** The PDF's text with line breaks and hyphenation folded, so wrapped titles can be found whole. */
function pdfText(pdf: Buffer): { text: string; pages: number } {
  const dir = mkdtempSync(join(tmpdir(), 'itinerary-print-'));
  const file = join(dir, 'agenda.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { text: text.replace(/\s+/g, ' '), pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) };
}

/**
 * pdftotext joins a title wrapped after its hyphen ("Cross-" / "Facility" becomes "CrossFacility"), so
 * titles are compared without hyphens and spaces.
 */
function hasTitle(text: string, title: string): boolean {
  const squash = (value: string) => value.replace(/[\s-]+/g, '');
  return squash(text).includes(squash(title));
}

async function printPdf(page: Page, format: 'A4' | 'Letter') {
  const before = await page.evaluate(() => window.printed ?? 0);
  await page.getByRole('button', { name: 'Print agenda' }).click();
  // One more print request than before: this print, not an earlier one, has been asked for.
  await expect.poll(() => page.evaluate(() => window.printed ?? 0)).toBe(before + 1);
  await page.emulateMedia({ media: 'print' });
  return page.pdf({ format, printBackground: true });
}

test.beforeEach(async ({ page }) => {
  // The print dialog cannot be driven; count the calls instead.
  await page.addInitScript(() => {
    window.print = () => {
      window.printed = (window.printed ?? 0) + 1;
    };
  });
});

test('printing 3 starred sessions gives exactly those 3, with rooms, times, QR codes and the schedule version', async ({
  page,
}) => {
  await page.goto('/');
  await starAll(page, [TITLES.bof181, TITLES.panel, TITLES.globus]);
  await page.getByRole('link', { name: /My agenda/ }).click();
  const pdf = await printPdf(page, 'A4');
  await expect(page.getByRole('img', { name: /^QR code for/ })).toHaveCount(3);
  const { text, pages } = pdfText(pdf);
  expect(pages).toBe(1);
  for (const title of [TITLES.bof181, TITLES.panel, TITLES.globus]) expect(hasTitle(text, title)).toBe(true);
  for (const title of [TITLES.cwl, TITLES.seesaw, TITLES.bof206, TITLES.iri]) expect(hasTitle(text, title)).toBe(false);
  expect(text).toContain('5:15 – 6:45 PM EST');
  expect(text).toContain('10:30 AM – 12:00 PM EST');
  expect(text).toContain('8:40 – 9:10 AM EST');
  for (const room of ['Room B210', 'Room B313B-B314', 'Room B311']) expect(text).toContain(room);
  expect(text).toContain('sc24.conference-program.com/presentation/?id=bof181&sess=sess622');
  expect(text).toMatch(/Printed \w{3} \d{1,2}, \d{4} · schedule parsl-sc24\.md 2f30ee95fc7c/);
  // The browsing interface is not printed.
  expect(text).not.toContain('Search sessions');
  expect(text).not.toContain('Show more');
});

test('the whole 7-session agenda prints on one A4 page and on one Letter page, with free time to write in', async ({
  page,
}) => {
  await page.goto('/');
  await starAll(page, Object.values(TITLES));
  await page.getByRole('link', { name: /My agenda/ }).click();
  const a4 = pdfText(await printPdf(page, 'A4'));
  expect(a4.pages).toBe(1);
  for (const title of Object.values(TITLES)) expect(hasTitle(a4.text, title)).toBe(true);
  expect(a4.text).toContain('Free: ____');
  await page.emulateMedia({ media: 'screen' });
  const letter = pdfText(await printPdf(page, 'Letter'));
  expect(letter.pages).toBe(1);
});

/** The printed agenda's text, white space folded, for a visitor in `timezoneId` who chose their own time. */
async function printedInOwnZone(browser: Browser, timezoneId: string, titles: readonly string[]): Promise<string> {
  const context = await browser.newContext({ timezoneId });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
  await page.goto('/');
  await page.getByRole('radio', { name: /My time/ }).check();
  await starAll(page, titles);
  await page.getByRole('link', { name: /My agenda/ }).click();
  await page.getByRole('button', { name: 'Print agenda' }).click();
  await page.emulateMedia({ media: 'print' });
  const { text } = pdfText(await page.pdf({ format: 'A4' }));
  await context.close();
  return text.replace(/\s+/g, ' ');
}

test('a visitor in Berlin who chose CET gets both zones on paper', async ({ browser }) => {
  const text = await printedInOwnZone(browser, 'Europe/Berlin', [TITLES.panel]);
  expect(text).toContain('4:30 – 6:00 PM CET');
  // The time column is narrow: the line may wrap, but it carries its date.
  expect(text).toContain('Event time: Thu, Nov 21, 10:30 AM');
});

test('a visitor in Tokyo gets the event’s date on the event time line, since the day heading above is Tokyo’s', async ({
  browser,
}) => {
  const text = await printedInOwnZone(browser, 'Asia/Tokyo', [TITLES.panel, TITLES.iri, TITLES.globus]);
  expect(text).toContain('Friday, November 22');
  // The time column is narrow: an event time line wraps at its dash (the title beside it comes between
  // the halves in the PDF's text), and it carries its date.
  expect(text).toContain('12:30 – 2:00 AM JST');
  expect(text).toContain('Event time: Thu, Nov 21, 10:30 AM');
  expect(text).toMatch(/Event time: Thu, Nov 21, 12:15 –.*? 1:15 PM EST/);
  expect(text).toMatch(/Event time: Fri, Nov 22, 8:40 –.*? 9:10 AM EST/);
  // The one gap is between the panel and the BoF on Thursday in Atlanta; not the night after.
  expect(text.match(/2:00 – 2:15 AM JST Free/g)).toHaveLength(1);
  expect(text).not.toMatch(/3:15 AM – 10:40 PM JST/);
});

test('the browser’s own Print from the session list also gives the agenda, not the list', async ({ page }) => {
  await page.goto('/');
  await starAll(page, [TITLES.iri]);
  await page.emulateMedia({ media: 'print' });
  const { text } = pdfText(await page.pdf({ format: 'A4' }));
  expect(hasTitle(text, TITLES.iri)).toBe(true);
  expect(hasTitle(text, TITLES.cwl)).toBe(false);
  expect(text).not.toContain('Search sessions');
});

test('with nothing starred, the print button says why it cannot print yet', async ({ page }) => {
  await page.goto('/?view=agenda');
  await expect(page.getByRole('button', { name: 'Print agenda' })).toBeDisabled();
  await expect(page.getByText('Star at least one session to print, export or share your agenda.')).toBeVisible();
});

interface CalendarEvent {
  uid: string;
  summary: string;
  status: string;
  sequence: number;
  start: string;
  end: string;
  location: string;
}

async function downloadCalendar(page: Page): Promise<{ text: string; events: CalendarEvent[] }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download calendar (.ics)' }).click();
  const file = await (await download).path();
  const text = readFileSync(file, 'utf8');
  const events = ICAL.Component.fromString(text)
    .getAllSubcomponents('vevent')
    .map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        uid: event.uid,
        summary: event.summary,
        status: String(vevent.getFirstPropertyValue('status')),
        sequence: event.sequence,
        start: event.startDate.toJSDate().toISOString(),
        end: event.endDate.toJSDate().toISOString(),
        location: event.location,
      };
    });
  return { text, events };
}

test('the calendar file has the starred sessions at the right times, and a later export cancels an unstarred one', async ({
  page,
}) => {
  await page.goto('/');
  await starAll(page, [TITLES.bof181, TITLES.panel, TITLES.globus]);
  await page.getByRole('link', { name: /My agenda/ }).click();
  const first = await downloadCalendar(page);
  expect(first.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(first.events).toEqual([
    {
      uid: 'bof181@parsl-sc24',
      summary: TITLES.bof181,
      status: 'CONFIRMED',
      sequence: 0,
      start: '2024-11-19T22:15:00.000Z',
      end: '2024-11-19T23:45:00.000Z',
      location: 'B210',
    },
    {
      uid: 'pan108@parsl-sc24',
      summary: TITLES.panel,
      status: 'CONFIRMED',
      sequence: 0,
      start: '2024-11-21T15:30:00.000Z',
      end: '2024-11-21T17:00:00.000Z',
      location: 'B313B-B314',
    },
    {
      uid: '2024-11-22-establishing-a-high-performance-and-productive-ecosystem-for@parsl-sc24',
      summary: TITLES.globus,
      status: 'CONFIRMED',
      sequence: 0,
      start: '2024-11-22T13:40:00.000Z',
      end: '2024-11-22T14:10:00.000Z',
      location: 'B311',
    },
  ]);
  await page.getByRole('button', { name: `Star ${TITLES.panel}`, exact: true }).click();
  await page.reload();
  const second = await downloadCalendar(page);
  expect(second.events.map((e) => [e.uid, e.status, e.sequence])).toEqual([
    ['bof181@parsl-sc24', 'CONFIRMED', 0],
    ['2024-11-22-establishing-a-high-performance-and-productive-ecosystem-for@parsl-sc24', 'CONFIRMED', 0],
    ['pan108@parsl-sc24', 'CANCELLED', 1],
  ]);
  await expect(page.getByRole('status').filter({ hasText: 'Calendar file' })).toContainText(
    '1 cancelled since your last export',
  );
});

test('each card offers its own .ics and a Google Calendar link', async ({ page }) => {
  await page.goto('/');
  const card = page.getByRole('article', { name: TITLES.iri });
  const google = card.getByRole('link', { name: /Google Calendar/ });
  const href = new URL((await google.getAttribute('href')) ?? '');
  expect(href.searchParams.get('dates')).toBe('20241121T171500Z/20241121T181500Z');
  expect(href.searchParams.get('text')).toBe(TITLES.iri);
  const download = page.waitForEvent('download');
  await card.getByRole('button', { name: /\.ics file/ }).click();
  const text = readFileSync(await (await download).path(), 'utf8');
  expect(text).toContain('UID:bof218@parsl-sc24');
  expect(text).toContain('DTSTART:20241121T171500Z');
});

test('a share link opens the same agenda in a fresh browser, read-only, and adding it merges with existing stars', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  await starAll(page, [TITLES.bof181, TITLES.iri]);
  await page.getByRole('link', { name: /My agenda/ }).click();
  await page.getByRole('button', { name: 'Share agenda' }).click();
  // The link is made a moment after the panel opens (compressing is asynchronous).
  const field = page.getByRole('textbox', { name: /Link to your 2 starred sessions/ });
  await expect(field).toHaveValue(/[?&]share=/);
  const link = await field.inputValue();
  await expect(page.getByRole('img', { name: 'QR code of the share link' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await new AxeBuilder({ page }).analyze().then((results) => {
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  const other = await browser.newContext();
  const friend = await other.newPage();
  await friend.goto('/');
  await friend.getByRole('button', { name: `Star ${TITLES.cwl}`, exact: true }).click();
  await friend.goto(link);
  await expect(friend.getByRole('heading', { name: 'Shared agenda: 2 sessions' })).toBeVisible();
  await expect(friend.getByRole('article')).toHaveCount(2);
  await expect(friend.getByRole('button', { name: /^Star / })).toHaveCount(0);
  const axe = await new AxeBuilder({ page: friend }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await friend.getByRole('button', { name: 'Add these 2 sessions to my agenda' }).click();
  await expect(friend.getByRole('status').filter({ hasText: 'Added 2 sessions' })).toContainText(
    'Your other stars are unchanged',
  );
  await friend.getByRole('link', { name: 'Open my agenda' }).click();
  await expect(friend.getByRole('article')).toHaveCount(3);
  await other.close();
});

test('a share link with one session offers “Add this session”; one with 1,001 ids or a crafted conference says what is wrong, in its own words', async ({
  page,
}) => {
  await page.goto(`/?share=${encodeShare('parsl-sc24', ['bof218'])}`);
  await page.getByRole('button', { name: 'Add this session to my agenda' }).click();
  await expect(page.getByText('Added 1 session to your agenda.')).toBeVisible();
  await page.goto(
    `/?share=${encodeShare(
      'parsl-sc24',
      Array.from({ length: 1001 }, (_, i) => `s${i}`),
    )}`,
  );
  await expect(page.getByRole('alert')).toHaveText(
    'This share link lists 1,001 sessions; a link can carry at most 1,000. Nothing was changed.',
  );
  await page.goto(`/?share=${encodeShare('all-your-stars-were-removed', ['bof181'])}`);
  // A link's words for its conference are only ever quoted, beside what to do.
  await expect(page.getByRole('alert')).toHaveText(
    'This share link is for “all-your-stars-were-removed”, a conference this browser does not have. Open its schedule with “Open a schedule”, and the shared agenda will show. Nothing was changed.',
  );
  await page.getByRole('link', { name: /My agenda/ }).click();
  await expect(page.getByRole('article')).toHaveCount(1);
});

test('a damaged share link says so and changes nothing', async ({ page }) => {
  await page.goto('/');
  await starAll(page, [TITLES.seesaw]);
  await page.goto('/?share=1.Zm9vYmFy.deadbeef');
  await expect(page.getByRole('alert')).toContainText('This share link is damaged or incomplete');
  await page.getByRole('link', { name: /My agenda/ }).click();
  await expect(page.getByRole('article')).toHaveCount(1);
});

test('a 10-minute reminder exports TRIGGER:-PT10M that ical.js reads; "None" exports no alarm', async ({ page }) => {
  await page.goto('/');
  await starAll(page, [TITLES.bof181, TITLES.panel]);
  await page.getByRole('link', { name: /My agenda/ }).click();
  const reminder = page.getByRole('combobox', { name: 'Reminder' });
  await reminder.selectOption({ label: '10 minutes before' });
  const { text } = await downloadCalendar(page);
  expect(text.match(/TRIGGER:-PT10M\r\n/g)).toHaveLength(2);
  const alarms = ICAL.Component.fromString(text)
    .getAllSubcomponents('vevent')
    .map((vevent) => vevent.getFirstSubcomponent('valarm'));
  expect(alarms.map((alarm) => String(alarm?.getFirstPropertyValue('action')))).toEqual(['DISPLAY', 'DISPLAY']);
  expect(
    alarms.map((alarm) => {
      const trigger = alarm?.getFirstPropertyValue('trigger');
      return trigger instanceof ICAL.Duration ? trigger.toSeconds() : null;
    }),
  ).toEqual([-600, -600]);
  // The choice is kept, and "None" leaves the alarm out.
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Reminder' })).toHaveValue('10');
  await page.getByRole('combobox', { name: 'Reminder' }).selectOption({ label: 'None' });
  expect((await downloadCalendar(page)).text).not.toContain('VALARM');
});

test('while the page is open, a starred session about to start gets a quiet notice, without a permission prompt', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2024-11-19T22:00:00Z') });
  await page.goto('/');
  await starAll(page, [TITLES.bof181]);
  await expect(page.getByText(/^Starts in/)).toHaveCount(0);
  // Five minutes later: ten minutes before the BoF (the default lead time).
  await page.clock.fastForward('05:00');
  await expect(page.getByText('Starts in 10 min:')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Starts in 10 min:' })).toContainText(
    `Starts in 10 min: ${TITLES.bof181}, B210`,
  );
});

test('marking one of two overlapping BoFs as maybe removes the warning, exports it as TENTATIVE, prints it as “or:” and shares it', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  await starAll(page, [TITLES.bof181, TITLES.bof206, TITLES.panel]);
  await page.getByRole('link', { name: /My agenda/ }).click();
  const chosen = page.getByRole('article', { name: TITLES.bof181 });
  const other = page.getByRole('article', { name: TITLES.bof206 });
  await expect(page.getByRole('note').filter({ hasText: 'Overlaps with' })).toHaveCount(2);
  // Only the sessions of the overlap have the toggle.
  await expect(page.getByRole('button', { name: 'Maybe', exact: true })).toHaveCount(2);
  await expect(page.getByRole('article', { name: TITLES.panel }).getByRole('button', { name: 'Maybe' })).toHaveCount(0);

  const maybe = other.getByRole('button', { name: 'Maybe', exact: true });
  await expect(maybe).toHaveAttribute('aria-pressed', 'false');
  await maybe.click();
  await expect(maybe).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('note').filter({ hasText: 'Overlaps with' })).toHaveCount(0);
  await expect(other).toContainText(`Maybe, instead of ${TITLES.bof181}`);
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);

  // Kept across a reload, still starred.
  await page.reload();
  await expect(other.getByRole('button', { name: 'Maybe', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(chosen.getByRole('button', { name: 'Maybe', exact: true })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('link', { name: /My agenda/ })).toContainText('3');

  const { events } = await downloadCalendar(page);
  expect(events.map((event) => [event.uid, event.status])).toEqual([
    ['bof181@parsl-sc24', 'CONFIRMED'],
    ['bof206@parsl-sc24', 'TENTATIVE'],
    ['pan108@parsl-sc24', 'CONFIRMED'],
  ]);
  await expect(page.getByRole('status').filter({ hasText: 'Calendar file' })).toContainText(
    '1 of them a maybe, as tentative',
  );
  // The maybe's own card exports it as tentative too.
  const single = page.waitForEvent('download');
  await other.getByRole('button', { name: /\.ics file/ }).click();
  expect(readFileSync(await (await single).path(), 'utf8')).toContain('STATUS:TENTATIVE\r\n');

  const { text } = pdfText(await printPdf(page, 'A4'));
  // The maybe is a line under the chosen BoF, and the overlap is no longer printed as one.
  const squashed = text.replace(/[\s-]+/g, '');
  const orLine = squashed.indexOf('or:5:15–6:45PMEST');
  expect(orLine).toBeGreaterThan(squashed.indexOf(TITLES.bof181.replace(/[\s-]+/g, '')));
  expect(squashed.indexOf(TITLES.bof206.replace(/[\s-]+/g, ''))).toBeGreaterThan(orLine);
  expect(text).not.toContain('overlaps another starred session');
  await page.emulateMedia({ media: 'screen' });

  // A share link carries the maybe; a friend who adds the agenda gets it as a maybe too.
  await page.getByRole('button', { name: 'Share agenda' }).click();
  const field = page.getByRole('textbox', { name: 'Link to your 3 starred sessions (1 of them a maybe)' });
  await expect(field).toHaveValue(/[?&]share=/);
  const link = await field.inputValue();
  const context = await browser.newContext();
  const friend = await context.newPage();
  await friend.goto(link);
  await expect(friend.getByRole('article', { name: TITLES.bof206 })).toContainText('Maybe: an alternative');
  await friend.getByRole('button', { name: 'Add these 3 sessions to my agenda' }).click();
  await friend.getByRole('link', { name: 'Open my agenda' }).click();
  await expect(
    friend.getByRole('article', { name: TITLES.bof206 }).getByRole('button', { name: 'Maybe', exact: true }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(friend.getByRole('note').filter({ hasText: 'Overlaps with' })).toHaveCount(0);
  await context.close();
});
