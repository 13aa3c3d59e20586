import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

// Layer boundaries: the domain and the ingest pipeline are pure (no UI, no Node APIs), and only
// the timeline adapter talks to vis-timeline.
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
    {
      group: ['**/app/**', '**/features/**', '**/components/**'],
      message: 'Pure code may not import UI.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'public', 'bench/tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
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
    files: ['src/domain/**/*.ts', 'src/ingest/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', pureLayerImports] },
  },
  {
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
