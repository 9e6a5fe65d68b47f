// How long to leave alone something a page keeps changing (a ticker's text, a
// badge in a fixed box): a second at first, then twice as long each time it
// comes back at once, up to a limit; after a quiet spell, a second again. A
// 10 Hz ticker is then read every few seconds, not every second, while a text
// edited once is read at once.

export class Backoff<K extends object> {
  private readonly last = new WeakMap<K, { at: number; every: number }>();

  constructor(
    private readonly firstMs: number,
    private readonly mostMs: number,
  ) {}

  /** Whether key was seen less than its interval ago. */
  within(key: K, now: number): boolean {
    const last = this.last.get(key);
    return !!last && now - last.at < last.every;
  }

  /** When key's interval ends (-Infinity if it was never seen). */
  endOf(key: K): number {
    const last = this.last.get(key);
    return last ? last.at + last.every : -Infinity;
  }

  /** Key seen (read, or found to change nothing) now: seen again by the end of twice its interval, it keeps coming, and waits twice as long. */
  seen(key: K, now: number): void {
    const last = this.last.get(key);
    const every = last && now - last.at <= 2 * last.every ? Math.min(2 * last.every, this.mostMs) : this.firstMs;
    this.last.set(key, { at: now, every });
  }
}
