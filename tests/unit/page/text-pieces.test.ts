import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { createDetector } from '../../../lib/detect';
import type { PageMention } from '../../../lib/page/mention-registry';
import { mentionsInPieces } from '../../../lib/page/text-pieces';
import { loadNames } from '../detect/load-names';

const detector = createDetector(loadNames());
const detect = (text: string): PageMention[] => detector.detect(text).map(({ topic, start, end }) => ({ topic, start, end }));
const inPieces = (text: string) => [...mentionsInPieces(text, detect)].flat();

/** Names, their clitic and multi-word forms, filler, and runs without spaces. */
const WORDS = [
  'كورسك',
  'وكورسك',
  'بباشينيان',
  'ناغورني قره باغ',
  'ممر لاتشين',
  'يريفان',
  'قره',
  'باغ',
  'في',
  'قال',
  'ـ',
  'Kursk',
  'x'.repeat(400),
  '\n',
  '،',
];
const text = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', ' ', '  ', '\n', '')), { minLength: 1, maxLength: 900 })
  .map((parts) => parts.map(([word, gap]) => word + gap).join(''));

describe('mentionsInPieces', () => {
  it('finds in pieces exactly what the detector finds in the whole text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(inPieces(t)).toEqual(detect(t));
      }),
      { numRuns: 150 },
    );
  });

  it('cuts a long text into many detector calls', () => {
    const calls: number[] = [];
    const long = 'قال باشينيان في يريفان إن ممر لاتشين مفتوح. '.repeat(2000);
    const found = [...mentionsInPieces(long, (t) => (calls.push(t.length), detect(t)))].flat();
    expect(found).toHaveLength(3 * 2000);
    expect(found).toEqual(detect(long));
    expect(calls.length).toBeGreaterThan(30);
    expect(Math.max(...calls)).toBeLessThanOrEqual(2_500 + 300);
  });

  it('does not treat the rest of a word cut for want of spaces as a word', () => {
    const glued = `${'ب'.repeat(3000)}كورسك يريفان`;
    const whole = detect(glued);
    expect(whole.map((m) => glued.slice(m.start, m.end))).toEqual(['يريفان']);
    expect(inPieces(glued)).toEqual(whole);
  });

  it('finds a name of several words whole wherever a cut falls in it, and never its tail as a name of its own', () => {
    // The first cut is the last word start at or before 200: slide the name across it, and the second cut too.
    const name = 'ناغورني قره باغ';
    const filler = ' وقال في يريفان'.repeat(120);
    for (let at = 170; at <= 215; at++) {
      const text = `${'x'.repeat(at - 1)} ${name}${filler}`;
      expect(inPieces(text), String(at)).toEqual(detect(text));
    }
    for (let at = 860; at <= 915; at++) {
      const text = `${'x'.repeat(at - 1)} ${name}${filler}`;
      expect(inPieces(text), String(at)).toEqual(detect(text));
    }
  });

  it('does not find a name in the rest of a run without spaces that a cut fell in, wherever it fell', () => {
    for (let run = 150; run <= 260; run += 3) {
      const text = `قال ${'ب'.repeat(run)}كورسك يريفان${' في موسكو'.repeat(80)}`;
      expect(inPieces(text), String(run)).toEqual(detect(text));
    }
    // A run that goes on to the end of the text.
    const glued = `قال ${'ب'.repeat(700)}كورسك`;
    expect(inPieces(glued)).toEqual(detect(glued));
  });

  it('makes one call for a text of the first piece’s size, and cuts one longer at a word start', () => {
    const texts: string[] = [];
    const record = (t: string) => (texts.push(t), detect(t));
    const exact = 'ab '.repeat(166) + 'cd';
    expect(exact).toHaveLength(500);
    expect([...mentionsInPieces(exact, record)]).toHaveLength(1);
    expect(texts).toEqual([exact]);
    texts.length = 0;
    const longer = `${exact}e`;
    expect([...mentionsInPieces(longer, record)]).toHaveLength(2);
    expect(texts).toHaveLength(2);
    // The cut is the word start at 198 (the last one at or before 500 - 300), and the first piece reaches 300 past it.
    expect(texts[0]).toBe(longer.slice(0, 498));
    expect(texts[1]).toBe(longer.slice(198));
  });

  /** A detector of three made-up names, longest first, each a whole word or two. */
  const toy = (text: string): PageMention[] =>
    [...text.matchAll(/(?<!\S)(Nova Quenlin|Nova|Quenlin)(?!\S)/g)].map((m) => ({
      topic: m[1]!.toLowerCase().replace(' ', '-'),
      start: m.index,
      end: m.index + m[1]!.length,
    }));
  const toyPieces = (text: string) => [...mentionsInPieces(text, toy)].flat();

  it('leaves a name that starts past the cut to the next piece, even when the piece ends inside it', () => {
    // A word start at 200 makes the first cut, and the first piece ends at 500.
    for (let at = 488; at <= 505; at++) {
      const text = `${'x'.repeat(199)} ${'y'.repeat(at - 201)} Nova Quenlin${' zz'.repeat(400)}`;
      expect(text.indexOf('Nova'), String(at)).toBe(at);
      expect(toyPieces(text), String(at)).toEqual(toy(text));
      expect(toyPieces(text).map((m) => m.topic)).toEqual(['nova-quenlin']);
    }
  });

  it('finds no name in the rest of a word cut for want of spaces', () => {
    for (let run = 190; run <= 205; run++) {
      const text = `${'x'.repeat(run)}Quenlin Nova${' zz'.repeat(400)}`;
      expect(toyPieces(text), String(run)).toEqual(toy(text));
    }
  });

  it('cuts a run without spaces after the first piece inside the run, and goes on to its end', () => {
    const text = `ab ${'x'.repeat(3000)} Quenlin`;
    expect(toyPieces(text)).toEqual([{ topic: 'quenlin', start: 3004, end: 3011 }]);
  });
});
