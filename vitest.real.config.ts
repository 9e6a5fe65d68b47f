import { defineConfig } from 'vitest/config';

// Tests on real text and real pages (slow ones allowed).
export default defineConfig({
  // Transform without reading tsconfig.json: it extends .wxt/tsconfig.json,
  // which exists only after `wxt prepare`. (Vite passes `tsconfig` through to
  // oxc; its OxcOptions type leaves the field out, hence the cast.)
  oxc: { tsconfig: false } as object,
  test: {
    include: ['tests/real/**/*.test.ts'],
    testTimeout: 120000,
  },
});
