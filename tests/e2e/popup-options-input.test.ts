// The popup and the options by keyboard and with bad values, and the text-size
// setting reaching cards and the popup, in real Chromium with the built extension.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { compileContent } from '../../lib/knowledge/compile';
import { STOP_WORDS } from '../../lib/search/stop-words';
import { normalizeKey } from '../../lib/text/normalize';
import { newsPageAr } from './fixtures/pages';
import { cardLocator } from './harness/card-probe';
import { launchWithExtension, type ExtensionBrowser } from './harness/extension-browser';
import { hoverCard, settledMarks } from './harness/page-probes';
import { startStaticServer, type StaticServer } from './harness/static-server';

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

interface StorageApi {
  chrome: { storage: { local: { get: (k: string) => Promise<Record<string, unknown>>; set: (o: object) => Promise<void> } } };
}
const storedSettings = () =>
  browser.worker.evaluate(async () => (await (globalThis as unknown as StorageApi).chrome.storage.local.get('settings')).settings);
const storeSettings = (settings: object) =>
  browser.worker.evaluate((s) => (globalThis as unknown as StorageApi).chrome.storage.local.set({ settings: s }), settings);

async function popupPage(search = '', size = { width: 380, height: 560 }): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize(size);
  await popup.goto(extensionUrl(`popup.html${search}`));
  await popup.locator('#siyaq-search').waitFor();
  return popup;
}

/** Nothing sticks out sideways and nothing is scrolled sideways. */
function sideways(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const out = [...document.querySelectorAll('main *')]
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.left < -1 || box.right > root.clientWidth + 1))
      .map(({ el }) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { overflow: root.scrollWidth - root.clientWidth, scrollX: window.scrollX, out };
  });
}

describe('popup by keyboard', () => {
  it('keeps the active result in view while arrows move through a long list, with no sideways scroll', async () => {
    const popup = await popupPage('', { width: 380, height: 320 });
    const search = popup.locator('#siyaq-search');
    await search.fill('روسيا');
    await popup.locator('#siyaq-hit-8').waitFor();
    const count = await popup.locator('.popup__hit').count();
    for (let i = 1; i < count; i++) {
      await search.press('ArrowDown');
      const inView = () =>
        popup.locator(`#siyaq-hit-${i}`).evaluate((el) => {
          const box = el.getBoundingClientRect();
          return el.getAttribute('aria-selected') === 'true' && box.top >= -1 && box.bottom <= window.innerHeight + 1;
        });
      await expect.poll(inView, { message: `result ${i}` }).toBe(true);
    }
    for (let i = count - 2; i >= 0; i--) await search.press('ArrowUp');
    await expect.poll(() => popup.locator('#siyaq-hit-0').evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(-1);
    expect(await sideways(popup)).toEqual({ overflow: 0, scrollX: 0, out: [] });
    await popup.close();
  });

  it('has no sideways scroll in the list of the page’s names', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/news-ar.html'));
    await settledMarks(page, 20);
    const popup = await popupPage(`?tab=${await browser.tabIdOf(page)}`);
    await popup.locator('.popup__mention').first().waitFor();
    expect(await sideways(popup)).toEqual({ overflow: 0, scrollX: 0, out: [] });
    await popup.locator('#siyaq-search').fill('ممر لاتشين الممر الذي يربط أرمينيا بإقليم ناغورني قره باغ عبر أذربيجان');
    await popup.locator('#siyaq-hit-0').waitFor();
    expect(await sideways(popup)).toEqual({ overflow: 0, scrollX: 0, out: [] });
    await popup.close();
    await page.close();
  });

  it.each(['Escape', 'Backspace'])('%s leaves the card view and puts the focus back in the search box', async (key) => {
    const popup = await popupPage();
    const search = popup.locator('#siyaq-search');
    await search.fill('كورسك');
    await popup.locator('#siyaq-hit-0').waitFor();
    await search.press('Enter');
    await popup.locator('.siyaq-card').waitFor();
    await popup.keyboard.press(key);
    await popup.locator('.siyaq-card').waitFor({ state: 'detached' });
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('siyaq-search');
    expect(await search.inputValue()).toBe('كورسك');
    await popup.close();
  });

  it('shows the empty search box’s hint in the interface’s direction, and typed text in its own', async () => {
    const popup = await popupPage();
    const search = popup.locator('#siyaq-search');
    const direction = () => search.evaluate((el) => getComputedStyle(el).direction);
    expect(await popup.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await direction()).toBe('rtl');
    await search.fill('Karabakh');
    await expect.poll(direction).toBe('ltr');
    await search.fill('');
    await expect.poll(direction).toBe('rtl');
    await popup.close();
  });

  it('finds Putin for a query in two scripts', async () => {
    const popup = await popupPage();
    await popup.locator('#siyaq-search').fill('Putin بوتين');
    await popup.locator('#siyaq-hit-0').waitFor();
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('.siyaq-card').getAttribute('data-topic')).toBe('vladimir-putin');
    await popup.close();
  });

  it('highlights no function word for a 500-character paste', async () => {
    const paragraph = compileContent('content')
      .details.articles.flatMap((a) => a.blocks)
      .find((b) => b.text.length > 500)!
      .text.slice(0, 500);
    const popup = await popupPage();
    await popup.locator('#siyaq-search').fill(paragraph);
    await popup.locator('#siyaq-hit-0').waitFor();
    const marked = await popup.locator('.popup__results mark').allTextContents();
    expect(marked.length).toBeGreaterThan(3);
    for (const text of marked) for (const word of normalizeKey(text).split(' ')) expect(STOP_WORDS.has(word), word).toBe(false);
    await popup.close();
  });

  it('as the context menu’s search page, does not claim that extensions cannot work there', async () => {
    const popup = await popupPage(`?q=${encodeURIComponent('كورسك')}`);
    await popup.locator('#siyaq-hit-0').waitFor();
    await popup.locator('#siyaq-search').fill('');
    await popup.locator('.popup__hint').waitFor();
    const text = await popup.locator('main').textContent();
    expect(text).not.toContain('لا يمكن للإضافات');
    expect(await popup.locator('.popup__page').count()).toBe(0);
    await popup.close();
  });
});

describe('options with bad values', () => {
  it('refuses an empty or negative hover delay with a message, and keeps the stored one', async () => {
    await storeSettings({ hoverDelayMs: 300 });
    const options = await browser.context.newPage();
    await options.goto(extensionUrl('options.html'));
    const delay = options.locator('#siyaq-delay');
    for (const bad of ['', '-100', '99999']) {
      await delay.fill(bad);
      await delay.blur();
      await options.locator('#siyaq-delay-error[role=alert]').waitFor();
      expect(await delay.getAttribute('aria-invalid')).toBe('true');
      expect(await delay.getAttribute('aria-describedby')).toBe('siyaq-delay-error');
      expect((await storedSettings()) as { hoverDelayMs: number }).toMatchObject({ hoverDelayMs: 300 });
    }
    await delay.fill('450');
    await delay.blur();
    await expect.poll(async () => ((await storedSettings()) as { hoverDelayMs: number }).hoverDelayMs).toBe(450);
    expect(await options.locator('#siyaq-delay-error').count()).toBe(0);
    await options.close();
    await storeSettings({});
  });

  it('reduces a pasted address to its host, and refuses what is not a site', async () => {
    const options = await browser.context.newPage();
    await options.goto(extensionUrl('options.html'));
    const site = options.locator('#siyaq-site');
    await site.fill('https://www.example.org/news/2023/story.html?ref=x#top');
    await site.press('Enter');
    await expect.poll(() => options.locator('.options__sites bdi').allTextContents()).toEqual(['example.org']);
    await site.fill('قناة الأخبار');
    await site.press('Enter');
    await options.locator('#siyaq-site-error[role=alert]').waitFor();
    expect(await options.locator('.options__sites bdi').allTextContents()).toEqual(['example.org']);
    expect(await site.inputValue()).toBe('قناة الأخبار'); // nothing lost
    expect(((await storedSettings()) as { disabledSites: string[] }).disabledSites).toEqual(['example.org']);
    await options.close();
    await storeSettings({});
  });
});

describe('options in a narrow window', () => {
  it.each(['ar', 'en'])('keep every control inside a 400 px window (%s)', async (language) => {
    await storeSettings({ language });
    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 400, height: 800 });
    await options.goto(extensionUrl('options.html'));
    await options.locator('#siyaq-site').waitFor();
    await options.locator('.knowledge__pack').first().waitFor();
    await options.screenshot({ path: `artifacts/e2e/options-400-${language}.png`, fullPage: true });
    expect(await sideways(options)).toEqual({ overflow: 0, scrollX: 0, out: [] });
    await options.close();
    await storeSettings({});
  });
});

describe('text size', () => {
  const cardFontSize = (page: Page) => cardLocator(page).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

  it('is larger than 14 px for Arabic by default, and the setting reaches open cards and the popup', async () => {
    await storeSettings({ hoverDelayMs: 0 });
    const page = await browser.context.newPage();
    await page.goto(server.url('/news-ar.html'));
    await settledMarks(page, 20);
    await hoverCard(page, 'باشينيان');
    expect(await cardFontSize(page)).toBe(17);
    const options = await browser.context.newPage();
    await options.goto(extensionUrl('options.html'));
    const sizes: number[] = [];
    for (const label of ['صغير', 'متوسط', 'كبير', 'أكبر']) {
      await options.getByRole('radio', { name: label, exact: true }).check();
      await expect.poll(() => cardFontSize(page)).not.toBe(sizes[sizes.length - 1] ?? 0);
      sizes.push(await cardFontSize(page));
    }
    expect(sizes).toEqual([15, 17, 19, 22]);
    const popup = await popupPage();
    expect(await popup.locator('main.popup').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBe(22);
    await popup.close();
    await options.close();
    await page.close();
  });

  it('keeps the card readable and inside the viewport at 200% zoom, in the largest size', async () => {
    await storeSettings({ hoverDelayMs: 0, textSize: 'larger' });
    const page = await browser.context.newPage();
    // A 1280×900 window at 200% zoom lays out as 640×450 CSS pixels.
    await page.setViewportSize({ width: 640, height: 450 });
    await page.goto(server.url('/news-ar.html'));
    await settledMarks(page, 20);
    for (const word of ['باشينيان', 'كورسك', 'ستيباناكرت']) {
      await hoverCard(page, word);
      const box = await cardLocator(page, '.siyaq-float').evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, scrolls: getComputedStyle(el).overflowY };
      });
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(640);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(450);
      expect(box.scrolls).toBe('auto');
      expect(await cardFontSize(page)).toBe(22);
      await page.keyboard.press('Escape');
      await cardLocator(page).waitFor({ state: 'detached' });
    }
    await page.screenshot({ path: 'artifacts/e2e/zoom-200-before.png' });
    await hoverCard(page, 'كورسك');
    await page.waitForTimeout(200);
    await page.screenshot({ path: 'artifacts/e2e/card-zoom-200-larger.png' });
    await page.close();
    await storeSettings({});
  });
});
