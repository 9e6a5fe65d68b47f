// Phones and tablets: Chromium's touch emulation (hasTouch, isMobile, 390×844)
// with the built extension, on the touch repro page and the demo pages.
import { readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { NEWS_PAGE_EN, newsPageAr } from './fixtures/pages';
import { cardLocator } from './harness/card-probe';
import { launchWithExtension, type ExtensionBrowser } from './harness/extension-browser';
import { settledMarks } from './harness/page-probes';
import { startStaticServer, type StaticServer } from './harness/static-server';

const SCREEN = { width: 390, height: 844 };
let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer([]);
  server.put('/r02-touch.html', readFileSync('tests/e2e/fixtures/r02-touch.html', 'utf8'));
  server.put('/news-ar.html', newsPageAr());
  server.put('/news-en.html', NEWS_PAGE_EN.replace('<head>', '<head><meta name="viewport" content="width=device-width, initial-scale=1">'));
  browser = await launchWithExtension({ mobile: SCREEN });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  await settledMarks(page, 1);
  return page;
}

/** The word's box in the viewport, scrolled to `block` first. */
function wordBox(page: Page, word: string, block: 'start' | 'center' | 'end' = 'center', nth = 0) {
  return page.evaluate(
    ({ word, block, nth }) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const at = n.data.indexOf(word);
        if (at < 0 || seen++ < nth) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + word.length);
        const scroller = document.scrollingElement!;
        const before = range.getBoundingClientRect();
        const target = block === 'start' ? 80 : block === 'end' ? innerHeight - 80 : innerHeight / 2;
        scroller.scrollTop += before.top - target;
        const box = range.getClientRects()[0]!;
        return {
          left: box.left,
          top: box.top,
          right: box.right,
          bottom: box.bottom,
          x: box.left + box.width / 2,
          y: box.top + box.height / 2,
        };
      }
      throw new Error(`${word} is not on the page`);
    },
    { word, block, nth },
  );
}

const card = (page: Page) => cardLocator(page);

async function touch(cdp: CDPSession, type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) {
  await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
}

describe('touch', () => {
  it('a tap on a name opens its card on the repro page; a second tap pins it; a tap outside closes an unpinned one', async () => {
    const page = await open('/r02-touch.html');
    const name = await wordBox(page, 'باشينيان');
    await page.touchscreen.tap(name.x, name.y);
    await expect.poll(() => card(page).getAttribute('data-topic')).toBe('nikol-pashinyan');
    await page.screenshot({ path: 'artifacts/e2e/touch-r02-card.png' });

    // A tap on plain text closes it.
    await page.touchscreen.tap(20, 300);
    await card(page).waitFor({ state: 'detached' });

    await page.touchscreen.tap(name.x, name.y);
    await card(page).waitFor();
    await page.touchscreen.tap(name.x, name.y);
    await expect.poll(() => card(page).locator('[aria-pressed]').getAttribute('aria-pressed')).toBe('true');
    await page.touchscreen.tap(20, 300);
    await page.waitForTimeout(500);
    expect(await card(page).isVisible()).toBe(true); // pinned: stays
    await card(page).locator('[aria-pressed]').tap(); // unpin
    await page.touchscreen.tap(20, 300);
    await card(page).waitFor({ state: 'detached' });

    // Another name, tapped while a card is open, switches to it.
    const other = await wordBox(page, 'يريفان');
    await page.touchscreen.tap(name.x, name.y);
    await card(page).waitFor();
    await page.touchscreen.tap(other.x, other.y);
    await expect.poll(() => card(page).getAttribute('data-topic')).toBe('yerevan');
    await page.close();
  });

  it('scrolling with a finger that starts on a name, or a long press, opens no card', async () => {
    const page = await open('/news-ar.html');
    const cdp = await browser.context.newCDPSession(page);
    const name = await wordBox(page, 'باشينيان');
    await touch(cdp, 'touchStart', name.x, name.y);
    for (let i = 1; i <= 6; i++) await touch(cdp, 'touchMove', name.x, name.y - i * 15);
    await touch(cdp, 'touchEnd', name.x, name.y - 90);
    await page.waitForTimeout(700);
    expect(await card(page).count()).toBe(0);

    const again = await wordBox(page, 'باشينيان');
    await touch(cdp, 'touchStart', again.x, again.y);
    await page.waitForTimeout(800);
    await touch(cdp, 'touchEnd', again.x, again.y);
    await page.waitForTimeout(500);
    expect(await card(page).count()).toBe(0);

    // Whereas the same finger lifted at once is a tap.
    await touch(cdp, 'touchStart', again.x, again.y);
    await touch(cdp, 'touchEnd', again.x, again.y);
    await expect.poll(() => card(page).getAttribute('data-topic')).toBe('nikol-pashinyan');
    await page.close();
  });

  it.each([
    ['/news-ar.html', 'باشينيان', 'nikol-pashinyan'],
    ['/news-en.html', 'Pashinyan', 'nikol-pashinyan'],
    ['/news-en.html', 'Kursk', 'kursk'],
  ])('on %s, the card for “%s” is a bottom sheet that never covers the word and scrolls inside itself', async (path, word, topic) => {
    const page = await open(path);
    for (const block of ['start', 'end'] as const) {
      const name = await wordBox(page, word, block);
      await page.touchscreen.tap(name.x, name.y);
      await expect.poll(() => card(page).getAttribute('data-topic')).toBe(topic);
      await card(page).locator('.siyaq-passage').first().waitFor();
      await page.waitForTimeout(250);
      const sheet = await cardLocator(page, '.siyaq-float').evaluate((el) => {
        const r = el.getBoundingClientRect();
        return {
          left: r.left,
          right: r.right,
          top: r.top,
          bottom: r.bottom,
          sheet: el.classList.contains('siyaq-float--sheet'),
          scrolls: el.scrollHeight > el.clientHeight,
        };
      });
      expect(sheet.sheet).toBe(true);
      expect(sheet.left).toBe(0);
      expect(sheet.right).toBe(SCREEN.width);
      expect(sheet.top).toBeGreaterThanOrEqual(0);
      expect(sheet.bottom).toBeLessThanOrEqual(SCREEN.height);
      // Never over the tapped word.
      expect(sheet.bottom <= name.top || sheet.top >= name.bottom, JSON.stringify({ sheet, name })).toBe(true);
      if (block === 'start') expect(sheet.bottom).toBe(SCREEN.height); // at the bottom when the word is high
      await page.screenshot({ path: `artifacts/e2e/touch-sheet-${path.slice(1, -5)}-${word}-${block}.png` });
      if (sheet.scrolls) {
        // A finger scrolls the sheet, not the page.
        const pageScroll = await page.evaluate(() => window.scrollY);
        const cdp = await browser.context.newCDPSession(page);
        const x = SCREEN.width / 2;
        const y = (sheet.top + sheet.bottom) / 2;
        await touch(cdp, 'touchStart', x, y);
        for (let i = 1; i <= 8; i++) await touch(cdp, 'touchMove', x, y - i * 20);
        await touch(cdp, 'touchEnd', x, y - 160);
        await expect.poll(() => cardLocator(page, '.siyaq-float').evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
        expect(await page.evaluate(() => window.scrollY)).toBe(pageScroll);
        expect(await card(page).isVisible()).toBe(true);
      }
      await page.touchscreen.tap(SCREEN.width - 10, block === 'start' ? 10 : SCREEN.height - 10);
      await page.waitForTimeout(300);
      if (await card(page).count()) {
        // The tap landed on the sheet; close it with its button instead.
        await card(page).locator('.siyaq-card__tools button').last().tap();
      }
      await card(page).waitFor({ state: 'detached' });
    }
    await page.close();
  });
});
