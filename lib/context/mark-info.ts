// What a card says about how a mark was made, from a settled mention: the
// alias it was read as, exact or close, the letter read off, what context
// settled, and what the words name when they lead to another thing's card.
import type { MarkInfo } from '../cards/page-info';
import type { DetectedMention, Detector } from '../detect';
import { normalizeKey } from '../text/normalize';
import { extrasOf } from './rules';
import type { Settled } from './settle';

/** Builds markInfoOf for a detector: its topic extras say which names lead to another thing's card. */
export function markInfoReader(detector: Pick<Detector, 'topicExtras'>): (m: Settled<DetectedMention>) => MarkInfo {
  return (m) => {
    const info: MarkInfo = { surface: m.text, match: m.match };
    // The alias is shown only when it is not the words themselves (less the letter read off).
    const words = normalizeKey(m.text);
    if (m.alias && m.alias !== words && m.alias !== words.slice(m.prefix.length)) info.alias = m.alias;
    if (m.prefix) info.prefix = m.prefix;
    if (m.context) info.context = m.context;
    const leads = extrasOf(detector, m.topic).leadsHere;
    const key = m.alias || words;
    const entry = leads?.find((l) => l.names.some((n) => normalizeKey(n) === key));
    if (entry) info.names = entry.what;
    return info;
  };
}
