import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { writeLanguageIndex } from './scripts/language-index.ts';

// The policy languages are the folders of lib/engine/languages/: their lists, current at every test run.
writeLanguageIndex();

export default defineConfig({
  // WXT's test setup: `browser` is the in-memory fakeBrowser, and `wxt/browser` resolves to it.
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // The UI's messages in English (fakeBrowser has no browser.i18n).
    setupFiles: ['tests/unit/i18n-setup.ts'],
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
});
