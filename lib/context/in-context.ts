// The detector followed by the context step, for one page (or one article):
// each text is settled against what the page has shown so far.
import type { DetectedMention, Detector } from '../detect';
import { PageContext } from './page-signals';
import { contextRules, type ContextRules } from './rules';
import { settleMentions, type Settled } from './settle';

export interface ContextDetector {
  detect(text: string): Settled<DetectedMention>[];
  readonly page: PageContext;
}

/** rules: from contextRules(detector), built once and shared by every page. */
export function inContext(detector: Detector, rules: ContextRules, headText: string): ContextDetector {
  const page = new PageContext(headText);
  return {
    page,
    detect(text) {
      const settled = settleMentions(detector.detect(text), text, rules, page);
      page.note(settled);
      return settled;
    },
  };
}

/** One page's context detector per call, sharing the rules read from the detector's topic extras. */
export function contextDetectorFactory(detector: Detector): (headText: string) => ContextDetector {
  const rules = contextRules(detector);
  return (headText) => inContext(detector, rules, headText);
}
