// Lint rules that keep the architecture honest (see docs/architecture.md):
// data flows importers -> schedule, store -> schedule, components -> schedule + store, app -> all.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';

const layer = (name) => `./src/${name}`;

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'playwright-report/', 'test-results/', 'src/data/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // lint-probe.ts files exist only in memory, in scripts/lint-boundaries.test.ts.
        projectService: { allowDefaultProject: ['src/*/lint-probe.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'import-x/no-cycle': 'error',
      'import-x/no-default-export': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            // The domain is pure: no React, no store, no importers, no app.
            {
              target: layer('schedule'),
              from: [layer('importers'), layer('store'), layer('components'), layer('app')],
            },
            // Importers produce schedules; they know nothing of the UI.
            { target: layer('importers'), from: [layer('store'), layer('components'), layer('app')] },
            { target: layer('store'), from: [layer('importers'), layer('components'), layer('app')] },
            { target: layer('components'), from: [layer('app'), layer('importers')] },
            // Only the entry point reaches the app.
            { target: './src/!(main.tsx|app)/**', from: layer('app') },
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'date-fns-tz',
              message: 'Import time helpers from src/schedule/time.ts, the one wrapper of date-fns-tz.',
            },
            { name: 'zustand', message: 'Use the hooks and actions exported by src/store/.' },
          ],
          patterns: [{ group: ['zustand/*'], message: 'Use the hooks and actions exported by src/store/.' }],
        },
      ],
    },
  },
  {
    // The wrappers are the one place each library may be imported.
    files: ['src/schedule/time.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/store/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'date-fns-tz', message: 'Use src/schedule/time.ts.' }] }],
    },
  },
  {
    // Vitest's asymmetric matchers (expect.stringContaining) are typed `any`.
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    // Config files must default-export; they are read by tools, not by us.
    files: ['*.config.ts', '*.config.js'],
    rules: { 'import-x/no-default-export': 'off' },
  },
  {
    files: ['eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
