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
});
