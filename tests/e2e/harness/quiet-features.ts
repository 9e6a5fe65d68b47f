// Chromium features to switch off where two browsers must run a page alike
// (the repaint bench). Chromium keeps only the last `--disable-features` of its
// command line, and Playwright passes a list of its own: the list given here is
// Playwright's with these added, read from a browser Playwright launched.
import { chromium } from 'playwright-core';

import { findChromium } from './find-chromium';

/**
 * The navigation predictor samples some of a page's links at random and
 * watches them with an IntersectionObserver that runs 100 ms late: a tab whose
 * draw sampled a link begins a second frame after every change of the page
 * (the demo page's 10 Hz ticker drew 39 frames in 2 s instead of 20, in a
 * browser without Siyaq as with it), so one of two tabs alike could cost the
 * other's time and more.
 */
const NOISY_FEATURES = ['NavigationPredictor'];

/** `--disable-features` with Playwright's own list and NOISY_FEATURES. */
export async function disableFeaturesFlag(): Promise<string> {
  // Chromium tells its command line over the devtools protocol only under automation.
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--headless=new', '--no-sandbox', '--enable-automation'],
  });
  try {
    const cdp = await browser.newBrowserCDPSession();
    const { arguments: argv } = await cdp.send('Browser.getBrowserCommandLine');
    const given = argv.findLast((a) => a.startsWith('--disable-features='))?.slice('--disable-features='.length);
    return `--disable-features=${[...(given ? given.split(',') : []), ...NOISY_FEATURES].join(',')}`;
  } finally {
    await browser.close();
  }
}
