import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { createDetector, type DetectedMention } from '../../../lib/detect';
import { aliasVariants } from '../../../lib/detect/alias-variants';
import { CLITIC_PREFIXES } from '../../../lib/detect/clitics';
import { normalize, normalizeKey } from '../../../lib/text/normalize';
import { FIXTURE_NAMES } from './fixture-names';
import { loadNames } from './load-names';

const names = { version: 1 as const, topics: [...loadNames().topics, ...FIXTURE_NAMES.topics] };
const detector = createDetector(names);

/**
 * The walk's own readings, undone: g letters as one, spaces ignored (a name
 * written joined or apart).
 */
const canonical = (key: string): string => key.replace(/[غجك]/g, 'G').replace(/ /g, '');

/** Every canonical key an exact match of each topic may normalise to. */
const allowedKeys = new Map<string, Set<string>>();
for (const t of names.topics) {
  const keys = allowedKeys.get(t.id) ?? new Set<string>();
  for (const alias of [t.name.ar, t.name.en, ...t.aliases]) for (const v of aliasVariants(normalizeKey(alias))) keys.add(canonical(v));
  allowedKeys.set(t.id, keys);
}

/** An exact span is an alias variant, or one after لل with its alef elided, or (allowed) with a clitic. */
function isAliasOf(topic: string, spanText: string): boolean {
  const keys = allowedKeys.get(topic);
  if (!keys) return false;
  const key = normalizeKey(spanText);
  const forms = [key, `ا${key}`, ...CLITIC_PREFIXES.filter((p) => key.startsWith(p)).map((p) => key.slice(p.length))];
  return forms.some((f) => keys.has(canonical(f)));
}

const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const splitsPair = (text: string, at: number): boolean =>
  at > 0 && at < text.length && isLow(text.charCodeAt(at)) && isHigh(text.charCodeAt(at - 1));

function checkMentions(text: string, mentions: DetectedMention[]): void {
  let lastEnd = 0;
  for (const m of mentions) {
    expect(m.start).toBeGreaterThanOrEqual(lastEnd);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(splitsPair(text, m.start)).toBe(false);
    expect(splitsPair(text, m.end)).toBe(false);
    expect(m.text).toBe(text.slice(m.start, m.end));
    if (m.match === 'exact') expect(isAliasOf(m.topic, m.text), `${m.topic} «${m.text}»`).toBe(true);
    lastEnd = m.end;
  }
}

const aliasFragments = names.topics.flatMap((t) => [t.name.ar, t.name.en, ...t.aliases, ...t.exclude]);
const noise = [
  ' ',
  ' ',
  ' ',
  '\u00A0',
  '-',
  '_',
  '،',
  '.',
  '«',
  '»',
  '"',
  "'",
  '\n',
  '\u200F',
  '\u200E',
  '\u200C',
  '\u200D',
  '\u061C',
  '\u2067',
  '\u2069',
  '\u00AD',
  '\u0640',
  '\u064E',
  '\u0651',
  '\u0670',
  '\u06D6',
  '\u0301',
  '😀',
  '𝐀',
  '\uD800',
  '\uDC00',
  'و',
  'ب',
  'ال',
  'لل',
  'ف',
  'ك',
  'ج',
  'غ',
  'ة',
  'ي',
  'ا',
  'أ',
  'ی',
  'ک',
  'گ',
  'ş',
  'İ',
  'e',
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...aliasFragments) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...aliasFragments), fc.nat(), fc.nat())
      .map(([a, x, y]) => a.slice(Math.min(x, y) % (a.length + 1), Math.max(x, y) % (a.length + 1))),
  },
  { weight: 5, arbitrary: fc.constantFrom(...noise) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);
const newsLike = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

describe('normalisation properties', () => {
  it('normalizeKey is the text normalize gives, and every span maps to whole characters', () => {
    fc.assert(
      fc.property(fc.oneof(newsLike, fc.string({ unit: 'binary', maxLength: 60 })), (text) => {
        const norm = normalize(text);
        expect(normalizeKey(text)).toBe(norm.text);
        expect(norm.toOriginal.length).toBe(norm.text.length + 1);
        let last = -1;
        for (const at of norm.toOriginal) {
          expect(at).toBeGreaterThanOrEqual(last);
          expect(at).toBeLessThanOrEqual(text.length);
          expect(splitsPair(text, at)).toBe(false);
          last = at;
        }
      }),
      { numRuns: 2000 },
    );
    // CPU-bound: two thousand runs can pass five seconds on a loaded machine.
  }, 60_000);
});

describe('detector properties', () => {
  it('on strings built from alias fragments and noise: valid, sorted, non-overlapping, exact spans are aliases', () => {
    fc.assert(
      fc.property(newsLike, (text) => {
        checkMentions(text, detector.detect(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('on arbitrary Unicode, lone surrogates included: never throws, offsets valid', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme-composite', maxLength: 50 }), (a, b) => {
        checkMentions(a + b, detector.detect(a + b));
        checkMentions(b + a, detector.detect(b + a));
      }),
      { numRuns: 1000 },
    );
  });

  it('on very long words and long runs of marks', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('ب', 'a', '\u064E', '\u0640', ' ', '😀'),
        fc.integer({ min: 1000, max: 20000 }),
        fc.constantFrom(...aliasFragments),
        (unit, n, alias) => {
          const text = `${unit.repeat(n)} ${alias} ${unit.repeat(n)}${alias}`;
          checkMentions(text, detector.detect(text));
        },
      ),
      { numRuns: 30 },
    );
  });
});
