import { describe, expect, it } from 'vitest';

import { Backoff } from '../../../lib/page/backoff';

/** The times at which a key changed every `period` ms for `span` ms is seen, when it is seen whenever its interval has ended. */
function reads(backoff: Backoff<object>, key: object, period: number, span: number, from = 0): number[] {
  const at: number[] = [];
  for (let t = from; t < from + span; t += period) {
    if (backoff.within(key, t)) continue;
    backoff.seen(key, t);
    at.push(t);
  }
  return at;
}

describe('Backoff', () => {
  it('knows nothing of a key never seen', () => {
    const backoff = new Backoff<object>(1000, 4000);
    expect(backoff.within({}, 0)).toBe(false);
    expect(backoff.endOf({})).toBe(-Infinity);
  });

  it('leaves a key alone for its first interval, counting its end as past', () => {
    const backoff = new Backoff<object>(1000, 4000);
    const key = {};
    backoff.seen(key, 500);
    expect(backoff.endOf(key)).toBe(1500);
    expect(backoff.within(key, 1499)).toBe(true);
    expect(backoff.within(key, 1500)).toBe(false);
  });

  it('a 10 Hz ticker is seen after 1, 2 and then every 4 seconds', () => {
    const backoff = new Backoff<object>(1000, 4000);
    expect(reads(backoff, {}, 100, 20_000)).toEqual([0, 1000, 3000, 7000, 11_000, 15_000, 19_000]);
  });

  it('starts over at the first interval once the key changes only after its interval', () => {
    const backoff = new Backoff<object>(1000, 4000);
    const key = {};
    reads(backoff, key, 100, 8000);
    expect(backoff.endOf(key)).toBe(11_000);
    // Changed within its interval (up to 8,000): seen at its end, it waits the longest again.
    backoff.seen(key, 11_000);
    expect(backoff.endOf(key)).toBe(15_000);
    // Not changed within that one: a second.
    expect(backoff.within(key, 15_000)).toBe(false);
    backoff.seen(key, 15_000);
    expect(backoff.endOf(key)).toBe(16_000);
  });

  it('a headline changed every 1.5 or 2 seconds is seen each time', () => {
    expect(reads(new Backoff<object>(1000, 4000), {}, 1500, 9000)).toEqual([0, 1500, 3000, 4500, 6000, 7500]);
    expect(reads(new Backoff<object>(1000, 4000), {}, 2000, 9000)).toEqual([0, 2000, 4000, 6000, 8000]);
  });

  it('keeps each key apart', () => {
    const backoff = new Backoff<object>(1000, 4000);
    const ticker = {};
    const once = {};
    reads(backoff, ticker, 100, 5000);
    backoff.seen(once, 4000);
    expect(backoff.endOf(once)).toBe(5000);
    expect(backoff.endOf(ticker)).toBe(7000);
  });
});
