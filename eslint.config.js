import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Modules that reach the browser's extension APIs. */
const BROWSER_MODULES = ['wxt/browser', 'wxt/utils/*', 'webextension-polyfill', '@wxt-dev/*', '#imports'];
/** The UI layer. */
const UI_MODULES = ['preact', 'preact/*', '**/components/*', '@/components/*'];

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      '.output',
      '.wxt',
      'dist-fixtures',
      'test-results',
      'playwright-report',
      'artifacts',
      'dist',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // lib/ is logic: views come in through the entrypoints (a content script passes its overlay).
    files: ['lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: UI_MODULES, message: 'lib/ does not import the UI; the entrypoints wire it in.' },
          ],
        },
      ],
    },
  },
  {
    // The engine runs in Node, the CLI and content scripts alike: no DOM, no browser API, no UI.
    files: ['lib/engine/**', 'lib/policy/**', 'lib/listening/**'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome', 'navigator', 'fetch'],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                ...BROWSER_MODULES,
                ...UI_MODULES,
                '**/lib/*',
                '**/store/*',
                '**/content/*',
                '**/editor/*',
                '**/sites/*',
              ],
              message: 'The engine and the policy are pure: they import only each other and plain libraries.',
            },
          ],
        },
      ],
    },
  },
  {
    // Components are props in, events out: the entrypoints talk to the browser for them.
    files: ['components/**'],
    rules: {
      'no-restricted-globals': ['error', 'browser', 'chrome'],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: BROWSER_MODULES, message: 'Components do not call browser APIs; take them as props.' },
          ],
        },
      ],
    },
  },
);
