// Content script: on every page and frame, once the page is idle. The matcher
// comes from the background, built once for every enabled knowledge pack.
import { defineContentScript } from 'wxt/utils/define-content-script';

import { PageKnowledge } from '../../lib/page/page-knowledge';
import { SiyaqPage } from '../../lib/page/siyaq-page';

import '../../assets/styles/page-marks.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    const page = new SiyaqPage(ctx, new PageKnowledge());
    await page.start();
  },
});
