import { readdirSync } from 'node:fs';
import { URL } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

// The layers of src/, each importing only those below it (README, "Layout of the code"):
//   app (composition) > features/<one each> > state, load, components > domain ; ingest.
// A zone forbids its `target` to import from `from`.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const layerZones = [
  {
    target: './src/features',
    from: './src/app',
    message: 'A feature does not import the app: the app composes the features.',
  },
  // Each feature stands alone: what two share belongs in state, domain or components.
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'A feature does not import another feature.',
  })),
  ...['state', 'load', 'components'].map((layer) => ({
    target: `./src/${layer}`,
    from: ['./src/app', './src/features'],
    message: `src/${layer} lies below the app and its features: it does not import them.`,
  })),
  {
    target: './src/domain',
    from: [
      './src/app',
      './src/features',
      './src/state',
      './src/load',
      './src/components',
      './src/ingest',
    ],
    message: 'The domain is the bottom layer: it imports nothing of the app.',
  },
  {
    target: './src/ingest',
    from: ['./src/app', './src/features', './src/state', './src/load', './src/components'],
    message: 'The ingest pipeline is pure: it imports the domain only.',
  },
];

// The domain and the ingest pipeline are pure (no UI, no store, no Node APIs: they run in the
// browser, its worker and Node alike).
const pureLayerImports = {
  patterns: [
    { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'Pure code: no React.' },
    { group: ['zustand', 'zustand/*'], message: 'Pure code: no store.' },
    {
      group: ['vis-timeline', 'vis-timeline/*', 'vis-data', 'vis-data/*'],
      message: 'Pure code: no widgets.',
    },
    {
      group: ['node:*', 'fs', 'path', 'os', 'worker_threads'],
      message: 'Pure code runs in the browser too.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'public', 'bench/tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Plain scripts run by Node (scripts/run.mjs).
  { files: ['**/*.mjs'], languageOptions: { globals: globals.node } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layerZones }] },
  },
  {
    // Only the timeline adapter talks to vis-timeline. (The pure layers' block below replaces
    // this rule for them, and forbids every widget.)
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/features/timeline/axisWidget.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['vis-timeline', 'vis-timeline/*'],
              message: 'Only features/timeline/axisWidget.ts owns vis-timeline.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts', 'src/ingest/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', pureLayerImports] },
  },
  {
    // An array spread into a call's arguments overflows the stack once it is long enough (an
    // article of hundreds of thousands of events did): lists of any length are looped over.
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^(push|unshift|splice)$/] > SpreadElement',
          message: 'Append in a loop: a spread of a long array overflows the stack.',
        },
        {
          selector:
            'CallExpression[callee.object.name=/^(Math|String)$/][callee.property.name=/^(max|min|fromCharCode|fromCodePoint)$/] > SpreadElement',
          message: 'Reduce in a loop: a spread of a long array overflows the stack.',
        },
      ],
    },
  },
);
