// Content script: on every page and frame, once the page is idle.
import names from 'virtual:siyaq/names';
import { defineContentScript } from 'wxt/utils/define-content-script';

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
    const detector = createDetector(markedNames(names));
    const page = new SiyaqPage(ctx, (text) => detector.detect(text).map(({ topic, start, end }) => ({ topic, start, end })));
    await page.start();
  },
});
