// Lint rules that keep the architecture honest (the map is README.md's "How the code is arranged"): data
// flows importers -> schedule -> library -> store -> session, navigation, ui -> features -> app, never back up,
// and a feature never imports another feature (they meet in app/).
import { readdirSync, readFileSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import jestDom from 'eslint-plugin-jest-dom';

const layer = (name) => `./src/${name}`;
const all = ['schedule', 'importers', 'library', 'store', 'session', 'navigation', 'ui', 'features', 'app'];
const except = (...allowed) => all.filter((name) => !allowed.includes(name)).map(layer);

// One zone per feature folder, read from the disk, so a new feature is held by the rule from its first file.
const features = readdirSync(`${import.meta.dirname}/src/features`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const layerZones = [
  // The domain is pure: no React, no store, no importers, no app.
  { target: layer('schedule'), from: except('schedule') },
  // Importers produce schedules; they know nothing of the UI or of where schedules are kept.
  { target: layer('importers'), from: except('importers', 'schedule') },
  // The library keeps and opens schedules (importers, IndexedDB); it knows nothing of the UI.
  { target: layer('library'), from: except('library', 'importers', 'schedule') },
  { target: layer('store'), from: except('store', 'schedule') },
  // Props-only pieces and browser hooks: no store, no library, no feature.
  { target: layer('ui'), from: except('ui', 'schedule') },
  // The URL as state: no store (what the URL says is not saved anywhere else).
  { target: layer('navigation'), from: except('navigation', 'schedule', 'ui') },
  // The session as every view shows it.
  { target: layer('session'), from: except('session', 'schedule', 'store', 'ui') },
  // Features reach importers only through the library (which loads them when used), and never each other.
  { target: layer('features'), from: [layer('app'), layer('importers')] },
  ...features.map((feature) => ({
    target: layer(`features/${feature}`),
    from: layer('features'),
    except: [`./${feature}`],
    message: `A feature never imports another feature: they meet in src/app/.`,
  })),
  // Only the entry point reaches the app.
  { target: './src/!(main.tsx|app)/**', from: layer('app') },
];

// Small files and functions: a file over 300 lines or a function over 60 (.ts) / 120 (.tsx, a component's
// markup) has more than one job. The files that are over today are listed, and the list may only shrink
// (scripts/lint-boundaries.test.ts): it is read by that test too.
const longFiles = JSON.parse(readFileSync(`${import.meta.dirname}/scripts/long-files.json`, 'utf8'));
const { limits } = longFiles;
const length = { max: limits.fileLines, skipBlankLines: false, skipComments: false };
const functionLength = (max) => ['error', { max, skipBlankLines: false, skipComments: false, IIFEs: true }];

// The two owners of the browser's key-value storage: the store (what is saved) and the scroll memory.
const storageOwners = ['src/store/**', 'src/navigation/scroll-memory.ts'];
const storageGlobals = ['localStorage', 'sessionStorage'].map((name) => ({
  name,
  message: 'Saved values are src/store/’s job (scroll positions are src/navigation/scroll-memory.ts’s).',
}));
const storageProperties = ['localStorage', 'sessionStorage'].map((property) => ({
  object: 'window',
  property,
  message: 'Saved values are src/store/’s job (scroll positions are src/navigation/scroll-memory.ts’s).',
}));

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
        projectService: {
          allowDefaultProject: [
            'src/*/lint-probe.ts',
            'src/*/lint-probe.tsx',
            'src/features/*/lint-probe.ts',
            'scripts/lint-probe.ts',
          ],
          // One probe per feature folder and per layer: more than the default of 8.
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 40,
        },
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
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'no-restricted-imports': ['error', { paths: restrictedPaths, patterns: restrictedPatterns }],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/**/*.test.ts', 'src/**/*.test.tsx', ...longFiles.files],
    rules: { 'max-lines': ['error', length], 'max-lines-per-function': functionLength(limits.tsFunctionLines) },
  },
  {
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx', ...longFiles.files],
    rules: { 'max-lines-per-function': functionLength(limits.tsxFunctionLines) },
  },
  {
    // Tests set up and inspect storage as they need; the app's code leaves it to its owners.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/**/*.test.ts', 'src/**/*.test.tsx', ...storageOwners],
    rules: {
      'no-restricted-globals': ['error', ...storageGlobals],
      'no-restricted-properties': ['error', ...storageProperties],
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
    // Component tests: Testing Library's habits (screen queries, awaited async queries, no container
    // digging) and jest-dom's matchers where they say more than a boolean.
    files: ['src/**/*.test.tsx'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    files: ['src/**/*.test.tsx'],
    ...jestDom.configs['flat/recommended'],
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
