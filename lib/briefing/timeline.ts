// The briefing laid out against the page's date: newest first, so what came
// after the page is on top (the reader of an old page sees at once what
// happened since), then the page's own place on the timeline, then what led
// up to it, then the undated facts.
import { firstDay, lastDay } from '../cards/page-time';
import { when, type BriefingItem } from './briefing';

export interface BriefingTimeline {
  /** Facts that must have come after the page (empty when it has no date). */
  after: BriefingItem[];
  /** The page's date, where the timeline marks it; null when the page gives none. */
  page: string | null;
  /** Facts up to the page (all dated facts when it has no date). */
  before: BriefingItem[];
  undated: BriefingItem[];
  /** The latest fact's date, when the page is later than every fact. */
  newerThan: string | null;
}

/** Splits ranked items (newest first, undated last) around the page's date. */
export function briefingTimeline(items: readonly BriefingItem[], pageDate: string | null): BriefingTimeline {
  const dated = items.filter((item) => when(item) !== null);
  const undated = items.filter((item) => when(item) === null);
  if (pageDate === null) return { after: [], page: null, before: dated, undated, newerThan: null };
  const pageEnd = lastDay(pageDate);
  const after = dated.filter((item) => firstDay(when(item)!) > pageEnd);
  const before = dated.filter((item) => firstDay(when(item)!) <= pageEnd);
  const latest = dated.reduce<string | null>((best, item) => {
    const at = when(item)!;
    return best === null || lastDay(at) > lastDay(best) ? at : best;
  }, null);
  const newerThan = latest !== null && firstDay(pageDate) > lastDay(latest) ? latest : null;
  return { after, page: pageDate, before, undated, newerThan };
}
