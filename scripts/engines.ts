/**
 * `npm run test:engines`: the attendee scenario (tests/engines/scenario.ts) on the built app in Firefox
 * ESR and WebKitGTK, Debian's packages (.ci/run installs them), each with the app served fresh. Playwright
 * runs the full suite in Chromium; this keeps the other engines attendees use from breaking unseen.
 * WebKitGTK needs a display: the npm script runs this under xvfb-run.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { serveFolder } from './static-server';
import { attendeeScenario, type EngineDriver, type Step } from '../tests/engines/scenario';
import { firefoxDriver } from '../tests/engines/firefox';
import { webkitDriver } from '../tests/engines/webkit';

const engines: Record<string, () => Promise<{ driver: EngineDriver; close: () => Promise<void> }>> = {
  firefox: firefoxDriver,
  webkit: webkitDriver,
};

async function run(name: string, folder: string, realFile: string): Promise<Step[]> {
  const server = await serveFolder('dist');
  const served = { open: true };
  const started = Date.now();
  const start = engines[name];
  if (!start) throw new Error(`no engine ${name}`);
  const { driver, close } = await start();
  try {
    return await attendeeScenario(driver, {
      origin: server.url,
      realFile: { path: realFile, title: '39th Chaos Communications Congress' },
      goOffline: async () => {
        served.open = false;
        await server.close();
      },
    });
  } finally {
    await close();
    if (served.open) await server.close();
    console.log(`${driver.name}: ${((Date.now() - started) / 1000).toFixed(1)} s in all (${folder})`);
  }
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'itinerary-engines-'));
  const realFile = join(folder, '39c3-everything.schedule.json');
  writeFileSync(
    realFile,
    gunzipSync(readFileSync(new URL('../tests/fixtures/real/39c3-everything.schedule.json.gz', import.meta.url))),
  );
  const wanted = process.argv.slice(2).filter((arg) => arg in engines);
  let failed = false;
  try {
    for (const name of wanted.length > 0 ? wanted : Object.keys(engines)) {
      try {
        const steps = await run(name, 'served from dist', realFile);
        for (const step of steps) {
          console.log(
            `  ${step.skipped === undefined ? 'ok  ' : 'skip'} ${step.name} (${String(step.ms)} ms)${step.skipped === undefined ? '' : `: ${step.skipped}`}`,
          );
        }
      } catch (error) {
        failed = true;
        console.error(`${name}: FAILED: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  if (failed) process.exitCode = 1;
}

await main();
