import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

import { siyaqPageMessages } from './lib/i18n/vite-plugin';
import { siyaqKnowledge } from './lib/knowledge/vite-plugin';

// One configuration, four projects, each run by its npm script
// (`npm run test:unit|test:e2e|test:firefox|test:real`, via --project).
// The browser projects run one file at a time: each file launches its own
// browser, and the machines have two cores.
const browserSuite = (name: string, timeout: number): TestProjectInlineConfiguration => ({
  test: {
    name,
    include: [`tests/${name}/**/*.test.ts`],
    environment: 'node',
    fileParallelism: false,
    testTimeout: timeout,
    hookTimeout: timeout,
  },
});

// DOM-free modules and Preact components, with WXT's fake browser.
const unit: TestProjectInlineConfiguration = {
  // The knowledge plugin too: the background entrypoint imports the compiled index (virtual:siyaq/*);
  // and the page's messages, which the content script imports (virtual:siyaq/page-messages).
  plugins: [WxtVitest(), siyaqKnowledge(), siyaqPageMessages()],
  // A generous timeout: property tests run hundreds of cases, and the machines are shared.
  test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node', testTimeout: 30_000 },
};

export default defineConfig({
  test: {
    // StrykerJS's Vitest runner cannot pick a project: mutants are judged by the unit tests alone.
    // The 5,000-topic scale test is left out there: on a shared machine it takes a minute per mutant.
    projects: process.env.STRYKER_MUTATOR_WORKER
      ? [{ ...unit, test: { ...unit.test, exclude: ['tests/unit/knowledge/synthetic.test.ts'] } }]
      : [
          unit,
          // The built extension in Chromium on localhost pages.
          browserSuite('e2e', 60_000),
          // The Firefox build: add-on linter, packages, and the add-on in Firefox.
          browserSuite('firefox', 90_000),
          // Real material from ../shared (pages, sentences, seed articles); not part of `npm test`.
          browserSuite('real', 120_000),
        ],
  },
});
