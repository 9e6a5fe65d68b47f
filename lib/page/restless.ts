// Tells a part of the page that keeps changing (a ticker's box, an element
// whose class a timer toggles) from one changed now and then, or a few times
// while the page loads: more than MOST_CHANGES changes within WINDOW_MS,
// counted per part, changes at the same moment (one batch) counted once.

/** Changes within a window of this length… */
export const WINDOW_MS = 2_000;
/** …past this many (5 a second) make a part restless. */
export const MOST_CHANGES = 10;

export class Restless<K extends object> {
  private readonly counts = new WeakMap<K, { from: number; at: number; count: number }>();

  /** A change of key now; true once it changed more than MOST_CHANGES times in the window that began with its first change. */
  changed(key: K, now: number): boolean {
    const count = this.counts.get(key);
    if (!count || now - count.from >= WINDOW_MS) {
      this.counts.set(key, { from: now, at: now, count: 1 });
      return false;
    }
    if (now !== count.at) count.count++;
    count.at = now;
    return count.count > MOST_CHANGES;
  }

  /** Counts key from nothing again. */
  forget(key: K): void {
    this.counts.delete(key);
  }
}
