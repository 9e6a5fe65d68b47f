// A pack that stays installed survives a Firefox restart with the same
// profile: it is listed, on, its topic is marked on a page and its card shows
// the pack's background (packs.test.ts covers a removal surviving a restart).
// Before that, a damaged copy is refused in the interface language (Arabic
// here), naming the file, with its machine reason on the message.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startStaticServer, type StaticServer } from '../e2e/harness/static-server';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './harness/firefox-browser';
import { eventually, settledHighlights } from './harness/firefox-probes';
import { HARBOUR_PAGE, openOptions, PACK_NAME, packCardBackground, writeHarbourPacks } from './harness/harbour-pack';

let firefox: FirefoxWithExtension;
let server: StaticServer;
let dir: string;

beforeAll(async () => {
  ({ dir } = await writeHarbourPacks('siyaq-ff-restart-'));
  server = await startStaticServer([]);
  server.put('/harbour.html', HARBOUR_PAGE);
  firefox = await launchFirefoxWithExtension({ profile: join(dir, 'profile') });
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const packRows = (options: Page) =>
  options.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.knowledge__pack')].map((row) => `${row.dataset.pack}:${row.dataset.enabled}`),
  );

describe('an installed pack across a Firefox restart', () => {
  it('refuses a damaged copy in Arabic; the good pack is listed, on, marks its topic and shows its card after the restart', async () => {
    const options = await openOptions(firefox);
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
    const again = await openOptions(firefox);
    expect(await packRows(again)).toEqual(['siyaq:true', 'e2e-harbours:true']);
    expect(await again.evaluate(() => document.querySelector('[data-pack="e2e-harbours"]')?.textContent ?? '')).toContain(
      'حزمة الموانئ للاختبار',
    );

    const news = await firefox.browser.newPage();
    await news.goto(server.url('/harbour.html'));
    await eventually(async () => ((await settledHighlights(news, 1)).includes(PACK_NAME) ? true : null), 'the pack’s topic marked');
    const background = await packCardBackground(news);
    expect(background).toBe('ميناء أُعيد فتحه بعد عاصفة.');
    await news.close();
    await again.close();
  });
});
