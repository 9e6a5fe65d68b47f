// A cheap first pass for search: the entries sharing the most letter trigrams
// with the query. fuse.js then scores only those, so a keystroke costs the same
// on a thousand articles as on two.

function trigrams(key: string): Set<string> {
  const padded = ` ${key} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

export class TrigramIndex {
  private readonly postings = new Map<string, number[]>();
  private readonly counts: Uint16Array;

  constructor(keys: readonly string[]) {
    this.counts = new Uint16Array(keys.length);
    keys.forEach((key, doc) => {
      for (const gram of trigrams(key)) {
        const list = this.postings.get(gram);
        if (list) list.push(doc);
        else this.postings.set(gram, [doc]);
      }
    });
  }

  /** Up to limit entry indices, most shared trigrams first. */
  candidates(query: string, limit: number): number[] {
    const touched: number[] = [];
    let best = 0;
    for (const gram of trigrams(query)) {
      for (const doc of this.postings.get(gram) ?? []) {
        if (this.counts[doc] === 0) touched.push(doc);
        best = Math.max(best, ++this.counts[doc]!);
      }
    }
    // Bucket by count: linear, and stable in entry order within a count.
    const buckets: number[][] = Array.from({ length: best + 1 }, () => []);
    for (const doc of touched) buckets[this.counts[doc]!]!.push(doc);
    for (const doc of touched) this.counts[doc] = 0;
    const out: number[] = [];
    for (let c = best; c > 0 && out.length < limit; c--) {
      for (const doc of buckets[c]!) {
        out.push(doc);
        if (out.length === limit) break;
      }
    }
    return out;
  }
}
