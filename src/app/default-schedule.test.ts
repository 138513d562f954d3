import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { importJekyllPost } from '../importers/jekyll-post/import-post';
import { BUNDLED_SCHEDULE_ADDRESS, loadDefaultSchedule } from './default-schedule';

const bundledFile = () =>
  loadDefaultSchedule((address) => {
    expect(address).toBe(BUNDLED_SCHEDULE_ADDRESS);
    return Promise.resolve(new Response(readFileSync(new URL('../data/parsl-sc24.json', import.meta.url))));
  });

test('the bundled schedule is exactly what the importer makes of content/parsl-sc24.md today', async () => {
  const source = readFileSync(new URL('../../content/parsl-sc24.md', import.meta.url));
  const fresh = importJekyllPost(source, { fileName: 'parsl-sc24.md' });
  const bundled = await bundledFile();
  expect(fresh.ok && bundled.ok).toBe(true);
  if (fresh.ok && bundled.ok) expect(bundled.schedule).toEqual(fresh.schedule);
});

test('the bundled content is the post exactly as first published', async () => {
  const content = readFileSync(new URL('../../content/parsl-sc24.md', import.meta.url));
  const bundled = await bundledFile();
  if (!bundled.ok) throw new Error('errors' in bundled ? bundled.errors.join('; ') : bundled.unreachable);
  // The hash printed on agendas identifies this exact file.
  expect(bundled.schedule.conference.source.sha256).toBe(
    '2f30ee95fc7cd6de3b2e1056e32ee1c083de5e042b1b252a9fa9991bd622817d',
  );
  expect(content.length).toBe(9871);
});

test('an unreachable or damaged bundled schedule is named, never a blank page', async () => {
  expect(await loadDefaultSchedule(() => Promise.reject(new TypeError('Failed to fetch')))).toEqual({
    ok: false,
    unreachable: 'the network did not answer',
  });
  expect(await loadDefaultSchedule(() => Promise.resolve(new Response('nope', { status: 404 })))).toEqual({
    ok: false,
    unreachable: 'the server answered 404',
  });
  expect(await loadDefaultSchedule(() => Promise.resolve(new Response('{"version":')))).toEqual({
    ok: false,
    unreachable: 'it is not JSON',
  });
  const damaged = await loadDefaultSchedule(() => Promise.resolve(new Response('{"version": 2}')));
  expect(damaged.ok).toBe(false);
  expect('errors' in damaged && damaged.errors.length).toBeGreaterThan(0);
});
