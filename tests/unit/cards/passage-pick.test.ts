// The card's passages within the cap: in the material's order, keeping at
// least one passage of each language the topic's material holds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { pickPassages, type PassageLanguage } from '../../../lib/cards/passage-pick';

/** Refs written as their language and position: 'a1' is the first Arabic passage. */
function refs(spec: string): string[] {
  return spec.split(' ').filter(Boolean);
}
const languageOf = (ref: string): PassageLanguage => (ref.startsWith('a') ? 'ar' : 'en');

describe('pickPassages', () => {
  it('keeps the first ones when they already hold every language, or when there is room', () => {
    expect(pickPassages(refs('a1 e1 a2 a3'), languageOf, 3)).toEqual(refs('a1 e1 a2'));
    expect(pickPassages(refs('a1 a2 e1'), languageOf, 6)).toEqual(refs('a1 a2 e1'));
    expect(pickPassages(refs('a1 a2 a3'), languageOf, 2)).toEqual(refs('a1 a2'));
  });

  it('gives the other language’s first passage the place of the last passage of a repeated language', () => {
    expect(pickPassages(refs('a1 a2 a3 a4 e1 e2'), languageOf, 3)).toEqual(refs('a1 a2 e1'));
    expect(pickPassages(refs('e1 e2 e3 a1 a2'), languageOf, 2)).toEqual(refs('e1 a1'));
    // The reader's own passages first: still first, the other language last.
    expect(pickPassages(refs('e1 a1 a2 a3 a4 a5 a6 e2'), languageOf, 6)).toEqual(refs('e1 a1 a2 a3 a4 a5'));
  });

  it('cannot make room in a cap of one, and a cap of zero shows nothing', () => {
    expect(pickPassages(refs('a1 e1'), languageOf, 1)).toEqual(refs('a1'));
    expect(pickPassages(refs('a1 e1'), languageOf, 0)).toEqual([]);
    expect(pickPassages([], languageOf, 6)).toEqual([]);
  });

  it('always: within the cap, in order, from the input, and every language present is shown when the cap allows', () => {
    const ref = fc.tuple(fc.constantFrom<PassageLanguage>('ar', 'en'), fc.nat());
    fc.assert(
      fc.property(fc.array(ref, { maxLength: 20 }), fc.integer({ min: 0, max: 8 }), (input, max) => {
        const list = input.map(([lang], i) => `${lang === 'ar' ? 'a' : 'e'}${i}`);
        const picked = pickPassages(list, languageOf, max);
        expect(picked.length).toBe(Math.min(max, list.length));
        const positions = picked.map((p) => list.indexOf(p));
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
        const languages = new Set(list.map(languageOf));
        if (max >= languages.size) expect(new Set(picked.map(languageOf))).toEqual(languages);
        // Nothing is dropped that did not have to be: the first max-1 of the input stay unless a language needed room.
        if (max > 0 && list.length > 0) expect(picked[0]).toBe(list[0]);
      }),
    );
  });
});
