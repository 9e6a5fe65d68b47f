// Knowledge packs in the built extension: a pack built from its own content
// folder is imported through the options page and changes already open tabs
// live; off, on and remove work, the pack and its removal survive a restart, and bad files
// change nothing.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildPack } from '../../lib/packs/build';
import { launchWithExtension, type ExtensionBrowser } from './harness/extension-browser';
import { hoverCard, markedRanges, settledMarks } from './harness/page-probes';
import { startStaticServer, type StaticServer } from './harness/static-server';

const ARTIFACTS = 'artifacts/e2e';
const PACK_NAME = 'Zorvath Harbour';
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour news</title></head>
<body><h1>Coast</h1>
<p>Ships are back at ${PACK_NAME} this week, officials said.</p>
<p>Kim Jong Un said the victory in Kursk foiled Western adventures.</p>
</body></html>`;

let browser: ExtensionBrowser;
let server: StaticServer;
let dir: string;
let packFile: string;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'siyaq-packs-'));
  packFile = join(dir, 'harbours.siyaq');
  writeFileSync(packFile, await buildPack('tests/e2e/fixtures/pack-content'));
  server = await startStaticServer([]);
  server.put('/harbour.html', PAGE);
  browser = await launchWithExtension({ profile: join(dir, 'profile') });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function optionsPage(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.locator('.knowledge__pack').first().waitFor();
  return page;
}

const packIds = (options: Page) =>
  options.locator('.knowledge__pack').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.pack));
const markedTexts = async (page: Page) => new Set((await markedRanges(page)).map((m) => m.text));

describe('knowledge packs in Chromium', () => {
  it('imports a pack through the options page; an open tab marks its topic and shows its card', async () => {
    const news = await browser.context.newPage();
    await news.goto(server.url('/harbour.html'));
    const before = await settledMarks(news, 1);
    expect(before.map((m) => m.text)).toContain('Kursk');
    expect(before.map((m) => m.text)).not.toContain(PACK_NAME);

    const options = await optionsPage();
    expect(await packIds(options)).toEqual(['siyaq']);
    await options.locator('#siyaq-pack-file').setInputFiles(packFile);
    await expect.poll(() => options.locator('.knowledge__status').textContent()).toContain('1.0');
    expect(await packIds(options)).toEqual(['siyaq', 'e2e-harbours']);
    const row = options.locator('[data-pack="e2e-harbours"]');
    expect(await row.textContent()).toContain('حزمة الموانئ للاختبار');
    await options.screenshot({ path: `${ARTIFACTS}/options-knowledge.png`, fullPage: true });

    // The tab that was already open learns of the pack without a reload.
    await news.bringToFront();
    await expect.poll(() => markedTexts(news), { timeout: 5000 }).toContain(PACK_NAME);
    expect(await markedTexts(news)).toContain('Kursk');
    const card = await hoverCard(news, PACK_NAME);
    expect(await card.getAttribute('data-topic')).toBe('zorvath-harbour');
    await expect.poll(() => card.textContent()).toContain('ميناء أُعيد فتحه بعد عاصفة.');
    expect(await card.textContent()).toContain('حزمة الموانئ للاختبار');
    await news.screenshot({ path: `${ARTIFACTS}/pack-card.png` });
    await news.mouse.move(5, 5);

    // Off: the marks go; on: they come back.
    await options.bringToFront();
    await row.locator('.knowledge__toggle').uncheck();
    await expect.poll(() => row.getAttribute('data-enabled')).toBe('false');
    await expect.poll(() => markedTexts(news), { timeout: 5000 }).not.toContain(PACK_NAME);
    expect(await markedTexts(news)).toContain('Kursk');
    await row.locator('.knowledge__toggle').check();
    await expect.poll(() => markedTexts(news), { timeout: 5000 }).toContain(PACK_NAME);

    // The popup's search covers the pack at once.
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.locator('#siyaq-search').fill('zorvath');
    await expect.poll(() => popup.locator('.popup__hit').first().textContent()).toContain('ميناء زورفاث');
    await popup.close();

    // The reader lists the pack's article under the pack.
    const reader = await browser.context.newPage();
    await reader.goto(`chrome-extension://${browser.extensionId}/reader.html`);
    await reader.locator('[data-pack="e2e-harbours"] a').waitFor();
    expect(await reader.locator('[data-pack="e2e-harbours"] a').textContent()).toBe('إعادة فتح ميناء زورفاث');
    expect(await reader.locator('.reader__shelf').count()).toBe(2);
    await reader.close();
    await news.close();
    await options.close();
  });

  it('a corrupted pack shows an error and changes nothing', async () => {
    const options = await optionsPage();
    const before = await packIds(options);
    const good = await buildPack('tests/e2e/fixtures/pack-content');
    const damaged = good.replace('reopened on Monday', 'reopened on Sunday');
    await options
      .locator('#siyaq-pack-file')
      .setInputFiles({ name: 'damaged.siyaq', mimeType: 'application/octet-stream', buffer: Buffer.from(damaged) });
    const alert = options.locator('.knowledge__status[role="alert"]');
    await expect.poll(() => alert.textContent()).toContain('damaged');
    expect(await alert.textContent()).toContain('damaged.siyaq');
    expect(await packIds(options)).toEqual(before);
    await options.screenshot({ path: `${ARTIFACTS}/options-knowledge-error.png`, fullPage: true });
    await options.close();
  });

  it('a pack that stays installed survives a restart: listed, on, and its topic still marked', async () => {
    await browser.close();
    browser = await launchWithExtension({ profile: join(dir, 'profile') });
    const options = await optionsPage();
    await expect.poll(() => packIds(options)).toEqual(['siyaq', 'e2e-harbours']);
    expect(await options.locator('[data-pack="e2e-harbours"]').getAttribute('data-enabled')).toBe('true');
    expect(await options.locator('[data-pack="e2e-harbours"]').textContent()).toContain('حزمة الموانئ للاختبار');
    const news = await browser.context.newPage();
    await news.goto(server.url('/harbour.html'));
    await expect.poll(async () => (await settledMarks(news, 1)).map((m) => m.text), { timeout: 10_000 }).toContain(PACK_NAME);
    const card = await hoverCard(news, PACK_NAME);
    await expect.poll(() => card.textContent()).toContain('ميناء أُعيد فتحه بعد عاصفة.');
    await news.close();
    await options.close();
  });

  it('removing a pack survives a restart', async () => {
    const options = await optionsPage();
    await options.locator('[data-pack="e2e-harbours"] .knowledge__remove').click();
    await expect.poll(() => packIds(options)).toEqual(['siyaq']);
    await browser.close();
    browser = await launchWithExtension({ profile: join(dir, 'profile') });
    const again = await optionsPage();
    expect(await packIds(again)).toEqual(['siyaq']);
    const news = await browser.context.newPage();
    await news.goto(server.url('/harbour.html'));
    const marks = await settledMarks(news, 1);
    expect(marks.map((m) => m.text)).toContain('Kursk');
    expect(marks.map((m) => m.text)).not.toContain(PACK_NAME);
    await news.close();
    await again.close();
  });
});
