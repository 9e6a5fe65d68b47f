// Detects mentions in a long text a piece at a time, so no single detector
// call holds the main thread (a 300 KB text node would take tens of ms).
// Pieces are cut where a word starts, and each reaches past the next cut by
// more than any name is long, so a name across a cut is found whole in the
// piece where it starts.
import type { PageMention } from './mention-registry';

/** Characters per detector call: a millisecond or two of work once the detector's code is optimised. */
const PIECE_CHARS = 2_500;

/** Before then, on a page's first long text, the same call takes ten times longer: start small, double up. */
const FIRST_PIECE_CHARS = 500;

/** Longer than any name (61 characters), even with a few marks on every letter. */
const OVERLAP_CHARS = 300;

/** Yields the mentions of each piece in turn, with offsets into the whole text. */
export function* mentionsInPieces(text: string, detect: (text: string) => PageMention[]): Generator<PageMention[]> {
  let from = 0;
  let lastEnd = 0;
  let size = FIRST_PIECE_CHARS;
  while (true) {
    const last = text.length - from <= size;
    const cut = last ? text.length : wordStartBefore(text, from + size - OVERLAP_CHARS, from);
    const end = last ? text.length : Math.min(text.length, cut + OVERLAP_CHARS);
    const found: PageMention[] = [];
    for (const m of detect(text.slice(from, end))) {
      const start = from + m.start;
      // Past the cut is the next piece's; before lastEnd, the tail of a name the last piece found.
      if (start >= cut || start < lastEnd) continue;
      found.push({ ...m, start, end: from + m.end });
      lastEnd = from + m.end;
    }
    yield found;
    if (last) return;
    // A cut inside a word (a long run without spaces) must not make its rest look like a word of its own.
    if (!isWordStart(text, cut)) lastEnd = Math.max(lastEnd, spaceAfter(text, cut));
    from = cut;
    size = Math.min(2 * size, PIECE_CHARS);
  }
}

function isWordStart(text: string, i: number): boolean {
  return /\s/.test(text[i - 1]!) && !/\s/.test(text[i]!);
}

/** The last word start at or before `at` and after `floor`; `at` itself when there is none. */
function wordStartBefore(text: string, at: number, floor: number): number {
  for (let i = at; i > floor; i--) if (isWordStart(text, i)) return i;
  return at;
}

function spaceAfter(text: string, from: number): number {
  const i = text.slice(from).search(/\s/);
  return i < 0 ? text.length : from + i;
}
