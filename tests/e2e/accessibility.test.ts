// axe-core over every surface a reader meets, in real Chromium with the built
// extension: the card on a page (light and dark), the popup in each of its
// states, the options and the reader. Zero violations is the bar.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { NEWS_PAGE_EN, newsPageAr } from './fixtures/pages';
import { axeViolations, axeViolationsInCard } from './harness/axe';
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
