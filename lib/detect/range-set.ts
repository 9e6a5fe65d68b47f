// A set of strings looked up by a range of a text, so checking a word of a
// page allocates nothing: news repeats its words, and most lookups hit.

export class RangeSet {
  private readonly byHash = new Map<number, string[]>();

  private static hash(text: string, from: number, to: number): number {
    let h = 0x811c9dc5;
    for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h;
  }

  has(text: string, from: number, to: number): boolean {
    const bucket = this.byHash.get(RangeSet.hash(text, from, to));
    if (!bucket) return false;
    for (const s of bucket) if (s.length === to - from && text.startsWith(s, from)) return true;
    return false;
  }

  add(text: string, from: number, to: number): void {
    if (this.has(text, from, to)) return;
    const h = RangeSet.hash(text, from, to);
    const bucket = this.byHash.get(h);
    const s = text.slice(from, to);
    if (bucket) bucket.push(s);
    else this.byHash.set(h, [s]);
  }
}
