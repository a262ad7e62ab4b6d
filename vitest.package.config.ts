import { defineConfig } from 'vitest/config';

// The store packages (tests/package): the archives of `npm run zip` and `npm run zip:firefox`.
export default defineConfig({
  test: {
    include: ['tests/package/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
