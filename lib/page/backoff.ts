// How long to leave alone something a page keeps changing (a ticker's text, a
// badge in a fixed box): a second at first, then twice as long each time it
// changed again within its interval, up to a limit; changed only after its
// interval (a headline rotated every few seconds), a second again. A 10 Hz
// ticker is then read every few seconds, not every second, while a text
// edited now and then is read each time at once.

export class Backoff<K extends object> {
  private readonly last = new WeakMap<K, { at: number; every: number; pressed: boolean }>();

  constructor(
    private readonly firstMs: number,
    private readonly mostMs: number,
  ) {}

  /** Whether key was seen less than its interval ago (asked so, it counts as changing again within it). */
  within(key: K, now: number): boolean {
    const last = this.last.get(key);
    if (!last || now - last.at >= last.every) return false;
    last.pressed = true;
    return true;
  }

  /** When key's interval ends (-Infinity if it was never seen). */
  endOf(key: K): number {
    const last = this.last.get(key);
    return last ? last.at + last.every : -Infinity;
  }

  /** Key seen (read, or found to change nothing) now: changed again within its last interval, it waits twice as long. */
  seen(key: K, now: number): void {
    const last = this.last.get(key);
    const every = last?.pressed ? Math.min(2 * last.every, this.mostMs) : this.firstMs;
    this.last.set(key, { at: now, every, pressed: false });
  }
}
