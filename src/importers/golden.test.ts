/**
 * Golden pairs: one input of each format and kind, and the exact result Itinerary makes of it (the
 * schedule, or the refusal, with every diagnostic), kept in tests/fixtures/golden/. An importer may be
 * rearranged freely while these hold; a change in what it makes shows here as a diff to read. After a
 * change that is meant, `UPDATE_GOLDEN=1 npx vitest run src/importers/golden.test.ts` writes them anew.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import type { ImportOptions } from './core/result';
import { importSchedule } from './registry';

const root = new URL('../../', import.meta.url);

const pairs: readonly { input: string; options?: ImportOptions }[] = [
  { input: 'content/parsl-sc24.md' },
  { input: 'tests/fixtures/no-zone.md' },
  { input: 'tests/fixtures/no-zone.md', options: { timeZone: 'Europe/Berlin' } },
  { input: 'tests/fixtures/post-without-times.md' },
  { input: 'tests/fixtures/schedules/frab-traps.json' },
  { input: 'tests/fixtures/schedules/frab-traps.json', options: { timeZone: 'Europe/Berlin' } },
  { input: 'tests/fixtures/schedules/frab-cut.xml' },
  { input: 'tests/fixtures/schedules/pentabarf-fosdem.xml' },
  { input: 'tests/fixtures/real/pretalx-democon.json' },
  { input: 'tests/fixtures/real/sessionize-demo-all.json' },
  { input: 'tests/fixtures/real/sessionize-demo-all.json', options: { timeZone: 'Europe/Zagreb' } },
  { input: 'tests/fixtures/real/sessionize-demo-all.json', options: { timeZone: 'Mars/Base' } },
  { input: 'tests/fixtures/real/sessionize-demo-gridsmart.json' },
  { input: 'tests/fixtures/schedules/indico-style.ics' },
  { input: 'tests/fixtures/schedules/indico-style.ics', options: { timeZone: 'Europe/Zurich' } },
  { input: 'tests/fixtures/schedules/pretalx-style.ics' },
  { input: 'tests/fixtures/schedules/sched-style.ics' },
];

function goldenName({ input, options }: (typeof pairs)[number]): string {
  const base = input.split('/').pop() ?? input;
  const zone = options?.timeZone === undefined ? '' : `.${options.timeZone.replace('/', '-')}`;
  return `tests/fixtures/golden/${base.replace(/\.gz$/, '')}${zone}.json`;
}

test.each(pairs.map((pair) => [goldenName(pair), pair] as const))('%s', (golden, { input, options }) => {
  const raw = readFileSync(new URL(input, root));
  const bytes = new Uint8Array(input.endsWith('.gz') ? gunzipSync(raw) : raw);
  const made: unknown = JSON.parse(JSON.stringify(importSchedule(bytes, { ...options, fileName: input })));
  const file = new URL(golden, root);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, `${JSON.stringify(made, null, 1)}\n`);
  expect(existsSync(file), `${golden} is missing: write it with UPDATE_GOLDEN=1`).toBe(true);
  expect(made).toEqual(JSON.parse(readFileSync(file, 'utf8')));
});
