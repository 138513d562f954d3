/**
 * Thin CLI over the importers (src/importers/registry.ts):
 *   npm run --silent import -- <file> [--time-zone ZONE] [--year Y] [--format F] [--out FILE]
 * Prints the Schedule JSON to stdout (or writes FILE) and the diagnostics to stderr.
 * The format is read from the content (frab/pretalx JSON or XML, Pentabarf XML, Sessionize JSON, iCalendar,
 * a Jekyll event post); --format forces one.
 * Exit 0 when a schedule was written, 1 when the input is not a readable schedule, 2 on bad usage,
 * 70 (EX_SOFTWARE) when the importer itself failed: a bug, never to be mistaken for a refused post.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import type { ImportFormat, ImportOptions, NeededInput } from '../src/importers/core/result';
import { FORMAT_IDS, importSchedule } from '../src/importers/registry';
import type { Diagnostic } from '../src/schedule/types';

const USAGE = `usage: npm run --silent import -- <file> [--time-zone ZONE] [--year YYYY] [--format ${FORMAT_IDS.join('|')}] [--out FILE]`;

/** The flag that gives what an import needs. */
const FLAGS: Record<NeededInput, string> = {
  timeZone: '--time-zone (e.g. --time-zone America/New_York)',
  year: '--year (e.g. --year 2024)',
};

function isFormat(text: string): text is ImportFormat {
  return FORMAT_IDS.some((format) => format === text);
}

export function formatDiagnostic(file: string, diagnostic: Diagnostic): string {
  const where = diagnostic.line === undefined ? file : `${file}:${diagnostic.line}`;
  return `${where}: ${diagnostic.severity}: ${diagnostic.message}`;
}

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outFile?: { readonly path: string; readonly text: string };
}

export function runImportCli(args: readonly string[], readFile: (path: string) => Uint8Array): CliResult {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        year: { type: 'string' },
        'time-zone': { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return { code: 2, stdout: '', stderr: `${error instanceof Error ? error.message : String(error)}\n${USAGE}\n` };
  }
  const { values, positionals } = parsed;
  if (values.help) return { code: 0, stdout: `${USAGE}\n`, stderr: '' };
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) return { code: 2, stdout: '', stderr: `${USAGE}\n` };
  if (values.year !== undefined && !/^\d{4}$/.test(values.year)) {
    return { code: 2, stdout: '', stderr: `--year takes a four-digit year, not "${values.year}"\n` };
  }
  if (values.format !== undefined && !isFormat(values.format)) {
    return { code: 2, stdout: '', stderr: `--format takes one of ${FORMAT_IDS.join(', ')}, not "${values.format}"\n` };
  }
  let bytes: Uint8Array;
  try {
    bytes = readFile(file);
  } catch (error) {
    const reason =
      error instanceof Error && 'code' in error && error.code === 'ENOENT' ? 'no such file' : 'cannot read it';
    return { code: 1, stdout: '', stderr: `${file}: ${reason}\n` };
  }
  const options: ImportOptions = {
    fileName: basename(file),
    ...(values.year === undefined ? {} : { year: Number(values.year) }),
    ...(values['time-zone'] === undefined ? {} : { timeZone: values['time-zone'] }),
    ...(values.format === undefined || !isFormat(values.format) ? {} : { format: values.format }),
  };
  let result;
  try {
    result = importSchedule(bytes, options);
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
      code: 70,
      stdout: '',
      stderr: `${file}: internal error in the importer (${reason.split('\n')[0] ?? ''}); please report it with the file\n`,
    };
  }
  if (!result.ok) {
    const flags = (result.needs ?? []).map((need) => FLAGS[need]);
    const advice = flags.length === 0 ? '' : `; give ${flags.join(' and ')}`;
    return { code: 1, stdout: '', stderr: `${file}: ${result.error}${advice}\n` };
  }
  const stderr = result.schedule.diagnostics.map((diagnostic) => `${formatDiagnostic(file, diagnostic)}\n`).join('');
  const text = `${JSON.stringify(result.schedule, null, 2)}\n`;
  if (values.out !== undefined) {
    return {
      code: 0,
      stdout: '',
      stderr: `${stderr}${file}: ${result.schedule.sessions.length} sessions written to ${values.out}\n`,
      outFile: { path: values.out, text },
    };
  }
  return { code: 0, stdout: text, stderr };
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(basename(process.argv[1]));
if (isMain) {
  const result = runImportCli(process.argv.slice(2), (path) => readFileSync(path));
  if (result.outFile) {
    mkdirSync(dirname(result.outFile.path), { recursive: true });
    writeFileSync(result.outFile.path, result.outFile.text);
  }
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
}
