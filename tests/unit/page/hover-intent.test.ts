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
});
