// The built Firefox add-on (.output/firefox-mv2) in the system's Firefox ESR,
// installed as a temporary add-on over WebDriver BiDi, on a localhost Arabic
// news page: marks, the hover card (answered by the background page), the
// reader opened from a card, the popup's search, and the options page.
import { PNG } from 'pngjs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { newsPageAr } from '../e2e/fixtures/pages';
import { startStaticServer, type StaticServer } from '../e2e/harness/static-server';
import { MIN_FIREFOX_MAJOR } from './harness/find-firefox';
import { ADDON_ID, launchFirefoxWithExtension, type FirefoxWithExtension } from './harness/firefox-browser';
import { cardState, eventually, highlightedTexts, pointInCard, pointOfWord, settledHighlights } from './harness/firefox-probes';

let firefox: FirefoxWithExtension;
let server: StaticServer;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startStaticServer([]);
  server.put('/news-ar.html', newsPageAr());
  firefox = await launchFirefoxWithExtension();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

async function openNews(): Promise<Page> {
  const page = await firefox.browser.newPage();
  page.on('pageerror', (err) => pageErrors.push(`${page.url()}: ${String(err)}`));
  await page.goto(server.url('/news-ar.html'));
  await settledHighlights(page, 20);
  return page;
}

/**
 * Opens one of the add-on's own pages. Firefox loads moz-extension:// URLs in
 * the extension process and reports no navigation for them over WebDriver
 * BiDi, so puppeteer's goto would wait for events that never come: the load is
 * started without waiting for it, and the page's own document says when it is ready.
 */
async function openExtensionPage(path: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  page.on('pageerror', (err) => pageErrors.push(`${path}: ${String(err)}`));
  const url = firefox.extensionUrl(path);
  void page.goto(url, { timeout: 15_000 }).catch(() => undefined);
  await eventually(async () => {
    const state = await page.evaluate(() => ({ href: location.href, ready: document.readyState })).catch(() => null);
    return state?.href === url && state.ready === 'complete' ? true : null;
  }, `${path} to load`);
  return page;
}

/**
 * Moves the pointer onto a word the way a person would: from elsewhere, in
 * steps, then rests. Firefox may deliver the last few moves within one frame,
 * so this also checks that Siyaq looks where the pointer came to rest.
 */
async function hover(page: Page, word: string): Promise<void> {
  const point = await pointOfWord(page, word);
  await page.mouse.move(point.x - 40, point.y - 40);
  await page.mouse.move(point.x, point.y, { steps: 4 });
}

describe('Firefox', () => {
  it('installs the built add-on as a temporary add-on', () => {
    expect(firefox.addonId).toBe(ADDON_ID);
    expect(firefox.majorVersion).toBeGreaterThanOrEqual(MIN_FIREFOX_MAJOR);
  });

  it('marks the names on an Arabic news page with the CSS Custom Highlight API', async () => {
    const page = await openNews();
    const texts = new Set(await settledHighlights(page, 20));
    for (const name of ['باشينيان', 'كورسك', 'ناغورني قره باغ', 'ستيباناكرت', 'يريفان', 'بيونغ يانغ']) {
      expect(texts, name).toContain(name);
    }
    // The page's own DOM gains no element until a card is asked for.
    expect(await page.evaluate(() => document.querySelectorAll('siyaq-card').length)).toBe(0);
    await page.close();
  });

  it('opens the card on hover, in a closed shadow root, with passages from the background page', async () => {
    const page = await openNews();
    await hover(page, 'باشينيان');
    await expect.poll(() => cardState(page), { timeout: 10_000 }).toMatchObject({ hostWithClosedShadow: true, topic: 'nikol-pashinyan' });
    // Passages come only from the background's half of the index, so they prove messaging works.
    await expect.poll(async () => (await cardState(page)).passages, { timeout: 10_000 }).toBeGreaterThan(0);
    // Escape closes it.
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await cardState(page)).topic).toBeNull();
    await page.close();
  });

  it('opens the reader from a card’s link, at the linked passage', async () => {
    const page = await openNews();
    await hover(page, 'كورسك');
    const link = await eventually(() => pointInCard(page, '.siyaq-passage__source .siyaq-link'), 'a passage link in the card');
    const before = new Set(await firefox.browser.pages());
    await page.mouse.click(link.x, link.y);
    // The background opens the reader in a new tab, found as the page that was
    // not there before and checked by its own address (see openExtensionPage).
    const reader = await eventually(async () => (await firefox.browser.pages()).find((p) => !before.has(p)) ?? null, 'the reader tab');
    await expect
      .poll(() => reader.evaluate(() => location.href).catch(() => ''), { timeout: 10_000 })
      .toMatch(/^moz-extension:\/\/[^/]+\/reader\.html\?article=/);
    const target = await reader.waitForSelector('mark.reader__target', { timeout: 10_000 });
    expect(await target!.evaluate((el) => el.textContent?.trim().length ?? 0)).toBeGreaterThan(0);
    await reader.close();
    await page.close();
  });

  it('searches from the popup page, forgiving spelling', async () => {
    const popup = await openExtensionPage('popup.html');
    const search = await popup.waitForSelector('#siyaq-search');
    await search!.type('باشنيان'); // one letter short of باشينيان
    await popup.waitForSelector('#siyaq-hit-0', { timeout: 10_000 });
    await popup.keyboard.press('Enter');
    await expect
      .poll(() => popup.evaluate(() => document.querySelector<HTMLElement>('.siyaq-card')?.dataset.topic ?? null), { timeout: 10_000 })
      .toBe('nikol-pashinyan');
    await popup.close();
  });

  it('carries a change made on the options page to an open page through storage', async () => {
    const page = await openNews();
    const options = await openExtensionPage('options.html');
    await (await options.waitForSelector('input[type=radio][value=background]'))!.click();
    await expect.poll(async () => (await highlightedTexts(page, 'siyaq-background')).length, { timeout: 10_000 }).toBeGreaterThan(20);
    expect(await highlightedTexts(page, 'siyaq-underline')).toEqual([]);
    // Back to the default for anything that runs after.
    await (await options.waitForSelector('input[type=radio][value=underline]'))!.click();
    await expect.poll(async () => (await highlightedTexts(page, 'siyaq-underline')).length, { timeout: 10_000 }).toBeGreaterThan(20);
    await options.close();
    await page.close();
  });

  it('paints its marks: Firefox has no highlight inheritance, so its rules match every element', async () => {
    const page = await openNews();
    const { x, y } = await pointOfWord(page, 'يريفان');
    const clip = { x: Math.round(x - 25), y: Math.round(y - 14), width: 50, height: 28 };
    const shot = async () => PNG.sync.read(Buffer.from(await page.screenshot({ clip })));
    const underlined = await shot();
    const options = await openExtensionPage('options.html');
    await (await options.waitForSelector('input[type=radio][value=none]'))!.click();
    await expect.poll(async () => (await highlightedTexts(page, 'siyaq-underline')).length, { timeout: 10_000 }).toBe(0);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const plain = await shot();
    await (await options.waitForSelector('input[type=radio][value=underline]'))!.click();
    await expect.poll(async () => (await highlightedTexts(page, 'siyaq-underline')).length, { timeout: 10_000 }).toBeGreaterThan(20);
    let changed = 0;
    for (let i = 0; i < plain.data.length; i += 4) {
      const d = Math.max(...[0, 1, 2].map((c) => Math.abs(plain.data[i + c]! - underlined.data[i + c]!)));
      if (d > 8) changed++;
    }
    // The mark's tint fills its box; the dotted line runs under it.
    expect(changed / (plain.data.length / 4)).toBeGreaterThan(0.3);
    await options.close();
    await page.close();
  });

  it('threw no error on any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
