import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension in system Chromium, one file at a
// time (each launches its own browser; the machines have two cores).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
