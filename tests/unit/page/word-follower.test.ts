// @vitest-environment happy-dom
// An open card follows its word: a scroll of the page or of any box, or a
// resize, checks once per frame where the word's line box went; the card
// is told the new box, or null once the word is out of sight.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Mark } from '../../../lib/page/mention-registry';
import type { Rect } from '../../../lib/page/popup-position';
import { WordFollower } from '../../../lib/page/word-follower';
import { fill } from './html';

let boxes: DOMRect[];
let shown: Element | null;
let frames: Map<number, FrameRequestCallback>;
let cancelled: number[];
let nextFrame: number;
let word: Text;
let mark: Mark;
let moved: ReturnType<typeof vi.fn<(rect: Rect | null) => void>>;
let follower: WordFollower;
let pointed: { mock: { lastCall?: unknown[] } };

const box = (x: number, y: number, width = 40, height = 20) => DOMRect.fromRect({ x, y, width, height });
const START: Rect = { left: 100, top: 100, width: 40, height: 20 };

/** Runs the animation frames asked for so far. */
function runFrames() {
  const due = [...frames.values()];
  frames.clear();
  for (const cb of due) cb(0);
}

function scroll(target: EventTarget = document) {
  target.dispatchEvent(new Event('scroll'));
}

beforeEach(() => {
  fill(document.body, '<div id="scroller"><p id="para">Talks with <b>Quenlin</b> today</p></div><p id="other">Elsewhere</p>');
  word = document.querySelector('b')!.firstChild as Text;
  mark = { topic: 'quenlin', nodes: [word], start: 0, end: 7 };
  boxes = [box(100, 100)];
  shown = word.parentElement;
  frames = new Map();
  cancelled = [];
  nextFrame = 1;
  vi.stubGlobal('innerWidth', 1000);
  vi.stubGlobal('innerHeight', 800);
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    frames.set(nextFrame, cb);
    return nextFrame++;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => {
    cancelled.push(id);
    frames.delete(id);
  });
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(() => boxes as unknown as DOMRectList);
  pointed = vi.spyOn(document, 'elementFromPoint').mockImplementation(() => shown);
  moved = vi.fn();
  follower = new WordFollower(moved);
});

afterEach(() => {
  follower.stop();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('WordFollower', () => {
  it('moves the card with its word when the page scrolls, once per frame', () => {
    follower.follow(mark, START);
    boxes = [box(100, 60)];
    scroll();
    scroll();
    window.dispatchEvent(new Event('resize'));
    expect(frames.size).toBe(1);
    expect(moved).not.toHaveBeenCalled();
    runFrames();
    expect(moved).toHaveBeenCalledExactlyOnceWith({ left: 100, top: 60, width: 40, height: 20 });
    // The next scroll is measured from there.
    boxes = [box(100, 30)];
    scroll();
    runFrames();
    expect(moved).toHaveBeenLastCalledWith({ left: 100, top: 30, width: 40, height: 20 });
    expect(moved).toHaveBeenCalledTimes(2);
  });

  it('hears scrolls of any box (which do not bubble) and resizes', () => {
    follower.follow(mark, START);
    boxes = [box(70, 100)];
    scroll(document.getElementById('scroller')!);
    runFrames();
    expect(moved).toHaveBeenLastCalledWith({ left: 70, top: 100, width: 40, height: 20 });
    boxes = [box(70, 140)];
    window.dispatchEvent(new Event('resize'));
    runFrames();
    expect(moved).toHaveBeenLastCalledWith({ left: 70, top: 140, width: 40, height: 20 });
  });

  it('says nothing for a move of less than a pixel', () => {
    follower.follow(mark, START);
    boxes = [box(100.9, 99.1)];
    scroll();
    runFrames();
    expect(moved).not.toHaveBeenCalled();
    boxes = [box(101, 100)];
    scroll();
    runFrames();
    expect(moved).toHaveBeenCalledOnce();
    boxes = [box(101, 101)];
    scroll();
    runFrames();
    expect(moved).toHaveBeenCalledTimes(2);
  });

  it('follows the line box nearest the one the card was placed by', () => {
    follower.follow(mark, START);
    // The word now wraps over two lines; the one nearer the old place wins, in either order.
    boxes = [box(500, 300), box(110, 130)];
    scroll();
    runFrames();
    expect(moved).toHaveBeenLastCalledWith({ left: 110, top: 130, width: 40, height: 20 });
    boxes = [box(115, 130), box(600, 20)];
    scroll();
    runFrames();
    expect(moved).toHaveBeenLastCalledWith({ left: 115, top: 130, width: 40, height: 20 });
  });

  it('closes the card when the word leaves the screen', () => {
    for (const gone of [box(-30, 100), box(100, -15), box(990, 100), box(100, 795)]) {
      moved.mockClear();
      follower.follow(mark, START);
      boxes = [gone];
      scroll();
      runFrames();
      expect(moved, JSON.stringify(gone)).toHaveBeenCalledExactlyOnceWith(null);
      follower.stop();
    }
  });

  it('keeps a word whose middle is right at the screen’s edge', () => {
    for (const edge of [box(-20, 100), box(100, -10), box(980, 100), box(100, 790)]) {
      moved.mockClear();
      follower.follow(mark, START);
      boxes = [edge];
      scroll();
      runFrames();
      expect(moved, JSON.stringify(edge)).toHaveBeenCalledExactlyOnceWith({
        left: edge.left,
        top: edge.top,
        width: 40,
        height: 20,
      });
      follower.stop();
    }
  });

  it('closes the card when its word has no box, an empty box, or left the page', () => {
    follower.follow(mark, START);
    boxes = [];
    scroll();
    runFrames();
    expect(moved).toHaveBeenLastCalledWith(null);

    follower.stop();
    follower.follow(mark, START);
    boxes = [box(100, 60, 0, 20)];
    scroll();
    runFrames();
    expect(moved).toHaveBeenLastCalledWith(null);

    follower.stop();
    moved.mockClear();
    // A mark over two nodes, one of them taken out of the page.
    const other = document.getElementById('other')!.firstChild as Text;
    follower.follow({ ...mark, nodes: [word, other] }, START);
    boxes = [box(100, 60)];
    scroll();
    runFrames();
    expect(moved).toHaveBeenLastCalledWith({ left: 100, top: 60, width: 40, height: 20 });
    other.remove();
    scroll();
    runFrames();
    expect(moved).toHaveBeenLastCalledWith(null);
  });

  it('closes the card when its box scrolled the word out of sight, not when the card or the word’s block is drawn there', () => {
    follower.follow(mark, START);
    boxes = [box(100, 60)];
    // The word's own block (the paragraph around the <b>) is drawn at the word's middle.
    shown = document.getElementById('para');
    scroll();
    runFrames();
    expect(moved).toHaveBeenLastCalledWith({ left: 100, top: 60, width: 40, height: 20 });
    // Siyaq's own card is over it.
    shown = document.createElement('siyaq-card');
    boxes = [box(100, 40)];
    scroll();
    runFrames();
    expect(moved).toHaveBeenLastCalledWith({ left: 100, top: 40, width: 40, height: 20 });
    // Nothing drawn there at all (outside any element).
    shown = null;
    boxes = [box(100, 20)];
    scroll();
    runFrames();
    expect(moved).toHaveBeenLastCalledWith({ left: 100, top: 20, width: 40, height: 20 });
    expect(pointed.mock.lastCall).toEqual([120, 30]);
    // Another element: the box scrolled the word away.
    shown = document.getElementById('other');
    boxes = [box(100, 10)];
    scroll();
    runFrames();
    expect(moved).toHaveBeenLastCalledWith(null);
    // Once gone, later scrolls say nothing more.
    moved.mockClear();
    scroll();
    runFrames();
    expect(moved).not.toHaveBeenCalled();
  });

  it('stops listening and cancels a pending frame when stopped, and can follow again', () => {
    follower.stop();
    expect(cancelled).toEqual([]);
    follower.follow(mark, START);
    boxes = [box(100, 60)];
    scroll();
    expect(frames.size).toBe(1);
    const pending = [...frames.keys()][0];
    follower.stop();
    expect(cancelled).toEqual([pending]);
    scroll(document.getElementById('scroller')!);
    window.dispatchEvent(new Event('resize'));
    expect(frames.size).toBe(0);
    runFrames();
    expect(moved).not.toHaveBeenCalled();

    follower.follow(mark, START);
    scroll();
    expect(frames.size).toBe(1);
    runFrames();
    expect(moved).toHaveBeenCalledExactlyOnceWith({ left: 100, top: 60, width: 40, height: 20 });
  });

  it('a frame that runs after stop says nothing', () => {
    follower.follow(mark, START);
    boxes = [box(100, 60)];
    scroll();
    const due = [...frames.values()];
    follower.stop();
    for (const cb of due) cb(0);
    expect(moved).not.toHaveBeenCalled();
  });
});
