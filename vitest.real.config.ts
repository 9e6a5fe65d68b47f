import { defineConfig } from 'vitest/config';

// Tests on real material in ../shared (real news pages, real sentences, the
// seed articles). Run by `npm run test:real`; `npm test` must pass without it.
export default defineConfig({
  test: {
    include: ['tests/real/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
