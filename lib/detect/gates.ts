// Bit-set gates in front of the fuzzy index: cheap tests on a window's first
// consonants that most windows of a page fail, so they never reach a lookup.
// A gate can say yes wrongly (a hash collision, which only costs time) but
// never no wrongly.

/** The symbol at i of a skeleton of length n, or 0 past its end. */
const symbolAt = (sk: Int32Array, n: number, i: number): number => (i < n ? (sk[i] ?? 0) : 0);

/**
 * A bit per hashed quadruple of leading skeleton symbols, in front of the
 * one-consonant-off lookups, which cost one probe per symbol.
 */
export class LeadGate {
  private static readonly BITS = 20;
  private readonly words = new Uint32Array((1 << LeadGate.BITS) / 32);

  private static slot(a: number, b: number, c: number, d: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ b;
    h = Math.imul(h, 0x85ebca6b) ^ c;
    h = Math.imul(h, 0xc2b2ae35) ^ d;
    return Math.imul(h, 0x27d4eb2f) >>> (32 - LeadGate.BITS);
  }

  private set(a: number, b: number, c: number, d: number): void {
    const slot = LeadGate.slot(a, b, c, d);
    this.words[slot >>> 5] = (this.words[slot >>> 5] ?? 0) | (1 << (slot & 31));
  }

  private get(a: number, b: number, c: number, d: number): boolean {
    const slot = LeadGate.slot(a, b, c, d);
    return ((this.words[slot >>> 5] ?? 0) & (1 << (slot & 31))) !== 0;
  }

  /**
   * The leading quadruples of a skeleton as it is and with symbol 2 or 3
   * left out: after one consonant change from position 2 on, an alias and a
   * window still share one of them.
   */
  add(sk: Int32Array, n: number): void {
    const [s0, s1, s2, s3, s4] = [0, 1, 2, 3, 4].map((i) => symbolAt(sk, n, i)) as [number, number, number, number, number];
    this.set(s0, s1, s2, s3);
    this.set(s0, s1, s3, s4);
    this.set(s0, s1, s2, s4);
  }

  has(sk: Int32Array, n: number): boolean {
    const s0 = symbolAt(sk, n, 0);
    const s1 = symbolAt(sk, n, 1);
    const s2 = symbolAt(sk, n, 2);
    const s3 = symbolAt(sk, n, 3);
    const s4 = symbolAt(sk, n, 4);
    return this.get(s0, s1, s2, s3) || this.get(s0, s1, s3, s4) || this.get(s0, s1, s2, s4);
  }
}

/** A bit per hashed leadingPair (see skeleton.ts): the first, cheapest test a window start must pass. */
export class PairGate {
  private readonly bits = new Uint8Array(1 << 16);

  private static slot(pair: number): number {
    return Math.imul(pair | 0, 0x9e3779b1) >>> 16;
  }

  add(pair: number): void {
    if (pair >= 0) this.bits[PairGate.slot(pair)] = 1;
  }

  has(pair: number): boolean {
    return pair >= 0 && this.bits[PairGate.slot(pair)] === 1;
  }
}
