// The reader's library in real Chromium with the built extension: saving the
// article of a tab from the popup (twice: the second save updates it), a page
// with no article, and the options page's list, search and deletes.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { libraryArticlePage, libraryHomePage } from './fixtures/library-pages';
import { launchWithExtension, type ExtensionBrowser } from './harness/extension-browser';
import { startStaticServer, type StaticServer } from './harness/static-server';

const ARTIFACTS = 'artifacts/e2e';
let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer([]);
  server.put('/world/karabakh-day.html', libraryArticlePage());
  server.put('/world/other-day.html', libraryArticlePage('يريفان ترد على باكو'));
  server.put('/index.html', libraryHomePage());
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const extensionUrl = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;

async function openArticle(path: string): Promise<number> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  await page.waitForFunction(() => performance.getEntriesByName('siyaq:scan').length > 0, null, { timeout: 20_000 });
  return browser.tabIdOf(page);
}

/** Opens the popup for a tab and clicks "Save this article"; the tab is found first, one at a time. */
async function saveFromPopup(tabOrPath: number | string): Promise<{ status: string; popup: Page }> {
  const tabId = typeof tabOrPath === 'number' ? tabOrPath : await openArticle(tabOrPath);
  const popup = await browser.context.newPage();
  await popup.goto(extensionUrl(`popup.html?tab=${tabId}`));
  await popup.locator('#siyaq-save-article').click();
  const status = popup.locator('.library-save__status');
  await status.waitFor({ timeout: 30_000 });
  return { status: (await status.textContent()) ?? '', popup };
}

async function libraryList(): Promise<{ options: Page; titles: string[] }> {
  const options = await browser.context.newPage();
  await options.goto(extensionUrl('options.html'));
  await options.locator('#siyaq-library-title').waitFor();
  // The saved articles' list or its own empty note (the tracked names have an empty note of their own).
  await options.locator('#siyaq-library-list, #siyaq-library-empty').first().waitFor();
  const titles = await options.locator('#siyaq-library-list .library__title').allTextContents();
  return { options, titles };
}

describe('saving an article', () => {
  it('saves the article of the tab from the popup, and saving it again updates it', async () => {
    const first = await saveFromPopup('/world/karabakh-day.html?utm_source=feed#comments');
    expect(first.status).toBe('حُفظت في مكتبتك: قره باغ: يوم من القتال');
    await first.popup.screenshot({ path: `${ARTIFACTS}/library-popup-saved.png` });
    const again = await saveFromPopup('/world/karabakh-day.html');
    expect(again.status).toBe('حُدِّثت في مكتبتك: قره باغ: يوم من القتال');

    const { options, titles } = await libraryList();
    expect(titles).toEqual(['قره باغ: يوم من القتال']);
    const meta = await options.locator('.library__meta').first().textContent();
    expect(meta).toContain('أخبار المثال');
    expect(meta).toContain('2023-09-19');
    await options.screenshot({ path: `${ARTIFACTS}/library-options.png`, fullPage: true });
  });

  it('says a home page holds no article and saves nothing', async () => {
    const { status } = await saveFromPopup('/index.html');
    expect(status).toContain('لم يُعثر على مقالة في هذه الصفحة');
    const { titles } = await libraryList();
    expect(titles).toEqual(['قره باغ: يوم من القتال']);
  });

  it('saves two tabs at once without losing either', async () => {
    const tabA = await openArticle('/world/other-day.html');
    const tabB = await openArticle('/world/karabakh-day.html');
    const [a, b] = await Promise.all([saveFromPopup(tabA), saveFromPopup(tabB)]);
    expect(a.status).toContain('يريفان ترد على باكو');
    expect(b.status).toContain('قره باغ: يوم من القتال');
    const { titles } = await libraryList();
    expect([...titles].sort()).toEqual(['قره باغ: يوم من القتال', 'يريفان ترد على باكو']);
  });
});

describe('managing the library in the options page', () => {
  it('searches, deletes one, and deletes all after a confirmation', async () => {
    const { options } = await libraryList();
    await options.locator('#siyaq-library-search').fill('يريفان');
    await expect.poll(() => options.locator('.library__title').allTextContents()).toEqual(['يريفان ترد على باكو']);
    await options.locator('#siyaq-library-search').fill('');
    await options.locator('.library__item', { hasText: 'يريفان' }).locator('.library__delete').click();
    await expect.poll(() => options.locator('.library__title').allTextContents()).toEqual(['قره باغ: يوم من القتال']);

    await options.locator('#siyaq-library-delete-all').click();
    await options.locator('#siyaq-library-confirm-yes').waitFor();
    await options.locator('#siyaq-library-confirm-yes').click();
    await options.locator('#siyaq-library-empty').waitFor();
    const fresh = await libraryList();
    expect(fresh.titles).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});
