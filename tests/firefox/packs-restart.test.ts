// A pack that stays installed survives a Firefox restart with the same
// profile: it is listed, on, its topic is marked on a page and its card shows
// the pack's background (packs.test.ts covers a removal surviving a restart).
// Before that, a damaged copy is refused in the interface language (Arabic
// here), naming the file, with its machine reason on the message.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildPack } from '../../lib/packs/build';
import { startStaticServer, type StaticServer } from '../e2e/harness/static-server';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './harness/firefox-browser';
import { cardState, eventually, inCard, pointOfWord, settledHighlights } from './harness/firefox-probes';

const PACK_NAME = 'Zorvath Harbour';
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour news</title></head>
<body><h1>Coast</h1>
<p>Ships are back at ${PACK_NAME} this week, officials said.</p>
<p>Kim Jong Un said the victory in Kursk foiled Western adventures.</p>
</body></html>`;

let firefox: FirefoxWithExtension;
let server: StaticServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'siyaq-ff-restart-'));
  const good = await buildPack('tests/e2e/fixtures/pack-content');
  writeFileSync(join(dir, 'harbours.siyaq'), good);
  writeFileSync(join(dir, 'damaged.siyaq'), good.replace('reopened on Monday', 'reopened on Sunday'));
  server = await startStaticServer([]);
  server.put('/harbour.html', PAGE);
  firefox = await launchFirefoxWithExtension({ profile: join(dir, 'profile') });
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** See firefox.test.ts: moz-extension:// loads report no navigation over BiDi. */
async function openOptions(): Promise<Page> {
  const page = await firefox.browser.newPage();
  void page.goto(firefox.extensionUrl('options.html'), { timeout: 15_000 }).catch(() => undefined);
  await eventually(
    async () => ((await page.evaluate(() => document.querySelectorAll('.knowledge__pack').length > 0).catch(() => false)) ? true : null),
    'the options page to list the packs',
  );
  return page;
}

const packRows = (options: Page) =>
  options.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.knowledge__pack')].map((row) => `${row.dataset.pack}:${row.dataset.enabled}`),
  );

describe('an installed pack across a Firefox restart', () => {
  it('refuses a damaged copy in Arabic; the good pack is listed, on, marks its topic and shows its card after the restart', async () => {
    const options = await openOptions();
    const input = (await options.waitForSelector('#siyaq-pack-file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(join(dir, 'damaged.siyaq'));
    const refused = await eventually(
      () =>
        options.evaluate(() => {
          const status = document.querySelector('.knowledge__status');
          return status ? { reason: status.getAttribute('data-reason'), text: status.textContent ?? '' } : null;
        }),
      'the damaged file refused',
    );
    expect(refused.reason).toBe('corrupted');
    expect(refused.text).toContain('«damaged.siyaq»');
    expect(refused.text).toContain('الحزمة تالفة');
    expect(refused.text.replace('damaged.siyaq', '')).not.toMatch(/[A-Za-z]{3,}/);
    expect(await packRows(options)).toEqual(['siyaq:true']);
    await input.uploadFile(join(dir, 'harbours.siyaq'));
    await eventually(async () => ((await packRows(options)).length === 2 ? true : null), 'the pack installed');
    await options.close();

    await firefox.close();
    firefox = await launchFirefoxWithExtension({ profile: join(dir, 'profile') });
    const again = await openOptions();
    expect(await packRows(again)).toEqual(['siyaq:true', 'e2e-harbours:true']);
    expect(await again.evaluate(() => document.querySelector('[data-pack="e2e-harbours"]')?.textContent ?? '')).toContain(
      'حزمة الموانئ للاختبار',
    );

    const news = await firefox.browser.newPage();
    await news.goto(server.url('/harbour.html'));
    await eventually(async () => ((await settledHighlights(news, 1)).includes(PACK_NAME) ? true : null), 'the pack’s topic marked');
    const point = await pointOfWord(news, PACK_NAME);
    await news.mouse.move(point.x - 40, point.y - 40);
    await news.mouse.move(point.x, point.y, { steps: 4 });
    await eventually(async () => ((await cardState(news)).topic === 'zorvath-harbour' ? true : null), 'the pack topic’s card');
    const background = await eventually(
      () => inCard<string | null>(news, `(root) => (root && root.querySelector('.siyaq-card__background') || {}).textContent || null`),
      'the card’s background',
    );
    expect(background).toBe('ميناء أُعيد فتحه بعد عاصفة.');
    await news.close();
    await again.close();
  });
});
