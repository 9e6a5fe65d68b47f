// Which parts of a result to highlight for a query: the query's words found in
// the normalised label, mapped back to the label as written; function words
// (في، على، the…) never, or a pasted sentence would light up whole lines.
import { normalize, originalSpan } from '../text/normalize';
import { STOP_WORDS } from './stop-words';

export function highlightSpans(label: string, query: string): [number, number][] {
  const norm = normalize(label);
  const words = normalize(query)
    .text.split(' ')
    .filter((w) => w.length >= 2 && !STOP_WORDS.has(w));
  const spans: [number, number][] = [];
  for (const word of words) {
    for (let at = norm.text.indexOf(word); at !== -1; at = norm.text.indexOf(word, at + word.length)) {
      spans.push(originalSpan(norm, label, at, at + word.length));
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}
