import { describe, expect, it } from 'vitest';

import { ChurnMeter } from '../../../lib/page/churn-meter';

describe('ChurnMeter', () => {
  it('a 10 Hz ticker makes the page busy within a second or so', () => {
    const meter = new ChurnMeter();
    let busyAt = -1;
    for (let t = 0; t < 3000 && busyAt < 0; t += 100) if (meter.changed(t)) busyAt = t;
    expect(busyAt).toBeGreaterThan(0);
    expect(busyAt).toBeLessThanOrEqual(1000);
    expect(meter.changed(60_000)).toBe(true);
  });

  it('changes now and then (a page loading, a reader clicking) do not', () => {
    const meter = new ChurnMeter();
    for (let t = 0; t < 60_000; t += 1500) expect(meter.changed(t)).toBe(false);
    // A burst of a few changes at once.
    for (let i = 0; i < 6; i++) expect(meter.changed(70_000 + i)).toBe(false);
  });

  it('is busy past eight changes within two seconds, counting a change exactly two seconds old as gone', () => {
    const eight = new ChurnMeter();
    for (let i = 0; i < 8; i++) expect(eight.changed(i)).toBe(false);
    expect(eight.changed(8)).toBe(true);

    const window = new ChurnMeter();
    window.changed(0);
    for (let i = 0; i < 8; i++) expect(window.changed(2000)).toBe(false);
    expect(window.changed(2001)).toBe(true);

    const inside = new ChurnMeter();
    inside.changed(1);
    for (let i = 0; i < 7; i++) inside.changed(2000);
    expect(inside.changed(2000)).toBe(true);
  });
});
