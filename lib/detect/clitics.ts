// Arabic clitics written attached to a name: conjunctions و ف, prepositions
// ب ل ك, the article ال, and their combinations (وبال، فلل، كال ...).
// Normalised forms (أ/إ/آ are already ا).

const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ل', 'ك'];
const ARTICLES = ['', 'ال'];

function buildPrefixes(): string[] {
  const out = new Set<string>();
  for (const c of CONJUNCTIONS) {
    for (const p of PREPOSITIONS) {
      for (const a of ARTICLES) {
        // ل + ال is written لل, never لال.
        if (p === 'ل' && a === 'ال') continue;
        out.add(c + p + a);
      }
    }
    out.add(c + 'لل');
  }
  out.delete('');
  return [...out].sort((x, y) => x.length - y.length);
}

/** Every clitic prefix, shortest first. */
export const CLITIC_PREFIXES: readonly string[] = buildPrefixes();

/** A name left after stripping a clitic must keep at least this many letters. */
const MIN_NAME_LETTERS = 2;

/**
 * Where a name may start inside the word text[from, to): the word start, then
 * after each clitic prefix the word begins with. `elided` marks a start after
 * لل (ل + ال), where the name's own article lost its alef: لليمن = ل + اليمن,
 * the name starting at the second ل with its ا implied.
 */
export interface NameStart {
  at: number;
  elided: boolean;
}

const FIRST_LETTERS = new Set(CLITIC_PREFIXES.map((p) => p.charCodeAt(0)));

export function nameStarts(text: string, from: number, to: number): NameStart[] {
  const out: NameStart[] = [{ at: from, elided: false }];
  if (!FIRST_LETTERS.has(text.charCodeAt(from))) return out;
  for (const prefix of CLITIC_PREFIXES) {
    if (to - from - prefix.length < MIN_NAME_LETTERS) break;
    if (!text.startsWith(prefix, from)) continue;
    out.push({ at: from + prefix.length, elided: false });
    if (prefix.endsWith('لل')) out.push({ at: from + prefix.length - 1, elided: true });
  }
  return out;
}
