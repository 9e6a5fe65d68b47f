// The pointer's way from a mark into its card, as a hand moves it: off the
// word, across the gap, into the card, in several moves. The card must wait
// for it (the grace period), and a click inside it must then work.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';

import { newsPageAr } from './fixtures/pages';
import { launchWithExtension, type ExtensionBrowser } from './harness/extension-browser';
import { hoverCard, pointOfWord, settledMarks } from './harness/page-probes';
import { startStaticServer, type StaticServer } from './harness/static-server';

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer([]);
  server.put('/news-ar.html', newsPageAr());
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Moves at a hand's pace, 4 px a frame, so the page sees the pointer in the gap (about 10 px). */
async function path(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  const moves = Math.ceil(Math.hypot(to.x - from.x, to.y - from.y) / 4);
  for (let i = 1; i <= moves; i++) {
    await page.mouse.move(from.x + ((to.x - from.x) * i) / moves, from.y + ((to.y - from.y) * i) / moves);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  }
}

it('keeps the card while the pointer crosses the gap into it, and closes it once the pointer leaves both', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/news-ar.html'));
  // The marks first: the tab loads its matcher from the background before it scans.
  await settledMarks(page, 1);
  const card = await hoverCard(page, 'باشينيان');
  const mark = await pointOfWord(page, 'باشينيان');
  const box = (await card.boundingBox())!;
  // The card opens beside the mark, with a gap between them that is neither.
  const below = box.y > mark.y;
  const edge = { x: Math.min(Math.max(mark.x, box.x + 24), box.x + box.width - 24), y: below ? box.y + 12 : box.y + box.height - 12 };
  const gap = Math.abs(edge.y - mark.y);
  expect(gap).toBeGreaterThan(12);
  await path(page, mark, edge);
  await page.waitForTimeout(100);
  expect(await card.isVisible()).toBe(true);

  // A click inside works: the pin button pins the card.
  const pin = card.locator('.siyaq-card__tools button').first();
  await pin.click();
  await expect.poll(() => pin.getAttribute('aria-pressed')).toBe('true');
  await pin.click();
  await expect.poll(() => pin.getAttribute('aria-pressed')).toBe('false');

  // Out of the card and away from any mark: it closes after the grace period.
  await page.mouse.move(5, 5, { steps: 2 });
  await card.waitFor({ state: 'hidden', timeout: 5000 });
  expect(browser.errors).toEqual([]);
  await page.close();
});
