import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const expected = [
  [
    'Monday, November 18',
    'Parsl+CWL: Towards Combining the Python and CWL Ecosystems',
    '11:21 – 11:44 AM EST',
    'Workshop',
    'Room B302',
  ],
  [
    'Tuesday, November 19',
    'Seesaw: Elastic Scaling for Task-Based Distributed Programs',
    '12:00 – 5:00 PM EST',
    'Poster',
    'Room B302-B305',
  ],
  [
    'Tuesday, November 19',
    'Making Sense of the Chaos: Best Practices for HPC Software Sustainability Strategies and Metrics',
    '5:15 – 6:45 PM EST',
    'BOF',
    'Room B210',
  ],
  [
    'Tuesday, November 19',
    'Workflows Community: Collaborative Pathways for Designing an Integrated Infrastructure for Research Excellence',
    '5:15 – 6:45 PM EST',
    'BOF',
    'Room B212',
  ],
  [
    'Thursday, November 21',
    'Serverless HPC: Challenges, Opportunities, and Future Prospects for Accelerated Cloud Computing',
    '10:30 AM – 12:00 PM EST',
    'Panel',
    'Room B313B-B314',
  ],
  [
    'Thursday, November 21',
    'IRI: What Novel Interfaces Will HPC Expose for Cross-Facility Workflows?',
    '12:15 – 1:15 PM EST',
    'BOF',
    'Room B311',
  ],
  [
    'Friday, November 22',
    'Establishing a High-Performance and Productive Ecosystem for Distributed Execution of Python Functions Using Globus Compute',
    '8:40 – 9:10 AM EST',
    'Workshop',
    'Room B311',
  ],
] as const;

test('a visitor sees the seven Parsl SC24 sessions by day, with their times in EST', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Parsl at SC24' })).toBeVisible();
  await expect(page.getByText('November 17–22, 2024 · Atlanta, GA')).toBeVisible();

  const sessions = page.getByRole('article');
  await expect(sessions).toHaveCount(7);
  // Days without sessions (Sunday, Wednesday) are not shown as empty groups.
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    'Monday, November 18',
    'Tuesday, November 19',
    'Thursday, November 21',
    'Friday, November 22',
  ]);
  for (const [day, title, time, type, room] of expected) {
    const card = page.getByRole('article', { name: title, exact: true });
    await expect(card).toContainText(time);
    await expect(card).toContainText(type);
    await expect(card).toContainText(room);
    const section = page.getByRole('region', { name: day });
    await expect(section.getByRole('article', { name: title, exact: true })).toBeVisible();
  }
});

test('the times stay in the event zone for a visitor in another zone, and say so', async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: 'Asia/Tokyo' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(
    page.getByRole('article', { name: 'IRI: What Novel Interfaces Will HPC Expose for Cross-Facility Workflows?' }),
  ).toContainText('12:15 – 1:15 PM EST');
  await context.close();
});

test('no text shows the damaged encoding of the source post', async ({ page }) => {
  await page.goto('/');
  const text = await page.locator('body').innerText();
  for (const damage of ['‚Ä', 'üï', 'Ô∏è', 'Äô']) expect(text).not.toContain(damage);
});

test('the first page has no accessibility violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('article')).toHaveCount(7);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});
