// The built extension on hostile and extreme pages in a real Chromium: huge,
// deep, noisy, locked down, restyled, scripted against it, in frames, in
// fullscreen, with a body that comes and goes. On each: no error, the work cut
// into slices, the page's DOM as it would be without Siyaq, and the marks the
// detector finds in the text a reader sees. Timings are printed, not asserted.
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createDetector } from '../../lib/detect';
import { compileContent } from '../../lib/knowledge/compile';
import { markedNames } from '../../lib/knowledge/names';
import { PAINT_ALL_LIMIT } from '../../lib/page/text-highlighter';
import {
  BODY_SWAP_PAGE,
  CHILD_FRAMES_PAGE,
  CLOSED_SHADOW_PAGE,
  CSP_HEADER,
  CSP_PAGE,
  deepNestingPage,
  FULLSCREEN_PAGE,
  HOST_NAME_TAKEN_PAGE,
  hugeTextNodePage,
  IMPORTANT_STYLES_PAGE,
  manyElementsPage,
  MUTATION_STORM_PAGE,
  NOISY_TEXT_PAGE,
  OVERRIDDEN_BUILTINS_PAGE,
} from './fixtures/hostile-pages';
import { bigPage, newsPageAr } from './fixtures/pages';
import { cardLocator, inCard } from './harness/card-probe';
import { launchWithExtension, storeSettings, type ExtensionBrowser } from './harness/extension-browser';
import { findChromium } from './harness/find-chromium';
import { overlayBoxes, type OverlayBox } from './harness/overlay-probe';
import { domWithoutSiyaq, hoverCard, pointOfWord } from './harness/page-probes';
import { startStaticServer, type StaticServer } from './harness/static-server';

const detector = createDetector(markedNames(compileContent('content').names));

/** Served pages: path → HTML (and response headers). */
const PAGES: Record<string, { html: string; headers?: Record<string, string> }> = {
  '/many.html': { html: manyElementsPage() },
  '/storm.html': { html: MUTATION_STORM_PAGE },
  '/huge-text.html': { html: hugeTextNodePage() },
  '/deep.html': { html: deepNestingPage() },
  '/noisy.html': { html: NOISY_TEXT_PAGE },
  '/overridden.html': { html: OVERRIDDEN_BUILTINS_PAGE },
  '/csp.html': { html: CSP_PAGE, headers: CSP_HEADER },
  '/important.html': { html: IMPORTANT_STYLES_PAGE },
  '/closed-shadow.html': { html: CLOSED_SHADOW_PAGE },
  '/frames.html': { html: CHILD_FRAMES_PAGE },
  '/fullscreen.html': { html: FULLSCREEN_PAGE },
  '/body-swap.html': { html: BODY_SWAP_PAGE },
  '/host-taken.html': { html: HOST_NAME_TAKEN_PAGE },
  '/big.html': { html: bigPage() },
  '/news-ar.html': { html: newsPageAr() },
};

let ext: ExtensionBrowser;
let plain: Browser;
let server: StaticServer;
const workerErrors: string[] = [];
const figures: string[] = [];

beforeAll(async () => {
  server = await startStaticServer([]);
  for (const [path, { html, headers }] of Object.entries(PAGES)) server.put(path, html, headers);
  ext = await launchWithExtension();
  ext.worker.on('console', (m) => m.type() === 'error' && workerErrors.push(m.text()));
  // Long tasks from the page's start, so those during Siyaq's scan can be reported.
  await ext.context.addInitScript(() => {
    const seen: { start: number; duration: number }[] = [];
    (window as unknown as { __longTasks: typeof seen }).__longTasks = seen;
    new PerformanceObserver((list) => {
      // Index assignment, not push: one fixture page replaces Array.prototype.push.
      for (const e of list.getEntries()) seen[seen.length] = { start: e.startTime, duration: e.duration };
    }).observe({ type: 'longtask', buffered: true });
  });
  plain = await chromium.launch({ executablePath: findChromium(), args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
});

afterAll(async () => {
  if (figures.length > 0) console.log(`\nScan figures (reported, not asserted)\n${figures.join('\n')}`);
  await ext?.close();
  await plain?.close();
  await server?.close();
});

interface Opened {
  page: Page;
  /** Errors thrown in the page or logged to its console, from any world or frame. */
  errors: string[];
}

async function open(path: string, beforeLoad?: (page: Page) => Promise<unknown>): Promise<Opened> {
  const page = await ext.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await beforeLoad?.(page);
  await page.goto(server.url(path));
  return { page, errors };
}

/** The DOM the same page has in a Chromium without the extension, after `prepare`. */
async function referenceDom(path: string, prepare?: (page: Page) => Promise<void>): Promise<string[]> {
  const page = await plain.newPage();
  await page.route('**/*', (r) => (new URL(r.request().url()).hostname === '127.0.0.1' ? r.continue() : r.abort()));
  await page.goto(server.url(path));
  await prepare?.(page);
  const doms = await Promise.all(page.frames().map((f) => f.evaluate(() => document.documentElement.outerHTML)));
  await page.close();
  return doms;
}

/** The visible texts of a page as a plain Chromium shows it, after `prepare`. */
async function referenceTexts(path: string, prepare: (page: Page) => Promise<void>): Promise<string[]> {
  const page = await plain.newPage();
  await page.goto(server.url(path));
  await prepare(page);
  const texts = await textsIn(page);
  await page.close();
  return texts;
}

/** Every frame's DOM with Siyaq's host left out. */
async function framesWithoutSiyaq(page: Page): Promise<string[]> {
  return Promise.all(
    page.frames().map((f) =>
      f.evaluate(() => {
        const clone = document.documentElement.cloneNode(true) as HTMLElement;
        clone.querySelectorAll('siyaq-card, siyaq-marks').forEach((el) => el.remove());
        return clone.outerHTML;
      }),
    ),
  );
}

interface ScanFigures {
  scanMs: number;
  longestSliceMs: number;
  slices: number;
  /** Long tasks that overlap Siyaq's scan (page work included). */
  longTasks: number[];
}

/** Waits for the nth scan (from 0: the first, of the whole page) to finish and reads what it left on the timeline. */
async function scanFigures(target: Page | Frame, nth = 0): Promise<ScanFigures> {
  // Polled with plain evaluations: waitForFunction's helper keeps built-ins a hostile page replaced.
  await expect
    .poll(() => target.evaluate(() => performance.getEntriesByName('siyaq:slices').length), { timeout: 60_000 })
    .toBeGreaterThan(nth);
  return target.evaluate((nth) => {
    const scan = performance.getEntriesByName('siyaq:scan')[nth]!;
    const slices = performance.getEntriesByName('siyaq:slices')[nth] as PerformanceMeasure;
    const long = (window as unknown as { __longTasks?: { start: number; duration: number }[] }).__longTasks ?? [];
    return {
      scanMs: scan.duration,
      longestSliceMs: performance.getEntriesByName('siyaq:longest-slice')[nth]!.duration,
      slices: (slices.detail as { count: number }).count,
      longTasks: long
        .filter((t) => t.start < scan.startTime + scan.duration && t.start + t.duration > scan.startTime)
        .map((t) => t.duration),
    };
  }, nth);
}

function report(name: string, f: ScanFigures, marks: number): void {
  const long = f.longTasks.length ? f.longTasks.map((d) => d.toFixed(0)).join(', ') + ' ms' : 'none';
  figures.push(
    `  ${name.padEnd(22)} scan ${f.scanMs.toFixed(0).padStart(5)} ms, ${String(f.slices).padStart(4)} slices, longest ${f.longestSliceMs.toFixed(1).padStart(5)} ms, ${String(marks).padStart(5)} marks; long tasks during scan: ${long}`,
  );
}

/** A marked range: which of the frame's text nodes (see textsIn), and where in it. */
interface Mark {
  node: number;
  start: number;
  end: number;
}

const key = (m: Mark) => `${m.node}:${m.start}:${m.end}`;

/**
 * The frame's text nodes in the body outside scripts and styles (in these
 * fixtures all of it is on screen), in document order, so marks can name a
 * node by its place rather than by its text (which may be 300 KB).
 */
const TEXT_NODES = `(() => {
  const nodes = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement.closest('script, style')) nodes[nodes.length] = n;
  return nodes;
})()`;

/** The ranges Siyaq painted in one frame (underlined, or tinted on a huge page); node -1 for one outside those text nodes. */
async function marksIn(target: Page | Frame): Promise<Mark[]> {
  return target.evaluate(`(() => {
    const nodes = ${TEXT_NODES};
    const marks = CSS.highlights.get('siyaq-underline') ?? CSS.highlights.get('siyaq-tint') ?? [];
    return [...marks].map((r) => ({ node: nodes.indexOf(r.startContainer), start: r.startOffset, end: r.endOffset }));
  })()`);
}

async function textsIn(target: Page | Frame): Promise<string[]> {
  return target.evaluate(`${TEXT_NODES}.map((n) => n.data)`);
}

/** What the detector finds in those texts, as marks. */
function expectedMarks(texts: string[]): Mark[] {
  return texts.flatMap((text, node) => detector.detect(text).map(({ start, end }) => ({ node, start, end })));
}

/** Waits until the frame's marks are exactly what the detector finds in its visible text; returns the marked strings. */
async function expectDetectorMarks(target: Page | Frame): Promise<(Mark & { text: string; context: string })[]> {
  const texts = await textsIn(target);
  const expected = expectedMarks(texts).map(key).sort();
  expect(expected.length).toBeGreaterThan(0);
  await expect.poll(async () => (await marksIn(target)).map(key).sort(), { timeout: 30_000 }).toEqual(expected);
  return (await marksIn(target)).map((m) => ({ ...m, text: texts[m.node]!.slice(m.start, m.end), context: texts[m.node]! }));
}

/** The card's look as the reader sees it: painted on top, opaque, in its own type size. */
async function cardAppearance(page: Page) {
  return inCard(page, (root) => {
    const host = root!.host;
    const float = root!.querySelector('.siyaq-float') as HTMLElement;
    const card = root!.querySelector('.siyaq-card') as HTMLElement;
    const box = float.getBoundingClientRect();
    return {
      background: getComputedStyle(float).backgroundColor,
      fontSize: getComputedStyle(card).fontSize,
      width: box.width,
      height: box.height,
      onTop: document.elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 20)) === host,
      hostParent: host.parentElement?.id || host.parentElement?.tagName,
    };
  });
}

/** An rgb()/rgba() colour with no transparency. */
function opaque(colour: string): boolean {
  const alpha = /^rgba\([^,]+,[^,]+,[^,]+,\s*([\d.]+)\)$/.exec(colour);
  return colour.startsWith('rgb(') || (!!alpha && Number(alpha[1]) === 1);
}

describe('extreme pages', () => {
  it('100,000 elements: every name marked, in many slices, the DOM untouched', async () => {
    const { page, errors } = await open('/many.html');
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThanOrEqual(100_000);
    const scan = await scanFigures(page);
    const marks = await expectDetectorMarks(page);
    expect(scan.slices).toBeGreaterThan(1);
    expect(await framesWithoutSiyaq(page)).toEqual(await referenceDom('/many.html'));
    report('100,000 elements', scan, marks.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('20,000 paragraphs appended one at a time: all marked, in many slices', async () => {
    const { page, errors } = await open('/storm.html');
    await scanFigures(page);
    await page.waitForFunction(() => document.querySelectorAll('#feed p').length === 20_000, null, { timeout: 20_000 });
    const scan = await scanFigures(page, 1);
    const marks = await expectDetectorMarks(page);
    expect(scan.slices).toBeGreaterThan(1);
    const reference = await referenceDom('/storm.html', (p) =>
      p.waitForFunction(() => document.querySelectorAll('#feed p').length === 20_000).then(() => undefined),
    );
    expect(await framesWithoutSiyaq(page)).toEqual(reference);
    report('20,000 appends', scan, marks.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('one 300 KB text node: detected in pieces, no name lost or split at a cut', async () => {
    const { page, errors } = await open('/huge-text.html');
    expect(await page.evaluate(() => (document.getElementById('huge')!.firstChild as Text).length)).toBeGreaterThanOrEqual(300_000);
    const scan = await scanFigures(page);
    const marks = await expectDetectorMarks(page);
    expect(scan.slices).toBeGreaterThan(1);
    expect(await framesWithoutSiyaq(page)).toEqual(await referenceDom('/huge-text.html'));
    report('300 KB text node', scan, marks.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('5,000 levels of nesting: marked to the bottom, nothing overflows', async () => {
    const { page, errors } = await open('/deep.html');
    const scan = await scanFigures(page);
    const marks = await expectDetectorMarks(page);
    expect(marks.some((m) => m.context.endsWith(' 5000'))).toBe(true);
    expect(await framesWithoutSiyaq(page)).toEqual(await referenceDom('/deep.html'));
    report('5,000 levels deep', scan, marks.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a 2 MB page: marks painted in the viewport follow the scroll, in many slices, the DOM untouched', async () => {
    const { page, errors } = await open('/big.html');
    const scan = await scanFigures(page);
    const texts = await textsIn(page);
    const expected = new Set(expectedMarks(texts).map(key));
    // Past PAINT_ALL_LIMIT marks only those in the viewport are painted.
    expect(expected.size).toBeGreaterThan(PAINT_ALL_LIMIT);
    const atTop = await marksIn(page);
    expect(atTop.length).toBeGreaterThan(0);
    expect(atTop.length).toBeLessThan(expected.size);
    expect(atTop.every((m) => expected.has(key(m)))).toBe(true);
    // Tinted rather than underlined there (see text-highlighter.ts).
    expect(await page.evaluate(() => CSS.highlights.has('siyaq-tint'))).toBe(true);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect
      .poll(async () => Math.max(...(await marksIn(page)).map((m) => m.node)), { timeout: 10_000 })
      .toBeGreaterThan(texts.length - 20);
    expect((await marksIn(page)).every((m) => expected.has(key(m)))).toBe(true);
    expect(scan.slices).toBeGreaterThan(1);
    expect(await framesWithoutSiyaq(page)).toEqual(await referenceDom('/big.html'));
    report('2 MB page', scan, expected.size);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('combining marks, emoji, bidi controls, a box-less element: marks where the detector finds names, never inside a character', async () => {
    const { page, errors } = await open('/noisy.html');
    const marks = await expectDetectorMarks(page);
    // A boundary between the halves of a surrogate pair, or before a combining mark, would cut a character.
    const cutsCharacter = (s: string, i: number) =>
      i > 0 && i < s.length && ((/[\uD800-\uDBFF]/.test(s[i - 1]!) && /[\uDC00-\uDFFF]/.test(s[i]!)) || /\p{M}/u.test(s[i]!));
    for (const m of marks) {
      expect(cutsCharacter(m.context, m.start) || cutsCharacter(m.context, m.end), m.context).toBe(false);
      expect(m.text.trim().length).toBeGreaterThan(1);
    }
    // Controls and marks around or inside a name do not hide it.
    const covered = marks.map((m) => m.text);
    for (const name of ['باشينيان', 'كور\u200Cسك', 'بَاشِينِيَان', 'ناغورني\u200F قره\u202A باغ']) {
      expect(covered).toContain(name);
    }
    // Text straight inside a `display: contents` element is shown, so marked.
    expect(marks.some((m) => m.context === 'بلا صندوق: ممر لاتشين')).toBe(true);
    await hoverCard(page, 'بَاشِينِيَان');
    expect(await framesWithoutSiyaq(page)).toEqual(await referenceDom('/noisy.html'));
    expect(errors).toEqual([]);
    await page.close();
  });
});

function stopSwapping(page: Page): Promise<void> {
  return page.evaluate(() => (window as unknown as { __stopSwapping: () => void }).__stopSwapping());
}

describe('hostile pages', () => {
  it("a page that replaced DOM, Array and timing built-ins: Siyaq's isolated world never calls them", async () => {
    const { page, errors } = await open('/overridden.html');
    // Only the mouse (no script in the page) until the card is open.
    const box = (await page.locator('#name').boundingBox())!;
    await page.waitForTimeout(1500);
    await page.mouse.move(box.x - 40, box.y - 40);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    const card = cardLocator(page);
    await card.waitFor({ state: 'visible', timeout: 5000 });
    expect(await card.getAttribute('data-topic')).toBe('nikol-pashinyan');
    expect(await page.evaluate('(() => { try { [].push(1); return "kept"; } catch { return "replaced"; } })()')).toBe('replaced');
    await page.evaluate('window.__hostile.restore()');
    // The test's own tools call some (Playwright's locators sort, for one); Siyaq's code, from chrome-extension://, none.
    const calls = await page.evaluate(() => (window as unknown as { __hostile: { calls: string[] } }).__hostile.calls);
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.filter((call) => call.includes('chrome-extension://'))).toEqual([]);
    await scanFigures(page);
    await expectDetectorMarks(page);
    expect(await framesWithoutSiyaq(page)).toEqual(await referenceDom('/overridden.html', (p) => p.evaluate('window.__hostile.restore()')));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a strict Content-Security-Policy: marks and a styled card, no CSP violation', async () => {
    const { page, errors } = await open('/csp.html');
    await expectDetectorMarks(page);
    await hoverCard(page, 'يريفان');
    const look = await cardAppearance(page);
    expect(opaque(look.background), look.background).toBe(true);
    expect(look.fontSize).toBe('17px'); // the card's own default text size for Arabic
    expect(await framesWithoutSiyaq(page)).toEqual(await referenceDom('/csp.html'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('`* { all: unset !important }` and !important on anything Siyaq-like: the card still looks like itself', async () => {
    const { page, errors } = await open('/important.html');
    await expectDetectorMarks(page);
    await hoverCard(page, 'كورسك', 1);
    await page.waitForTimeout(300); // the card's fade-in
    const look = await cardAppearance(page);
    expect(opaque(look.background), look.background).toBe(true);
    expect(look.fontSize).toBe('17px'); // the card's own default text size for Arabic
    expect(look.width).toBeGreaterThan(200);
    expect(look.height).toBeGreaterThan(40);
    expect(look.onTop).toBe(true);
    expect(await framesWithoutSiyaq(page)).toEqual(await referenceDom('/important.html'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('closed shadow roots: out of reach and no trouble; the rest is marked', async () => {
    const { page, errors } = await open('/closed-shadow.html');
    const marks = await expectDetectorMarks(page);
    const outside = await page.textContent('#outside');
    expect(marks.every((m) => m.context === outside)).toBe(true);
    expect(await framesWithoutSiyaq(page)).toEqual(await referenceDom('/closed-shadow.html'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('about:blank, srcdoc and document.write frames filled by the parent are marked (match_about_blank suffices)', async () => {
    const { page, errors } = await open('/frames.html');
    const frames = page.frames();
    expect(frames.map((f) => f.url())).toEqual([server.url('/frames.html'), 'about:blank', 'about:srcdoc', 'about:blank']);
    for (const frame of frames) await expectDetectorMarks(frame);
    expect(await framesWithoutSiyaq(page)).toEqual(await referenceDom('/frames.html'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fullscreen: the card opens inside the fullscreen element, and the host leaves it afterwards', async () => {
    const { page, errors } = await open('/fullscreen.html');
    await expectDetectorMarks(page);
    await page.click('#inside'); // the user gesture fullscreen needs
    await page.evaluate(() => document.getElementById('stage')!.requestFullscreen());
    await page.waitForFunction(() => document.fullscreenElement?.id === 'stage');
    await page.waitForTimeout(300);
    await hoverCard(page, 'باشينيان');
    await page.waitForTimeout(300);
    const look = await cardAppearance(page);
    expect(look.hostParent).toBe('stage');
    expect(look.onTop).toBe(true);
    await page.evaluate(() => document.exitFullscreen());
    await page.waitForFunction(() => !document.fullscreenElement);
    await expect.poll(() => page.evaluate(() => document.querySelector('siyaq-card')?.parentElement?.tagName)).toBe('HTML');
    await hoverCard(page, 'ناغورني');
    expect(await framesWithoutSiyaq(page)).toEqual(await referenceDom('/fullscreen.html'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a body taken out and put back every 40 ms: no marks kept for detached text, marks back with the body', async () => {
    const { page, errors } = await open('/body-swap.html');
    const expected = expectedMarks(await referenceTexts('/body-swap.html', stopSwapping)).length;
    let sawMarks = false;
    for (let i = 0; i < 25; i++) {
      await page.waitForTimeout(80);
      const state = await page.evaluate(() => {
        // A page that changes this often is painted by the overlay (see text-highlighter.ts); any range left registered is checked too.
        const ranges = [...(CSS.highlights.get('siyaq-underline') ?? CSS.highlights.get('siyaq-tint') ?? [])] as AbstractRange[];
        return { count: ranges.length, detached: ranges.filter((r) => !r.startContainer.isConnected).length };
      });
      expect(state.detached).toBe(0);
      expect(state.count).toBeLessThanOrEqual(expected);
      // Each box painted above the page lies over text (none left where detached text was).
      const boxes = await overlayBoxes(page);
      expect(boxes.filter((b) => b.text === null)).toEqual([]);
      sawMarks ||= state.count > 0 || boxes.length > 0;
    }
    expect(sawMarks).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __swaps: () => number }).__swaps())).toBeGreaterThan(10);
    await stopSwapping(page);
    // Busy, so painted as boxes above the page: one over each name the detector finds (all on screen here), and no other.
    const texts = await textsIn(page);
    const marks = expectedMarks(texts);
    const over = (b: OverlayBox, m: Mark) => b.text === texts[m.node] && b.offset >= m.start && b.offset <= m.end;
    await expect
      .poll(async () => {
        const boxes = await overlayBoxes(page);
        return marks.every((m) => boxes.some((b) => over(b, m))) && boxes.every((b) => marks.some((m) => over(b, m)));
      })
      .toBe(true);
    await hoverCard(page, 'كورسك', 1);
    expect(await framesWithoutSiyaq(page)).toEqual(
      await referenceDom('/body-swap.html', async (p) => {
        await p.waitForTimeout(500);
        await stopSwapping(p);
      }),
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a page that defined its own `siyaq-card` element: marks still work, no error', async () => {
    const { page, errors } = await open('/host-taken.html');
    await expectDetectorMarks(page);
    const point = await pointOfWord(page, 'يريفان');
    await page.mouse.move(point.x - 40, point.y - 40);
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await page.waitForTimeout(1000);
    // Siyaq's createElement ran the page's constructor, which took the shadow root: no card here, and no host left behind.
    expect(await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen)).toEqual(['constructed']);
    expect(await page.locator('siyaq-card').count()).toBe(0);
    expect(await framesWithoutSiyaq(page)).toEqual(await referenceDom('/host-taken.html'));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the page cannot drive Siyaq', () => {
  it('messages, synthetic events, forged WXT events and runtime calls from the page open nothing and change nothing', async () => {
    // Everything WXT posts to the page, from before the content script starts.
    const { page, errors } = await open('/news-ar.html', (p) =>
      p.addInitScript(() => {
        const posted: unknown[] = [];
        (window as unknown as { __posted: unknown[] }).__posted = posted;
        addEventListener('message', (e) => posted.push(e.data));
      }),
    );
    await scanFigures(page);
    const before = (await marksIn(page)).map(key).sort();
    expect(before.length).toBeGreaterThan(20);
    const dom = await domWithoutSiyaq(page);
    const point = await pointOfWord(page, 'باشينيان');
    const scrolled = await page.evaluate(() => window.scrollY);

    const attempts = await page.evaluate(async ({ x, y }) => {
      const tried: Record<string, string> = {};
      window.postMessage({ type: 'siyaq:reveal', topic: 'kursk' }, '*');
      window.postMessage({ type: 'siyaq:open-card-at-selection' }, '*');
      const target = document.elementFromPoint(x, y)!;
      for (let i = 0; i < 5; i++) {
        const init = { bubbles: true, composed: true, clientX: x, clientY: y + i };
        target.dispatchEvent(new PointerEvent('pointermove', init));
        target.dispatchEvent(new MouseEvent('mousemove', init));
        target.dispatchEvent(new MouseEvent('mouseover', init));
        await new Promise((r) => setTimeout(r, 100));
      }
      for (const key of ['S', 'Escape', 'Enter']) {
        document.dispatchEvent(new KeyboardEvent('keydown', { key, altKey: true, shiftKey: true, bubbles: true }));
      }
      const chromeApi = (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown }; storage?: unknown } }).chrome;
      tried.runtime = typeof chromeApi?.runtime?.sendMessage;
      tried.storage = typeof chromeApi?.storage;
      tried.globals = Object.getOwnPropertyNames(window)
        .filter((name) => /siyaq|wxt|^browser$/i.test(name))
        .join(',');
      // WXT's own events, under the names WXT posted to the page.
      const started = (window as unknown as { __posted: { type?: string; contentScriptName?: string }[] }).__posted.find((m) =>
        m?.type?.endsWith(':wxt:content-script-started'),
      );
      tried.wxtName = started?.type ?? '';
      if (started?.type) {
        // The forged location change first, while WXT still listens: the
        // forged start below retires WXT's listeners, after which it could
        // not be heard (and so could not fail this test).
        window.dispatchEvent(new Event(started.type.replace('content-script-started', 'locationchange')));
        await new Promise((r) => setTimeout(r, 1500));
        document.dispatchEvent(
          new CustomEvent(started.type, { detail: { contentScriptName: started.contentScriptName, messageId: 'page' } }),
        );
      }
      await new Promise((r) => setTimeout(r, 1500));
      return tried;
    }, point);
    // Pages get no runtime to call and no storage to read, see nothing of the
    // content script's globals, and WXT does tell them its event names.
    expect(attempts.runtime).toBe('undefined');
    expect(attempts.storage).toBe('undefined');
    expect(attempts.globals).toBe('');
    expect(attempts.wxtName).toMatch(/:wxt:content-script-started$/);

    expect(await page.locator('siyaq-card').count()).toBe(0);
    expect(await page.evaluate(() => CSS.highlights.has('siyaq-flash'))).toBe(false);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    expect((await marksIn(page)).map(key).sort()).toEqual(before);
    expect(await domWithoutSiyaq(page)).toBe(dom);
    expect(await page.evaluate(() => performance.getEntriesByName('siyaq:scan').length)).toBe(1);

    // Siyaq still answers the reader: a real pointer opens the card.
    const card = await hoverCard(page, 'كورسك');
    expect(await card.getAttribute('data-topic')).toBe('kursk');
    // While it is open, an Escape the page forges does not close it; the reader's own does.
    await page.evaluate(() => {
      for (const target of [document, document.activeElement ?? document.body, window]) {
        target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true, composed: true }));
      }
    });
    await page.waitForTimeout(300);
    expect(await card.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden', timeout: 5000 });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('switched off and on', () => {
  it('still follows text the page adds afterwards', async () => {
    const setSettings = (settings: object): Promise<void> => storeSettings(ext, settings);
    const { page, errors } = await open('/news-ar.html');
    await scanFigures(page);
    const marked = () => page.evaluate(() => CSS.highlights.get('siyaq-underline')?.size ?? 0);
    const before = await marked();
    await setSettings({ enabled: false });
    await expect.poll(marked).toBe(0);
    await setSettings({});
    await expect.poll(marked).toBe(before);
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p id="late">وصل باشينيان متأخرا.</p>'));
    await expect.poll(marked).toBe(before + 1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('extension health', () => {
  it('threw no error on any page or in the worker', () => {
    expect(ext.errors).toEqual([]);
    expect(workerErrors).toEqual([]);
  });

  // Last: it takes the extension away from this browser.
  it('a page left behind by an extension reload drops its marks quietly at the next pointer move', async () => {
    const { page, errors } = await open('/news-ar.html');
    await scanFigures(page);
    const point = await pointOfWord(page, 'كورسك');
    await ext.worker
      .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload: () => void } } }).chrome.runtime.reload())
      .catch(() => undefined);
    await page.waitForTimeout(1000);
    await page.mouse.move(point.x - 40, point.y - 40);
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('siyaq-underline')?.size ?? 0)).toBe(0);
    await page.waitForTimeout(500);
    expect(await page.locator('siyaq-card').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
