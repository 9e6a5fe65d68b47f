// What a card says about how a mark was made, from a settled mention: the
// alias it was read as, exact or close, the letter read off, what context
// settled, and what the words name when they lead to another thing's card.
import type { MarkInfo } from '../cards/page-info';
import type { DetectedMention } from '../detect';
import type { Bilingual, NamesIndex } from '../knowledge/types';
import { normalizeKey } from '../text/normalize';
import type { Settled } from './settle';

/** Clitics a matched word may carry in front, longest first. */
const CLITICS = ['وال', 'بال', 'فال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل', 'ك'];

/** Builds markInfoOf for a names index: it knows which names lead to another thing's card. */
export function markInfoReader(names: NamesIndex): (m: Settled<DetectedMention>) => MarkInfo {
  const leads = new Map<string, Bilingual>();
  for (const topic of names.topics) {
    for (const entry of topic.leadsHere ?? [])
      for (const name of entry.names) leads.set(`${topic.id}\u0000${normalizeKey(name)}`, entry.what);
  }
  return (m) => {
    const info: MarkInfo = { surface: m.text, match: m.match };
    // The alias is shown only when it is not the words themselves (less the letter read off).
    const words = normalizeKey(m.text);
    if (m.alias && m.alias !== words && m.alias !== words.slice(m.prefix.length)) info.alias = m.alias;
    if (m.prefix) info.prefix = m.prefix;
    if (m.context) info.context = m.context;
    if (leads.size > 0) {
      const key = normalizeKey(info.alias ?? m.text);
      const candidates = [key, ...CLITICS.filter((c) => key.startsWith(c)).map((c) => key.slice(c.length))];
      const what = candidates.map((k) => leads.get(`${m.topic}\u0000${k}`)).find((w) => w !== undefined);
      if (what) info.names = what;
    }
    return info;
  };
}
