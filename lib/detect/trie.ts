// A character trie over normalised keys. Edges live in one Map keyed by
// node * alphabetSize + letter, which is compact and fast to build for tens of
// thousands of keys; letters outside every key end a walk at once.

export const ROOT = 0;
export const NONE = -1;

export class Trie {
  private readonly letterOf = new Int16Array(0x10000).fill(-1);
  private readonly alphabetSize: number;
  private readonly edges = new Map<number, number>();
  private values: Int32Array;
  private nodeCount = 1;

  /** keys[i] gets values[i]; a key given twice keeps its first value. */
  constructor(keys: readonly string[], values: readonly number[]) {
    let size = 0;
    for (const key of keys) {
      for (let i = 0; i < key.length; i++) {
        const code = key.charCodeAt(i);
        if (this.letterOf[code] === -1) this.letterOf[code] = size++;
      }
    }
    this.alphabetSize = Math.max(1, size);
    this.values = new Int32Array(1024).fill(NONE);
    keys.forEach((key, i) => this.insert(key, values[i] ?? NONE));
  }

  private insert(key: string, value: number): void {
    let node = ROOT;
    for (let i = 0; i < key.length; i++) {
      const edge = node * this.alphabetSize + (this.letterOf[key.charCodeAt(i)] ?? 0);
      let child = this.edges.get(edge);
      if (child === undefined) {
        child = this.nodeCount++;
        this.edges.set(edge, child);
        if (child >= this.values.length) {
          const bigger = new Int32Array(this.values.length * 2).fill(NONE);
          bigger.set(this.values);
          this.values = bigger;
        }
      }
      node = child;
    }
    if (this.values[node] === NONE) this.values[node] = value;
  }

  /** The child of node along code, or NONE. */
  step(node: number, code: number): number {
    const letter = this.letterOf[code];
    if (letter === undefined || letter < 0) return NONE;
    return this.edges.get(node * this.alphabetSize + letter) ?? NONE;
  }

  /** The value of the key ending at node, or NONE. */
  value(node: number): number {
    return this.values[node] ?? NONE;
  }

  /** The node reached by walking a whole string from ROOT, or NONE. */
  walk(s: string): number {
    let node = ROOT;
    for (let i = 0; i < s.length && node !== NONE; i++) node = this.step(node, s.charCodeAt(i));
    return node;
  }

  get size(): number {
    return this.nodeCount;
  }
}
