// Marks painted above a page that keeps changing (lib/page/mark-overlay.ts), as
// pixels in real Chromium: each mark tinted where its word is, following the
// page's scroll and a scrolling box's, never over a sticky header nor outside
// the box that clips it, light letters on a dark block kept light, in RTL and
// LTR text; no highlight range registered meanwhile (but for a word in a fixed
// box, which keeps its range); nothing that catches the
// pointer or changes the page's size; all gone when Siyaq is turned off.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchWithExtension, storeSettings, type ExtensionBrowser } from './harness/extension-browser';
import { hoverCard, settledMarks } from './harness/page-probes';
import { startStaticServer, type StaticServer } from './harness/static-server';

const ARTIFACTS = 'artifacts/e2e';
const FILLER = '<p>نص لا أسماء فيه يملأ الصفحة حتى يمكن تمريرها إلى أسفل ثم إلى أعلى.</p>'.repeat(30);
const PAGE = `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>صفحة تتغير</title>
<style>
  body { font: 26px/1.9 'Noto Naskh Arabic', sans-serif; margin: 0; background: #fff; color: #000 }
  header { position: sticky; top: 0; height: 70px; background: #fff; border-bottom: 2px solid #888 }
  #box { height: 95px; overflow: auto; margin: 10px 40px; border: 2px solid #888 }
  #dark { background: #111; color: #eee; padding: 8px 16px }
  #ticker { position: fixed; bottom: 0; left: 0; right: 0; height: 30px; background: #fee; font-size: 16px }
</style></head>
<body>
<header>عنوان الموقع</header>
<p id="plain">قالت الحكومة في يريفان إن المحادثات مستمرة.</p>
<div id="box"><p>سطر أول بلا أسماء.</p><p>سطر ثان بلا أسماء.</p><p id="clipped">وفي أذربيجان قالت الوزارة.</p><p>سطر أخير.</p></div>
<p id="dark">وفي ستيباناكرت ليل طويل.</p>
<p id="ltr" dir="ltr" lang="en">Talks in Yerevan went on.</p>
${FILLER}
<div id="fixed" style="position: fixed; bottom: 40px; left: 10px; background: #fff">بوتين</div>
<div id="ticker">0</div>
<script>
  const t = document.getElementById('ticker');
  setInterval(() => { t.firstChild.data = String(Number(t.firstChild.data) + 1); }, 100);
</script>
</body></html>`;

/** The part of chrome.tabs the zoom test calls in the extension's worker. */
interface ZoomApi {
  setZoomSettings: (tabId: number, settings: { scope: 'per-tab' }) => Promise<void>;
  setZoom: (tabId: number, factor: number) => Promise<void>;
}

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startStaticServer([]);
  server.put('/busy.html', PAGE);
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const setSettings = (settings: object): Promise<void> => storeSettings(browser, settings);

type Box = { x: number; y: number; width: number; height: number };

/** The viewport box of a word in an element (by id), or null when it is not laid out. */
function wordBox(page: Page, id: string, word: string): Promise<Box> {
  return page.evaluate(
    ([id, word]) => {
      const text = document.getElementById(id!)!.firstChild as Text;
      const at = text.data.indexOf(word!);
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + word!.length);
      const r = range.getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    },
    [id, word],
  );
}

const frames = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))));

/** A screenshot of a box given in CSS pixels (a browser zoom scales them; the screenshot's clip is not told). */
async function shot(page: Page, box: Box, label: string): Promise<PNG> {
  const zoom = await page.evaluate(() => devicePixelRatio);
  const clip = {
    x: Math.max(0, Math.floor(box.x * zoom)),
    y: Math.max(0, Math.floor(box.y * zoom)),
    width: Math.ceil(box.width * zoom),
    height: Math.ceil(box.height * zoom),
  };
  const png = await page.screenshot({ clip });
  writeFileSync(`${ARTIFACTS}/mark-overlay-${label}.png`, png);
  return PNG.sync.read(png);
}

/** Share of pixels that differ between two images of the same box. */
function changed(a: PNG, b: PNG): number {
  let count = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d = Math.max(...[0, 1, 2].map((c) => Math.abs(a.data[i + c]! - b.data[i + c]!)));
    if (d > 6) count++;
  }
  return count / (a.data.length / 4);
}

/** Pixels brighter than this in every channel (light letters on the dark block). */
function light(png: PNG, above = 200): number {
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) if (Math.min(png.data[i]!, png.data[i + 1]!, png.data[i + 2]!) > above) count++;
  return count;
}

/** Screenshots of the same boxes painted with the tint and with marks off (the page's own pixels). */
async function tintAndPlain(page: Page, boxes: Record<string, Box>, label: string) {
  await setSettings({ markStyle: 'underline' });
  await frames(page);
  const tint: Record<string, PNG> = {};
  for (const [name, box] of Object.entries(boxes)) tint[name] = await shot(page, box, `${label}-${name}-tint`);
  await setSettings({ markStyle: 'none' });
  await frames(page);
  const plain: Record<string, PNG> = {};
  for (const [name, box] of Object.entries(boxes)) plain[name] = await shot(page, box, `${label}-${name}-none`);
  await setSettings({ markStyle: 'underline' });
  await frames(page);
  return { tint, plain };
}

async function openBusy(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url('/busy.html'));
  // Marked first (the ticker makes the page busy within a second): four names.
  await settledMarks(page, 4).catch(() => undefined);
  // Busy now: the marks are boxes above the page; only the one in a fixed box
  // (which the overlay cannot follow) stays a registered range.
  await page.waitForFunction(
    () => {
      const ranges = [...(CSS.highlights.get('siyaq-tint') ?? [{ startContainer: null }])];
      return ranges.length === 1 && ranges[0]!.startContainer?.parentElement?.id === 'fixed';
    },
    null,
    { timeout: 10_000 },
  );
  await frames(page);
  return page;
}

describe('marks painted above a page that keeps changing', () => {
  it('tints every word where it is, RTL and LTR, light letters on a dark block kept light, a fixed one by its range', async () => {
    const page = await openBusy();
    const boxes = {
      plain: await wordBox(page, 'plain', 'يريفان'),
      dark: await wordBox(page, 'dark', 'ستيباناكرت'),
      ltr: await wordBox(page, 'ltr', 'Yerevan'),
      fixed: await wordBox(page, 'fixed', 'بوتين'),
    };
    const { tint, plain } = await tintAndPlain(page, boxes, 'place');
    for (const name of Object.keys(boxes)) expect(changed(tint[name]!, plain[name]!), name).toBeGreaterThan(0.5);
    // Screened, not covered: the dark block's letters stay as light as without the mark.
    expect(light(tint.dark!)).toBeGreaterThan(0.8 * light(plain.dark!));
    expect(light(plain.dark!)).toBeGreaterThan(20);
    // Multiplied: the dark letters on white stay dark.
    expect(light(tint.plain!, 40) < light(plain.plain!, 40)).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/mark-overlay-page.png` });
    await page.close();
  });

  it('catches no pointer and changes no size; hover cards still open', async () => {
    const page = await openBusy();
    const box = await wordBox(page, 'plain', 'يريفان');
    const hit = () =>
      page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.id, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
    expect(await hit()).toBe('plain');
    const size = () => page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]);
    const painted = await size();
    await setSettings({ markStyle: 'none' });
    await frames(page);
    expect(await size()).toEqual(painted);
    await setSettings({ markStyle: 'underline' });
    await frames(page);
    const card = await hoverCard(page, 'يريفان');
    await expect.poll(() => card.textContent()).toContain('يريفان');
    await page.close();
  });

  it('follows the page scroll, and is never drawn over a sticky header', async () => {
    const page = await openBusy();
    await page.evaluate(() => scrollBy(0, 40));
    await frames(page);
    // The word moved up by 40 px and its tint with it.
    const moved = await wordBox(page, 'dark', 'ستيباناكرت');
    const scrolled = await tintAndPlain(page, { moved }, 'scrolled');
    expect(changed(scrolled.tint.moved!, scrolled.plain.moved!)).toBeGreaterThan(0.5);
    // Scrolled until يريفان lies under the sticky header: the header shows no tint.
    const under = await page.evaluate(() => {
      const p = document.getElementById('plain')!;
      scrollBy(0, p.getBoundingClientRect().top - 20);
      return p.getBoundingClientRect().top;
    });
    expect(under).toBeGreaterThan(0);
    expect(under).toBeLessThan(50);
    await frames(page);
    const header = await page.evaluate(() => {
      const r = document.querySelector('header')!.getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    });
    const covered = await tintAndPlain(page, { header }, 'sticky');
    expect(changed(covered.tint.header!, covered.plain.header!)).toBe(0);
    await page.close();
  });

  it('is clipped by a scrolling box, and follows its scroll; invisible text gets no tint', async () => {
    const page = await openBusy();
    // The dark block below the box turned invisible: its marked word must leave no tint either.
    await page.evaluate(() => (document.getElementById('dark')!.style.visibility = 'hidden'));
    const container = await page.evaluate(() => {
      const r = document.getElementById('box')!.getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    });
    // أذربيجان lies below the box's visible part: no tint below the box.
    const hidden = await wordBox(page, 'clipped', 'أذربيجان');
    expect(hidden.y).toBeGreaterThan(container.y + container.height);
    const below = { x: container.x, y: container.y + container.height, width: container.width, height: 60 };
    const before = await tintAndPlain(page, { below }, 'box-hidden');
    expect(changed(before.tint.below!, before.plain.below!)).toBe(0);
    // Scrolled into the box's view: tinted there, still nothing below the box.
    await page.evaluate(() => document.getElementById('clipped')!.scrollIntoView({ block: 'nearest' }));
    await frames(page);
    const shown = await wordBox(page, 'clipped', 'أذربيجان');
    expect(shown.y).toBeGreaterThanOrEqual(container.y);
    const after = await tintAndPlain(page, { shown, below }, 'box-shown');
    expect(changed(after.tint.shown!, after.plain.shown!)).toBeGreaterThan(0.5);
    expect(changed(after.tint.below!, after.plain.below!)).toBe(0);
    await page.close();
  });

  it('follows a browser zoom, and leaves a page zoomed by CSS to the Highlight API', async () => {
    const page = await openBusy();
    const tabId = await browser.tabIdOf(page);
    const zoom = (factor: number) =>
      browser.worker.evaluate(
        async ([id, f]) => {
          const { tabs } = (globalThis as unknown as { chrome: { tabs: ZoomApi } }).chrome;
          await tabs.setZoomSettings(id!, { scope: 'per-tab' });
          await tabs.setZoom(id!, f!);
        },
        [tabId, factor],
      );
    await zoom(2);
    await expect.poll(() => page.evaluate(() => devicePixelRatio)).toBe(2);
    await frames(page);
    const zoomed = await tintAndPlain(page, { word: await wordBox(page, 'plain', 'يريفان') }, 'browser-zoom');
    expect(changed(zoomed.tint.word!, zoomed.plain.word!)).toBeGreaterThan(0.5);
    await zoom(0);
    await expect.poll(() => page.evaluate(() => devicePixelRatio)).toBe(1);
    // html { zoom: 2 } scales what the overlay would place: its marks get their ranges back.
    await page.evaluate(() => (document.documentElement.style.zoom = '2'));
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('siyaq-tint')?.size ?? 0)).toBeGreaterThan(3);
    await frames(page);
    const css = await tintAndPlain(page, { word: await wordBox(page, 'plain', 'يريفان') }, 'css-zoom');
    expect(changed(css.tint.word!, css.plain.word!)).toBeGreaterThan(0.5);
    await page.close();
  });

  it('goes away when Siyaq is turned off for the site, and comes back when turned on', async () => {
    const page = await openBusy();
    const word = await wordBox(page, 'plain', 'يريفان');
    const on = await shot(page, word, 'off-before');
    const host = () => page.evaluate(() => document.querySelector('siyaq-marks') !== null);
    expect(await host()).toBe(true);
    await setSettings({ markStyle: 'underline', disabledSites: ['127.0.0.1'] });
    await expect.poll(host).toBe(false);
    await frames(page);
    const off = await shot(page, word, 'off');
    expect(changed(on, off)).toBeGreaterThan(0.5);
    await setSettings({ markStyle: 'underline', disabledSites: [] });
    await expect.poll(async () => changed(on, await shot(page, word, 'off-after')), { timeout: 10_000 }).toBeLessThan(0.05);
    await page.close();
  });
});
