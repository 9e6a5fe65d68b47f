// Marks as pixels, in real Chromium: each style paints every mark (plain text,
// a coloured link, an open shadow root) and the marked letters keep their own
// colour. The rules sit on the root only and reach every element through
// highlight inheritance (assets/styles/page-marks.css); had they not, the
// ranges would still be registered and every other test would pass.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchWithExtension, storeSettings, type ExtensionBrowser } from './harness/extension-browser';
import { overlayBoxes } from './harness/overlay-probe';
import { settledMarks } from './harness/page-probes';
import { startStaticServer, type StaticServer } from './harness/static-server';

const ARTIFACTS = 'artifacts/e2e';
const PAGE = `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>ألوان</title></head>
<body style="font: 28px/1.9 sans-serif; background: #fff; color: #000">
<p>نص عادي عن يريفان هنا.</p>
<p><a href="#" style="color: #c00">رابط عن أذربيجان</a></p>
<div id="host"></div>
<script>
  document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = '<p style="color: #00c">داخل الظل: ستيباناكرت</p>';
</script>
</body></html>`;
const NAMES = ['يريفان', 'أذربيجان', 'ستيباناكرت'];

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startStaticServer([]);
  server.put('/colours.html', PAGE);
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const setMarkStyle = (markStyle: string): Promise<void> => storeSettings(browser, { markStyle });

/** Until the page holds exactly this highlight name (none: no highlight at all). */
async function untilHighlight(page: Page, name: string | null) {
  await page.waitForFunction((n) => (n ? CSS.highlights.has(n) && CSS.highlights.size === 1 : CSS.highlights.size === 0), name);
  // Painted in the next frames.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

type Box = { name: string; x: number; y: number; width: number; height: number };

/** The box of each name's first occurrence, shadow root included. */
function boxes(page: Page): Promise<Box[]> {
  return page.evaluate((names) => {
    const roots: Node[] = [document.body, document.getElementById('host')!.shadowRoot!];
    return names.map((name) => {
      for (const root of roots) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          const at = n.data.indexOf(name);
          if (at < 0 || n.parentElement?.tagName === 'SCRIPT') continue;
          const range = document.createRange();
          range.setStart(n, at);
          range.setEnd(n, at + name.length);
          const r = range.getBoundingClientRect();
          return { name, x: Math.floor(r.left), y: Math.floor(r.top), width: Math.ceil(r.width), height: Math.ceil(r.height) + 6 };
        }
      }
      throw new Error(`${name} is not on the page`);
    });
  }, NAMES);
}

async function shots(page: Page, where: Box[], label: string): Promise<PNG[]> {
  const images: PNG[] = [];
  for (const box of where) {
    const png = await page.screenshot({ clip: { x: box.x, y: box.y, width: box.width, height: box.height } });
    writeFileSync(`${ARTIFACTS}/mark-paint-${label}-${where.indexOf(box)}.png`, png);
    images.push(PNG.sync.read(png));
  }
  return images;
}

/** Share of pixels that differ between two images of the same box. */
function changed(a: PNG, b: PNG): number {
  let count = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d = Math.max(
      Math.abs(a.data[i]! - b.data[i]!),
      Math.abs(a.data[i + 1]! - b.data[i + 1]!),
      Math.abs(a.data[i + 2]! - b.data[i + 2]!),
    );
    if (d > 8) count++;
  }
  return count / (a.data.length / 4);
}

/** Pixels of a strong colour: red (R well above G and B) or blue (B well above R and G). */
function tinted(png: PNG, channel: 0 | 2): number {
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    const own = channel === 0 ? r : b;
    const others = channel === 0 ? Math.max(g, b) : Math.max(r, g);
    if (own > 120 && own - others > 80) count++;
  }
  return count;
}

describe('marks on screen', () => {
  it('paints every style on every mark, in a link and a shadow root too, the letters in their own colour', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/colours.html'));
    await settledMarks(page, NAMES.length);
    const where = await boxes(page);
    const underlined = await shots(page, where, 'underline');
    await setMarkStyle('background');
    await untilHighlight(page, 'siyaq-background');
    const background = await shots(page, where, 'background');
    await setMarkStyle('none');
    await untilHighlight(page, null);
    const plain = await shots(page, where, 'none');
    for (const [i, box] of where.entries()) {
      // The underline's tint covers the box; the dotted line lies under the letters.
      expect(changed(underlined[i]!, plain[i]!), `${box.name} underlined`).toBeGreaterThan(0.3);
      expect(changed(background[i]!, plain[i]!), `${box.name} on a background`).toBeGreaterThan(0.3);
    }
    // The link's letters stay red and the shadow root's blue, under both styles.
    for (const images of [underlined, background, plain]) {
      expect(tinted(images[1]!, 0)).toBeGreaterThan(20);
      expect(tinted(images[2]!, 2)).toBeGreaterThan(20);
    }
    await setMarkStyle('underline');
    await page.close();
  });

  it('paints the tint that stands in for the underline on a page that keeps changing', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/colours.html'));
    await settledMarks(page, NAMES.length);
    // A clock ticking ten times a second: on-screen marks are painted tinted, as
    // boxes above the page (mark-overlay.ts), no range left registered.
    await page.evaluate(() => {
      const clock = document.createElement('div');
      clock.textContent = '0';
      document.body.append(clock);
      setInterval(() => (clock.textContent = String(Number(clock.textContent) + 1)), 100);
    });
    await untilHighlight(page, 'siyaq-tint');
    await expect.poll(async () => (await overlayBoxes(page)).length, { timeout: 10_000 }).toBe(3);
    expect(await page.evaluate(() => CSS.highlights.get('siyaq-tint')!.size)).toBe(0);
    const where = await boxes(page);
    const tint = await shots(page, where, 'tint');
    await setMarkStyle('none');
    await untilHighlight(page, null);
    const plain = await shots(page, where, 'tint-none');
    for (const [i, box] of where.entries()) expect(changed(tint[i]!, plain[i]!), box.name).toBeGreaterThan(0.3);
    expect(tinted(tint[1]!, 0)).toBeGreaterThan(20);
    await setMarkStyle('underline');
    await page.close();
  });
});
