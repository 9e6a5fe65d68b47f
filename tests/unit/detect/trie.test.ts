// The compact trie tabs walk: every key found with its value, nothing else,
// whichever way its nodes are stored (branching nodes, tails in the pool).
import { describe, expect, it } from 'vitest';

import { NONE, ROOT, symbolTable, Trie } from '../../../lib/detect/trie';
import { buildTrie } from '../../../lib/detect/trie-build';

const GHAIN = 'غ'.charCodeAt(0);
const JEEM = 'ج'.charCodeAt(0);
const KAF = 'ك'.charCodeAt(0);

/** A trie over keys, with the letters flexible where flexibleAt says. */
function trieOf(keys: readonly string[], flexibleAt: (key: string, i: number) => boolean = () => false): Trie {
  const { trie, keys: pool } = buildTrie(keys, flexibleAt);
  return new Trie(trie, pool, symbolTable(pool.alphabet));
}

/** The state after walking text from the root, or NONE. */
function walk(trie: Trie, text: string): number {
  let state = ROOT;
  for (let i = 0; i < text.length && state !== NONE; i++) state = trie.step(state, text.charCodeAt(i));
  return state;
}

const valueOf = (trie: Trie, text: string): number => {
  const state = walk(trie, text);
  return state === NONE ? NONE : trie.value(state);
};

describe('trie', () => {
  it('finds each key with its index, and neither its prefixes nor its extensions', () => {
    const keys = ['روسيا', 'روسيا البيضاء', 'روس', 'باكو', 'بيونغ يانغ', 'كورسك', 'كوريا', 'كوريا الجنوبية', 'a', 'ab', 'abc'];
    const trie = trieOf(keys);
    keys.forEach((key, i) => expect(valueOf(trie, key), key).toBe(i));
    for (const other of ['رو', 'روسي', 'روسياا', 'روسيا ', 'باك', 'باكوو', 'كور', 'كوريا ال', 'abcd', 'b', '']) {
      expect(valueOf(trie, other), other).toBe(NONE);
    }
  });

  it('says a key ends exactly where it finds one', () => {
    const keys = ['روسيا', 'روسيا البيضاء', 'روس', 'باكو', 'كورسك', 'كوريا'];
    const trie = trieOf(keys);
    for (const text of [...keys, 'رو', 'روسي', 'روسيا ال', 'باك', 'كور', 'كوري']) {
      const state = walk(trie, text);
      if (state !== NONE) expect(trie.endsKey(state), text).toBe(trie.value(state) !== NONE);
    }
  });

  it('finds keys among many siblings (more than a scan looks through)', () => {
    const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
    const keys = [...letters].flatMap((l) => [`${l}ار`, `م${l}`]);
    const trie = trieOf(keys);
    keys.forEach((key, i) => expect(valueOf(trie, key), key).toBe(i));
    expect(valueOf(trie, 'ءار')).toBe(NONE); // below the first sibling
    expect(valueOf(trie, 'ىار')).toBe(NONE); // between siblings
    expect(valueOf(trie, 'zار')).toBe(NONE); // past the last
    expect(valueOf(trie, 'مء')).toBe(NONE);
  });

  it('keeps apart letters past the first 256 code units an alphabet holds', () => {
    // 300 different letters: symbols no longer fit a byte.
    const keys = Array.from(
      { length: 300 },
      (_, i) => `${String.fromCharCode(0x4e00 + i)}${String.fromCharCode(0x4e00 + ((i * 7) % 300))}`,
    );
    const trie = trieOf(keys);
    keys.forEach((key, i) => expect(valueOf(trie, key), key).toBe(i));
    expect(valueOf(trie, `${String.fromCharCode(0x4e00)}${String.fromCharCode(0x4e01)}`)).toBe(NONE);
    expect(valueOf(trie, `${String.fromCharCode(0x4e00 + 256)}${String.fromCharCode(0x4e00)}`)).toBe(NONE);
  });

  it('an empty trie finds nothing', () => {
    const trie = trieOf([]);
    expect(walk(trie, 'a')).toBe(NONE);
    expect(trie.value(ROOT)).toBe(NONE);
    expect(trie.hasSpaceEdge(ROOT)).toBe(false);
  });

  it('a key of one letter that other keys go on from', () => {
    const trie = trieOf(['ab', 'a', 'abcd', 'abce']);
    expect(['a', 'ab', 'abc', 'abcd', 'abce', 'abcf'].map((t) => valueOf(trie, t))).toEqual([1, 0, NONE, 2, 3, NONE]);
  });

  it('says where a key goes on with a space, in branches and in tails', () => {
    const trie = trieOf(['بيونغ يانغ', 'بيونس', 'كيم جونغ اون']);
    expect(trie.hasSpaceEdge(walk(trie, 'بيونغ'))).toBe(true);
    expect(trie.hasSpaceEdge(walk(trie, 'بيون'))).toBe(false);
    expect(trie.hasSpaceEdge(walk(trie, 'كيم'))).toBe(true); // inside a tail
    expect(trie.hasSpaceEdge(walk(trie, 'كي'))).toBe(false);
    expect(trie.hasSpaceEdge(walk(trie, 'كيم جونغ'))).toBe(true);
    // A trie with no space in any key.
    const plain = trieOf(['abc', 'abd']);
    expect(plain.hasSpaceEdge(walk(plain, 'ab'))).toBe(false);
    expect(plain.hasSpaceEdge(walk(plain, 'abc'))).toBe(false);
  });

  it('steps along another g letter only where the key allows it', () => {
    const g = (key: string, i: number): boolean => key.charCodeAt(i) === GHAIN && !key.startsWith('ال');
    const trie = trieOf(['بيونغ', 'بيونس', 'غيراسيموف', 'الغد', 'الغرب'], g);
    // In a branch: بيون has children غ and س.
    const byon = walk(trie, 'بيون');
    expect(trie.hasFlexibleEdge(byon)).toBe(true);
    expect(trie.stepFlexible(byon, GHAIN)).toBe(walk(trie, 'بيونغ'));
    expect(trie.stepFlexible(byon, 'س'.charCodeAt(0))).toBe(NONE);
    expect(trie.stepFlexible(byon, JEEM)).toBe(NONE); // no such child
    expect(trie.hasFlexibleEdge(walk(trie, 'بيو'))).toBe(false);
    // At the root, and in a tail.
    expect(trie.hasFlexibleEdge(ROOT)).toBe(true);
    expect(trie.value(trie.stepFlexible(ROOT, GHAIN))).toBe(NONE);
    expect(valueOf(trie, 'غيراسيموف')).toBe(2);
    const alGh = walk(trie, 'ال');
    expect(trie.hasFlexibleEdge(alGh)).toBe(false);
    expect(trie.stepFlexible(alGh, GHAIN)).toBe(NONE);
    const tailTrie = trieOf(['ماغنا'], g);
    const ma = walk(tailTrie, 'ما');
    expect(ma).toBeLessThan(0); // inside the key's tail
    expect(tailTrie.hasFlexibleEdge(ma)).toBe(true);
    expect(tailTrie.value(walk(tailTrie, 'ماغنا'))).toBe(0);
    expect(tailTrie.stepFlexible(ma, GHAIN)).toBe(walk(tailTrie, 'ماغ'));
    expect(tailTrie.stepFlexible(ma, KAF)).toBe(NONE);
    const m = walk(tailTrie, 'م');
    expect(tailTrie.hasFlexibleEdge(m)).toBe(false);
    expect(tailTrie.stepFlexible(m, 'ا'.charCodeAt(0))).toBe(NONE);
  });

  it('says where a key goes on with a space at a branch', () => {
    const trie = trieOf(['ab c', 'ab d']);
    expect(trie.hasSpaceEdge(walk(trie, 'ab'))).toBe(true);
    expect(trie.hasSpaceEdge(walk(trie, 'a'))).toBe(false);
    // A tail whose next letter is the alphabet's first is no space.
    const noSpace = trieOf(['zba', 'zcd']);
    expect(noSpace.hasSpaceEdge(walk(noSpace, 'zb'))).toBe(false);
  });

  it('ends a key at its last letter: no letter outside the keys steps on', () => {
    const trie = trieOf(['ab', 'cd']);
    expect(walk(trie, 'ab?')).toBe(NONE);
    expect(valueOf(trie, 'ab?cd')).toBe(NONE);
  });

  it('keeps every flag of a node: a value, a flexible edge in and out', () => {
    const g = (key: string, i: number): boolean => key.charCodeAt(i) === GHAIN;
    const trie = trieOf(['بون', 'بونغ', 'بونغا', 'بونس'], g);
    expect(valueOf(trie, 'بون')).toBe(0);
    expect(valueOf(trie, 'بونغ')).toBe(1);
    expect(trie.hasFlexibleEdge(walk(trie, 'بون'))).toBe(true);
    expect(trie.stepFlexible(walk(trie, 'بون'), GHAIN)).toBe(walk(trie, 'بونغ'));
    // Two flexible letters close together in one key's tail.
    const tail = trieOf(['ماغاغا'], g);
    expect(tail.hasFlexibleEdge(walk(tail, 'ما'))).toBe(true);
    expect(tail.hasFlexibleEdge(walk(tail, 'ماغا'))).toBe(true);
  });
});
