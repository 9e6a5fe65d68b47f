// A query that mixes scripts ("Putin بوتين") names the same thing twice, once
// per script; each part is searched on its own, since no one entry holds both.

const ARABIC = /\p{Script=Arabic}/u;
const LATIN = /\p{Script=Latin}/u;

/** The query's runs of Arabic and of Latin letters (other characters stay with their run); one part when unmixed. */
export function scriptParts(query: string): string[] {
  const parts: string[] = [];
  let current = '';
  let script: 'ar' | 'la' | null = null;
  for (const ch of query) {
    const next = ARABIC.test(ch) ? 'ar' : LATIN.test(ch) ? 'la' : null;
    if (next && script && next !== script) {
      parts.push(current);
      current = '';
    }
    if (next) script = next;
    current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}
