// What a card says about how a mark was made, from a settled mention. The
// matched alias and the prefix letter are read when the detector gives them.
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
    const extra = m as Partial<Record<'alias' | 'prefix', unknown>>;
    if (typeof extra.alias === 'string') info.alias = extra.alias;
    if (typeof extra.prefix === 'string' && extra.prefix !== '') info.prefix = extra.prefix;
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
