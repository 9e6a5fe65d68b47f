// axe-core over every surface a reader meets, in real Chromium with the built
// extension: the card on a page (light and dark), the popup in each of its
// states, the options and the reader. Zero violations is the bar.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { NEWS_PAGE_EN, newsPageAr } from './fixtures/pages';
import { axeViolations, axeViolationsInCard } from './harness/axe';
import { inCard } from './harness/card-probe';
import { launchWithExtension, type ExtensionBrowser } from './harness/extension-browser';
import { hoverCard, settledMarks } from './harness/page-probes';
import { startStaticServer, type StaticServer } from './harness/static-server';

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer([]);
  server.put('/news-ar.html', newsPageAr());
  server.put('/news-en.html', NEWS_PAGE_EN);
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const extensionUrl = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;

async function openNews(path: string, scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(server.url(path));
  await settledMarks(page, 3);
  return page;
}

async function popupFor(page: Page | null, search = ''): Promise<Page> {
  const tab = page ? `tab=${await browser.tabIdOf(page)}` : '';
  const popup = await browser.context.newPage();
  await popup.goto(extensionUrl(`popup.html?${[tab, search].filter(Boolean).join('&')}`));
  return popup;
}

describe('axe-core finds nothing', () => {
  it.each([
    ['/news-ar.html', 'باشينيان', 'light'],
    ['/news-ar.html', 'باشينيان', 'dark'],
    ['/news-en.html', 'Pashinyan', 'light'],
    ['/news-en.html', 'Kursk', 'dark'],
  ] as const)('in the card on %s for “%s” (%s)', async (path, word, scheme) => {
    const page = await openNews(path, scheme);
    const card = await hoverCard(page, word);
    await card.locator('.siyaq-passage').first().waitFor();
    await page.waitForTimeout(200); // the fade-in, whose colours axe would measure half-way
    expect(await axeViolationsInCard(page)).toEqual([]);
    await page.close();
  });

  it('in the popup’s list of the page’s names, its briefing, its results, no results and card view', async () => {
    const page = await openNews('/news-ar.html');
    const popup = await popupFor(page);
    await popup.locator('.popup__mention').first().waitFor();
    expect(await axeViolations(popup), 'list').toEqual([]);
    await popup.locator('#siyaq-tab-briefing').click();
    await popup.locator('.briefing__item').first().waitFor();
    expect(await axeViolations(popup), 'briefing').toEqual([]);
    await popup.locator('#siyaq-tab-briefing').press('ArrowLeft');
    await popup.locator('.popup__mention').first().waitFor();
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('siyaq-tab-names');
    const search = popup.locator('#siyaq-search');
    await search.fill('روسيا');
    await popup.locator('#siyaq-hit-1').waitFor();
    expect(await axeViolations(popup), 'results').toEqual([]);
    await search.fill('zzzzqqqq');
    await popup.locator('.popup__empty').waitFor();
    expect(await axeViolations(popup), 'no results').toEqual([]);
    await search.fill('كورسك');
    await popup.locator('#siyaq-hit-0').waitFor();
    await search.press('Enter');
    await popup.locator('.siyaq-card').waitFor();
    expect(await axeViolations(popup), 'card view').toEqual([]);
    await popup.close();
    await page.close();
  });

  it.each(['light', 'dark'] as const)('in the options and the reader (%s)', async (scheme) => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(extensionUrl('options.html'));
    await page.locator('h1').waitFor();
    expect(await axeViolations(page), 'options').toEqual([]);
    await page.goto(extensionUrl('reader.html'));
    await page.locator('.reader__entry').first().waitFor();
    expect(await axeViolations(page), 'reader list').toEqual([]);
    await page.goto(extensionUrl('reader.html?article=euronews-2023-09-19-moscow-yerevan&block=10&sentence=0'));
    await page.locator('.reader__mention').first().click();
    await page.locator('.reader__card .siyaq-card').waitFor();
    expect(await axeViolations(page), 'reader article with card').toEqual([]);
    await page.close();
  });
});

describe('facts later than the page', () => {
  it.each(['light', 'dark'] as const)('are set apart but keep a 4.5:1 contrast (%s)', async (scheme) => {
    // Dated before every fact Siyaq holds about the name: the card sets them all apart as later.
    server.put('/news-ar-2020.html', newsPageAr().replace('<head>', '<head><meta property="article:published_time" content="2020-03-17">'));
    const page = await openNews('/news-ar-2020.html', scheme);
    const card = await hoverCard(page, 'باشينيان');
    await card.locator('.siyaq-card__later .siyaq-card__by').waitFor();
    // axe-core leaves out the opacity of an ancestor; this measures what is drawn.
    const contrasts = await inCard(page, (root) => {
      const rgba = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
      const luminance = ([r, g, b]: number[]) =>
        [r!, g!, b!]
          .map((c) => c / 255)
          .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
          .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
      const card = root!.querySelector('.siyaq-card')!;
      const bg = rgba(getComputedStyle(card).backgroundColor);
      const found: { text: string; ratio: number }[] = [];
      const walker = document.createTreeWalker(root!.querySelector('.siyaq-card__later')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.textContent!.trim()) continue;
        const [r, g, b, a = 1] = rgba(getComputedStyle(n.parentElement!).color);
        let alpha = a;
        for (let e: Element | null = n.parentElement; e && e !== card; e = e.parentElement) alpha *= Number(getComputedStyle(e).opacity);
        const drawn = [r!, g!, b!].map((c, i) => c * alpha + bg[i]! * (1 - alpha));
        const [hi, lo] = [luminance(drawn), luminance(bg)].sort((x, y) => y - x);
        found.push({ text: n.textContent!.trim().slice(0, 30), ratio: (hi! + 0.05) / (lo! + 0.05) });
      }
      return found;
    });
    expect(contrasts.length).toBeGreaterThan(3);
    for (const { text, ratio } of contrasts) expect(ratio, text).toBeGreaterThanOrEqual(4.5);
    expect(await card.locator('.siyaq-card__later').evaluate((el) => getComputedStyle(el).borderInlineStartStyle)).not.toBe('none');
    await page.screenshot({ path: `artifacts/e2e/card-later-${scheme}.png` });
    await page.close();
  });
});
