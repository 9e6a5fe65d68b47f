// @vitest-environment happy-dom
// A tap is one trusted finger put down and lifted within the slop and before a
// long press; a scroll, a second finger, a page's forged touches are not.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { FrameReport } from '../../../lib/page/frame-report';
import { listenForTaps, type Tap } from '../../../lib/page/touch-tap';

interface Finger {
  identifier: number;
  clientX: number;
  clientY: number;
}

function touch(type: string, touches: Finger[], changed: Finger[] = touches, isTrusted = true): Event {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'touches', { value: touches });
  Object.defineProperty(event, 'changedTouches', { value: changed });
  Object.defineProperty(event, 'isTrusted', { value: isTrusted });
  return event;
}

const finger = (x: number, y: number, identifier = 1): Finger => ({ identifier, clientX: x, clientY: y });

describe('listenForTaps', () => {
  let taps: Tap[];
  let clock: number;
  let controller: AbortController;
  let target: HTMLElement;

  beforeEach(() => {
    taps = [];
    clock = 0;
    controller = new AbortController();
    target = document.createElement('p');
    document.body.append(target);
    listenForTaps(
      document,
      (tap) => taps.push(tap),
      controller.signal,
      () => clock,
    );
  });

  afterEach(() => {
    controller.abort();
    document.body.replaceChildren();
  });

  function tap(down: Finger, up: Finger = down, ms = 100, trusted = true): Event {
    target.dispatchEvent(touch('touchstart', [down], [down], trusted));
    clock += ms;
    const end = touch('touchend', [], [up], trusted);
    target.dispatchEvent(end);
    return end;
  }

  it('reports a tap where the finger was lifted, on its target, and can cancel the click after it', () => {
    const end = tap(finger(100, 50), finger(103, 54));
    expect(taps.map((t) => [t.x, t.y, t.target])).toEqual([[103, 54, target]]);
    expect(end.defaultPrevented).toBe(false);
    taps[0]!.preventDefault();
    expect(end.defaultPrevented).toBe(true);
  });

  it('takes a finger that drifted up to the slop, not past it', () => {
    tap(finger(0, 0), finger(6, 8));
    expect(taps).toHaveLength(1);
    tap(finger(0, 0), finger(8, 7));
    expect(taps).toHaveLength(1);
  });

  it('is not a tap when the finger moved away and back', () => {
    target.dispatchEvent(touch('touchstart', [finger(0, 0)]));
    target.dispatchEvent(touch('touchmove', [finger(40, 0)]));
    target.dispatchEvent(touch('touchmove', [finger(0, 0)]));
    target.dispatchEvent(touch('touchend', [], [finger(0, 0)]));
    expect(taps).toEqual([]);
    // A small move is still a tap.
    target.dispatchEvent(touch('touchstart', [finger(0, 0)]));
    target.dispatchEvent(touch('touchmove', [finger(3, 4)]));
    target.dispatchEvent(touch('touchend', [], [finger(3, 4)]));
    expect(taps).toHaveLength(1);
  });

  it('is not a tap with a second finger, at the start, on the way or at the end', () => {
    target.dispatchEvent(touch('touchstart', [finger(0, 0), finger(50, 50, 2)]));
    target.dispatchEvent(touch('touchend', [], [finger(0, 0)]));
    target.dispatchEvent(touch('touchstart', [finger(0, 0)]));
    target.dispatchEvent(touch('touchmove', [finger(0, 0), finger(50, 50, 2)]));
    target.dispatchEvent(touch('touchend', [], [finger(0, 0)]));
    target.dispatchEvent(touch('touchstart', [finger(0, 0)]));
    target.dispatchEvent(touch('touchend', [finger(50, 50, 2)], [finger(0, 0)]));
    expect(taps).toEqual([]);
  });

  it('ignores a move of another finger, and an end that is not the finger that started', () => {
    target.dispatchEvent(touch('touchstart', [finger(0, 0)]));
    target.dispatchEvent(touch('touchmove', [finger(90, 90, 7)]));
    target.dispatchEvent(touch('touchend', [], [finger(0, 0)]));
    expect(taps).toEqual([]);
    target.dispatchEvent(touch('touchstart', [finger(0, 0)]));
    target.dispatchEvent(touch('touchend', [], [finger(0, 0, 9)]));
    expect(taps).toEqual([]);
  });

  it('is not a tap when held past a long press', () => {
    tap(finger(0, 0), finger(0, 0), 500);
    expect(taps).toHaveLength(1);
    tap(finger(0, 0), finger(0, 0), 501);
    expect(taps).toHaveLength(1);
  });

  it("ignores a page's forged touches, at the start or the end", () => {
    tap(finger(0, 0), finger(0, 0), 100, false);
    target.dispatchEvent(touch('touchstart', [finger(0, 0)]));
    target.dispatchEvent(touch('touchend', [], [finger(0, 0)], false));
    target.dispatchEvent(touch('touchstart', [finger(0, 0)], [finger(0, 0)], false));
    target.dispatchEvent(touch('touchend', [], [finger(0, 0)]));
    expect(taps).toEqual([]);
  });

  it('forgets a cancelled touch, an end without a start, and listens no more once aborted', () => {
    target.dispatchEvent(touch('touchstart', [finger(0, 0)]));
    target.dispatchEvent(touch('touchcancel', []));
    target.dispatchEvent(touch('touchend', [], [finger(0, 0)]));
    target.dispatchEvent(touch('touchend', [], [finger(0, 0)]));
    expect(taps).toEqual([]);
    // One start serves one end only.
    target.dispatchEvent(touch('touchstart', [finger(0, 0)]));
    target.dispatchEvent(touch('touchend', [], [finger(0, 0)]));
    target.dispatchEvent(touch('touchend', [], [finger(0, 0)]));
    expect(taps).toHaveLength(1);
    controller.abort();
    tap(finger(0, 0));
    expect(taps).toHaveLength(1);
  });
});

describe('FrameReport', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the counts once the marks have settled for a moment, and only when they changed', () => {
    let counts = [{ topic: 'quenlin', count: 1 }];
    const send = vi.fn();
    const report = new FrameReport(() => counts, send);
    report.changed();
    vi.advanceTimersByTime(200);
    report.changed();
    vi.advanceTimersByTime(299);
    expect(send).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenLastCalledWith([{ topic: 'quenlin', count: 1 }]);
    report.changed();
    vi.advanceTimersByTime(300);
    expect(send).toHaveBeenCalledTimes(1);
    counts = [{ topic: 'quenlin', count: 2 }];
    report.changed();
    vi.advanceTimersByTime(300);
    expect(send).toHaveBeenCalledTimes(2);
    expect(send).toHaveBeenLastCalledWith(counts);
  });

  it('says at once that nothing is here any more, once, and drops a pending report', () => {
    const send = vi.fn();
    const report = new FrameReport(() => [{ topic: 'quenlin', count: 1 }], send);
    report.clear();
    expect(send).not.toHaveBeenCalled();
    report.changed();
    vi.advanceTimersByTime(300);
    report.changed();
    report.clear();
    expect(send).toHaveBeenLastCalledWith([]);
    expect(send).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(1000);
    expect(send).toHaveBeenCalledTimes(2);
  });
});
