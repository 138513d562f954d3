/**
 * A conference hosts its own Itinerary: `npm run build:conference` bundles its schedule, and the built
 * folder works from a sub-path of a plain static server (here, a real one on another port).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { expect, test } from '@playwright/test';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
};

let server: Server;
let site = '';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const out = mkdtempSync(join(tmpdir(), 'itinerary-site-'));
  execFileSync(
    'npx',
    ['tsx', 'scripts/build-conference.ts', 'tests/fixtures/schedules/pentabarf-fosdem.xml', '--out-dir', out],
    { stdio: 'pipe' },
  );
  const prefix = '/events/2024/itinerary/';
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (!path.startsWith(prefix)) {
      response.writeHead(404).end();
      return;
    }
    const relative = normalize(path.slice(prefix.length) || 'index.html').replace(/^(\.\.[/\\])+/, '');
    const file = join(out, relative);
    if (!existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  site = `http://127.0.0.1:${String(typeof address === 'object' && address !== null ? address.port : 0)}${prefix}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
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
