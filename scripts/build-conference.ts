/**
 * Builds Itinerary with another conference's schedule as the one it opens with, for a conference to host
 * its own copy on any static host:
 *   npm run build:conference -- <schedule file> [--time-zone ZONE] [--year YYYY] [--format F] [--out-dir DIR]
 * The file is read as `npm run import` reads it (any format); the app goes to dist/ (or --out-dir), with
 * relative addresses, so it works from any path.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { runImportCli } from './import-schedule';

const USAGE =
  'usage: npm run build:conference -- <schedule file> [--time-zone ZONE] [--year YYYY] [--format F] [--out-dir DIR]';

async function main(args: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        'time-zone': { type: 'string' },
        year: { type: 'string' },
        format: { type: 'string' },
        'out-dir': { type: 'string' },
      },
    });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const scheduleJson = resolve('node_modules/.itinerary/default-schedule.json');
  const flags = (['time-zone', 'year', 'format'] as const).flatMap((flag) => {
    const value = parsed.values[flag];
    return value === undefined ? [] : [`--${flag}`, value];
  });
  const imported = runImportCli([file, ...flags, '--out', scheduleJson], (path) => readFileSync(path));
  process.stderr.write(imported.stderr);
  if (imported.code !== 0 || !imported.outFile) return imported.code;
  mkdirSync(dirname(imported.outFile.path), { recursive: true });
  writeFileSync(imported.outFile.path, imported.outFile.text);
  process.env.ITINERARY_DEFAULT_SCHEDULE = scheduleJson;
  const outDir = resolve(parsed.values['out-dir'] ?? 'dist');
  await build({ build: { outDir, emptyOutDir: true }, logLevel: 'warn' });
  process.stderr.write(
    `Built Itinerary for ${file} into ${outDir}: copy that folder to any static host, at any path.\n`,
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
