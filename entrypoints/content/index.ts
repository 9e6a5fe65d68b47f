// Content script: on every page and frame, once the page is idle.
import names from 'virtual:siyaq/names';
import { defineContentScript } from 'wxt/utils/define-content-script';

import { contextDetectorFactory } from '../../lib/context/in-context';
import { markInfoReader } from '../../lib/context/mark-info';
import { pageHeadText } from '../../lib/context/page-head';
import { createDetector } from '../../lib/detect';
import { markedNames } from '../../lib/knowledge/names';
import { SiyaqPage } from '../../lib/page/siyaq-page';

import '../../assets/styles/page-marks.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    const marked = markedNames(names);
    // The detector's matches, then the context step that settles ambiguous names.
    const detector = contextDetectorFactory(createDetector(marked), marked)(pageHeadText(document));
    const markInfoOf = markInfoReader(marked);
    const page = new SiyaqPage(ctx, (text) =>
      detector.detect(text).map((m) => ({ topic: m.topic, start: m.start, end: m.end, why: markInfoOf(m) })),
    );
    await page.start();
  },
});
