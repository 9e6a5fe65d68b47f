// What every tab may cost, enforced by tests/e2e/budgets.test.ts and printed
// by `npm run sizes`. Tests never time anything, so the start-to-ready limit
// (20 ms per tab, `npm run bench`) is guarded by the bytes a tab must load and
// parse: the content script and the matcher it receives.
export const BUDGETS = {
  /**
   * The content script, gzipped, in bytes (kB = 1000 B, as the build prints).
   * Raised from 50 kB (main then at 49 kB) by what reading the page's publication date in the tab
   * costs (lib/article's reader, 3.4 kB gzipped, issue 15: cards read against
   * the page's date), plus the context step and the card's new parts (1.7 kB).
   */
  contentScriptGzip: 55_000,
  /** The matcher for the built-in knowledge as a tab receives it, in bytes. */
  matcherBytes: 100_000,
  /** JS heap a tab gains with Siyaq on an article page, after garbage collection. */
  tabHeapBytes: 3 * 2 ** 20,
};
