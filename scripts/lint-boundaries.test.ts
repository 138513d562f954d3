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
      "import { importJekyllPost } from '../importers/jekyll-post';\nexport const probe = importJekyllPost;\n",
    ],
    ['src/importers/lint-probe.ts', "import { App } from '../app/app';\nexport const probe = App;\n"],
    [
      'src/components/lint-probe.ts',
      "import { importJekyllPost } from '../importers/jekyll-post';\nexport const probe = importJekyllPost;\n",
    ],
  ])('%s may not import that layer', async (filePath, code) => {
    expect(await ruleIds(filePath, code)).toContain('import-x/no-restricted-paths');
  });

  test('date-fns-tz is imported only by src/schedule/time.ts', async () => {
    const code = "import { formatInTimeZone } from 'date-fns-tz';\nexport const probe = formatInTimeZone;\n";
    expect(await ruleIds('src/components/lint-probe.ts', code)).toContain('no-restricted-imports');
  });

  test('an allowed import passes', async () => {
    const code = "import { formatTimeRange } from '../schedule/time';\nexport const probe = formatTimeRange;\n";
    expect(await ruleIds('src/components/lint-probe.ts', code)).toEqual([]);
  });
}, 60_000);
