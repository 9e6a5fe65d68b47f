// News-aware cards in the built extension, in real Chromium: a card read
// against the page's date (dated and undated pages), who states each fact,
// and ambiguous names settled by their sentence, with the card saying so.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { cardLocator } from './harness/card-probe';
import { launchWithExtension, type ExtensionBrowser } from './harness/extension-browser';
import { hoverCard, settledMarks } from './harness/page-probes';
import { startStaticServer, type StaticServer } from './harness/static-server';

const ARTIFACTS = 'artifacts/e2e';
let browser: ExtensionBrowser;
let server: StaticServer;

function arabicPage(head: string, body: string): string {
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>خبر</title>${head}
<style>body{font:18px/2 'Noto Naskh Arabic',serif;max-width:40em;margin:2em auto}</style></head>
<body><article><h1>موسكو وبيونغ يانغ</h1>${body}</article></body></html>`;
}

const STORY = '<p>قال الرئيس فلاديمير بوتين إن العلاقات مع كوريا الشمالية تتطور، فيما تواصل أرمينيا مراجعة تحالفاتها.</p>';

const DATED = arabicPage('<meta property="article:published_time" content="2024-01-15T09:00:00Z">', STORY);
const NEWER = arabicPage('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-01-08"}</script>', STORY);
const UNDATED = arabicPage('', STORY);
const AMBIGUOUS = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sport and courts</title></head><body>
<p>The ICC prosecutor asked judges for an arrest warrant on Monday.</p>
<p>In cricket, the ICC confirmed the Champions Trophy schedule for June.</p>
</body></html>`;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startStaticServer([]);
  server.put('/dated.html', DATED);
  server.put('/newer.html', NEWER);
  server.put('/undated.html', UNDATED);
  server.put('/ambiguous.html', AMBIGUOUS);
  server.put('/correct.html', arabicPage('', '<p>قال بوتين إن القوات حررت كورسك، ورد باشينيان من يريفان.</p>'));
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  return page;
}

/** The dates and texts of facts in a part of the card. */
async function factTexts(page: Page, selector: string): Promise<string[]> {
  return cardLocator(page, `${selector} .siyaq-card__facts li`).allTextContents();
}

describe("a card read against the page's date", () => {
  it('splits the facts into up to the page and after it, setting the later ones apart', async () => {
    const page = await open('/dated.html');
    await settledMarks(page, 3);
    const card = await hoverCard(page, 'بوتين');
    await expect.poll(() => card.getAttribute('data-topic')).toBe('vladimir-putin');
    const section = card.locator('[data-page-date]');
    await expect.poll(() => section.getAttribute('data-page-date')).toBe('2024-01-15');
    const later = await factTexts(page, '[data-later]');
    // Signed in June 2024 and reported in April 2025: both after a page of January 2024.
    expect(later.some((f) => f.includes('2024') && f.includes('يونيو'))).toBe(true);
    expect(later.some((f) => f.includes('2025'))).toBe(true);
    const all = await factTexts(page, '[data-page-date]');
    const before = all.filter((f) => !later.includes(f));
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((f) => !f.includes('2025'))).toBe(true);
    expect(await card.locator('[data-later]').evaluate((el) => getComputedStyle(el).borderInlineStartStyle)).toBe('dashed');
    // Who states each fact is under it; the Rome Statute fact speaks from September 2023.
    expect(await card.locator('.siyaq-card__by').count()).toBe(all.length);
    expect(before.some((f) => f.includes('حتى 19 سبتمبر 2023'))).toBe(true);
    expect(await card.locator('[data-newer-than]').count()).toBe(0);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${ARTIFACTS}/card-dated-page.png` });
    await page.close();
  });

  it('says when the page is newer than the last fact Siyaq holds', async () => {
    const page = await open('/newer.html');
    await settledMarks(page, 3);
    const card = await hoverCard(page, 'أرمينيا');
    await expect.poll(() => card.getAttribute('data-topic')).toBe('armenia');
    await expect.poll(() => card.locator('[data-newer-than]').getAttribute('data-newer-than')).toBe('2023-09');
    expect(await card.locator('[data-later]').count()).toBe(0);
    await page.close();
  });

  it('keeps the plain card on a page with no date', async () => {
    const page = await open('/undated.html');
    await settledMarks(page, 3);
    const card = await hoverCard(page, 'بوتين');
    await expect.poll(() => card.locator('.siyaq-card__facts li').count()).toBeGreaterThan(2);
    expect(await card.locator('[data-page-date]').count()).toBe(0);
    expect(await card.locator('[data-later]').count()).toBe(0);
    // Analysts' view, attributed as such.
    await page.close();
  });
});

describe('ambiguous names settled by context', () => {
  it('marks ICC beside the court’s words, not beside cricket, and the card says why', async () => {
    const page = await open('/ambiguous.html');
    const marks = await settledMarks(page, 1);
    const icc = marks.filter((m) => m.text === 'ICC');
    expect(icc).toHaveLength(1);
    expect(icc[0]!.context).toContain('prosecutor');
    const card = await hoverCard(page, 'ICC');
    await expect.poll(() => card.getAttribute('data-topic')).toBe('international-criminal-court');
    const why = card.locator('.siyaq-card__why');
    await expect.poll(() => why.getAttribute('data-context')).toBe('cue');
    expect(await why.textContent()).toMatch(/اسم ملتبس.*«prosecutor»/);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${ARTIFACTS}/card-context.png` });
    await page.close();
  });
});

describe('not this one here', () => {
  it('removes the mark at once, keeps it gone after a reload, and leaves the others', async () => {
    const page = await open('/correct.html');
    const texts = async () => new Set((await settledMarks(page, 3)).map((m) => m.text));
    expect(await texts()).toEqual(new Set(['موسكو', 'بيونغ يانغ', 'بوتين', 'كورسك', 'باشينيان', 'يريفان']));
    const card = await hoverCard(page, 'كورسك');
    await expect.poll(() => card.getAttribute('data-topic')).toBe('kursk');
    await card.locator('[data-not-this-one="site"]').click();
    await expect.poll(async () => (await texts()).has('كورسك')).toBe(false);
    expect(await texts()).toContain('باشينيان');
    await page.reload();
    const after = await texts();
    expect(after.has('كورسك')).toBe(false);
    for (const name of ['بوتين', 'باشينيان', 'يريفان']) expect(after).toContain(name);
    // Another page of the site still marks its names.
    await page.goto(server.url('/dated.html'));
    expect(await texts()).toContain('فلاديمير بوتين');
    await page.close();
  });
});
