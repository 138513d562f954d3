// The rules that hold the house are only worth something if they fire: lint in-memory files placed in each
// folder, and watch each rule refuse what it is there to refuse (and let through what it allows).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message.slice(0, 200));
}

const importPost =
  "import { importJekyllPost } from '../importers/jekyll-post/import-post';\nexport const probe = importJekyllPost;\n";

describe('the layering rule', () => {
  test.each([
    ['src/schedule/lint-probe.ts', importPost],
    ['src/importers/lint-probe.ts', "import { App } from '../app/app';\nexport const probe = App;\n"],
    ['src/features/browse/lint-probe.ts', importPost.replace('../importers', '../../importers')],
    ['src/ui/lint-probe.ts', "import { useStars } from '../store/itinerary-store';\nexport const probe = useStars;\n"],
    ['src/ui/lint-probe.ts', "import { openFile } from '../library/open-schedule';\nexport const probe = openFile;\n"],
    [
      'src/ui/lint-probe.ts',
      "import { BrowseView } from '../features/browse/browse-view';\nexport const probe = BrowseView;\n",
    ],
    [
      'src/navigation/lint-probe.ts',
      "import { useStars } from '../store/itinerary-store';\nexport const probe = useStars;\n",
    ],
    [
      'src/store/lint-probe.ts',
      "import { hrefFor } from '../navigation/use-url-query';\nexport const probe = hrefFor;\n",
    ],
  ])('%s may not import that folder', async (filePath, code) => {
    expect(await ruleIds(filePath, code)).toContain('import-x/no-restricted-paths');
  });

  test('a feature never imports another feature, and may import its own files', async () => {
    const other = "import { AgendaView } from '../agenda/agenda-view';\nexport const probe = AgendaView;\n";
    expect(await ruleIds('src/features/browse/lint-probe.ts', other)).toContain('import-x/no-restricted-paths');
    const own = "import { useWindowRows } from './window-rows';\nexport const probe = useWindowRows;\n";
    expect(await ruleIds('src/features/browse/lint-probe.ts', own)).toEqual([]);
    const shared = "import { downloadText } from '../../session/download';\nexport const probe = downloadText;\n";
    expect(await ruleIds('src/features/agenda/lint-probe.ts', shared)).toEqual([]);
  });

  test('every feature folder is held by the rule (its zone is built from the folder list)', async () => {
    const features = readdirSync('src/features', { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(features.length).toBeGreaterThanOrEqual(8);
    for (const feature of features) {
      const other = feature.name === 'browse' ? 'agenda/agenda-view' : 'browse/browse-view';
      const code = `import * as other from '../${other}';\nexport const probe = other;\n`;
      expect(await ruleIds(`src/features/${feature.name}/lint-probe.ts`, code), feature.name).toContain(
        'import-x/no-restricted-paths',
      );
    }
  });

  test.each(['src/features/browse/lint-probe.ts', 'src/schedule/lint-probe.ts'])(
    'date-fns-tz, which computes through the machine’s zone, is refused (%s)',
    async (filePath) => {
      const code = "import { formatInTimeZone } from 'date-fns-tz';\nexport const probe = formatInTimeZone;\n";
      expect(await ruleIds(filePath, code)).toContain('no-restricted-imports');
    },
  );

  test('zustand is imported only in src/store/', async () => {
    const code = "import { createStore } from 'zustand/vanilla';\nexport const probe = createStore;\n";
    expect(await ruleIds('src/features/browse/lint-probe.ts', code)).toContain('no-restricted-imports');
    expect(await ruleIds('src/store/lint-probe.ts', code)).toEqual([]);
  });

  test.each(["import { readFileSync } from 'node:fs';", "import { readFileSync } from 'fs';"])(
    'the app may not use Node: %s',
    async (line) => {
      const code = `${line}\nexport const probe = readFileSync;\n`;
      expect(await ruleIds('src/importers/lint-probe.ts', code)).toContain('import-x/no-nodejs-modules');
      expect(await ruleIds('scripts/lint-probe.ts', code)).not.toContain('import-x/no-nodejs-modules');
    },
  );

  test('an allowed import passes', async () => {
    const code =
      "import { formatTimeRange } from '../../schedule/time-format';\nexport const probe = formatTimeRange;\n";
    expect(await ruleIds('src/features/browse/lint-probe.ts', code)).toEqual([]);
  });
}, 60_000);

describe('browser storage has two owners', () => {
  test.each([
    "export const probe = (): string | null => window.localStorage.getItem('x');\n",
    "export const probe = (): string | null => localStorage.getItem('x');\n",
    "export const probe = (): void => {\n  sessionStorage.setItem('x', 'y');\n};\n",
  ])('refused outside src/store/ and the scroll memory: %s', async (code) => {
    const ids = await ruleIds('src/features/browse/lint-probe.ts', code);
    expect(ids.some((id) => id === 'no-restricted-globals' || id === 'no-restricted-properties')).toBe(true);
    expect(await ruleIds('src/ui/lint-probe.ts', code)).not.toEqual([]);
    expect(await ruleIds('src/store/lint-probe.ts', code)).toEqual([]);
  });
}, 60_000);

const longFiles: {
  limits: { fileLines: number; tsFunctionLines: number; tsxFunctionLines: number };
  files: string[];
} = JSON.parse(readFileSync('scripts/long-files.json', 'utf8'));

function lines(count: number, line: string): string {
  return Array.from({ length: count }, () => line).join('\n');
}

describe('small files and functions', () => {
  test('a file of 301 lines is refused, one of 300 passes', async () => {
    const file = (count: number) => `${lines(count - 1, '// A line.')}\nexport const probe = 1;\n`;
    expect(await ruleIds('src/schedule/lint-probe.ts', file(301))).toContain('max-lines');
    expect(await ruleIds('src/schedule/lint-probe.ts', file(300))).toEqual([]);
  });

  test('a function of 61 lines is refused in .ts; a component may have 120', async () => {
    const fn = (count: number) =>
      `export function probe(): number {\n${lines(count - 3, '  // A line.')}\n  return 1;\n}\n`;
    expect(await ruleIds('src/schedule/lint-probe.ts', fn(61))).toContain('max-lines-per-function');
    expect(await ruleIds('src/schedule/lint-probe.ts', fn(60))).toEqual([]);
    expect(await ruleIds('src/ui/lint-probe.tsx', fn(120))).toEqual([]);
    expect(await ruleIds('src/ui/lint-probe.tsx', fn(121))).toContain('max-lines-per-function');
  });

  test('the list of legacy long files is shorter than the ten of issue 17 and only holds files still long', async () => {
    expect(longFiles.files.length).toBeLessThan(10);
    // Linted without their exemption, each still breaks a limit: a carved-up file leaves the list.
    const strict = new ESLint({
      cwd: process.cwd(),
      overrideConfig: [
        {
          files: ['src/**/*.ts', 'src/**/*.tsx'],
          rules: {
            'max-lines': ['error', { max: longFiles.limits.fileLines, skipBlankLines: false, skipComments: false }],
            'max-lines-per-function': [
              'error',
              { max: longFiles.limits.tsFunctionLines, skipBlankLines: false, skipComments: false, IIFEs: true },
            ],
          },
        },
        {
          files: ['src/**/*.tsx'],
          rules: {
            'max-lines-per-function': [
              'error',
              { max: longFiles.limits.tsxFunctionLines, skipBlankLines: false, skipComments: false, IIFEs: true },
            ],
          },
        },
      ],
    });
    for (const file of longFiles.files) {
      const [result] = await strict.lintFiles([file]);
      const limits = (result?.messages ?? []).filter((message) => message.ruleId?.startsWith('max-lines'));
      expect(limits, `${file} is no longer long: take it off scripts/long-files.json`).not.toEqual([]);
    }
  });

  test('no style sheet under src/ is over 300 lines', () => {
    const sheets = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.css'));
    expect(sheets.length).toBeGreaterThan(0);
    for (const sheet of sheets) {
      const count = readFileSync(join('src', sheet), 'utf8').split('\n').length;
      expect(count, sheet).toBeLessThanOrEqual(300);
    }
  });
}, 120_000);
