import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { importJekyllPost } from '../importers/jekyll-post/import-post';
import { loadDefaultSchedule } from './default-schedule';

test('the bundled schedule is exactly what the importer makes of content/parsl-sc24.md today', () => {
  const source = readFileSync(new URL('../../content/parsl-sc24.md', import.meta.url));
  const fresh = importJekyllPost(source, { fileName: 'parsl-sc24.md' });
  const bundled = loadDefaultSchedule();
  expect(fresh.ok && bundled.ok).toBe(true);
  if (fresh.ok && bundled.ok) expect(bundled.schedule).toEqual(fresh.schedule);
});

test('the bundled content is the post exactly as first published', () => {
  const content = readFileSync(new URL('../../content/parsl-sc24.md', import.meta.url));
  const bundled = loadDefaultSchedule();
  if (!bundled.ok) throw new Error(bundled.errors.join('; '));
  // The hash printed on agendas identifies this exact file.
  expect(bundled.schedule.conference.source.sha256).toBe(
    '2f30ee95fc7cd6de3b2e1056e32ee1c083de5e042b1b252a9fa9991bd622817d',
  );
  expect(content.length).toBe(9871);
});
