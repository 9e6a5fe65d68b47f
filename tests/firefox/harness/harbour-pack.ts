// The test pack of the Firefox pack tests: built from its own content folder
// (tests/e2e/fixtures/pack-content), a good and a damaged copy on disk, an
// English page naming its topic, and the ways to reach it in the options page
// and in a card.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';

import { buildPack } from '../../../lib/packs/build';
import type { FirefoxWithExtension } from './firefox-browser';
import { cardState, eventually, inCard, pointOfWord } from './firefox-probes';

export const PACK_NAME = 'Zorvath Harbour';
export const HARBOUR_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour news</title></head>
<body><h1>Coast</h1>
<p>Ships are back at ${PACK_NAME} this week, officials said.</p>
<p>Kim Jong Un said the victory in Kursk foiled Western adventures.</p>
</body></html>`;

/** A fresh folder holding harbours.siyaq and damaged.siyaq (one fact changed, so its checksum fails). */
export async function writeHarbourPacks(prefix: string): Promise<{ dir: string; good: string }> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const good = await buildPack('tests/e2e/fixtures/pack-content');
  writeFileSync(join(dir, 'harbours.siyaq'), good);
  writeFileSync(join(dir, 'damaged.siyaq'), good.replace('reopened on Monday', 'reopened on Sunday'));
  return { dir, good };
}

/** The options page once it lists the packs. See firefox.test.ts: moz-extension:// loads report no navigation over BiDi. */
export async function openOptions(firefox: FirefoxWithExtension): Promise<Page> {
  const page = await firefox.browser.newPage();
  void page.goto(firefox.extensionUrl('options.html'), { timeout: 15_000 }).catch(() => undefined);
  await eventually(
    async () => ((await page.evaluate(() => document.querySelectorAll('.knowledge__pack').length > 0).catch(() => false)) ? true : null),
    'the options page to list the packs',
  );
  return page;
}

/** Hovers the pack's topic on the page until its card opens; returns the card's background. */
export async function packCardBackground(news: Page): Promise<string> {
  const point = await pointOfWord(news, PACK_NAME);
  await news.mouse.move(point.x - 40, point.y - 40);
  await news.mouse.move(point.x, point.y, { steps: 4 });
  await eventually(async () => ((await cardState(news)).topic === 'zorvath-harbour' ? true : null), 'the pack topic’s card');
  return eventually(
    () => inCard<string | null>(news, `(root) => (root && root.querySelector('.siyaq-card__background') || {}).textContent || null`),
    'the card’s background',
  );
}
