// Lint rules that keep the architecture honest (the layers are in README.md, "How the code is arranged"):
// data flows importers -> schedule, store -> schedule, components -> schedule + store, app -> all.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';

const layer = (name) => `./src/${name}`;

// Libraries that are wrapped in one module each, and the reasons.
const restrictedPaths = [
  {
    name: 'date-fns-tz',
    message:
      'Zones are src/schedule/time.ts’s job, with Intl: date-fns-tz computes through the machine’s local time (see the comment there).',
  },
  { name: 'date-fns', message: 'Dates and times come from src/schedule/time.ts.' },
  { name: 'zustand', message: 'Use the hooks and actions exported by src/store/.' },
  { name: 'idb-keyval', message: 'Kept schedules are src/library/kept-schedules.ts’s job.' },
];
const restrictedPatterns = [{ group: ['zustand/*'], message: 'Use the hooks and actions exported by src/store/.' }];

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'playwright-report/', 'test-results/', 'src/data/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // lint-probe.ts files exist only in memory, in scripts/lint-boundaries.test.ts.
        projectService: { allowDefaultProject: ['src/*/lint-probe.ts', 'scripts/lint-probe.ts'] },
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
              from: [layer('importers'), layer('library'), layer('store'), layer('components'), layer('app')],
            },
            // Importers produce schedules; they know nothing of the UI or of where schedules are kept.
            {
              target: layer('importers'),
              from: [layer('library'), layer('store'), layer('components'), layer('app')],
            },
            // The library keeps and opens schedules (importers, IndexedDB); it knows nothing of the UI.
            { target: layer('library'), from: [layer('store'), layer('components'), layer('app')] },
            { target: layer('store'), from: [layer('importers'), layer('library'), layer('components'), layer('app')] },
            // Components reach importers only through the library (which loads them when used).
            { target: layer('components'), from: [layer('app'), layer('importers')] },
            // Only the entry point reaches the app.
            { target: './src/!(main.tsx|app)/**', from: layer('app') },
          ],
        },
      ],
      'no-restricted-imports': ['error', { paths: restrictedPaths, patterns: restrictedPatterns }],
    },
  },
  {
    // The wrappers are the one place each library may be imported.
    files: ['src/store/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: restrictedPaths.filter((path) => path.name !== 'zustand') }],
    },
  },
  {
    files: ['src/library/kept-schedules.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: restrictedPaths.filter((path) => path.name !== 'idb-keyval') }],
    },
  },
  {
    // The app runs in a browser: no Node built-ins ('fs' or 'node:fs'). Tests beside the code run in Node
    // and may read their fixtures. The app's tsconfig has no Node types either.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    rules: { 'import-x/no-nodejs-modules': 'error' },
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
