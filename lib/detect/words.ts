// The words of a normalised text, as offsets, with the few questions fuzzy
// matching asks about them.

import { isWordCode } from '../text/word-chars';

interface Span {
  from: number;
  to: number;
}

export class Words {
  readonly count: number;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;

  constructor(readonly text: string) {
    // Words are separated, so there are at most half as many as characters.
    const starts = new Int32Array((text.length >> 1) + 1);
    const ends = new Int32Array(starts.length);
    let count = 0;
    for (let i = 0; i < text.length;) {
      if (!isWordCode(text.charCodeAt(i))) {
        i++;
        continue;
      }
      starts[count] = i;
      while (i < text.length && isWordCode(text.charCodeAt(i))) i++;
      ends[count++] = i;
    }
    this.count = count;
    this.starts = starts;
    this.ends = ends;
  }

  start(w: number): number {
    return this.starts[w] ?? this.text.length;
  }

  end(w: number): number {
    return this.ends[w] ?? this.text.length;
  }

  /** The index of the word containing position pos, or -1. */
  indexAt(pos: number): number {
    let lo = 0;
    let hi = this.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.end(mid) <= pos) lo = mid + 1;
      else if (this.start(mid) > pos) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  /** True when words w .. w+k-1 follow each other with exactly one space between. */
  adjacentRun(w: number, k: number): boolean {
    if (w < 0 || w + k > this.count) return false;
    for (let x = w; x < w + k - 1; x++) {
      const gap = this.end(x);
      if (this.start(x + 1) !== gap + 1 || this.text.charCodeAt(gap) !== 0x20) return false;
    }
    return true;
  }

  /** For each word, the index of the span overlapping it, or -1. */
  coverage(spans: readonly Span[]): Int32Array {
    const out = new Int32Array(this.count).fill(-1);
    spans.forEach((s, index) => {
      for (let w = Math.max(0, this.indexAt(s.from)); w < this.count && this.start(w) < s.to; w++) {
        if (this.end(w) > s.from) out[w] = index;
      }
    });
    return out;
  }
}
