// Whether two facts of the same date, quoting the same paragraph of the same
// article, state one thing. Topics word a shared fact from their own side
// ("Gerasimov reported to him…" for Putin, "…to President Putin that Kursk
// region had been freed" for Kursk), and quote the whole sentence or a part
// of it. They are one when one quote lies within the other, or when most of
// the shorter wording's words are in the other's. Quotes that merely overlap
// are not enough: one sentence often reports two things ("Baku began its
// offensive; Moscow called for calm"), worded with different words.

export interface QuotedFact {
  start: number;
  end: number;
  /** The fact's English wording (every fact has one), compared word by word. */
  text: string;
}

/** Share of the shorter wording's words the other must hold. */
const SAME_WORDING = 0.7;

/** Words of more than three letters or digits, lower-cased: the words that carry what a fact says. */
function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 3));
}

export function sameFact(a: QuotedFact, b: QuotedFact): boolean {
  if ((a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end)) return true;
  const [short, long] = [contentWords(a.text), contentWords(b.text)].sort((x, y) => x.size - y.size) as [Set<string>, Set<string>];
  if (short.size === 0) return false;
  let shared = 0;
  for (const word of short) if (long.has(word)) shared++;
  return shared / short.size >= SAME_WORDING;
}
