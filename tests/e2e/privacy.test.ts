// "Nothing leaves the browser": every request made while Siyaq is used — marks,
// hover card, a card's reader link, the popup's search, the reader and the
// options page — is recorded, and any that goes anywhere but the localhost
// fixture server or the extension's own files fails the test. Requests from the
// extension's service worker are heard too (Chromium reports them to the context).
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Request, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { libraryArticlePage } from './fixtures/library-pages';
import { newsPageAr } from './fixtures/pages';
import { cardLocator } from './harness/card-probe';
import { launchWithExtension, type ExtensionBrowser } from './harness/extension-browser';
import { hoverCard, settledMarks } from './harness/page-probes';
import { startStaticServer, type StaticServer } from './harness/static-server';
import { restartWorker } from './harness/worker-restart';

interface Recorded {
  url: string;
  /** Who asked: the service worker, or the page (tab or extension page) and its address. */
  from: string;
}

let browser: ExtensionBrowser;
let server: StaticServer;
let worker: Worker;
const recorded: Recorded[] = [];

function originOf(request: Request): string {
  const sw = request.serviceWorker();
  if (sw) return `service worker ${sw.url()}`;
  try {
    return `page ${request.frame().page().url()}`;
  } catch {
    return 'unknown';
  }
}

/** Requests that went neither to the fixture server nor to this extension's own files. */
function leaks(): Recorded[] {
  const own = `chrome-extension://${browser.extensionId}/`;
  const fixtures = new URL(server.url('/')).origin;
  return recorded.filter(
    ({ url }) => !url.startsWith(own) && new URL(url).origin !== fixtures && !url.startsWith('data:') && !url.startsWith('blob:'),
  );
}

beforeAll(async () => {
  server = await startStaticServer([]);
  server.put('/news-ar.html', newsPageAr());
  // Outside resources in a page the reader saves: the extension's copy of the page must fetch none of them.
  server.put(
    '/saved-ar.html',
    libraryArticlePage(
      'قره باغ: يوم من القتال',
      '<img src="https://images.example/photo.jpg"><link rel="stylesheet" href="https://cdn.example/site.css"><iframe src="https://ads.example/frame"></iframe><video src="https://media.example/v.mp4"></video>',
    ),
  );
  browser = await launchWithExtension();
  browser.context.on('request', (request) => recorded.push({ url: request.url(), from: originOf(request) }));
  browser.context.on('page', (page) =>
    page.on('websocket', (ws) => recorded.push({ url: ws.url(), from: `page ${page.url()} (WebSocket)` })),
  );
  // The extension's worker started before anything listened: stop it and start
  // it again, so that its start-up code runs in front of the recorder. (What runs
  // only on install, the context-menu entry, cannot be replayed this way: reloading
  // an unpacked extension unloads it.)
  await restartWorker(browser);
  worker = browser.worker;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function extensionUrl(path: string): string {
  return `chrome-extension://${browser.extensionId}/${path}`;
}

describe('privacy', () => {
  it('the recorder hears the service worker and the extension pages, and flags what leaves', async () => {
    expect(new URL(worker.url()).host).toBe(browser.extensionId);
    // Requests to the outside world, from the worker and from an extension page,
    // are flagged with who made them (the harness blocks them, so they fail).
    try {
      await worker.evaluate(async () => {
        await fetch('https://example.com/siyaq-canary-worker').catch(() => undefined);
      });
      const popup = await browser.context.newPage();
      await popup.goto(extensionUrl('popup.html'));
      await popup.evaluate(async () => {
        await fetch('https://example.com/siyaq-canary-page').catch(() => undefined);
      });
      await popup.close();
      await expect
        .poll(() =>
          leaks()
            .map((r) => `${r.url} ← ${r.from.split(' ')[0]}`)
            .sort(),
        )
        .toEqual(['https://example.com/siyaq-canary-page ← page', 'https://example.com/siyaq-canary-worker ← service']);
    } finally {
      // Only the canaries are forgotten: anything else stays for the next test to report.
      const kept = recorded.filter((r) => !r.url.includes('/siyaq-canary-'));
      recorded.splice(0, recorded.length, ...kept);
    }
  });

  it('the extension sends nothing anywhere while a page, its card, the reader, the popup and the options are used', async () => {
    // A news page: marks, a hover card with passages, then a card's link to the reader.
    const page = await browser.context.newPage();
    await page.goto(server.url('/news-ar.html'));
    await settledMarks(page, 20);
    const card = await hoverCard(page, 'باشينيان');
    await expect.poll(() => card.locator('.siyaq-passage').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    await hoverCard(page, 'كورسك');
    const link = cardLocator(page, '.siyaq-passage__source .siyaq-link').first();
    await link.waitFor();
    const [fromCard] = await Promise.all([browser.context.waitForEvent('page'), link.click()]);
    await fromCard.waitForURL(/reader\.html\?article=/);
    await fromCard.locator('mark.reader__target').first().waitFor();
    await fromCard.close();

    // The popup for that tab (what the page mentions), then its search.
    await page.bringToFront();
    const tabId = await worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { tabs: { query: (q: object) => Promise<{ id?: number }[]> } } }).chrome;
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? -1;
    });
    const popup = await browser.context.newPage();
    await popup.goto(extensionUrl(`popup.html?tab=${tabId}`));
    await popup.locator('.popup__mention').first().waitFor({ timeout: 10_000 });
    await popup.locator('#siyaq-search').fill('كاراباخ');
    await popup.locator('#siyaq-hit-0').waitFor();
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('.siyaq-card').getAttribute('data-topic')).toBe('nagorno-karabakh');
    await popup.close();

    // The reader on its own, and a mention in it opening a card.
    const reader = await browser.context.newPage();
    await reader.goto(extensionUrl('reader.html?article=euronews-2023-09-19-moscow-yerevan&block=10&sentence=0'));
    await reader.locator('.reader__mention').first().click();
    await reader.locator('.reader__card .siyaq-card').waitFor();
    await reader.close();

    // The options page, changing a setting that reaches the open page, and back.
    const options = await browser.context.newPage();
    await options.goto(extensionUrl('options.html'));
    await options.locator('input[type=radio][value=background]').check();
    await options.locator('input[type=radio][value=underline]').check();
    await options.close();
    await page.close();

    // Anything sent late (a timer, a beacon on close) gets a moment to show.
    await new Promise((done) => setTimeout(done, 1500));
    // The recorder did hear this session: the fixture page and the extension pages' own scripts.
    const urls = recorded.map((r) => r.url);
    expect(urls).toContain(server.url('/news-ar.html'));
    for (const chunk of ['popup', 'reader', 'options']) {
      expect(
        urls.some((u) => u.startsWith(extensionUrl(`chunks/${chunk}-`))),
        chunk,
      ).toBe(true);
    }
    expect(leaks()).toEqual([]);
  });

  it('sends nothing anywhere while an article is saved, a name tracked, and the library exported and imported', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/saved-ar.html'));
    await page.waitForFunction(() => performance.getEntriesByName('siyaq:scan').length > 0, null, { timeout: 20_000 });
    await page.bringToFront();
    const tabId = await worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { tabs: { query: (q: object) => Promise<{ id?: number }[]> } } }).chrome;
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? -1;
    });
    const popup = await browser.context.newPage();
    await popup.goto(extensionUrl(`popup.html?tab=${tabId}`));
    await popup.locator('#siyaq-save-article').click();
    await expect.poll(() => popup.locator('.library-save__status').textContent(), { timeout: 20_000 }).toContain('قره باغ');
    // Tracking a name, as the selection's menu entry asks the background.
    const tracked = await popup.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: object) => Promise<unknown> } } }).chrome.runtime.sendMessage({
        type: 'siyaq:library-track',
        name: 'سلمى حداد',
      }),
    );
    expect(tracked).toMatchObject({ ok: true, value: { ok: true } });
    await popup.close();

    const options = await browser.context.newPage();
    await options.goto(extensionUrl('options.html'));
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('#siyaq-library-export').click()]);
    const file = join(tmpdir(), `siyaq-privacy-${process.pid}.siyaq`);
    await download.saveAs(file);
    await options.locator('#siyaq-library-delete-all').click();
    await options.locator('#siyaq-library-confirm-yes').click();
    await options.locator('#siyaq-library-import').setInputFiles(file);
    await expect.poll(() => options.locator('.library__status').textContent(), { timeout: 20_000 }).toContain('1');
    await expect.poll(() => options.locator('#siyaq-library-list .library__title').allTextContents()).toEqual(['قره باغ: يوم من القتال']);
    await options.close();
    await page.close();

    await new Promise((done) => setTimeout(done, 1500));
    const urls = recorded.map((r) => r.url);
    expect(urls).toContain(server.url('/saved-ar.html'));
    // The page itself asked for its images and styles (blocked by the harness); Siyaq's copy of it did not.
    const outside = leaks().filter((r) => !r.from.startsWith(`page ${server.url('/saved-ar.html')}`));
    rmSync(file, { force: true });
    expect(outside).toEqual([]);
  });
});
