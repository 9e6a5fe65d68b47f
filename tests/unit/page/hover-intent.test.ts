import { beforeEach, describe, expect, it, vi } from 'vitest';

import { HoverIntent } from '../../../lib/page/hover-intent';

describe('HoverIntent', () => {
  let opened: string[];
  let closed: number;
  let intent: HoverIntent<string>;

  beforeEach(() => {
    vi.useFakeTimers();
    opened = [];
    closed = 0;
    intent = new HoverIntent<string>({
      delayMs: () => 200,
      graceMs: 300,
      same: (a, b) => a === b,
      open: (k) => opened.push(k),
      close: () => closed++,
    });
  });

  it('opens only after the pointer rests for the delay', () => {
    intent.pointerAt('a');
    vi.advanceTimersByTime(150);
    expect(opened).toEqual([]);
    vi.advanceTimersByTime(60);
    expect(opened).toEqual(['a']);
  });

  it('does not open for a pointer that only passes over', () => {
    intent.pointerAt('a');
    vi.advanceTimersByTime(100);
    intent.pointerAt(null);
    vi.advanceTimersByTime(1000);
    expect(opened).toEqual([]);
  });

  it('keeps the card while the pointer travels into it, closes after the grace period otherwise', () => {
    intent.pointerAt('a');
    vi.advanceTimersByTime(200);
    intent.pointerAt(null);
    vi.advanceTimersByTime(200);
    intent.pointerInCard(true);
    vi.advanceTimersByTime(1000);
    expect(closed).toBe(0);
    intent.pointerInCard(false);
    vi.advanceTimersByTime(310);
    expect(closed).toBe(1);
  });

  it('re-hovering the same mark during the grace period keeps the card', () => {
    intent.pointerAt('a');
    vi.advanceTimersByTime(200);
    intent.pointerAt(null);
    vi.advanceTimersByTime(200);
    intent.pointerAt('a');
    vi.advanceTimersByTime(1000);
    expect(closed).toBe(0);
    expect(opened).toEqual(['a']);
  });

  it('moves to another mark after its own delay', () => {
    intent.pointerAt('a');
    vi.advanceTimersByTime(200);
    intent.pointerAt('b');
    vi.advanceTimersByTime(200);
    expect(opened).toEqual(['a', 'b']);
  });

  it('dismiss closes at once', () => {
    intent.pointerAt('a');
    vi.advanceTimersByTime(200);
    intent.dismiss();
    expect(closed).toBe(1);
  });

  it('after the reader closes it, stays closed while the pointer jitters on the same mark, and reopens once it left', () => {
    intent.pointerAt('a');
    vi.advanceTimersByTime(210);
    intent.dismiss(true);
    intent.pointerAt('a');
    intent.pointerAt('a');
    vi.advanceTimersByTime(1000);
    expect(opened).toEqual(['a']);
    intent.pointerAt(null);
    intent.pointerAt('a');
    vi.advanceTimersByTime(210);
    expect(opened).toEqual(['a', 'a']);
  });

  it('a close after the grace period does not stop the same mark opening again', () => {
    intent.pointerAt('a');
    vi.advanceTimersByTime(210);
    intent.pointerAt(null);
    vi.advanceTimersByTime(400);
    intent.pointerAt('a');
    vi.advanceTimersByTime(210);
    expect(opened).toEqual(['a', 'a']);
  });

  it('opens at the delay and closes at the grace period, to the millisecond', () => {
    intent.pointerAt('a');
    vi.advanceTimersByTime(199);
    expect(opened).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(opened).toEqual(['a']);
    intent.pointerAt(null);
    vi.advanceTimersByTime(299);
    expect(closed).toBe(0);
    vi.advanceTimersByTime(1);
    expect(closed).toBe(1);
  });

  it('reads the delay anew for each mark', () => {
    let delay = 200;
    const timed = new HoverIntent<string>({
      delayMs: () => delay,
      graceMs: 300,
      same: (a, b) => a === b,
      open: (k) => opened.push(k),
      close: () => {},
    });
    delay = 50;
    timed.pointerAt('a');
    vi.advanceTimersByTime(50);
    expect(opened).toEqual(['a']);
  });

  it('closes the old card after the grace period while a slower mark waits, and never while the pointer is in the card', () => {
    const slow = new HoverIntent<string>({
      delayMs: () => 500,
      graceMs: 300,
      same: (a, b) => a === b,
      open: (k) => opened.push(k),
      close: () => closed++,
    });
    slow.pointerAt('a');
    vi.advanceTimersByTime(500);
    slow.pointerAt('b');
    vi.advanceTimersByTime(300);
    expect(closed).toBe(1);
    vi.advanceTimersByTime(200);
    expect(opened).toEqual(['a', 'b']);
    // Pointer in the card: passing over another mark neither closes it nor, staying in, lets a close through.
    slow.pointerInCard(true);
    slow.pointerAt('c');
    slow.pointerAt(null);
    vi.advanceTimersByTime(2000);
    expect(closed).toBe(1);
  });

  it('a second reason to close does not leave a close behind that the card cannot cancel', () => {
    intent.pointerAt('a');
    vi.advanceTimersByTime(200);
    intent.pointerAt(null);
    vi.advanceTimersByTime(100);
    intent.pointerInCard(false);
    vi.advanceTimersByTime(100);
    intent.pointerInCard(true);
    vi.advanceTimersByTime(2000);
    expect(closed).toBe(0);
  });

  it('leaving a card that is not shown closes nothing; dismissing with nothing shown calls no close', () => {
    intent.pointerInCard(false);
    intent.dismiss();
    vi.advanceTimersByTime(1000);
    expect(closed).toBe(0);
  });

  it('a card opened another way is kept on its mark, closed after the pointer leaves, and cancels a pending open', () => {
    intent.pointerAt('b');
    intent.markShown('a');
    vi.advanceTimersByTime(1000);
    expect(opened).toEqual([]);
    intent.pointerAt('a');
    vi.advanceTimersByTime(1000);
    expect(closed).toBe(0);
    intent.pointerAt(null);
    vi.advanceTimersByTime(300);
    expect(closed).toBe(1);
  });

  it('a reader who closes a card still waiting to open keeps it shut while the pointer stays', () => {
    intent.pointerAt('a');
    vi.advanceTimersByTime(100);
    intent.dismiss(true);
    intent.pointerAt('a');
    vi.advanceTimersByTime(1000);
    expect(opened).toEqual([]);
    expect(closed).toBe(0);
    // Another mark is not held back.
    intent.pointerAt('b');
    vi.advanceTimersByTime(200);
    expect(opened).toEqual(['b']);
  });

  it('resting on the mark already waiting does not restart its delay', () => {
    intent.pointerAt('a');
    vi.advanceTimersByTime(150);
    intent.pointerAt('a');
    vi.advanceTimersByTime(50);
    expect(opened).toEqual(['a']);
  });

  it('uses the timers it is given', () => {
    const set = vi.fn((fn: () => void, ms: number) => setTimeout(fn, ms));
    const clear = vi.fn((h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>));
    const own = new HoverIntent<string>({
      delayMs: () => 10,
      graceMs: 20,
      same: (a, b) => a === b,
      open: (k) => opened.push(k),
      close: () => closed++,
      setTimer: set,
      clearTimer: clear,
    });
    own.pointerAt('a');
    own.pointerAt('b');
    expect(set.mock.calls.map(([, ms]) => ms)).toEqual([10, 10]);
    expect(clear).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(10);
    expect(opened).toEqual(['b']);
  });
});
