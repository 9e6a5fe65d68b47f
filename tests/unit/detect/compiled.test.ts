import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { compileMatcher, createDetector, loadMatcher, MATCHER_FORMAT, type CompiledMatcher } from '../../../lib/detect';
import type { NamesIndex, TopicName } from '../../../lib/knowledge/types';
import { FIXTURE_NAMES } from './fixture-names';
import { loadNames } from './load-names';

/** Made-up topics from real-looking syllables, so that many ordinary words come near some name. */
function crowd(count: number): TopicName[] {
  const syllables = ['با', 'كو', 'ري', 'سا', 'لي', 'نو', 'تا', 'مي', 'غا', 'جي', 'فو', 'شي', 'ن', 'ف', 'ت'];
  const latin = ['ba', 'ko', 'ri', 'sa', 'li', 'no', 'ta', 'mi', 'ga', 'ji', 'n', 'v'];
  let seed = 7;
  const next = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const word = (parts: readonly string[], length: number): string => Array.from({ length }, () => parts[next(parts.length)]).join('');
  const name = (parts: readonly string[]): string => Array.from({ length: 1 + next(2) }, () => word(parts, 2 + next(3))).join(' ');
  return Array.from({ length: count }, (_, i) => ({
    id: `crowd-${i}`,
    kind: i % 2 ? 'person' : 'place',
    name: { ar: name(syllables), en: name(latin).replace(/\b[a-z]/g, (c) => c.toUpperCase()) },
    aliases: [name(syllables)],
    exclude: [],
    marked: true,
  }));
}

const names: NamesIndex = { version: 1, topics: [...loadNames().topics, ...FIXTURE_NAMES.topics, ...crowd(400)] };
const direct = createDetector(names);
// Through JSON, as extension messaging carries it.
const loaded = loadMatcher(JSON.parse(JSON.stringify(compileMatcher(names))) as CompiledMatcher);

const fragments = names.topics.flatMap((t) => [t.name.ar, t.name.en, ...t.aliases, ...t.exclude]);
const noise = [' ', ' ', '، ', '. ', 'و', 'ب', 'ال', 'لل', 'ف', 'ج', 'غ', 'ك', 'ا', 'ي', 'أ', '\u064E', '«', 'e', '\uD800', '😀'];
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...fragments) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...fragments), fc.nat(), fc.nat())
      .map(([a, x, y]) => a.slice(Math.min(x, y) % (a.length + 1), Math.max(x, y) % (a.length + 1))),
  },
  { weight: 4, arbitrary: fc.constantFrom(...noise) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);
const newsLike = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

describe('compiled matcher', () => {
  it('finds exactly what a detector built from the names finds, on text built from names and noise', () => {
    let found = 0;
    fc.assert(
      fc.property(newsLike, (text) => {
        const expected = direct.detect(text);
        found += expected.length;
        expect(loaded.detect(text)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
    // The texts do hold names: the comparison is not between two empty lists.
    expect(found).toBeGreaterThan(500);
  });

  it('finds exactly what a detector built from the names finds, on the bundled articles', () => {
    const dir = join(import.meta.dirname, '../../../content/articles');
    let found = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      for (const paragraph of readFileSync(join(dir, file), 'utf8').split(/\n\n+/)) {
        const expected = direct.detect(paragraph);
        found += expected.length;
        expect(loaded.detect(paragraph)).toEqual(expected);
      }
    }
    expect(found).toBeGreaterThan(50);
  });

  it('says how each mention matched: the alias read, exact or tolerant, the clitic read off', () => {
    const small = loadMatcher(compileMatcher(FIXTURE_NAMES));
    expect(small.detect('ولليمن وباشنيان وفي كورسك')).toMatchObject([
      { topic: 'yemen', text: 'ليمن', match: 'exact', alias: 'اليمن', prefix: 'ول' },
      { topic: 'nikol-pashinyan', text: 'باشنيان', match: 'fuzzy', alias: 'باشينيان', prefix: 'و' },
      { topic: 'kursk', text: 'كورسك', match: 'exact', alias: 'كورسك', prefix: '' },
    ]);
  });

  it('passes per-topic fields it does not compile through untouched', () => {
    const extra = { cues: ['رئيس الوزراء', 'يريفان'], firstNames: ['نيكول'], needsContext: { aliases: ['باشينيان'] } };
    const topics = FIXTURE_NAMES.topics.map((t) => (t.id === 'nikol-pashinyan' ? { ...t, ...extra } : t));
    const detector = loadMatcher(JSON.parse(JSON.stringify(compileMatcher({ version: 1, topics }))) as CompiledMatcher);
    expect(detector.topicExtras('nikol-pashinyan')).toEqual(extra);
    expect(detector.topicExtras('kursk')).toBeUndefined();
    expect(detector.topicExtras('no-such-topic')).toBeUndefined();
    expect(createDetector({ version: 1, topics }).topicExtras('nikol-pashinyan')).toEqual(extra);
  });

  it('refuses a format it does not know', () => {
    const compiled = compileMatcher(FIXTURE_NAMES);
    expect(() => loadMatcher({ ...compiled, format: (MATCHER_FORMAT + 1) as typeof MATCHER_FORMAT })).toThrow(/Unknown matcher format/);
    expect(() => loadMatcher({ format: 1 } as unknown as CompiledMatcher)).toThrow(/Unknown matcher format/);
  });

  it('refuses damaged data with a clear message', () => {
    const compiled = compileMatcher(FIXTURE_NAMES);
    const cut = compiled.data.slice(0, Math.floor(compiled.data.length / 2) & ~3);
    expect(() => loadMatcher({ ...compiled, data: cut })).toThrow(/damaged/);
    expect(() => loadMatcher({ ...compiled, data: '%%%' })).toThrow(/base64|damaged/);
    expect(() => loadMatcher({ ...compiled, data: btoa('x'.repeat(64)) })).toThrow(/damaged/);
    expect(() => loadMatcher({ ...compiled, ids: `${compiled.ids}x` })).toThrow(/damaged/);
  });
});
