// Knowledge packs in the Firefox build: a pack built from its own content
// folder is imported through the options page; an already open page marks the
// pack's topic and its card shows the pack's background; off removes the marks;
// a damaged file changes nothing; removal survives a restart.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startStaticServer, type StaticServer } from '../e2e/harness/static-server';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './harness/firefox-browser';
import { eventually, highlightedTexts, settledHighlights } from './harness/firefox-probes';
import { HARBOUR_PAGE, openOptions, PACK_NAME, packCardBackground, writeHarbourPacks } from './harness/harbour-pack';

let firefox: FirefoxWithExtension;
let server: StaticServer;
let dir: string;

beforeAll(async () => {
  ({ dir } = await writeHarbourPacks('siyaq-ff-packs-'));
  server = await startStaticServer([]);
  server.put('/harbour.html', HARBOUR_PAGE);
  firefox = await launchFirefoxWithExtension({ profile: join(dir, 'profile') });
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const packIds = (options: Page) =>
  options.evaluate(() => [...document.querySelectorAll<HTMLElement>('.knowledge__pack')].map((row) => row.dataset.pack ?? ''));

async function importFile(options: Page, file: string): Promise<string> {
  const before = await options.evaluate(() => document.querySelector('.knowledge__status')?.textContent ?? null);
  const input = (await options.waitForSelector('#siyaq-pack-file')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(join(dir, file));
  return eventually(async () => {
    const text = await options.evaluate(() => document.querySelector('.knowledge__status')?.textContent ?? null);
    return text !== null && text !== before ? text : null;
  }, `the result of importing ${file}`);
}

async function marked(page: Page): Promise<string[]> {
  return highlightedTexts(page);
}

describe('knowledge packs in Firefox', () => {
  it('imports a pack; an open page marks its topic live, shows its card, and drops the marks when it is off', async () => {
    const news = await firefox.browser.newPage();
    await news.goto(server.url('/harbour.html'));
    expect(await settledHighlights(news, 1)).not.toContain(PACK_NAME);

    const options = await openOptions(firefox);
    expect(await packIds(options)).toEqual(['siyaq']);
    expect(await importFile(options, 'harbours.siyaq')).toContain('1.0');
    expect(await packIds(options)).toEqual(['siyaq', 'e2e-harbours']);

    await news.bringToFront();
    await eventually(async () => ((await marked(news)).includes(PACK_NAME) ? true : null), 'the pack topic marked on the open page');
    expect(await marked(news)).toContain('Kursk');
    const background = await packCardBackground(news);
    expect(background).toBe('ميناء أُعيد فتحه بعد عاصفة.');
    await news.mouse.move(5, 5);

    await options.bringToFront();
    await (await options.waitForSelector('[data-pack="e2e-harbours"] .knowledge__toggle'))!.click();
    await eventually(async () => (!(await marked(news)).includes(PACK_NAME) ? true : null), 'the marks gone with the pack off');
    expect(await marked(news)).toContain('Kursk');
    await (await options.waitForSelector('[data-pack="e2e-harbours"] .knowledge__toggle'))!.click();
    await eventually(async () => ((await marked(news)).includes(PACK_NAME) ? true : null), 'the marks back with the pack on');
    await news.close();
    await options.close();
  });

  it('a damaged pack shows an error and changes nothing', async () => {
    const options = await openOptions(firefox);
    const before = await packIds(options);
    const status = await importFile(options, 'damaged.siyaq');
    expect(status).toContain('damaged');
    expect(await options.evaluate(() => document.querySelector('.knowledge__status')?.getAttribute('role'))).toBe('alert');
    expect(await packIds(options)).toEqual(before);
    await options.close();
  });

  it('removing a pack survives a restart', async () => {
    const options = await openOptions(firefox);
    await (await options.waitForSelector('[data-pack="e2e-harbours"] .knowledge__remove'))!.click();
    await eventually(async () => ((await packIds(options)).length === 1 ? true : null), 'the pack removed');
    await firefox.close();
    firefox = await launchFirefoxWithExtension({ profile: join(dir, 'profile') });
    const again = await openOptions(firefox);
    expect(await packIds(again)).toEqual(['siyaq']);
    const news = await firefox.browser.newPage();
    await news.goto(server.url('/harbour.html'));
    const texts = await settledHighlights(news, 1);
    expect(texts).toContain('Kursk');
    expect(texts).not.toContain(PACK_NAME);
    await news.close();
    await again.close();
  });
});
