/**
 * A conference hosts its own Itinerary: `npm run build:conference` bundles its schedule, and the built
 * folder works from a sub-path of a plain static server (here, a real one on another port).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { serveFolder, type StaticServer } from '../../scripts/static-server';

let server: StaticServer;
let site = '';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const out = mkdtempSync(join(tmpdir(), 'itinerary-site-'));
  execFileSync(
    'npx',
    ['tsx', 'scripts/build-conference.ts', 'tests/fixtures/schedules/pentabarf-fosdem.xml', '--out-dir', out],
    { stdio: 'pipe' },
  );
  server = await serveFolder(out, { prefix: '/events/2024/itinerary/' });
  site = server.url;
});

test.afterAll(async () => {
  await server.close();
});

test('the built app opens with the conference’s own schedule from a sub-path, and can still open another', async ({
  page,
}) => {
  await page.goto(site);
  await expect(page.getByRole('heading', { level: 1, name: 'FOSDEM 2024' })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(3);
  await page.getByRole('link', { name: /My agenda/ }).click();
  await expect(page.getByText('Your agenda is empty.')).toBeVisible();
  // The import worker and lazy parts load from the sub-path too.
  await page.getByLabel('Open a schedule').setInputFiles({
    name: 'democon.json',
    mimeType: 'application/json',
    buffer: readFileSync('tests/fixtures/real/pretalx-democon.json'),
  });
  await expect(page.getByRole('heading', { level: 1, name: 'DemoCon' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/events/2024/itinerary/');
});
