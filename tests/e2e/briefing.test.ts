// The popup's briefing for a dated news page with a frame, in real Chromium
// with the built extension: one timeline of the facts of every name in every
// frame, newest first around the page's own date, a fact several names share
// listed once with all of them, and each item opening its card or its passage
// in the reader.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { firstDay, lastDay } from '../../lib/cards/page-time';
import { compileContent } from '../../lib/knowledge/compile';
import { launchWithExtension, type ExtensionBrowser } from './harness/extension-browser';
import { settledMarks } from './harness/page-probes';
import { startStaticServer, type StaticServer } from './harness/static-server';

const ARTIFACTS = 'artifacts/e2e';
const PAGE_DATE = '2024-07-01';
let browser: ExtensionBrowser;
let server: StaticServer;

const STYLE = "<style>body{font:18px/2 'Noto Naskh Arabic',serif;max-width:40em;margin:2em auto}</style>";
// Putin in the page, North Korea only in its frame: the treaty fact both cite must come once, naming both.
const PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>خبر</title>
<meta property="article:published_time" content="${PAGE_DATE}T08:00:00Z">${STYLE}</head>
<body><article><h1>موسكو بعد القمة</h1>
<p>قال الرئيس فلاديمير بوتين إن القتال في كورسك لن يغيّر شيئاً، فيما تتهم أوكرانيا موسكو بالتصعيد.</p>
<iframe src="/frame.html" width="600" height="120" title="إطار"></iframe></article></body></html>`;
const FRAME = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">${STYLE}</head>
<body><p>وفي بيان منفصل أشادت وسائل الإعلام بالعلاقات مع كوريا الشمالية.</p></body></html>`;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startStaticServer([]);
  server.put('/dated.html', PAGE);
  server.put('/frame.html', FRAME);
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openBriefing(): Promise<{ page: Page; popup: Page }> {
  const page = await browser.context.newPage();
  await page.goto(server.url('/dated.html'));
  await settledMarks(page, 3);
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 460, height: 1400 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${await browser.tabIdOf(page)}`);
  // Names from the frame reach the list too.
  await popup.locator('.popup__mention[data-topic="north-korea"]').waitFor();
  await popup.locator('#siyaq-tab-briefing').click();
  await popup.locator('.briefing__item').first().waitFor();
  return { page, popup };
}

/** Each item's date (its own, else the day it speaks from) and its topics, in order, per part. */
function itemsIn(popup: Page, selector: string) {
  return popup.locator(`${selector} .briefing__item`).evaluateAll((items) =>
    items.map((li) => ({
      date: li.getAttribute('data-date') ?? '',
      text: li.querySelector('.briefing__fact')?.textContent ?? '',
      topics: [...li.querySelectorAll('.briefing__topic')].map((b) => b.getAttribute('data-topic')),
    })),
  );
}

describe('the popup’s briefing', () => {
  it('lists the facts of every frame’s names newest first, around the page’s date, each once', async () => {
    const { page, popup } = await openBriefing();
    expect(await popup.locator('#siyaq-tab-briefing').getAttribute('aria-selected')).toBe('true');
    const after = await itemsIn(popup, '[data-later]');
    const all = await itemsIn(popup, '.briefing');
    const marker = popup.locator('[data-page-marker]');
    expect(await marker.textContent()).toContain('2024');
    // What came after the page is on top and all of it is later than the page; the rest is up to it.
    expect(after.length).toBeGreaterThan(0);
    expect(all.slice(0, after.length)).toEqual(after);
    const pageEnd = lastDay(PAGE_DATE);
    expect(after.every((i) => firstDay(i.date) > pageEnd)).toBe(true);
    const rest = all.slice(after.length).filter((i) => i.date !== '');
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.every((i) => firstDay(i.date) <= pageEnd)).toBe(true);
    // The marker sits between the two parts.
    expect(
      await marker.evaluate((m) => {
        const later = document.querySelector('[data-later]')!;
        const firstBefore = m.parentElement!.querySelector(':scope > .briefing__list:not(.briefing__list--later) .briefing__item')!;
        return (
          !!(later.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING) &&
          !!(m.compareDocumentPosition(firstBefore) & Node.DOCUMENT_POSITION_FOLLOWING)
        );
      }),
    ).toBe(true);
    // Newest first throughout, undated last.
    const firstDays = all.filter((i) => i.date !== '').map((i) => firstDay(i.date));
    expect(firstDays).toEqual([...firstDays].sort().reverse());
    // Each fact once: no text twice, and the treaty's signing (Putin here, North Korea in the frame) once with both.
    const texts = all.map((i) => i.text);
    expect(new Set(texts).size).toBe(texts.length);
    const signed = (topic: string) => all.filter((i) => i.date === '2024-06-19' && i.topics.includes(topic));
    expect(signed('vladimir-putin')).toHaveLength(1);
    expect(signed('north-korea')).toEqual(signed('vladimir-putin'));
    // The Kursk attack, which Kursk and Ukraine both quote, once with both.
    const attack = all.filter((i) => i.date === '2024-08');
    expect(attack).toHaveLength(1);
    expect(attack[0]!.topics).toEqual(expect.arrayContaining(['kursk', 'ukraine']));
    // Arabic, right to left, in an Arabic font.
    const fact = popup.locator('.briefing__fact').first();
    expect(await fact.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await fact.evaluate((el) => getComputedStyle(el).fontFamily)).toContain('Noto Naskh Arabic');
    await popup.screenshot({ path: `${ARTIFACTS}/popup-briefing.png`, fullPage: true });
    await popup.close();
    await page.close();
  });

  it('opens a topic’s card from an item, and back to the briefing', async () => {
    const { page, popup } = await openBriefing();
    const item = popup.locator('.briefing__item', { has: popup.locator('.briefing__topic[data-topic="north-korea"]') }).first();
    await item.locator('.briefing__topic[data-topic="north-korea"]').click();
    await popup.locator('.siyaq-card[data-topic="north-korea"]').waitFor();
    await popup.keyboard.press('Escape');
    await popup.locator('.briefing__item').first().waitFor();
    expect(await popup.locator('#siyaq-tab-briefing').getAttribute('aria-selected')).toBe('true');
    await popup.close();
    await page.close();
  });

  it('opens an item’s passage in the reader, at the cited sentence', async () => {
    const { page, popup } = await openBriefing();
    const { details } = compileContent('content');
    const cite = details.topics['vladimir-putin']!.facts.find((f) => f.date === '2024-06-19')!.cite;
    const quote = details.articles.find((a) => a.id === cite.article)!.blocks[cite.block]!.text.slice(cite.start, cite.end);
    const item = popup
      .locator('.briefing__item[data-date="2024-06-19"]', { has: popup.locator('.briefing__topic[data-topic="vladimir-putin"]') })
      .locator('.briefing__fact');
    const [reader] = await Promise.all([browser.context.waitForEvent('page'), item.click()]);
    await reader.waitForURL(new RegExp(`reader\\.html\\?article=${cite.article}&block=${cite.block}&sentence=\\d+`));
    await reader.locator('mark.reader__target').first().waitFor();
    // The marked sentence (in pieces, between the names the reader links) holds the fact's quote.
    expect((await reader.locator('mark.reader__target').allTextContents()).join('')).toContain(quote);
    await reader.close();
    await popup.close();
    await page.close();
  });

  it('keeps the briefing off the popup’s first paint: asked for only when opened', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/dated.html'));
    await settledMarks(page, 3);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${await browser.tabIdOf(page)}`);
    await popup.locator('.popup__mention').first().waitFor();
    expect(await popup.locator('.briefing').count()).toBe(0);
    const paint = await popup.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
    expect(paint).not.toBeNull();
    // A figure to read, not to assert (the machine is shared): the bench compares it with the build before.
    writeFileSync(`${ARTIFACTS}/popup-first-paint.json`, JSON.stringify({ firstContentfulPaintMs: paint }) + '\n');
    await popup.close();
    await page.close();
  });
});
