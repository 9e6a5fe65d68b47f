// A character trie over normalised keys. Edges live in one open-addressing
// hash table keyed by (node, letter), in flat typed arrays sized once: compact,
// quick to build for tens of thousands of keys, and a few nanoseconds per
// step. Letters outside every key end a walk at once.

export const ROOT = 0;
export const NONE = -1;

const SPACE = 0x20;
const SPACE_EDGE = 1;
const FLEXIBLE_EDGE = 2;

export class Trie {
  private readonly letterOf = new Int16Array(0x10000).fill(-1);
  private readonly values: Int32Array;
  private nodeCount = 1;
  // Edge table: slot -> (parent node, letter) and child; child NONE = empty slot.
  private readonly edgeParent: Int32Array;
  private readonly edgeLetter: Int32Array;
  private readonly edgeChild: Int32Array;
  /** 1 when the edge's letter may be read as another g letter (see gFlexibleAt). */
  private readonly edgeFlexible: Uint8Array;
  /** Per node: SPACE_EDGE when it has a space child, FLEXIBLE_EDGE when a flexible one. */
  private readonly nodeFlags: Uint8Array;
  private readonly mask: number;

  /**
   * keys[i] gets values[i]; a key given twice keeps its first value.
   * flexibleAt(key, i) marks the edges a walk may also take for another letter.
   */
  constructor(keys: readonly string[], values: readonly number[], flexibleAt: (key: string, i: number) => boolean) {
    let size = 0;
    let letters = 0;
    for (const key of keys) {
      letters += key.length;
      for (let i = 0; i < key.length; i++) {
        const code = key.charCodeAt(i);
        if (this.letterOf[code] === -1) this.letterOf[code] = size++;
      }
    }
    // No more edges than letters: sized once, at most two-thirds full, the
    // table never has to grow.
    let capacity = 1024;
    while (capacity < letters * 1.5) capacity *= 2;
    this.edgeFlexible = new Uint8Array(capacity);
    this.edgeParent = new Int32Array(capacity);
    this.edgeLetter = new Int32Array(capacity);
    this.edgeChild = new Int32Array(capacity).fill(NONE);
    this.mask = capacity - 1;
    this.values = new Int32Array(letters + 1).fill(NONE);
    this.nodeFlags = new Uint8Array(letters + 1);
    keys.forEach((key, i) => this.insert(key, values[i] ?? NONE, flexibleAt));
  }

  private static slot(node: number, letter: number): number {
    return Math.imul(node, 0x9e3779b1) ^ Math.imul(letter + 1, 0x85ebca6b);
  }

  private findSlot(node: number, letter: number): number {
    let slot = Trie.slot(node, letter) & this.mask;
    for (;;) {
      const child = this.edgeChild[slot] ?? NONE;
      if (child === NONE || (this.edgeParent[slot] === node && this.edgeLetter[slot] === letter)) return slot;
      slot = (slot + 1) & this.mask;
    }
  }

  private insert(key: string, value: number, flexibleAt: (key: string, i: number) => boolean): void {
    let node = ROOT;
    for (let i = 0; i < key.length; i++) {
      const letter = this.letterOf[key.charCodeAt(i)] ?? 0;
      const slot = this.findSlot(node, letter);
      let child = this.edgeChild[slot] ?? NONE;
      if (child === NONE) {
        child = this.nodeCount++;
        this.edgeParent[slot] = node;
        this.edgeLetter[slot] = letter;
        this.edgeChild[slot] = child;
      }
      if (flexibleAt(key, i)) {
        this.edgeFlexible[slot] = 1;
        this.nodeFlags[node] = (this.nodeFlags[node] ?? 0) | FLEXIBLE_EDGE;
      }
      if (key.charCodeAt(i) === SPACE) this.nodeFlags[node] = (this.nodeFlags[node] ?? 0) | SPACE_EDGE;
      node = child;
    }
    if (this.values[node] === NONE) this.values[node] = value;
  }

  /** The child of node along code, or NONE. */
  step(node: number, code: number): number {
    const letter = this.letterOf[code] ?? -1;
    if (letter < 0) return NONE;
    return this.edgeChild[this.findSlot(node, letter)] ?? NONE;
  }

  /** True when some key goes on from node with a space. */
  hasSpaceEdge(node: number): boolean {
    return ((this.nodeFlags[node] ?? 0) & SPACE_EDGE) !== 0;
  }

  /** True when some edge from node may stand for another letter. */
  hasFlexibleEdge(node: number): boolean {
    return ((this.nodeFlags[node] ?? 0) & FLEXIBLE_EDGE) !== 0;
  }

  /** The child of node along code if that edge may stand for another letter, or NONE. */
  stepFlexible(node: number, code: number): number {
    const letter = this.letterOf[code] ?? -1;
    if (letter < 0) return NONE;
    const slot = this.findSlot(node, letter);
    return this.edgeFlexible[slot] === 1 ? (this.edgeChild[slot] ?? NONE) : NONE;
  }

  /** The value of the key ending at node, or NONE. */
  value(node: number): number {
    return this.values[node] ?? NONE;
  }
}
