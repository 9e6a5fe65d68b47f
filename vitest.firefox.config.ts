import { defineConfig } from 'vitest/config';

// The Firefox build: Mozilla's add-on linter on .output/firefox-mv2, and the
// add-on in the system's Firefox ESR. One file at a time, like the Chromium
// real-browser tests: each launches its own browser or linter.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
