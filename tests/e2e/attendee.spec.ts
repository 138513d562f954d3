import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const KEY = 'itinerary:parsl-sc24';
const BOF181 = 'Making Sense of the Chaos: Best Practices for HPC Software Sustainability Strategies and Metrics';
const BOF206 =
  'Workflows Community: Collaborative Pathways for Designing an Integrated Infrastructure for Research Excellence';

const star = (page: Page, title: string) => page.getByRole('button', { name: `Star ${title}`, exact: true });

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`),
  ).toEqual([]);
}

test('a filtered link opens filtered, a filter adds to the URL, and Back undoes it', async ({ page }) => {
  await page.goto('/?type=BOF&day=2024-11-19');
  await expect(page.getByRole('article')).toHaveCount(2);
  await page
    .getByRole('group', { name: 'Type' })
    .getByRole('checkbox', { name: /Poster/ })
    .check();
  await expect(page.getByRole('article')).toHaveCount(3);
  expect(new URL(page.url()).search).toBe('?day=2024-11-19&type=BOF&type=Poster');
  await page.goBack();
  await expect(page.getByRole('article')).toHaveCount(2);
  await page.getByRole('searchbox', { name: 'Search sessions' }).fill('sustainability');
  await expect(page.getByRole('article')).toHaveCount(1);
});

test('a starred plan survives a reload and shows the overlapping BoFs in My agenda', async ({ page }) => {
  await page.goto('/');
  await star(page, BOF181).click();
  await star(page, BOF206).click();
  await star(page, 'IRI: What Novel Interfaces Will HPC Expose for Cross-Facility Workflows?').click();
  await page.reload();
  await expect(star(page, BOF181)).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('link', { name: /My agenda/ }).click();
  await expect(page.getByRole('article')).toHaveCount(3);
  await expect(page.getByRole('article', { name: BOF181 })).toContainText(`Overlaps with ${BOF206}`);
  await expect(page.getByRole('article', { name: BOF206 })).toContainText(`Overlaps with ${BOF181}`);
  await expect(page.getByRole('article', { name: /^IRI/ })).not.toContainText('Overlaps');
  await expectNoAxeViolations(page);
});

test('a second open tab follows a star within a second', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('/');
  await second.goto('/');
  await star(first, BOF181).click();
  await expect(star(second, BOF181)).toHaveAttribute('aria-pressed', 'true', { timeout: 1000 });
  await star(second, BOF181).click();
  await expect(star(first, BOF181)).toHaveAttribute('aria-pressed', 'false', { timeout: 1000 });
});

test('a second open tab follows a maybe, and the overlap warning goes there too', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  for (const page of [first, second]) await page.goto('/');
  await star(first, BOF181).click();
  await star(first, BOF206).click();
  for (const page of [first, second]) await page.getByRole('link', { name: /My agenda/ }).click();
  await expect(second.getByRole('note').filter({ hasText: 'Overlaps with' })).toHaveCount(2);
  await first.getByRole('article', { name: BOF206 }).getByRole('button', { name: 'Maybe', exact: true }).click();
  const followed = second.getByRole('article', { name: BOF206 }).getByRole('button', { name: 'Maybe', exact: true });
  await expect(followed).toHaveAttribute('aria-pressed', 'true', { timeout: 1000 });
  await expect(second.getByRole('note').filter({ hasText: 'Overlaps with' })).toHaveCount(0);
});

test('two tabs starring different sessions at the same instant both keep both stars, in both tabs and in storage', async ({
  context,
}) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('/');
  await second.goto('/');
  const PANEL = 'Serverless HPC: Challenges, Opportunities, and Future Prospects for Accelerated Cloud Computing';
  const IRI = 'IRI: What Novel Interfaces Will HPC Expose for Cross-Facility Workflows?';
  const CWL = 'Parsl+CWL: Towards Combining the Python and CWL Ecosystems';
  const SEESAW = 'Seesaw: Elastic Scaling for Task-Based Distributed Programs';
  const ids: Record<string, string> = {
    [BOF181]: 'bof181',
    [BOF206]: 'bof206',
    [PANEL]: 'pan108',
    [IRI]: 'bof218',
    [CWL]: 'ws_worksp114',
    [SEESAW]: '2024-11-19-seesaw-elastic-scaling-for-task-based-distributed-programs',
  };
  const pairs = [
    [BOF181, BOF206],
    [PANEL, IRI],
    [CWL, SEESAW],
  ] as const;
  const starred: string[] = [];
  for (const [one, other] of pairs) {
    // Each tab clicks from its own timer, set for the same instant: neither has heard of the other's star.
    const at = Date.now() + 400;
    const clickAt = (button: HTMLElement | SVGElement, when: number) =>
      new Promise<void>((resolve) => {
        setTimeout(
          () => {
            if (button instanceof HTMLElement) button.click();
            resolve();
          },
          Math.max(0, when - Date.now()),
        );
      });
    await Promise.all([star(first, one).evaluate(clickAt, at), star(second, other).evaluate(clickAt, at)]);
    starred.push(one, other);
    for (const page of [first, second]) {
      for (const title of starred) await expect(star(page, title)).toHaveAttribute('aria-pressed', 'true');
    }
    const stored = await first.evaluate((key) => window.localStorage.getItem(key), KEY);
    const parsed: unknown = JSON.parse(stored ?? '{}');
    const starredIds = starred.map((title) => ids[title]);
    expect(parsed).toMatchObject({ state: { starredIds: expect.arrayContaining(starredIds) } });
  }
});

test.describe('a visitor in Berlin', () => {
  test.use({ timezoneId: 'Europe/Berlin' });

  test('sees event time by default, switches to CET with day marks, keeps the choice, and the page stays accessible', async ({
    page,
  }) => {
    await page.goto('/');
    const bof = page.getByRole('article', { name: BOF181 });
    await expect(bof).toContainText('5:15 – 6:45 PM EST');
    await expectNoAxeViolations(page);
    await page.getByRole('radio', { name: 'My time (CET, Berlin)' }).check();
    await expect(bof).toContainText('11:15 PM – 12:45 AM CET');
    await expect(page.getByRole('article', { name: /^Serverless HPC/ })).toContainText('4:30 – 6:00 PM CET');
    await page.reload();
    await expect(page.getByRole('radio', { name: 'My time (CET, Berlin)' })).toBeChecked();
    await expect(bof).toContainText('11:15 PM – 12:45 AM CET');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: /My agenda/ }).click();
    await expectNoAxeViolations(page);
  });
});

test.describe('a visitor in Tokyo', () => {
  test.use({ timezoneId: 'Asia/Tokyo' });

  test('sees the evening BoFs on the next morning, with the event’s own day and time beside them', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('radio', { name: /My time \(JST/ }).check();
    await expect(page.getByRole('article', { name: BOF181 })).toContainText('7:15 – 8:45 AM JST');
    await expect(page.getByRole('article', { name: BOF181 })).toContainText(
      'Event time: Tue, Nov 19, 5:15 – 6:45 PM EST',
    );
    await expect(page.getByRole('heading', { level: 2, name: 'Wednesday, November 20' })).toBeVisible();
    await expect(page.getByText(/The introduction above is the organizers’ text/)).toContainText('event time (EST)');
  });

  test('My agenda offers free time within a conference day, never across the night in Atlanta', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('radio', { name: /My time \(JST/ }).check();
    for (const title of [/^Star Serverless HPC/, /^Star IRI/, /^Star Establishing/]) {
      await page.getByRole('button', { name: title }).click();
    }
    await page.getByRole('link', { name: /My agenda/ }).click();
    await expect(page.getByText(/^Free:/)).toHaveText(['Free: 2:00 – 2:15 AM JST (15 min)']);
  });
});

test('corrupted storage: the page loads, keeps the readable stars, backs the value up and says so', async ({
  page,
}) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, '{"state":{"starredIds":["bof181","pan1');
      sessionStorage.setItem('seeded', '1');
    }
  }, KEY);
  await page.goto('/');
  await expect(page.getByRole('article')).toHaveCount(7);
  await expect(page.getByRole('alert')).toContainText('Your saved agenda was damaged. 1 starred session was kept');
  await expect(star(page, BOF181)).toHaveAttribute('aria-pressed', 'true');
  const backups = await page.evaluate(
    (key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}:backup:`)),
    KEY,
  );
  expect(backups).toHaveLength(1);
  await page.reload();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(star(page, BOF181)).toHaveAttribute('aria-pressed', 'true');
});

test('an agenda saved by the version before maybes opens as it was: no notice, no backup, every star kept', async ({
  page,
}) => {
  // Exactly what the previous release wrote (store version 1).
  const saved = {
    state: {
      starredIds: ['bof181', 'bof206'],
      changedAt: { bof181: 1732000000000, bof206: 1732000000001 },
      zoneMode: 'event',
      zoneModeAt: 0,
      exports: {},
      lastQuery: '',
      update: { at: 0, changes: [], vanished: [] },
    },
    version: 1,
  };
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [KEY, JSON.stringify(saved)] as const,
  );
  await page.goto('/?view=agenda');
  await expect(page.getByRole('article')).toHaveCount(2);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText(/Your saved agenda|backed up|older version of Itinerary/)).toHaveCount(0);
  const maybe = page.getByRole('article', { name: BOF206 }).getByRole('button', { name: 'Maybe', exact: true });
  await expect(maybe).toHaveAttribute('aria-pressed', 'false');
  await maybe.click();
  const stored = await page.evaluate((key) => {
    const backups = Object.keys(localStorage).filter((k) => k.startsWith(`${key}:backup:`));
    return { backups, raw: localStorage.getItem(key) ?? 'null' };
  }, KEY);
  expect(stored.backups).toEqual([]);
  const value: unknown = JSON.parse(stored.raw);
  expect(value).toMatchObject({
    version: 2,
    state: { starredIds: ['bof181', 'bof206'], changedAt: saved.state.changedAt, maybeIds: ['bof206'] },
  });
  await page.reload();
  await expect(maybe).toHaveAttribute('aria-pressed', 'true');
});

test('storage that throws: stars still work for this visit and the page says they are not saved', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('/');
  await star(page, BOF181).click();
  await expect(star(page, BOF181)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('alert')).toContainText('not saved in this browser');
});

test('keyboard alone: search, filter, star and open My agenda', async ({ page }) => {
  await page.goto('/');
  // React renders after the load event; Tab only once the page is there.
  await expect(page.getByRole('article')).toHaveCount(7);
  // "Open a schedule" arrives a moment after the page.
  await expect(page.getByLabel('Open a schedule')).toBeAttached();
  // The conference picker and "Open a schedule" come first, then the page's own links.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Conference' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Open a schedule')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Schedule address' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Full conference program' })).toBeFocused();
  await page.getByRole('searchbox', { name: 'Search sessions' }).focus();
  await page.keyboard.type('collaborative pathways');
  await expect(page.getByRole('article')).toHaveCount(1);
  await star(page, BOF206).focus();
  await page.keyboard.press('Space');
  await expect(star(page, BOF206)).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('link', { name: /My agenda/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('article')).toHaveCount(1);
});

test('during the conference, current sessions are marked and Next jumps to the upcoming one', async ({ page }) => {
  await page.clock.install({ time: new Date('2024-11-19T22:30:00Z') });
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'Now:' })).toContainText(BOF181);
  await page.getByRole('link', { name: /^Next: Serverless HPC/ }).click();
  await expect(page).toHaveURL(/#session-pan108$/);
  await expect(page.getByRole('article', { name: /^Serverless HPC/ })).toBeFocused();
});

test('after the conference, a quiet note says it is over and nothing is hidden', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-24T12:00:00Z') });
  await page.goto('/');
  await expect(page.getByText('Parsl at SC24 is over.')).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(7);
});

test.describe('a German browser', () => {
  test.use({ locale: 'de-DE', timezoneId: 'America/New_York' });

  test('reads the BoFs at 17:15 on a 24-hour clock, in English words, with the day before the month', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('article', { name: BOF181 })).toContainText('17:15 – 18:45 EST');
    await expect(page.getByRole('heading', { level: 2, name: 'Tuesday 19 November' })).toBeVisible();
    await expect(page.getByText('17–22 November 2024 · Atlanta, GA')).toBeVisible();
    // The interface stays English.
    await expect(star(page, BOF181)).toContainText('Star');
    await expect(page.getByRole('link', { name: /My agenda/ })).toBeVisible();
  });
});

test('“Fits my free time” hides the BoF that overlaps a starred one, keeps Thursday’s panel, counts and lives in the URL', async ({
  page,
}) => {
  await page.goto('/');
  await star(page, 'Seesaw: Elastic Scaling for Task-Based Distributed Programs').click();
  await star(page, BOF181).click();
  const fits = page.getByRole('checkbox', { name: /^Fits my free time/ });
  // Every session but the other 5:15 PM BoF fits around the poster (a drop-in) and the starred BoF.
  await expect(page.getByRole('checkbox', { name: 'Fits my free time (6)' })).toBeVisible();
  await fits.check();
  await expect(page.getByRole('article')).toHaveCount(6);
  await expect(page.getByRole('article', { name: BOF206 })).toHaveCount(0);
  await expect(page.getByRole('article', { name: /^Serverless HPC/ })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('fits')).toBe('1');
  // Unstarring the BoF frees its time: the other one fits again.
  await star(page, BOF181).click();
  await expect(page.getByRole('article', { name: BOF206 })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /^Fits my free time/ })).toBeChecked();
});

test('the timeline places the two BoFs side by side, the poster behind, in the list’s order, with no axe violations', async ({
  page,
}) => {
  await page.goto('/');
  const poster = 'Seesaw: Elastic Scaling for Task-Based Distributed Programs';
  for (const title of [poster, BOF181, BOF206]) await star(page, title).click();
  await page.getByRole('link', { name: /My agenda/ }).click();
  await page.getByRole('group', { name: 'Agenda layout' }).getByRole('button', { name: 'Timeline' }).click();
  await expect(page.getByRole('button', { name: 'Timeline' })).toHaveAttribute('aria-pressed', 'true');
  expect(new URL(page.url()).searchParams.get('layout')).toBe('timeline');
  const box = async (name: string) => {
    const found = await page.getByRole('article', { name }).boundingBox();
    if (!found) throw new Error(`${name} is not laid out`);
    return found;
  };
  const [a, b, band] = [await box(BOF181), await box(BOF206), await box(poster)];
  // Side by side: the same top and height, one after the other across.
  expect(Math.abs(a.y - b.y)).toBeLessThan(1);
  expect(Math.abs(a.height - b.height)).toBeLessThan(1);
  expect(a.x + a.width).toBeLessThanOrEqual(b.x + 1);
  // The poster (12–5 PM) ends where the BoFs' 5:15 starts less a quarter hour: free time between.
  expect(band.y + band.height).toBeLessThan(a.y);
  // Keyboard and screen readers meet them in the list's order.
  expect(await page.getByRole('article').allTextContents()).toEqual([
    expect.stringContaining(poster),
    expect.stringContaining(BOF181),
    expect.stringContaining(BOF206),
  ]);
  await expectNoAxeViolations(page);
  // Each BoF of the overlap has its Maybe here too; a maybe is drawn lighter and keeps its place.
  const maybe = page.getByRole('article', { name: BOF206 }).getByRole('button', { name: 'Maybe', exact: true });
  await expect(page.getByRole('button', { name: 'Maybe', exact: true })).toHaveCount(2);
  await maybe.click();
  await expect(maybe).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('article', { name: BOF206 })).toHaveClass(/\bmaybe\b/);
  // (Its height may grow while its button has the focus, to show all of it.)
  const [first, after] = [await box(BOF181), await box(BOF206)];
  expect([after.x, after.width, after.y - first.y]).toEqual([b.x, b.width, b.y - a.y]);
  await maybe.click();
  await page.getByRole('button', { name: 'List' }).click();
  await expect(page.getByText('Overlaps with').first()).toBeVisible();
});
