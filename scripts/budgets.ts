// What every tab may cost, enforced by tests/e2e/budgets.test.ts and printed
// by `npm run sizes`. Tests never time anything, so the start-to-ready limit
// (20 ms per tab, `npm run bench`) is guarded by the bytes a tab must load and
// parse: the content script and the matcher it receives.
export const BUDGETS = {
  /**
   * The content script, gzipped, in bytes (kB = 1000 B, as the build prints). 61 kB since it
   * carries the page's date, names split by markup, text shown late, frames and touch input,
   * and leaves parts that keep changing unobserved (about 0.95 kB); 61.2 kB since a muted part
   * is read only if it holds text and what it moves is watched on its own (about 0.1 kB); 61.3 kB
   * since the overlay's boxes are the rectangles of one SVG image per blend (about 0.1 kB).
   */
  contentScriptGzip: 61_300,
  /** The matcher for the built-in knowledge as a tab receives it, in bytes. */
  matcherBytes: 100_000,
  /** JS heap a tab gains with Siyaq on an article page, after garbage collection. */
  tabHeapBytes: 3 * 2 ** 20,
};
