import { defineConfig } from 'vitest/config';

// Browser end-to-end tests: one at a time, a real chromium each.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
