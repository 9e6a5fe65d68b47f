// A reader's corrections: "not this one here". Each says that a wording does
// not mean a topic, on one site or everywhere. DOM-free; stored by store.ts.
import { normalizeKey } from '../text/normalize';

export interface Correction {
  topic: string;
  /** The words as the page wrote them (shown in options). */
  wording: string;
  /** normalizeKey(wording): what is compared. */
  key: string;
  /** A hostname, or null for every site. */
  site: string | null;
  /** When it was made (ms since 1970), to list the newest first. */
  at: number;
}

export function makeCorrection(topic: string, wording: string, site: string | null, at: number): Correction {
  return { topic, wording, key: normalizeKey(wording), site, at };
}

/** Whether a mention of topic written as words on host is corrected away. */
export function isCorrected(list: readonly Correction[], topic: string, words: string, host: string): boolean {
  if (list.length === 0) return false;
  const key = normalizeKey(words);
  return list.some((c) => c.topic === topic && c.key === key && (c.site === null || c.site === host));
}

/** Same topic, wording and site: one correction, whichever came first. */
export function sameCorrection(a: Correction, b: Correction): boolean {
  return a.topic === b.topic && a.key === b.key && a.site === b.site;
}

/** The stored value as a list of well-formed corrections; anything else is dropped. */
export function sanitizeCorrections(raw: unknown): Correction[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((c: unknown) => {
    if (typeof c !== 'object' || c === null) return [];
    const r = c as Record<string, unknown>;
    if (typeof r.topic !== 'string' || typeof r.wording !== 'string' || r.wording.length > 200) return [];
    const site = typeof r.site === 'string' ? r.site : null;
    const at = typeof r.at === 'number' ? r.at : 0;
    return [makeCorrection(r.topic, r.wording, site, at)];
  });
}
