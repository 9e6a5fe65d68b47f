// Made-up topics for benchmarks, shaped like the real ones (names built from
// syllables with the word lengths of real aliases), so that ordinary words of
// a page come near some name as often as they would with real names.
import type { NamesIndex, TopicName } from '../lib/knowledge/types';

export function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AR_SYLLABLES = [
  'با',
  'كو',
  'ري',
  'سا',
  'لي',
  'نو',
  'تا',
  'مي',
  'دو',
  'غا',
  'جي',
  'فو',
  'زا',
  'شي',
  'خو',
  'را',
  'يا',
  'وا',
  'هي',
  'قو',
  'ن',
  'ف',
  'ت',
  'س',
];
const EN_SYLLABLES = [
  'ba',
  'ko',
  'ri',
  'sa',
  'li',
  'no',
  'ta',
  'mi',
  'do',
  'ga',
  'ji',
  'fo',
  'za',
  'shi',
  'kho',
  'ra',
  'ya',
  'va',
  'he',
  'qu',
  'n',
  'v',
  'k',
  's',
];

/**
 * Topics with made-up names shaped like the real ones: each name copies the
 * word lengths of a real alias (in the same script) and fills them with
 * random syllables, so the synthetic index has the real mix of short and
 * long, one- and several-word names.
 */
export function syntheticTopics(base: NamesIndex, count: number, seed: number): TopicName[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const shapes = (arabic: boolean): number[][] =>
    base.topics
      .flatMap((t) => [t.name.ar, t.name.en, ...t.aliases])
      .filter((a) => /[\u0600-\u06FF]/.test(a) === arabic)
      .map((a) => a.split(/\s+/).map((w) => w.length));
  const arShapes = shapes(true);
  const enShapes = shapes(false);
  const word = (length: number, syllables: readonly string[]): string => {
    let w = '';
    while (w.length < length) w += pick(syllables);
    return w;
  };
  const name = (shape: number[], syllables: readonly string[]): string => shape.map((l) => word(l, syllables)).join(' ');
  return Array.from({ length: count }, (_, i) => {
    const en = name(pick(enShapes), EN_SYLLABLES).replace(/\b[a-z]/g, (c) => c.toUpperCase());
    return {
      id: `synthetic-${seed}-${i}`,
      kind: i % 2 ? 'person' : 'place',
      name: { ar: name(pick(arShapes), AR_SYLLABLES), en },
      aliases: [name(pick(arShapes), AR_SYLLABLES), name(pick(arShapes), AR_SYLLABLES), name(pick(enShapes), EN_SYLLABLES)],
      exclude: [],
      marked: true,
    };
  });
}
