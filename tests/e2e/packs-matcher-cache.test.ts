// The background keeps the tabs' matcher in IndexedDB so that a restarted
// worker need not build it again; a matcher cached by an older Siyaq, in a
// format tabs no longer load, must be built again instead of being handed to
// tabs. Here the cache is rewritten, from an extension page, in the
// extension's real IndexedDB, to an older format with damaged data, and the
// worker is restarted.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { MATCHER_FORMAT } from '../../lib/detect/compiled';
import { buildPack } from '../../lib/packs/build';
import { DB_NAME } from '../../lib/store/db';
import { launchWithExtension, type ExtensionBrowser } from './harness/extension-browser';
import { hoverCard, markedRanges } from './harness/page-probes';
import { startStaticServer, type StaticServer } from './harness/static-server';
import { restartWorker } from './harness/worker-restart';

const ARTIFACTS = 'artifacts/e2e';
const PACK_NAME = 'Zorvath Harbour';
const PACK_BACKGROUND = 'ميناء أُعيد فتحه بعد عاصفة.';

let browser: ExtensionBrowser;
let server: StaticServer;
let dir: string;
let packFile: string;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'siyaq-matcher-cache-'));
  packFile = join(dir, 'harbours.siyaq');
  writeFileSync(packFile, await buildPack('tests/e2e/fixtures/pack-content'));
  server = await startStaticServer([]);
  server.put(
    '/harbour.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour news</title></head>
<body><p>Ships are back at ${PACK_NAME} this week, officials said.</p>
<p>Kim Jong Un said the victory in Kursk foiled Western adventures.</p></body></html>`,
  );
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The cached union matcher as it is stored (only what this test reads). */
interface CachedMatcher {
  revision: string;
  matcher: { format: unknown; data: string };
}

/** Reads the cache, and writes it when `rewrite` is given, in one transaction of the page's own IndexedDB. */
function cacheInPage(page: Page, rewrite?: { format: number; data: string }): Promise<CachedMatcher | undefined> {
  return page.evaluate(
    ({ name, rewrite }) =>
      new Promise<CachedMatcher | undefined>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.addEventListener('error', () => reject(open.error ?? new Error('indexedDB.open failed')));
        open.addEventListener('success', () => {
          const db = open.result;
          const tx = db.transaction('matcher', 'readwrite');
          const store = tx.objectStore('matcher');
          let entry: CachedMatcher | undefined;
          const get = store.get('union');
          get.addEventListener('success', () => {
            entry = get.result as CachedMatcher | undefined;
            if (entry && rewrite) store.put({ ...entry, matcher: { ...entry.matcher, ...rewrite } });
          });
          tx.addEventListener('complete', () => {
            db.close();
            resolve(entry);
          });
          tx.addEventListener('error', () => {
            db.close();
            reject(tx.error ?? new Error('transaction failed'));
          });
        });
      }),
    { name: DB_NAME, rewrite },
  );
}

async function extensionPage(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
}

const markedTexts = async (page: Page) => new Set((await markedRanges(page)).map((m) => m.text));

describe('the cached matcher after an update of Siyaq (Chromium, real IndexedDB)', () => {
  it('a cached matcher of an older format is built again, and the pack topic is still marked', async () => {
    const options = await extensionPage('options.html');
    await options.locator('.knowledge__pack').first().waitFor();
    await options.locator('#siyaq-pack-file').setInputFiles(packFile);
    await expect.poll(() => options.locator('.knowledge__status').textContent()).toContain('1.0');

    // A tab asks for the matcher: the background builds it for both packs and caches it.
    const first = await browser.context.newPage();
    await first.goto(server.url('/harbour.html'));
    await expect.poll(() => markedTexts(first), { timeout: 10_000 }).toContain(PACK_NAME);
    await first.close();
    const built = await cacheInPage(options);
    expect(built?.revision).toContain('e2e-harbours');
    expect(built?.matcher.format).toBe(MATCHER_FORMAT);

    // As if an older Siyaq had cached it: an older format number, and data this one cannot read.
    await cacheInPage(options, { format: MATCHER_FORMAT - 1, data: 'AAAA' });
    const old = await cacheInPage(options);
    expect(old?.matcher).toMatchObject({ format: MATCHER_FORMAT - 1, data: 'AAAA' });
    expect(old?.revision).toBe(built?.revision);
    await options.close();

    await restartWorker(browser);

    const news = await browser.context.newPage();
    await news.goto(server.url('/harbour.html'));
    await expect.poll(() => markedTexts(news), { timeout: 10_000 }).toContain(PACK_NAME);
    expect(await markedTexts(news)).toContain('Kursk');
    const card = await hoverCard(news, PACK_NAME);
    expect(await card.getAttribute('data-topic')).toBe('zorvath-harbour');
    await expect.poll(() => card.textContent()).toContain(PACK_BACKGROUND);
    await news.screenshot({ path: `${ARTIFACTS}/pack-card-rebuilt-matcher.png` });
    await news.close();

    // The cache now holds the matcher built again, in the current format: the same one as before.
    const reader = await extensionPage('options.html');
    const rebuilt = await cacheInPage(reader);
    expect(rebuilt?.revision).toBe(built?.revision);
    expect(rebuilt?.matcher.format).toBe(MATCHER_FORMAT);
    expect(rebuilt?.matcher.data).toBe(built?.matcher.data);
    await reader.close();
    expect(browser.errors).toEqual([]);
  });
});
