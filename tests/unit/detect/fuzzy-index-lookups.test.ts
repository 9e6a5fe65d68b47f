// What the fuzzy index's lookups let through, window by window: the
// candidates of a window (same skeleton, or one consonant off for long
// aliases), and the run filters' answers for windows of several words.
// Detector output cannot tell a lookup that lets too much through (the cost
// refuses it later, only slower); these tests read the lookups themselves,
// with the filters on and, where the answer must not depend on them, off.
import { describe, expect, it, vi } from 'vitest';

import { firstWordKey, FuzzyIndex, keyText } from '../../../lib/detect/fuzzy-index';
import { FuzzyWindow } from '../../../lib/detect/fuzzy-window';
import type { HashIndex } from '../../../lib/detect/hash-index';
import { buildTables } from '../../../lib/detect/tables';
import type { NamesIndex } from '../../../lib/knowledge/types';
import { topic } from './fixture-names';

const names: NamesIndex = {
  version: 1,
  topics: [
    topic('gerasimov', 'person', 'غيراسيموف', 'Gerasimov'), // 9 letters: long
    topic('medvedev', 'person', 'مدفيديف', 'Medvedev'), // 8: short
    topic('kim', 'person', 'كيم جونغ أون', 'Kim Jong Un'), // three words, 9 letters: long
    topic('kim-solan', 'person', 'كيم سولان', 'Kim Solan'), // two words, 8 letters: short
    topic('oleksandrov', 'person', 'أوليكساندروف', 'Oleksandrov'), // starts with a vowel
    topic('erdogan', 'person', 'اردوغان', 'Erdogan'), // its Arabic name starts with an alef
    topic('putin', 'person', 'فلاديمير بوتين', 'Vladimir Putin'), // a first word of eight letters
    topic('ooob', 'person', 'أووووب', 'Oooooob'), // a skeleton of one symbol
  ],
};
const tables = buildTables(names);
const topicOf = (form: number): number => tables.targets.topic[form] ?? -1;
const filtered = new FuzzyIndex(tables.fuzzy, tables.keys, topicOf);
const open = new FuzzyIndex(tables.fuzzy, tables.keys, topicOf, false);
const topicIndex = (id: string): number => names.topics.findIndex((t) => t.id === id);

/** A window of the first k words of text (words one space apart), built as the fuzzy step builds it. */
function windowOf(text: string, k: number): { window: FuzzyWindow; letters: number } {
  const window = new FuzzyWindow();
  let at = 0;
  text.split(' ').forEach((word, i) => {
    if (i >= k) return;
    at += word.length;
    window.ends[i] = at;
    at += 1;
  });
  window.start(text, 0);
  window.grow(text, k);
  return { window, letters: (window.ends[k - 1] ?? 0) - (k - 1) };
}

/** The candidates' keys, ~ after those one consonant off; the same with the filters on and off. */
function candidates(text: string, k: number, onlyTopic: number | null = null): string[] {
  const answers = [filtered, open].map((index) => {
    const { window, letters } = windowOf(text, k);
    return index
      .candidates(window, k, letters, onlyTopic)
      .map((c) => keyText(tables.keys, index.formOf(c >> 1)) + ((c & 1) === 1 ? '' : '~'))
      .sort();
  });
  expect(answers[1], `${text}: filters off`).toEqual(answers[0]);
  return answers[0] ?? [];
}

describe('candidates of a one-word window', () => {
  it('are the aliases with its skeleton, whatever its vowels', () => {
    expect(candidates('geresimov', 1)).toEqual(['gerasimov']);
    expect(candidates('gerasimmov', 1)).toEqual(['gerasimov']);
    expect(candidates('medvadev', 1)).toEqual(['medvedev']);
  });

  it('are long aliases one consonant off, from the third consonant on, and never short ones', () => {
    expect(candidates('geraslimov', 1)).toEqual(['gerasimov~']);
    expect(candidates('gerasiov', 1)).toEqual(['gerasimov~']);
    expect(candidates('geratimov', 1)).toEqual(['gerasimov~']);
    expect(candidates('geasimov', 1)).toEqual([]);
    expect(candidates('medvelev', 1)).toEqual([]);
    expect(candidates('medveev', 1)).toEqual([]);
  });

  it('keep an alias only while the letters added or dropped are within its cost', () => {
    // gerasimov: 9 letters, cost 3 half-edits.
    expect(candidates('geraasiimoov', 1)).toEqual(['gerasimov']);
    expect(candidates('geraasiimooov', 1)).toEqual([]);
    // medvedev: 8 letters, cost 2.
    expect(candidates('meedveedev', 1)).toEqual(['medvedev']);
    expect(candidates('meedveedeev', 1)).toEqual([]);
  });

  it("keep an alias's first letter: a vowel before the skeleton too, unless the alias starts with an alef", () => {
    expect(candidates('oleksondrov', 1)).toEqual(['oleksandrov']);
    expect(candidates('aleksandrov', 1)).toEqual([]);
    expect(candidates('ردوغان', 1)).toEqual(['اردوغان']);
  });

  it('are only of the topic asked for, when one is', () => {
    expect(candidates('geresimov', 1, topicIndex('gerasimov'))).toEqual(['gerasimov']);
    expect(candidates('geresimov', 1, topicIndex('medvedev'))).toEqual([]);
  });

  it('are none for a skeleton of fewer than two symbols, though an alias has it', () => {
    expect(candidates('oooooob', 1)).toEqual([]);
    expect(candidates('aaaaaaga', 1)).toEqual([]);
  });

  it('are not looked up at all when no one-word record fits the window', () => {
    const bySkeleton = Reflect.get(filtered, 'bySkeleton') as HashIndex;
    const find = vi.spyOn(bySkeleton, 'find');
    try {
      expect(candidates('gerasimov', 1)).toEqual(['gerasimov']);
      expect(find).toHaveBeenCalledTimes(1);
      find.mockClear();
      // gerasimov's skeleton and last letter, far too many letters for its record.
      expect(candidates('geeraaasiiimoov', 1)).toEqual([]);
      expect(find).not.toHaveBeenCalled();
    } finally {
      find.mockRestore();
    }
  });
  it('one consonant off are refused one letter sooner than with the skeleton: the consonant takes a full edit', () => {
    const keys = (text: string): string[] => {
      const { window, letters } = windowOf(text, 1);
      return filtered.candidates(window, 1, letters, null).map((c) => keyText(tables.keys, filtered.formOf(c >> 1)));
    };
    // gerasimov: 9 letters, cost 3 half-edits; a consonant more (l) and two letters more in all is within it, three not.
    expect(keys('geraslimov')).toEqual(['gerasimov']);
    expect(keys('geraaslimov')).toEqual(['gerasimov']);
    expect(keys('geraaslimoov')).toEqual([]);
    // With the skeleton kept, three letters more are still within it.
    expect(keys('geraasiimoov')).toEqual(['gerasimov']);
  });
});

describe('candidates of a window of several words', () => {
  it('are the aliases of as many words whose first word keeps its skeleton', () => {
    expect(candidates('kim jung un', 3)).toEqual(['kim jong un']);
    expect(candidates('kim jong un', 2)).toEqual([]);
    expect(candidates('kin jong un', 3)).toEqual([]);
    // The whole skeleton is kim jong un's, the first word's is not.
    expect(candidates('ki mjong un', 3)).toEqual([]);
    expect(candidates('kim solen', 2)).toEqual(['kim solan']);
  });

  it('are long aliases one consonant off after the first word, never in it', () => {
    expect(candidates('kim jongs un', 3)).toEqual(['kim jong un~']);
    expect(candidates('kim jon un', 3)).toEqual([]);
    expect(candidates('kim tolan', 2)).toEqual([]);
  });
});

describe('first words', () => {
  const kim = windowOf('kim jong un', 3).window;
  const kimKey = firstWordKey('kim jong un', 0, 3, kim.hash(1));

  it("give the word counts of the aliases they begin, for first words of a length an alias's can be read as", () => {
    expect(filtered.firstWordSizes(kimKey, 3)).toBe((1 << 2) | (1 << 3));
    // kimmmmmmmm has kim's skeleton but is far too long to be read as kim.
    expect(filtered.firstWordSizes(kimKey, 10)).toBe(0);
    // At most MAX_TOTAL_COST letters more (half an edit each).
    expect(filtered.firstWordSizes(kimKey, 7)).toBe((1 << 2) | (1 << 3));
    expect(filtered.firstWordSizes(kimKey, 8)).toBe(0);
  });

  it("of several letters may be up to MAX_TOKEN_COST letters shorter than an alias's", () => {
    const text = 'vldmir putin';
    const key = firstWordKey(text, 0, 6, windowOf(text, 2).window.hash(1));
    expect(filtered.firstWordSizes(key, 6)).toBe(1 << 2);
    expect(filtered.firstWordSizes(key, 5)).toBe(0);
  });

  it('give none for a first word no alias has', () => {
    expect(filtered.firstWordSizes(kimKey ^ 0x5a5a, 3)).toBe(0);
  });
});

describe("a topic's own aliases of several words", () => {
  /** topicMayBegin for the window of text's first k words, read for one topic. */
  const mayBegin = (index: FuzzyIndex, id: string, text: string, k: number): boolean =>
    index.topicMayBegin(topicIndex(id), k, windowOf(text, k).window.hash(1));

  it('let a window of one topic through when one has as many words and its first word keeps the skeleton', () => {
    expect(mayBegin(filtered, 'kim', 'kim jung un', 3)).toBe(true);
    expect(mayBegin(filtered, 'kim', 'kiim jxx', 3)).toBe(true);
    expect(mayBegin(filtered, 'kim-solan', 'kim solen', 2)).toBe(true);
    expect(mayBegin(filtered, 'putin', 'vladimyr potin', 2)).toBe(true);
  });

  it("refuse a window of another word count, another first word's skeleton, or a topic with no such alias", () => {
    expect(mayBegin(filtered, 'kim', 'kim solen', 2)).toBe(false);
    expect(mayBegin(filtered, 'kim', 'kin jong un', 3)).toBe(false);
    expect(mayBegin(filtered, 'kim-solan', 'kim jong un', 3)).toBe(false);
    expect(mayBegin(filtered, 'gerasimov', 'kim solen', 2)).toBe(false);
    // With the filters off, every window is let through.
    expect(mayBegin(open, 'gerasimov', 'kim solen', 2)).toBe(true);
  });

  it('agree with the candidates of a window of one topic', () => {
    for (const [id, text, k] of [
      ['kim', 'kim jung un', 3],
      ['kim-solan', 'kim solen', 2],
      ['kim', 'kim solen', 2],
      ['putin', 'vladimir potin', 2],
    ] as const) {
      expect(candidates(text, k, topicIndex(id)).length > 0, `${id}: ${text}`).toBe(mayBegin(filtered, id, text, k));
    }
  });
});

describe('runs of words', () => {
  /** runsFiled, then runsFit on the grown window, for text's first maxK words. */
  function runs(index: FuzzyIndex, text: string, maxK: number): { filed: number; fit: number } {
    const { window } = windowOf(text, maxK);
    const firstKey = firstWordKey(text, 0, window.ends[0] ?? 0, window.hash(1));
    const sizes = index.firstWordSizes(firstKey, window.ends[0] ?? 0);
    const filed = index.runsFiled(text, 0, window.ends, index.blocks, 0, sizes, maxK);
    return { filed, fit: index.runsFit(window, filed, maxK) };
  }

  it('are filed when some alias of as many words with their first word ends in their last letter', () => {
    expect(runs(filtered, 'kim jong un', 3)).toEqual({ filed: 1 << 3, fit: 1 << 3 });
    expect(runs(filtered, 'kim solen', 2)).toEqual({ filed: 1 << 2, fit: 1 << 2 });
    expect(runs(filtered, 'kim jong ux', 3).filed).toBe(0);
    // Two words of kim jong un end in g: no alias of two words does.
    expect(runs(filtered, 'kim jong un', 2).filed).toBe(0);
  });

  it("are refused when their letters are out of every such alias's cost", () => {
    expect(runs(filtered, 'kim jooongg un', 3).filed).toBe(1 << 3);
    expect(runs(filtered, 'kim jooooooong un', 3).filed).toBe(0);
    expect(runs(filtered, 'kim sooooolan', 2).filed).toBe(0);
  });

  it("fit only when their consonants at the first changeable place fit a record's", () => {
    // kim solan is short: the same consonants there.
    expect(runs(filtered, 'kim tolan', 2)).toEqual({ filed: 1 << 2, fit: 0 });
    // kim jong un is long: one of two may differ, not both.
    expect(runs(filtered, 'kim jongs un', 3).fit).toBe(1 << 3);
    expect(runs(filtered, 'kim tabd un', 3)).toEqual({ filed: 1 << 3, fit: 0 });
  });

  it("fit only when their skeleton is as long as a record's alias's, or one off for a long alias", () => {
    // kim solan is short: one consonant more is no candidate, though its first places fit.
    expect(runs(filtered, 'kim solban', 2)).toEqual({ filed: 1 << 2, fit: 0 });
    // kim jong un is long: one consonant more may be, two may not.
    expect(runs(filtered, 'kim jongs un', 3).fit).toBe(1 << 3);
    expect(runs(filtered, 'kim jongst un', 3)).toEqual({ filed: 1 << 3, fit: 0 });
    expect(candidates('kim solban', 2)).toEqual([]);
    expect(candidates('kim jongst un', 3)).toEqual([]);
  });

  it('are all let through, up to the window size, with the filters off', () => {
    const sizes = (1 << 2) | (1 << 3);
    expect(runs(open, 'kim tabd un', 3)).toEqual({ filed: sizes, fit: sizes });
    expect(runs(open, 'kim tabd un', 2)).toEqual({ filed: 1 << 2, fit: 1 << 2 });
  });
});
