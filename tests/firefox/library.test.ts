// The reader's library in the Firefox build (Readability runs in the
// background page there): a fixture news page saved from the popup shows its
// passage, as the reader's, in the card of a name on another page; a tracked
// name is marked on pages and its card lists the bundled passages naming it;
// the library exported from one profile is imported into a fresh one through
// the options page, with its tracked name.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { libraryArticlePage } from '../e2e/fixtures/library-pages';
import { startStaticServer, type StaticServer } from '../e2e/harness/static-server';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './harness/firefox-browser';
import { eventually, inCard, pointOfWord, settledHighlights } from './harness/firefox-probes';

const OTHER_PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>خبر آخر</title></head>
<body><h1>خبر آخر</h1><p>عاد الهدوء إلى ستيباناكرت بعد أيام من القتال.</p><p>وقالت سلمى حداد إن المدينة تحتاج إلى مساعدات عاجلة.</p></body></html>`;

// Telegram is no topic of the built-in pack, but its Euronews article names it once.
const TELEGRAM_PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>منصات</title></head>
<body><h1>منصات</h1><p>نشرت الوزارة بيانها الجديد على تلغرام مساء أمس.</p></body></html>`;

let firefox: FirefoxWithExtension;
let server: StaticServer;
let dir: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'siyaq-ff-library-'));
  server = await startStaticServer([]);
  server.put('/world/karabakh-day.html', libraryArticlePage());
  server.put('/other.html', OTHER_PAGE);
  server.put('/telegram.html', TELEGRAM_PAGE);
  firefox = await launchFirefoxWithExtension();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** See firefox.test.ts: moz-extension:// loads report no navigation over BiDi, so the document says when it is ready. */
async function openExtensionPage(ff: FirefoxWithExtension, path: string, ready: string): Promise<Page> {
  const page = await ff.browser.newPage();
  page.on('pageerror', (err) => pageErrors.push(`${path}: ${String(err)}`));
  void page.goto(ff.extensionUrl(path), { timeout: 15_000 }).catch(() => undefined);
  await eventually(async () => ((await page.evaluate((s) => !!document.querySelector(s), ready).catch(() => false)) ? true : null), path);
  return page;
}

async function openPage(ff: FirefoxWithExtension, path: string, minMarks: number): Promise<Page> {
  const page = await ff.browser.newPage();
  page.on('pageerror', (err) => pageErrors.push(`${path}: ${String(err)}`));
  await page.goto(server.url(path));
  await settledHighlights(page, minMarks);
  return page;
}

/** Asks the background from an extension page, as the popup and options page do. */
async function ask<T>(page: Page, message: object): Promise<T> {
  return page.evaluate(
    (m) =>
      (globalThis as unknown as { browser: { runtime: { sendMessage: (m: object) => Promise<unknown> } } }).browser.runtime.sendMessage(m),
    message,
  ) as Promise<T>;
}

/** The passages (text and caption) of the card a hover on word opens, read through BiDi from the closed shadow root. */
async function cardPassages(page: Page, word: string): Promise<{ text: string; source: string }[]> {
  const point = await pointOfWord(page, word);
  await page.mouse.move(point.x - 40, point.y - 40);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  const passages = await eventually(
    () =>
      inCard<{ text: string; source: string }[] | null>(
        page,
        `(root) => {
          const card = root ? root.querySelector('.siyaq-card[data-topic]') : null;
          if (!card) return null;
          return [...card.querySelectorAll('.siyaq-passage')].map((p) => ({
            text: (p.querySelector('.siyaq-passage__text') || {}).textContent || '',
            source: (p.querySelector('.siyaq-passage__source') || {}).textContent || '',
          }));
        }`,
      ),
    `the card of ${word}`,
  );
  await page.mouse.move(5, 5);
  return passages;
}

describe('the library in Firefox', () => {
  it('saves a news page from the popup; its passage shows, as the reader’s, in the card of a name on another page', async () => {
    const options = await openExtensionPage(firefox, 'options.html', '.knowledge__pack');
    const article = await openPage(firefox, '/world/karabakh-day.html', 1);
    await article.bringToFront();
    // The popup is opened for a named tab, as the toolbar button does for the active one.
    const [tab] = await options.evaluate(() =>
      (globalThis as unknown as { browser: { tabs: { query: (q: object) => Promise<{ id: number }[]> } } }).browser.tabs.query({
        active: true,
        currentWindow: true,
      }),
    );
    expect(tab?.id).toBeGreaterThan(0);
    const popup = await openExtensionPage(firefox, `popup.html?tab=${tab!.id}`, '#siyaq-save-article');
    await (await popup.waitForSelector('#siyaq-save-article'))!.click();
    const status = await eventually(
      () => popup.evaluate(() => document.querySelector('.library-save__status')?.textContent ?? null),
      'the save’s outcome',
      20_000,
    );
    expect(status).toContain('قره باغ: يوم من القتال');
    expect(await popup.evaluate(() => document.querySelector('.library-save__status--problem'))).toBeNull();
    await popup.close();

    const listed = await ask<{ ok: boolean; value: { title: string; site: string; date: string | null }[] }>(options, {
      type: 'siyaq:library-list',
    });
    expect(listed.value.map((s) => [s.title, s.site, s.date])).toEqual([['قره باغ: يوم من القتال', 'أخبار المثال', '2023-09-19']]);

    const other = await openPage(firefox, '/other.html', 1);
    // The library pack is merged a moment after the save: the page is read again until the card has it.
    const saved = await eventually(
      async () => {
        await other.reload();
        await settledHighlights(other, 1);
        const passages = await cardPassages(other, 'ستيباناكرت');
        return passages.find((p) => p.text.includes('أصوات الانفجارات')) ?? null;
      },
      'the saved passage in the card',
      30_000,
    );
    expect(saved.source).toContain('مكتبتي');
    expect(saved.source).toContain('أخبار المثال');
    await other.close();
    await article.close();
    await options.close();
  });

  it('tracks a name: it is marked on pages, and its card lists the built-in articles that name it', async () => {
    const options = await openExtensionPage(firefox, 'options.html', '.knowledge__pack');
    expect(await ask(options, { type: 'siyaq:library-track', name: 'الحكومة' })).toEqual({
      ok: true,
      value: { ok: false, reason: 'common' },
    });
    expect(await ask(options, { type: 'siyaq:library-track', name: 'سلمى حداد' })).toMatchObject({
      ok: true,
      value: { ok: true, added: true },
    });
    const other = await openPage(firefox, '/other.html', 1);
    await eventually(
      async () => {
        await other.reload();
        return (await settledHighlights(other, 1)).includes('سلمى حداد') ? true : null;
      },
      'the tracked name marked',
      20_000,
    );
    await other.close();

    // A tracked name's card lists where the built-in pack's articles name it, with their source and date.
    expect(await ask(options, { type: 'siyaq:library-track', name: 'تلغرام' })).toMatchObject({ ok: true, value: { ok: true } });
    const telegram = await openPage(firefox, '/telegram.html', 1);
    const bundled = await eventually(
      async () => {
        await telegram.reload();
        await settledHighlights(telegram, 1);
        const passages = await cardPassages(telegram, 'تلغرام');
        return passages.find((p) => p.text.includes('وقالت وزارة الدفاع في بيان على تلغرام')) ?? null;
      },
      'the bundled passage in the tracked name’s card',
      20_000,
    );
    expect(bundled.source).toContain('يورونيوز');
    expect(bundled.source).toContain('2023');
    await telegram.close();
    await options.close();
  });

  it('exports the library and imports it into a fresh profile: its article and tracked name come along', async () => {
    const options = await openExtensionPage(firefox, 'options.html', '.knowledge__pack');
    const exported = await ask<{ ok: boolean; value: string }>(options, { type: 'siyaq:library-export' });
    expect(exported.ok).toBe(true);
    const file = join(dir, 'library.siyaq');
    writeFileSync(file, exported.value);
    await options.close();

    const fresh = await launchFirefoxWithExtension();
    try {
      const page = await openExtensionPage(fresh, 'options.html', '#siyaq-library-import');
      const input = (await page.waitForSelector('#siyaq-library-import')) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(file);
      const status = await eventually(
        () => page.evaluate(() => document.querySelector('.library__status')?.textContent ?? null),
        'the import',
      );
      expect(status).toMatch(/1/);
      const titles = await eventually(async () => {
        const all = await page.evaluate(() => [...document.querySelectorAll('.library__title')].map((t) => t.textContent ?? ''));
        return all.includes('سلمى حداد') && all.includes('قره باغ: يوم من القتال') ? all : null;
      }, 'the imported article and tracked name listed');
      expect(titles).toEqual(expect.arrayContaining(['قره باغ: يوم من القتال', 'سلمى حداد']));

      const other = await openPage(fresh, '/other.html', 1);
      await eventually(
        async () => {
          await other.reload();
          return (await settledHighlights(other, 1)).includes('سلمى حداد') ? true : null;
        },
        'the tracked name marked in the fresh profile',
        20_000,
      );
      const passages = await cardPassages(other, 'ستيباناكرت');
      expect(passages.some((p) => p.text.includes('أصوات الانفجارات') && p.source.includes('مكتبتي'))).toBe(true);
      await other.close();
      await page.close();
    } finally {
      await fresh.close();
    }
  });

  it('threw no error on any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
