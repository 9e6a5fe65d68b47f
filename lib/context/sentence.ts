// The sentence around a mention: the words that settle what it means. Cut at
// sentence ends and line breaks; long texts without them are cut to a window.

const ENDS = /[.!?؟\n]/u;
/** How far either side a sentence may reach in a text that has no ends. */
const WINDOW = 300;

/** [start, end) of the sentence of text holding [from, to). */
export function sentenceAround(text: string, from: number, to: number): [number, number] {
  let start = from;
  const floor = Math.max(0, from - WINDOW);
  while (start > floor && !endsAt(text, start - 1)) start--;
  let end = to;
  const ceiling = Math.min(text.length, to + WINDOW);
  while (end < ceiling && !endsAt(text, end)) end++;
  return [start, Math.min(text.length, end + 1)];
}

/** A full stop between two letters is an initial or an abbreviation (N.K., U.S.), not an end. */
function endsAt(text: string, i: number): boolean {
  const ch = text[i] ?? '';
  if (!ENDS.test(ch)) return false;
  if (ch !== '.') return true;
  const next = text[i + 1] ?? ' ';
  return next === ' ' || next === '\n' || next === '"' || next === '»';
}
