import { defineConfig } from 'vitest/config';

// The Firefox e2e lane (tests/firefox): one Firefox per file, one file at a time.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    expect: { poll: { timeout: 10_000 } },
  },
});
