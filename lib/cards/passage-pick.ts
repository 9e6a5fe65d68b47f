// Which passages a card shows, within its cap. In order (the reader's own
// saved articles first, then the packs'), except that every language the
// topic's material holds keeps at least one passage: a reader of an Arabic
// page meets what the English articles say (and the other way round), even
// when the first passages are all in one language. The other language's first
// passage takes the place of the last passage of a language that has more
// than one; the order shown stays the material's order.

export type PassageLanguage = 'ar' | 'en';

export function pickPassages<T>(refs: readonly T[], languageOf: (ref: T) => PassageLanguage, max: number): T[] {
  const chosen = refs.slice(0, Math.max(0, max)).map((ref, index) => ({ ref, index }));
  for (const [index, ref] of refs.entries()) {
    if (index < chosen.length) continue;
    const language = languageOf(ref);
    if (chosen.some((c) => languageOf(c.ref) === language)) continue;
    // The last passage whose language another chosen passage also has.
    const spare = chosen.findLastIndex((c) => chosen.filter((o) => languageOf(o.ref) === languageOf(c.ref)).length > 1);
    if (spare < 0) break;
    chosen.splice(spare, 1);
    chosen.push({ ref, index });
  }
  return chosen.sort((a, b) => a.index - b.index).map((c) => c.ref);
}
