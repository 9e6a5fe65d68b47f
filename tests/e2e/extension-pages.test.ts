// The popup's search, the reader and the options page, in real Chromium with
// the built extension, and settings reaching an open page live.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { newsPageAr } from './fixtures/pages';
import { cardLocator } from './harness/card-probe';
import { launchWithExtension, type ExtensionBrowser } from './harness/extension-browser';
import { markedRanges, pointOfWord, settledMarks } from './harness/page-probes';
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

function extensionUrl(path: string): string {
  return `chrome-extension://${browser.extensionId}/${path}`;
}

async function openNews(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url('/news-ar.html'));
  await settledMarks(page, 20);
  return page;
}

describe('popup search', () => {
  it.each([
    ['قرة باغ', 'nagorno-karabakh'],
    ['كاراباخ', 'nagorno-karabakh'],
    ['karabakh', 'nagorno-karabakh'],
    ['kursk', 'kursk'],
    ['باشنيان', 'nikol-pashinyan'],
  ])('“%s” finds %s first, and Enter opens its card', async (query, topic) => {
    const popup = await browser.context.newPage();
    await popup.goto(extensionUrl('popup.html'));
    await popup.locator('#siyaq-search').fill(query);
    await popup.locator('#siyaq-hit-0').waitFor();
    await expect.poll(() => popup.locator('#siyaq-hit-0 mark').count()).toBeGreaterThan(0);
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('.siyaq-card').getAttribute('data-topic')).toBe(topic);
    await popup.close();
  });

  it('arrow keys move through results, and a query with no match says so', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(extensionUrl('popup.html'));
    const search = popup.locator('#siyaq-search');
    await search.fill('روسيا');
    await popup.locator('#siyaq-hit-1').waitFor();
    await search.press('ArrowDown');
    await expect.poll(() => popup.locator('#siyaq-hit-1').getAttribute('aria-selected')).toBe('true');
    expect(await search.getAttribute('aria-activedescendant')).toBe('siyaq-hit-1');
    await search.fill('zzzzqqqq');
    await expect.poll(() => popup.locator('.popup__empty[role=status]').textContent()).toContain('zzzzqqqq');
    await popup.close();
  });

  it('opens with a query from the context menu', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(extensionUrl(`popup.html?q=${encodeURIComponent('ممر لاتشين')}`));
    expect(await popup.locator('#siyaq-search').inputValue()).toBe('ممر لاتشين');
    // The results come from the background: Enter chooses the first once it is there.
    await popup.locator('#siyaq-hit-0').waitFor();
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('.siyaq-card').getAttribute('data-topic')).toBe('lachin-corridor');
    await popup.close();
  });
});

describe('reader', () => {
  it('shows the whole article with its metadata and scrolls to a linked passage', async () => {
    const reader = await browser.context.newPage();
    await reader.goto(extensionUrl('reader.html?article=euronews-2023-09-19-moscow-yerevan&block=10&sentence=0'));
    await reader.locator('.reader__title').waitFor();
    expect(await reader.locator('html').getAttribute('dir')).toBeTruthy();
    expect(await reader.locator('.siyaq-reader').getAttribute('dir')).toBe('rtl');
    expect(await reader.locator('.reader__meta').textContent()).toContain('2023');
    const target = reader.locator('#b10 mark.reader__target').first();
    await target.waitFor();
    expect(
      await target.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      }),
    ).toBe(true);
    await reader.locator('.reader__mention').first().click();
    await reader.locator('.reader__card .siyaq-card').waitFor();
    await reader.screenshot({ path: 'artifacts/e2e/reader.png' });
    await reader.close();
  });

  it('opens from a card’s link at that passage', async () => {
    const page = await openNews();
    const point = await pointOfWord(page, 'كورسك');
    await page.mouse.move(point.x, point.y, { steps: 3 });
    const link = cardLocator(page, '.siyaq-passage__source .siyaq-link').first();
    await link.waitFor();
    const [reader] = await Promise.all([browser.context.waitForEvent('page'), link.click()]);
    await reader.waitForURL(/reader\.html\?article=/);
    await reader.locator('mark.reader__target').first().waitFor();
    expect(await reader.locator('mark.reader__target').first().textContent()).toBeTruthy();
    await reader.close();
    await page.close();
  });
});

describe('options', () => {
  it('changes reach an open page without reloading it', async () => {
    const page = await openNews();
    const options = await browser.context.newPage();
    await options.goto(extensionUrl('options.html'));
    await options.getByRole('radio', { name: /خلفية ملوّنة|Background/ }).check();
    await expect.poll(async () => (await markedRanges(page, 'siyaq-background')).length).toBeGreaterThan(20);
    expect(await markedRanges(page, 'siyaq-underline')).toEqual([]);

    await options.locator('#siyaq-enabled').uncheck();
    await expect.poll(async () => (await markedRanges(page, 'siyaq-background')).length).toBe(0);
    await options.locator('#siyaq-enabled').check();
    await expect.poll(async () => (await markedRanges(page, 'siyaq-background')).length).toBeGreaterThan(20);
    await options.getByRole('radio', { name: /خط تحت الاسم|Underline/ }).check();
    await expect.poll(async () => (await markedRanges(page, 'siyaq-underline')).length).toBeGreaterThan(20);
    await options.close();
    await page.close();
  });

  it('keeps working when storage holds garbage', async () => {
    await browser.worker.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { set: (o: object) => Promise<void> } } } }).chrome.storage.local.set({
        settings: { enabled: 'maybe', hoverDelayMs: 'slow', markStyle: 42, disabledSites: 'all' },
      }),
    );
    const options = await browser.context.newPage();
    await options.goto(extensionUrl('options.html'));
    expect(await options.locator('#siyaq-enabled').isChecked()).toBe(true);
    expect(await options.locator('#siyaq-delay').inputValue()).toBe('200');
    await options.close();
    const page = await openNews();
    expect((await markedRanges(page)).length).toBeGreaterThan(20);
    await page.close();
  });
});

describe('card controls', () => {
  it('pins, switches to a related topic, and turns Siyaq off for the site', async () => {
    const page = await openNews();
    const point = await pointOfWord(page, 'ستيباناكرت');
    await page.mouse.move(point.x, point.y, { steps: 3 });
    const card = cardLocator(page);
    await card.waitFor();
    await card.locator('.siyaq-icon-button[aria-pressed]').click();
    await page.mouse.move(5, 5);
    await page.waitForTimeout(800);
    expect(await card.isVisible()).toBe(true); // pinned: stays after the pointer leaves
    const related = card.locator('.siyaq-chip').first();
    const relatedName = await related.textContent();
    await related.click();
    await expect.poll(() => card.locator('.siyaq-card__title').textContent()).toBe(relatedName);
    await card.locator('.siyaq-card__footer .siyaq-link').click();
    await expect.poll(async () => (await markedRanges(page)).length).toBe(0);
    // Back on for the other tests.
    await browser.worker.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { set: (o: object) => Promise<void> } } } }).chrome.storage.local.set({
        settings: {},
      }),
    );
    await page.close();
  });

  it('opens from the keyboard command for the name at the selection', async () => {
    const page = await openNews();
    await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const at = n.data.indexOf('يريفان');
        if (at >= 0) {
          n.parentElement!.scrollIntoView({ block: 'center' });
          getSelection()!.setBaseAndExtent(n, at + 2, n, at + 2);
          return;
        }
      }
    });
    const tabId = await browser.tabIdOf(page);
    await browser.worker.evaluate(
      (id) =>
        (
          globalThis as unknown as { chrome: { tabs: { sendMessage: (id: number, m: object) => Promise<unknown> } } }
        ).chrome.tabs.sendMessage(id, {
          type: 'siyaq:open-card-at-selection',
        }),
      tabId,
    );
    const card = cardLocator(page);
    await expect.poll(() => card.getAttribute('data-topic')).toBe('yerevan');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    await page.close();
  });
});
