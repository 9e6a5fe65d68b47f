// A tab's detection: the detector's matches, then the context step that
// settles ambiguous names against the page, each mention carrying why it was
// marked (for the card).
import type { MarkInfo } from '../cards/page-info';
import type { Detector } from '../detect';
import { contextDetectorFactory } from './in-context';
import { markInfoReader } from './mark-info';
import { pageHeadText } from './page-head';

export interface MarkedMention {
  topic: string;
  start: number;
  end: number;
  why: MarkInfo;
}

/** detect for this page (its title and description as page context, when there is a document). */
export function pageDetector(detector: Detector): (text: string) => MarkedMention[] {
  const head = typeof document === 'undefined' ? '' : pageHeadText(document);
  const inPage = contextDetectorFactory(detector)(head);
  const why = markInfoReader(detector);
  return (text) => inPage.detect(text).map((m) => ({ topic: m.topic, start: m.start, end: m.end, why: why(m) }));
}
