// Tells a page that keeps changing (a ticker, a clock, a class toggled on a
// timer) from one that changed once. Every DOM or style change makes Chromium
// rebuild and repaint all registered highlight ranges, so on such a page only
// only the marks in the viewport stay registered (see text-highlighter.ts).

/** Changes in a window of this length… */
const WINDOW_MS = 2_000;
/** …past this many (4 a second) make a page busy. */
const BUSY_CHANGES = 8;

export class ChurnMeter {
  private readonly times: number[] = [];
  private busy = false;

  /** A change now; true once the page counts as busy (and from then on). */
  changed(now: number): boolean {
    if (this.busy) return true;
    this.times.push(now);
    while (this.times.length > 0 && this.times[0]! <= now - WINDOW_MS) this.times.shift();
    if (this.times.length > BUSY_CHANGES) {
      this.busy = true;
      this.times.length = 0;
    }
    return this.busy;
  }
}
