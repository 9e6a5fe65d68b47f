// A plain model of what the trigram prefilter promises: entries ranked by how
// many distinct letter trigrams (of the key with a space at each end) they
// share with the query, ties by id, removed entries (null) never.

function trigrams(key: string): Set<string> {
  const padded = [' ', ...key, ' '];
  const out = new Set<string>();
  for (let i = 0; i + 2 < padded.length; i++) out.add(padded.slice(i, i + 3).join(''));
  return out;
}

/** Ids sharing at least one trigram with the query, most shared first, then by id. */
export function trigramModel(keys: readonly (string | null)[], query: string, limit: number, among?: (id: number) => boolean): number[] {
  const wanted = trigrams(query);
  return keys
    .flatMap((key, id) => {
      if (key === null || (among && !among(id))) return [];
      const shared = [...trigrams(key)].filter((t) => wanted.has(t)).length;
      return shared > 0 ? [{ id, shared }] : [];
    })
    .sort((a, b) => b.shared - a.shared || a.id - b.id)
    .slice(0, limit)
    .map((e) => e.id);
}
