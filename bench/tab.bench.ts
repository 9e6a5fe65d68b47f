// Per-tab cost of the detector in real Chromium: `tsx bench/tab.bench.ts`.
//
// Each tab is a plain localhost page with the bundled detector code. It is
// handed the names (what a tab got before: it parsed them and built the
// detector with createDetector) or the compiled matcher (what a tab gets
// now: loadMatcher makes views on its data), as the JSON text a message
// carries, and we measure the main-thread time from that text to a detector
// ready to detect, and the JS heap it adds (CDP Runtime.getHeapUsage after a
// forced garbage collection, before and after, the detector kept alive;
// ArrayBuffer backing stores, where the compiled matcher's arrays live, are
// counted too). Twenty tabs per case; a tab that is handed nothing is the
// baseline for the heap. Knowledge: the built-in topics, and the built-in
// ones plus the 5,000 topics of the synthetic corpus (bench/synthetic-corpus.ts).
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';

import { compileMatcher } from '../lib/detect';
import { compileSources } from '../lib/knowledge/compile';
import { markedNames } from '../lib/knowledge/names';
import { readContentFiles } from '../lib/knowledge/read-content';
import type { NamesIndex } from '../lib/knowledge/types';
import { findChromium } from '../tests/e2e/harness/find-chromium';
import { startStaticServer } from '../tests/e2e/harness/static-server';
import { syntheticCorpus } from './synthetic-corpus';

const TABS = 20;
const MIB = 1024 * 1024;

interface TabResult {
  ms: number;
  parseMs: number;
  heap: number;
  withBuffers: number;
}

async function heap(page: Page): Promise<{ used: number; buffers: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
  await cdp.detach();
  return { used: usage.usedSize, buffers: usage.backingStorageSize ?? 0 };
}

/** One tab: handed the text at path (or nothing), made ready with the named way. */
async function tab(page: Page, url: string, dataPath: string | null, how: 'createDetector' | 'loadMatcher'): Promise<TabResult> {
  await page.goto(url);
  // Before the text arrives: what the tab keeps is measured, not the message.
  const before = await heap(page);
  if (dataPath) {
    await page.evaluate(async (path) => {
      (globalThis as unknown as { text: string }).text = await (await fetch(path)).text();
    }, dataPath);
  }
  const { ms, parseMs } = await page.evaluate((way) => {
    const g = globalThis as unknown as {
      text?: string;
      kept?: unknown;
      siyaqBench: Record<string, (data: unknown) => { detect(text: string): unknown }>;
    };
    if (g.text === undefined) return { ms: 0, parseMs: 0 };
    const t0 = performance.now();
    const data: unknown = JSON.parse(g.text);
    const t1 = performance.now();
    g.kept = g.siyaqBench[way]?.(data);
    const ms = performance.now() - t0;
    delete g.text;
    return { ms, parseMs: t1 - t0 };
  }, how);
  const after = await heap(page);
  return { ms, parseMs, heap: after.used - before.used, withBuffers: after.used + after.buffers - (before.used + before.buffers) };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

async function main(): Promise<void> {
  const bundle = await build({ entryPoints: [resolve('bench/tab-entry.ts')], bundle: true, format: 'iife', write: false, minify: true });
  const builtIn = markedNames(compileSources(readContentFiles(resolve('content'), process.cwd())).names);
  const synthetic = compileSources(syntheticCorpus({ articles: 100, topics: 5000 })).names;
  const sets: [string, NamesIndex][] = [
    [`built-in (${builtIn.topics.length} topics)`, builtIn],
    [`built-in + 5,000 synthetic`, { version: 1, topics: [...builtIn.topics, ...synthetic.topics] }],
  ];

  const server = await startStaticServer([]);
  server.put('/bench.js', new TextDecoder().decode(bundle.outputFiles[0]?.contents), { 'content-type': 'text/javascript' });
  server.put('/page.html', '<!doctype html><meta charset="utf-8"><p dir="rtl">نص</p><script src="/bench.js"></script>');
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  const context = await browser.newContext();

  const rows: string[][] = [
    [
      'knowledge',
      'tab is handed',
      'ready ms (median)',
      'of it JSON.parse',
      'vs names',
      'heap MiB/tab',
      'with buffers',
      `${TABS} tabs MiB`,
      'data KiB',
    ],
  ];
  for (const [label, names] of sets) {
    const key = rows.length;
    const namesJson = JSON.stringify(names);
    const compiledJson = JSON.stringify(compileMatcher(names));
    server.put(`/names-${key}.json`, namesJson, { 'content-type': 'application/json' });
    server.put(`/compiled-${key}.json`, compiledJson, { 'content-type': 'application/json' });
    const cases: [string, string | null, 'createDetector' | 'loadMatcher', number][] = [
      ['nothing (baseline)', null, 'loadMatcher', 0],
      ['names -> createDetector', `/names-${key}.json`, 'createDetector', namesJson.length],
      ['compiled -> loadMatcher', `/compiled-${key}.json`, 'loadMatcher', compiledJson.length],
    ];
    let namesMs = 0;
    for (const [what, path, how, size] of cases) {
      const results: TabResult[] = [];
      const pages: Page[] = [];
      // Every tab stays open, as a reader's tabs do.
      for (let i = 0; i < TABS; i++) {
        const page = await context.newPage();
        pages.push(page);
        results.push(await tab(page, server.url('/page.html'), path, how));
      }
      const ms = median(results.map((r) => r.ms));
      if (how === 'createDetector') namesMs = ms;
      rows.push([
        label,
        what,
        path ? ms.toFixed(1) : '-',
        path ? median(results.map((r) => r.parseMs)).toFixed(1) : '-',
        path && namesMs > 0 ? `${(ms / namesMs).toFixed(2)}x` : '-',
        (median(results.map((r) => r.heap)) / MIB).toFixed(2),
        (median(results.map((r) => r.withBuffers)) / MIB).toFixed(2),
        (sum(results.map((r) => r.withBuffers)) / MIB).toFixed(1),
        path ? (size / 1024).toFixed(0) : '-',
      ]);
      for (const page of pages) await page.close();
    }
  }
  await browser.close();
  await server.close();
  const widths = rows.reduce<number[]>((w, r) => r.map((c, i) => Math.max(w[i] ?? 0, c.length)), []);
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  '));
  console.log('\nReady: JSON.parse of the text a message carries, then the detector built or loaded (main-thread ms).');
  console.log('Heap: JS heap added per tab after GC; "with buffers" adds ArrayBuffer backing stores (the compiled arrays).');
}

await main();
