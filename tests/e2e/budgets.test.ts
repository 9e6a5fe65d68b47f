// Budgets that fail: what every tab pays for Siyaq. Bytes are exact; the heap
// is measured in Chromium after forced garbage collection, against the same
// page in a Chromium without the extension. No wall-clock time is asserted
// (start-to-ready lives in `npm run bench`); the bytes a tab must load and
// parse stand in for it here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { compileMatcher } from '../../lib/detect';
import { compileContent } from '../../lib/knowledge/compile';
import { markedNames } from '../../lib/knowledge/names';
import { BUDGETS } from '../../scripts/budgets';
import { renderNewsPage } from '../../scripts/demo-page';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from './harness/extension-browser';
import { findChromium } from './harness/find-chromium';
import { settledMarks } from './harness/page-probes';
import { startStaticServer, type StaticServer } from './harness/static-server';

const knowledge = compileContent('content');

describe('bytes every tab loads', () => {
  it('keeps the built content script within its gzipped budget', () => {
    const script = readFileSync(join(EXTENSION_DIR, 'content-scripts', 'content.js'));
    const gzip = gzipSync(script, { level: 9 }).length;
    console.log(`content script: ${script.length} B, ${gzip} B gzipped (budget ${BUDGETS.contentScriptGzip})`);
    expect(gzip).toBeGreaterThan(1_000); // a real bundle, not an empty file
    expect(gzip).toBeLessThanOrEqual(BUDGETS.contentScriptGzip);
  });

  it('keeps the matcher every tab receives for the built-in knowledge within its budget', () => {
    const data = compileMatcher(markedNames(knowledge.names)).data;
    const bytes = Buffer.byteLength(data);
    console.log(`matcher for ${knowledge.names.topics.length} topics: ${bytes} B (budget ${BUDGETS.matcherBytes})`);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(BUDGETS.matcherBytes);
  });
});

describe('JS heap a tab gains with Siyaq', () => {
  let server: StaticServer;
  let ext: ExtensionBrowser;
  let plain: Browser;

  beforeAll(async () => {
    server = await startStaticServer([]);
    server.put('/', renderNewsPage(knowledge.details));
    ext = await launchWithExtension();
    plain = await chromium.launch({ executablePath: findChromium(), args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  });

  afterAll(async () => {
    await ext?.close();
    await plain?.close();
    await server?.close();
  });

  /** The page's whole JS heap (its main world and Siyaq's isolated world share it), after garbage collection. */
  async function heapAfterGc(page: Page): Promise<number> {
    const cdp = await page.context().newCDPSession(page);
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    return usedSize;
  }

  it('stays within the per-tab heap budget on the demo article page', async () => {
    const withSiyaq = await ext.context.newPage();
    await withSiyaq.goto(server.url('/'));
    const marks = await settledMarks(withSiyaq, 10);
    expect(marks.length).toBeGreaterThanOrEqual(10); // Siyaq did its work before we weigh it

    const without = await plain.newPage();
    await without.goto(server.url('/'));
    await without.waitForLoadState('load');

    const added = (await heapAfterGc(withSiyaq)) - (await heapAfterGc(without));
    console.log(`heap added by Siyaq: ${(added / 2 ** 20).toFixed(2)} MiB (budget ${BUDGETS.tabHeapBytes / 2 ** 20} MiB)`);
    expect(added).toBeGreaterThan(0); // the content script and its matcher live in this heap
    expect(added).toBeLessThanOrEqual(BUDGETS.tabHeapBytes);
  });
});
