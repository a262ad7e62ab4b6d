import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

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
