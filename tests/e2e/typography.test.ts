// Arabic typography on the extension's pages, in real Chromium with an Arabic
// font: letters join across marked names, punctuation stays with its name,
// counts use Arabic plural forms, and approved screenshots catch regressions.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { newsPageAr } from './fixtures/pages';
import { compareWithApproved } from './harness/approved-image';
import { inCard } from './harness/card-probe';
import { launchWithExtension, storeSettings, type ExtensionBrowser } from './harness/extension-browser';
import { hoverCard, settledMarks } from './harness/page-probes';
import { startStaticServer, type StaticServer } from './harness/static-server';

const ARTICLE = 'euronews-2023-09-19-moscow-yerevan';
/** Share of pixels allowed to differ from an approved image (antialiasing noise). */
const MAX_DIFF = 0.002;
let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer([]);
  server.put('/news-ar.html', newsPageAr());
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const extensionUrl = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;

async function openReader(search: string, width = 1000): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 800 });
  await page.goto(extensionUrl(`reader.html${search}`));
  await page.locator('.reader__title').waitFor();
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** Width of a word as laid out in the article, and of the same word as one plain run of text beside it. */
function wordWidths(page: Page, word: string) {
  return page.evaluate((word) => {
    const article = document.querySelector('.siyaq-reader')!;
    for (const p of article.querySelectorAll('p')) {
      const at = (p.textContent ?? '').indexOf(word);
      if (at < 0) continue;
      const range = document.createRange();
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        if (seen <= at && at < seen + n.length) range.setStart(n, at - seen);
        if (seen < at + word.length && at + word.length <= seen + n.length) range.setEnd(n, at + word.length - seen);
        seen += n.length;
      }
      const plain = document.createElement('span');
      plain.textContent = word;
      p.append(plain);
      const result = {
        inPlace: range.getBoundingClientRect().width,
        plain: plain.getBoundingClientRect().width,
        pieces: range.getClientRects().length,
      };
      plain.remove();
      return result;
    }
    return null;
  }, word);
}

describe('reader typography', () => {
  it.each(['لأوكرانيا', 'ليريفان'])('keeps %s joined across its marked name', async (word) => {
    const page = await openReader(`?article=${ARTICLE}`);
    const mention = page.locator('.reader__mention').first();
    expect(await mention.evaluate((el) => getComputedStyle(el).display)).toBe('inline');
    const widths = await wordWidths(page, word);
    expect(widths, `${word} is in the article`).not.toBeNull();
    // Shaped as one run, the word is exactly as wide as the same letters written plainly;
    // a broken join (isolated ل, no lam-alef ligature) changes the glyphs and the width.
    expect(Math.abs(widths!.inPlace - widths!.plain)).toBeLessThan(0.5);
    await page.close();
  });

  it('never wraps punctuation away from the name before it, at any width', async () => {
    let checked = 0;
    for (const width of [340, 420, 520, 640, 780, 1000]) {
      const page = await openReader(`?article=${ARTICLE}`, width);
      const result = await page.evaluate(() => {
        const split: string[] = [];
        let count = 0;
        for (const el of document.querySelectorAll('.reader__mention')) {
          const next = el.nextSibling;
          if (!(next instanceof Text) || !/^[.,،؛:!؟?»)]/.test(next.data)) continue;
          const last = el.lastChild as Text;
          const before = document.createRange();
          before.setStart(last, last.length - 1);
          before.setEnd(last, last.length);
          const after = document.createRange();
          after.setStart(next, 0);
          after.setEnd(next, 1);
          count++;
          if (Math.abs(before.getBoundingClientRect().top - after.getBoundingClientRect().top) > 2)
            split.push(el.textContent + next.data[0]);
        }
        return { split, count };
      });
      expect(result.split, `at ${width}px`).toEqual([]);
      checked += result.count;
      await page.close();
    }
    expect(checked).toBeGreaterThan(6);
  });

  it('matches the approved rendering of a paragraph, the article list and a card', async () => {
    const page = await openReader(`?article=${ARTICLE}`);
    const paragraph = page.locator('.reader__paragraph', { hasText: 'لأوكرانيا' });
    const shots: [string, Buffer][] = [['reader-paragraph-ar', await paragraph.screenshot({ animations: 'disabled' })]];
    await page.goto(extensionUrl('reader.html'));
    await page.locator('.reader__entry').first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    shots.push(['reader-list-ar', await page.screenshot({ animations: 'disabled' })]);
    await page.locator('.reader__entry-title').first().click();
    await page.locator('.reader__mention').first().click();
    const card = page.locator('.reader__card');
    await card.waitFor();
    await page.evaluate(() => document.fonts.ready);
    shots.push(['reader-card-ar', await card.screenshot({ animations: 'disabled' })]);
    for (const [name, png] of shots) {
      const result = compareWithApproved(name, png);
      expect(result.ratio, `${result.actualPath} against ${result.approvedPath}`).toBeLessThanOrEqual(MAX_DIFF);
    }
    await page.close();
  });
});

describe('counts', () => {
  it('use the Arabic plural forms in the popup’s list of the page’s names', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/news-ar.html'));
    await settledMarks(page, 20);
    const tabId = await browser.tabIdOf(page);
    const popup = await browser.context.newPage();
    await popup.goto(extensionUrl(`popup.html?tab=${tabId}`));
    await popup.locator('.popup__count').first().waitFor();
    const counts = await popup.locator('.popup__count').allTextContents();
    expect(counts.length).toBeGreaterThan(5);
    for (const text of counts) {
      const n = /^(\d+) (مرات|مرة)$/.exec(text);
      if (n) expect(n[2] === 'مرات' ? Number(n[1]) >= 3 && Number(n[1]) <= 10 : Number(n[1]) >= 11, text).toBe(true);
      else expect(['مرة واحدة', 'مرتان']).toContain(text);
    }
    expect(counts).toContain('مرة واحدة');
    await popup.close();
    await page.close();
  });
});

describe('card text sizes', () => {
  const setSettings = (settings: object): Promise<void> => storeSettings(browser, settings);

  /** The font size of every piece of text in the open card, by its place in the card. */
  function cardTextSizes(page: Page) {
    return inCard(page, (root) => {
      const sizes: Record<string, number> = {};
      const card = root!.querySelector('.siyaq-card')!;
      const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement!;
        if (!n.textContent!.trim() || el.getClientRects().length === 0) continue;
        const path: string[] = [];
        for (let e: Element | null = el; e && e !== card; e = e.parentElement) path.unshift(`${e.tagName}.${e.className}`);
        sizes[path.join(' > ')] = parseFloat(getComputedStyle(el).fontSize);
      }
      return sizes;
    });
  }

  it('grow every piece of the card’s text with the text-size setting, and keep the smallest readable', async () => {
    // A page dated before Siyaq's facts: the card shows its notes, later facts and who states them.
    server.put('/news-ar-2020.html', newsPageAr().replace('<head>', '<head><meta property="article:published_time" content="2020-03-17">'));
    const sizes: Record<string, Record<string, number>> = {};
    for (const textSize of ['medium', 'larger'] as const) {
      await setSettings({ hoverDelayMs: 0, textSize });
      const page = await browser.context.newPage();
      await page.goto(server.url('/news-ar-2020.html'));
      await settledMarks(page, 20);
      const card = await hoverCard(page, 'باشينيان');
      await card.locator('.siyaq-card__later .siyaq-card__by').waitFor();
      sizes[textSize] = await cardTextSizes(page);
      await page.screenshot({ path: `artifacts/e2e/card-text-${textSize}.png` });
      await page.close();
    }
    await setSettings({});
    const { medium, larger } = sizes as Record<'medium' | 'larger', Record<string, number>>;
    expect(Object.keys(medium).some((path) => path.includes('siyaq-card__by'))).toBe(true);
    expect(Object.keys(medium).some((path) => path.includes('siyaq-link--quiet'))).toBe(true);
    for (const [path, px] of Object.entries(medium)) {
      // Arabic at 17 px (medium) and 22 px (larger): every size is a share of the card's.
      expect(larger[path], path).toBeCloseTo((px * 22) / 17, 1);
      expect(px, path).toBeGreaterThanOrEqual(12);
    }
  });
});
