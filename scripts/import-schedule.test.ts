import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runImportCli } from './import-schedule';

const fixtures = new URL('../tests/fixtures/', import.meta.url);
const read = (path: string) => readFileSync(path);

describe('npm run import', () => {
  test('prints the schedule JSON to stdout and the diagnostics to stderr', () => {
    const result = runImportCli(['content/parsl-sc24.md'], read);
    expect(result.code).toBe(0);
    const schedule: unknown = JSON.parse(result.stdout);
    expect(schedule).toMatchObject({ conference: { id: 'parsl-sc24', timeZone: 'America/New_York' } });
    expect(result.stderr).toMatch(/^content\/parsl-sc24\.md: warning: the text was damaged/m);
    expect(result.stderr).toMatch(/^content\/parsl-sc24\.md:70: warning: .*room's page/m);
  });

  test('--out names the file to write and says how many sessions', () => {
    const result = runImportCli(['content/parsl-sc24.md', '--out', 'x.json'], read);
    expect(result.outFile?.path).toBe('x.json');
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/7 sessions written to x\.json/);
  });

  test.each([
    ['binary.png', /binary\.png: not a schedule: it is a binary file/],
    ['empty.md', /empty\.md: not a schedule: the file is empty/],
    [
      'post-without-times.md',
      /post-without-times\.md: no session could be read: 2 session heading\(s\).*no Time field/,
    ],
    [
      'not-a-post.md',
      /not-a-post\.md: not a schedule Itinerary reads \(frab .*\): not an event post: no session headings/,
    ],
    ['no-zone.md', /no-zone\.md: the post does not say which time zone its times are in; give --time-zone/],
  ])('%s fails with one clear line, exit 1 and no output', (name, message) => {
    const result = runImportCli([new URL(name, fixtures).pathname], read);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.outFile).toBeUndefined();
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });

  test('the flags settle what the post leaves open', () => {
    const path = new URL('no-zone.md', fixtures).pathname;
    const result = runImportCli([path, '--time-zone', 'Europe/Berlin', '--year', '2024'], read);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('"timeZone": "Europe/Berlin"');
  });

  test('bad usage exits 2 with the usage line', () => {
    expect(runImportCli([], read)).toMatchObject({ code: 2, stderr: expect.stringContaining('usage:') });
    expect(runImportCli(['a.md', '--year', 'next'], read)).toMatchObject({ code: 2 });
    expect(runImportCli(['a.md', '--colour'], read)).toMatchObject({ code: 2 });
    expect(runImportCli(['missing.md'], read)).toMatchObject({ code: 1, stderr: 'missing.md: no such file\n' });
  });

  test('the real command writes nothing on failure and the schedule on success', () => {
    const dir = mkdtempSync(join(tmpdir(), 'itinerary-import-'));
    const out = join(dir, 'out.json');
    const tsx = join('node_modules', '.bin', 'tsx');
    const failed = spawnSync(
      tsx,
      ['scripts/import-schedule.ts', new URL('empty.md', fixtures).pathname, '--out', out],
      { encoding: 'utf8' },
    );
    expect(failed.status).toBe(1);
    expect(() => readFileSync(out)).toThrow();
    execFileSync(tsx, ['scripts/import-schedule.ts', 'content/parsl-sc24.md', '--out', out], { stdio: 'ignore' });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(JSON.parse(readFileSync('src/data/parsl-sc24.json', 'utf8')));
    writeFileSync(out, '');
  }, 30_000);
});
