// A character trie over normalised keys, in the compact form tabs receive.
// Branching nodes are numbered breadth-first, so the children of a node are
// the consecutive nodes [first[node], first[node + 1]), sorted by the letter
// on their incoming edge. Below the last branch, a key's remaining letters
// are not nodes at all: the walk reads them from the key pool (one symbol a
// letter, a separator after each key), which fuzzy matching needs anyway.
// That keeps the trie to a few bytes per key. Nothing here is rebuilt in a
// tab: the arrays are views on the compiled data.
//
// A walk state is a node number (>= 0) or, inside a key's tail, -(p + 2)
// where p is the pool position of the next letter; NONE ends a walk.

import { mayBeginKey } from './word-prefixes';

export const ROOT = 0;
export const NONE = -1;

/** Node flags. */
export const SPACE_EDGE = 1; // some key goes on from the node with a space
export const FLEXIBLE_EDGE = 2; // some child edge may stand for another g letter
export const FLEXIBLE_IN = 4; // the edge into the node may stand for another g letter
export const HAS_VALUE = 8; // a key ends at the node
export const TAIL = 16; // the node's key goes on alone, in the pool from tail[node]

/** The most entries (4 bytes each) of the table of the root's children's children, made in each tab. */
const SECOND_TABLE_LIMIT = 1 << 14;
/** Above this many children a step searches by halves. */
const SCAN_LIMIT = 8;
/** The pool symbol between keys. */
export const SEPARATOR = 0;

/** Every key, as symbols, in key order; key i is pool[keyStart[i], keyStart[i + 1] - 1), then SEPARATOR. */
export interface KeyPool {
  pool: Uint8Array | Uint16Array;
  keyStart: Int32Array;
  /** The letter of each symbol (symbol 0 is the separator). */
  alphabet: Uint16Array;
  /** Bit p: the letter at pool position p may stand for another g letter (see gFlexibleAt). */
  flexible: Uint8Array;
}

export interface TrieArrays {
  first: Int32Array;
  /** Per node, the letter on the edge into it. */
  letter: Uint16Array;
  flags: Uint8Array;
  /** Per TAIL node, the pool position of its key's next letter. */
  tail: Int32Array;
  /** Branching nodes where a key ends, ascending, and the key's index. */
  valueNodes: Int32Array;
  values: Int32Array;
  /** A filter of how keys begin (word-prefixes.ts). */
  wordPrefixes: Int32Array;
}

/** The symbol of every code unit (0 when no key uses it), made in a tab from the alphabet. */
export function symbolTable(alphabet: Uint16Array): Uint8Array | Uint16Array {
  const table = alphabet.length > 0x100 ? new Uint16Array(0x10000) : new Uint8Array(0x10000);
  for (let s = 1; s < alphabet.length; s++) table[alphabet[s] ?? 0] = s;
  return table;
}

export class Trie {
  private readonly first: Int32Array;
  private readonly letter: Uint16Array;
  private readonly flags: Uint8Array;
  private readonly tail: Int32Array;
  private readonly valueNodes: Int32Array;
  private readonly values: Int32Array;
  private readonly wordPrefixes: Int32Array;
  private readonly pool: Uint8Array | Uint16Array;
  private readonly keyStart: Int32Array;
  private readonly flexible: Uint8Array;
  private readonly symbol: Uint8Array | Uint16Array;
  private readonly spaceSymbol: number;
  /** The root's child for each symbol (NONE for none): every word of a page starts at the root, which has the most children. */
  private readonly rootChild: Int32Array;
  /**
   * The same for the root's children, which have the next most: row
   * (node - firstRootChild) holds node's child for each symbol. Made only
   * while it stays small (see SECOND_TABLE_LIMIT).
   */
  private readonly secondChild: Int32Array;
  private readonly firstRootChild: number;
  private readonly rootChildren: number;
  private readonly symbols: number;

  constructor(arrays: TrieArrays, keys: KeyPool, symbol: Uint8Array | Uint16Array) {
    ({
      first: this.first,
      letter: this.letter,
      flags: this.flags,
      tail: this.tail,
      valueNodes: this.valueNodes,
      values: this.values,
      wordPrefixes: this.wordPrefixes,
    } = arrays);
    ({ pool: this.pool, keyStart: this.keyStart, flexible: this.flexible } = keys);
    this.symbol = symbol;
    this.spaceSymbol = symbol[0x20] || -1;
    this.rootChild = new Int32Array(keys.alphabet.length).fill(NONE);
    const firstRootChild = this.first[ROOT] ?? 0;
    const rootEnd = this.first[ROOT + 1] ?? 0;
    for (let c = firstRootChild; c < rootEnd; c++) this.rootChild[symbol[this.letter[c] ?? 0] ?? 0] = c;
    this.symbols = keys.alphabet.length;
    this.firstRootChild = firstRootChild;
    this.rootChildren = (rootEnd - firstRootChild) * this.symbols <= SECOND_TABLE_LIMIT ? rootEnd - firstRootChild : 0;
    this.secondChild = new Int32Array(this.rootChildren * this.symbols).fill(NONE);
    for (let r = 0; r < this.rootChildren; r++) {
      const node = firstRootChild + r;
      for (let c = this.first[node] ?? 0, end = this.first[node + 1] ?? 0; c < end; c++) {
        this.secondChild[r * this.symbols + (symbol[this.letter[c] ?? 0] ?? 0)] = c;
      }
    }
  }

  /** The branching node under node along code, or NONE. */
  private child(node: number, code: number): number {
    if (node === ROOT) return this.rootChild[this.symbol[code] ?? 0] ?? NONE;
    const row = node - this.firstRootChild;
    if (row >= 0 && row < this.rootChildren) return this.secondChild[row * this.symbols + (this.symbol[code] ?? 0)] ?? NONE;
    let lo = this.first[node] ?? 0;
    let hi = this.first[node + 1] ?? 0;
    const letter = this.letter;
    if (hi - lo <= SCAN_LIMIT) {
      for (; lo < hi; lo++) {
        const l = letter[lo] ?? 0;
        if (l === code) return lo;
        if (l > code) return NONE;
      }
      return NONE;
    }
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const l = letter[mid] ?? 0;
      if (l === code) return mid;
      if (l < code) lo = mid + 1;
      else hi = mid;
    }
    return NONE;
  }

  /** False when no key can be read from the word text[from, to) (see mayBeginKey). */
  mayBegin(text: string, from: number, to: number, elided: boolean): boolean {
    return mayBeginKey(this.wordPrefixes, text, from, to, elided);
  }

  /** A node as a walk state: a TAIL node is its tail's first position. */
  private enter(node: number): number {
    return ((this.flags[node] ?? 0) & TAIL) !== 0 ? -((this.tail[node] ?? 0) + 2) : node;
  }

  private flexibleAt(p: number): boolean {
    return ((this.flexible[p >>> 3] ?? 0) & (1 << (p & 7))) !== 0;
  }

  /** The state after state along code, or NONE. */
  step(state: number, code: number): number {
    if (state >= 0) {
      const node = this.child(state, code);
      return node === NONE ? NONE : this.enter(node);
    }
    const p = -state - 2;
    const s = this.pool[p] ?? SEPARATOR;
    return s !== SEPARATOR && s === this.symbol[code] ? state - 1 : NONE;
  }

  /** True when some key goes on from state with a space. */
  hasSpaceEdge(state: number): boolean {
    if (state >= 0) return ((this.flags[state] ?? 0) & SPACE_EDGE) !== 0;
    return this.pool[-state - 2] === this.spaceSymbol;
  }

  /** True when some edge from state may stand for another letter. */
  hasFlexibleEdge(state: number): boolean {
    if (state >= 0) return ((this.flags[state] ?? 0) & FLEXIBLE_EDGE) !== 0;
    return this.flexibleAt(-state - 2);
  }

  /** The state after state along code if that edge may stand for another letter, or NONE. */
  stepFlexible(state: number, code: number): number {
    if (state >= 0) {
      const node = this.child(state, code);
      return node !== NONE && ((this.flags[node] ?? 0) & FLEXIBLE_IN) !== 0 ? this.enter(node) : NONE;
    }
    return this.flexibleAt(-state - 2) ? this.step(state, code) : NONE;
  }

  /** True when some key ends at state (value finds which). */
  endsKey(state: number): boolean {
    return state < 0 ? this.pool[-state - 2] === SEPARATOR : ((this.flags[state] ?? 0) & HAS_VALUE) !== 0;
  }

  /** The value (key index) of the key ending at state, or NONE. */
  value(state: number): number {
    if (state < 0) {
      const p = -state - 2;
      return this.pool[p] === SEPARATOR ? this.keyEndingAt(p) : NONE;
    }
    if (((this.flags[state] ?? 0) & HAS_VALUE) === 0) return NONE;
    const nodes = this.valueNodes;
    let lo = 0;
    let hi = nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const n = nodes[mid] ?? 0;
      if (n === state) return this.values[mid] ?? NONE;
      if (n < state) lo = mid + 1;
      else hi = mid;
    }
    return NONE;
  }

  /** The key whose separator is at pool position p. */
  private keyEndingAt(p: number): number {
    const starts = this.keyStart;
    // The last key starting at or before p.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((starts[mid] ?? 0) <= p) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
