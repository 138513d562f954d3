// The one-way import rule is only worth something if it fires: lint in-memory files placed in each layer.
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('the layering rule', () => {
  test.each([
    [
      'src/schedule/lint-probe.ts',
      "import { importJekyllPost } from '../importers/jekyll-post/import-post';\nexport const probe = importJekyllPost;\n",
    ],
    ['src/importers/lint-probe.ts', "import { App } from '../app/app';\nexport const probe = App;\n"],
    [
      'src/components/lint-probe.ts',
      "import { importJekyllPost } from '../importers/jekyll-post/import-post';\nexport const probe = importJekyllPost;\n",
    ],
  ])('%s may not import that layer', async (filePath, code) => {
    expect(await ruleIds(filePath, code)).toContain('import-x/no-restricted-paths');
  });

  test.each(['src/components/lint-probe.ts', 'src/schedule/lint-probe.ts'])(
    'date-fns-tz, which computes through the machine’s zone, is refused (%s)',
    async (filePath) => {
      const code = "import { formatInTimeZone } from 'date-fns-tz';\nexport const probe = formatInTimeZone;\n";
      expect(await ruleIds(filePath, code)).toContain('no-restricted-imports');
    },
  );

  test('zustand is imported only in src/store/', async () => {
    const code = "import { createStore } from 'zustand/vanilla';\nexport const probe = createStore;\n";
    expect(await ruleIds('src/components/lint-probe.ts', code)).toContain('no-restricted-imports');
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
    const code = "import { formatTimeRange } from '../schedule/time';\nexport const probe = formatTimeRange;\n";
    expect(await ruleIds('src/components/lint-probe.ts', code)).toEqual([]);
  });
}, 60_000);
