// The reader's library at 5,000 saved articles: what one more save costs in
// the background, step by step as the background does it (link the article's
// passages with the detector, link it into the "My library" pack, put it into
// the merged knowledge in place, add it to the search index), each beside the
// same step on an empty library measured in this run; and popup search per
// keystroke with the library merged in, beside the built-in pack alone. The
// old way (the whole pack rebuilt, re-serialised and merged again) is timed
// too, as the figure the delta replaces.
//
// Then end to end in Chromium with the built extension: "Save this article"
// clicked in the popup until it says saved (the tab's HTML, Readability,
// linking, IndexedDB's write, the delta), with 5,000 saved articles written
// into the library's database beside the same save with one saved article,
// in the same browser.
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';

import { createDetector } from '../lib/detect';
import { compileContent } from '../lib/knowledge/compile';
import { knownTopics } from '../lib/library/library-knowledge';
import { buildLibraryPack, LIBRARY_PACK_ID, linkArticle } from '../lib/library/library-pack';
import { linkBlocks, summaryOf, type SavedRecord } from '../lib/library/saved-record';
import { mergePacks, type MergedKnowledge } from '../lib/packs/merge';
import { SearchIndex } from '../lib/search/search-index';
import { applyPackDelta } from '../lib/store/article-delta';
import { libraryArticlePage } from '../tests/e2e/fixtures/library-pages';
import { launchWithExtension, type ChromeTabsApi } from '../tests/e2e/harness/extension-browser';
import { startStaticServer } from '../tests/e2e/harness/static-server';
import { savedRecord } from '../tests/unit/library/saved-fixture';
import { describe, keystrokes } from './keystrokes';

const SAVED = 5000;
const QUERIES = ['قرة باغ', 'كاراباخ', 'karabakh', 'kursk', 'باشنيان', 'ممر لاتشين', 'moscow', 'يريفان ترد', 'المفاوضات بين'];

const real = compileContent('content');
const builtin = { meta: { id: 'siyaq', title: { ar: 'سياق', en: 'Siyaq' } }, names: real.names, details: real.details };
const detector = createDetector(real.names);
const detect = (text: string) => detector.detect(text).map(({ topic, start, end }) => ({ topic, start, end }));
const known = knownTopics(real.names);
const priority = new Map([
  ['siyaq', 0],
  [LIBRARY_PACK_ID, 1],
]);

/** The real articles' text, every sentence made this record's own (so no two saved sentences are the same). */
function blocksOf(i: number) {
  const article = real.details.articles[i % real.details.articles.length]!;
  return article.blocks.map(({ kind, text }) => ({ kind, text: text.replace(/([.!?؟])(\s|$)/g, ` ${i}$1$2`) }));
}

function records(count: number): SavedRecord[] {
  return Array.from({ length: count }, (_, i) => savedRecord(i, () => blocksOf(i)));
}

function time<T>(work: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = work();
  return { ms: performance.now() - t0, value };
}

interface Library {
  saved: SavedRecord[];
  knowledge: MergedKnowledge;
  index: SearchIndex;
}

function library(count: number): Library {
  const saved = records(count);
  const knowledge = mergePacks([builtin, buildLibraryPack(saved, known)]);
  return { saved, knowledge, index: new SearchIndex(knowledge.names, knowledge.details) };
}

/** One more save, as the background does it after the record is stored. */
function saveOneMore({ saved, knowledge, index }: Library, n: number) {
  const i = 900_000 + n;
  const link = time(() => linkBlocks(blocksOf(i), detect));
  const record: SavedRecord = { ...saved[0]!, id: `mine-${i.toString(16).padStart(20, '0')}`, blocks: link.value, savedAt: Date.now() };
  const pack = time(() => linkArticle(record, knownTopics(knowledge.names), new Map()));
  const merge = time(() => applyPackDelta(knowledge, LIBRARY_PACK_ID, priority, { put: [pack.value], remove: [] }));
  const search = time(() => merge.value.put.forEach((a) => index.addArticle(a)));
  return { link: link.ms, pack: pack.ms, merge: merge.ms, search: search.ms, total: link.ms + pack.ms + merge.ms + search.ms };
}

/** The median of several saves, step by step. */
function saves(lib: Library, count: number) {
  const runs = Array.from({ length: count }, (_, n) => saveOneMore(lib, n + (lib.saved.length > 1 ? 1000 : 0)));
  const median = (pick: (r: (typeof runs)[number]) => number) => runs.map(pick).sort((a, b) => a - b)[runs.length >> 1]!;
  return {
    link: median((r) => r.link),
    pack: median((r) => r.pack),
    merge: median((r) => r.merge),
    search: median((r) => r.search),
    total: median((r) => r.total),
  };
}

export function runLibraryBench(): void {
  console.log(
    `\nLibrary: one more save with ${SAVED.toLocaleString('en')} saved articles (targets: save ≤ 300 ms end to end, search p95 < 10 ms)`,
  );
  saves(library(1), 5); // warm up
  const empty = saves(library(1), 9);
  const build = time(() => library(SAVED));
  const big = build.value;
  const full = saves(big, 9);
  const row = (label: string, a: number, b: number) =>
    console.log(
      `  ${label.padEnd(40)} ${b.toFixed(2).padStart(8)} ms   (empty library: ${a.toFixed(2)} ms, ${(b / Math.max(a, 0.01)).toFixed(1)}×)`,
    );
  row('link the new article (detector)', empty.link, full.link);
  row('link it into the My library pack', empty.pack, full.pack);
  row('put it into the merged knowledge', empty.merge, full.merge);
  row('add it to the search index', empty.search, full.search);
  row('background CPU for one save', empty.total, full.total);

  // What each save cost before the delta: the whole pack rebuilt, serialised and merged again.
  const all = records(SAVED);
  const old = time(() => {
    const pack = buildLibraryPack(all, known);
    const json = JSON.stringify({ names: pack.names, details: pack.details });
    mergePacks([builtin, pack]);
    return json.length;
  });
  console.log(
    `  the whole pack rebuilt, serialised and merged (the old way, ${(old.value / 1048576).toFixed(1)} MiB of JSON): ${old.ms.toFixed(0)} ms, ${(old.ms / Math.max(full.total, 0.01)).toFixed(0)}× the delta`,
  );

  const bundled = new SearchIndex(real.names, real.details);
  keystrokes(bundled, QUERIES);
  const base = keystrokes(bundled, QUERIES, 5);
  keystrokes(big.index, QUERIES);
  const lib = keystrokes(big.index, QUERIES, 5);
  const sliced = time(() => new SearchIndex(big.knowledge.names, big.knowledge.details));
  console.log(
    `  popup search per keystroke                ${describe(lib)} with the library; built-in alone ${describe(base)} ` +
      `(p95 ${(lib.wall.p95 / Math.max(base.wall.p95, 0.001)).toFixed(1)}×, CPU ${(lib.cpu.p95 / Math.max(base.cpu.p95, 0.001)).toFixed(1)}×)`,
  );
  console.log(
    `  search index of all ${SAVED.toLocaleString('en')} saved articles       built in ${sliced.ms.toFixed(0)} ms when the background loads (in slices, never on a keystroke)`,
  );
}

/** Clicks "Save this article" in the popup for the page at url; the time until the popup says it is saved. */
async function saveFromPopup(open: (path: string) => Promise<{ popup: Page }>, path: string): Promise<number> {
  const { popup } = await open(path);
  const t0 = performance.now();
  await popup.locator('#siyaq-save-article').click();
  const status = popup.locator('.library-save__status');
  await status.waitFor({ timeout: 120_000 });
  const ms = performance.now() - t0;
  const text = (await status.textContent()) ?? '';
  if (!text.includes('حُفظت')) throw new Error(`save of ${path} said: ${text}`);
  await popup.close();
  return ms;
}

export async function runLibraryBrowserBench(): Promise<void> {
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
  const server = await startStaticServer([]);
  for (let i = 0; i < 20; i++) server.put(`/news/${i}.html`, libraryArticlePage(`مقالة ${i}: قره باغ ويريفان`));
  server.put('/records.json', JSON.stringify(records(SAVED).map((r) => ({ record: r, summary: summaryOf(r) }))));
  const ext = await launchWithExtension();
  const url = (path: string) => `chrome-extension://${ext.extensionId}/${path}`;
  const open = async (path: string) => {
    const page = await ext.context.newPage();
    await page.goto(server.url(path));
    await page.waitForFunction(() => performance.getEntriesByName('siyaq:scan').length > 0, null, { timeout: 60_000 });
    // The extension's current worker (it is a new one after the restart below) finds the tab.
    await page.bringToFront();
    const worker = ext.context.serviceWorkers().at(-1) ?? (await ext.context.waitForEvent('serviceworker'));
    const tab = await worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: ChromeTabsApi }).chrome;
      const [found] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      return found?.id ?? -1;
    });
    const popup = await ext.context.newPage();
    await popup.goto(url(`popup.html?tab=${tab}`));
    return { popup };
  };
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  try {
    await saveFromPopup(open, '/news/0.html'); // the first save lists the "My library" pack
    const small = [];
    for (let i = 1; i <= 5; i++) small.push(await saveFromPopup(open, `/news/${i}.html`));

    // 5,000 more, written straight into the library's database, then the worker restarted to load them.
    const options = await ext.context.newPage();
    await options.goto(url('options.html'));
    await options.evaluate(async (address) => {
      const rows = (await (await fetch(address)).json()) as { record: { id: string }; summary: unknown }[];
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('siyaq-library');
        request.addEventListener('success', () => resolve(request.result));
        request.addEventListener('error', () => reject(request.error));
      });
      const tx = db.transaction(['articles', 'summaries'], 'readwrite');
      for (const { record, summary } of rows) {
        tx.objectStore('articles').put(record);
        tx.objectStore('summaries').put(summary);
      }
      await new Promise((resolve, reject) => {
        tx.addEventListener('complete', resolve);
        tx.addEventListener('error', () => reject(tx.error));
      });
      db.close();
    }, server.url('/records.json'));
    // The worker stopped, as the browser stops an idle one: the next message starts it with the library as stored.
    const cdp = await ext.context.newCDPSession(options);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await options.close();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const cold = await saveFromPopup(open, '/news/6.html');
    // The first search waits for the search index, built slice by slice since the worker started.
    const { popup } = await open('/news/6.html');
    const t0 = performance.now();
    await popup.locator('#siyaq-search').fill('يريفان');
    await popup.locator('#siyaq-results li').first().waitFor({ timeout: 300_000 });
    const firstSearch = performance.now() - t0;
    await popup.close();
    const big = [];
    for (let i = 7; i <= 11; i++) big.push(await saveFromPopup(open, `/news/${i}.html`));
    console.log(
      `  Chromium, "Save this article" to saved     ${median(big).toFixed(0)} ms with ${SAVED.toLocaleString('en')} saved (median of ${big.length}); ` +
        `with a handful saved: ${median(small).toFixed(0)} ms (${(median(big) / median(small)).toFixed(2)}×); ` +
        `first save after the worker restarts (it loads the library): ${cold.toFixed(0)} ms; ` +
        `first search then (it waits for the search index): ${firstSearch.toFixed(0)} ms`,
    );
  } finally {
    await ext.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runLibraryBench();
  await runLibraryBrowserBench();
}
