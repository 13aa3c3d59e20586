import { defineConfig } from 'vitest/config';

// Browser tests: the production build in real Chromium, one file at a time (2 cores).
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
