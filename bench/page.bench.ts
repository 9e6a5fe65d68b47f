// Siyaq on a 2 MB page in Chromium: scan-and-mark time against a bare walk over
// the same text nodes, the longest slice of main-thread work, hover-to-card
// time, and mark.js marking the same names as a peer baseline. Then what marks
// cost while the page repaints (a 10 Hz ticker, the same written with
// textContent, a 10 Hz class toggle) on the demo page and the 2 MB page,
// against the same page without Siyaq.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';

import { compileContent } from '../lib/knowledge/compile';
import { readArgs, usageError } from '../scripts/cli';
import { bigPage, newsPageAr } from '../tests/e2e/fixtures/pages';
import { cardLocator, inCard } from '../tests/e2e/harness/card-probe';
import { launchWithExtension, QUIET_FLAGS, type ChromeTabsApi } from '../tests/e2e/harness/extension-browser';
import { findChromium } from '../tests/e2e/harness/find-chromium';
import { pointOfWord } from '../tests/e2e/harness/page-probes';
import { disableFeaturesFlag } from '../tests/e2e/harness/quiet-features';
import { startStaticServer } from '../tests/e2e/harness/static-server';
import { isExtensionCall, mainThreadEvents } from '../tests/e2e/harness/trace';

const { values: args } = readArgs({
  name: 'page.bench',
  help: `usage: tsx bench/page.bench.ts [--repaint-only] [--extension DIR] [--against DIR] [--breakdown] [--rounds N]

Siyaq on a 2 MB page in Chromium (scan, hover, popup, mark.js as a peer), then
what marks cost while a page repaints. --repaint-only measures only the latter;
--extension measures a build in DIR (another commit's, say) instead of this one;
--against also measures the build in DIR while the page repaints, in the same
rounds; --breakdown splits each case's time into parts (Siyaq's own script, all
script, style, layout, paint…) and measures Siyaq with its marks not painted
too; --rounds sets the rounds per case (12).`,
  options: {
    'repaint-only': { type: 'boolean' },
    extension: { type: 'string' },
    against: { type: 'string' },
    breakdown: { type: 'boolean' },
    rounds: { type: 'string' },
  },
});

const html = bigPage();
const { names } = compileContent('content');
const keywords = [...new Set(names.topics.flatMap((t) => [t.name.ar, t.name.en, ...t.aliases]))];

/** Time to walk every text node and read its text, in the page itself. */
async function bareWalk(page: Page): Promise<number> {
  return page.evaluate(() => {
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      let chars = 0;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
      runs.push(performance.now() - t0 + (chars < 0 ? 1 : 0));
    }
    return runs.sort((a, b) => a - b)[2]!;
  });
}

async function scanMeasures(page: Page): Promise<{ scan: number; busy: number; slices: number; slice: number }> {
  await page.waitForFunction(() => performance.getEntriesByName('siyaq:scan').length > 0, null, { timeout: 120_000 });
  return page.evaluate(() => {
    const slices = performance.getEntriesByName('siyaq:slices')[0] as PerformanceMeasure;
    return {
      scan: performance.getEntriesByName('siyaq:scan')[0]!.duration,
      busy: slices.duration,
      slices: (slices.detail as { count: number }).count,
      slice: performance.getEntriesByName('siyaq:longest-slice')[0]!.duration,
    };
  });
}

const HOVER_DELAY_MS = 200;
/** mark.js runs on 1/MARKJS_SHARE of the 2 MB page; its time is scaled up by as much. */
const MARKJS_SHARE = 10;

/**
 * Page work that repaints ten times a second without touching any name. It
 * runs only while `window.__run` is set, so that the tabs measured in turn do
 * not compete for the two cores.
 */
const WORKLOADS = {
  ticker: `(() => {
    const t = document.createElement('div');
    t.style.cssText = 'position:fixed;bottom:0;left:0;right:0;background:#fee;font:16px sans-serif';
    t.textContent = 'عاجل: …';
    document.body.append(t);
    let i = 0;
    setInterval(() => { if (window.__run) t.firstChild.data = 'عاجل: أسعار النفط ' + i++; }, 100);
  })()`,
  // A clock or ticker written with textContent: a text node taken out and another added, each time.
  'text swap': `(() => {
    const t = document.createElement('div');
    t.style.cssText = 'position:fixed;bottom:0;left:0;right:0;background:#fee;font:16px sans-serif';
    document.body.append(t);
    let i = 0;
    setInterval(() => { if (window.__run) t.textContent = 'عاجل: أسعار النفط ' + i++; }, 100);
  })()`,
  'class toggle': `(() => {
    const b = document.createElement('div');
    b.style.cssText = 'position:fixed;top:0;left:0;width:60px;height:20px';
    const style = document.createElement('style');
    style.textContent = '.on { background: #c00 } .off { background: #0c0 }';
    document.head.append(style);
    document.body.append(b);
    setInterval(() => { if (window.__run) b.className = b.className === 'on' ? 'off' : 'on'; }, 100);
  })()`,
} as const;

/** Each window of page work measured, and how many rounds per case (each round measures every variant once, the page alone in the middle). */
const WINDOW_MS = 2000;
const ROUNDS = Number(args.rounds ?? 12);
if (!Number.isInteger(ROUNDS) || ROUNDS < 1)
  usageError({ name: 'page.bench' }, `--rounds takes a whole number above 0, not ${String(args.rounds)}`);

interface Window {
  /** Main-thread CPU time, ms. */
  ms: number;
  /** Frames the main thread began (ProxyMain::BeginMainFrame): a tab that produced fewer frames did less, not cheaper, work. */
  frames: number;
}

/**
 * Main-thread CPU time (ms) of a tab over a window of its workload, from a
 * trace: the thread time of its renderer main thread's top-level tasks. Thread
 * time, unlike the tasks' wall time (Performance.getMetrics' TaskDuration),
 * barely moves when other processes share the cores.
 */
async function mainThreadCpu(page: Page, ms: number, parts?: Map<string, number[]>): Promise<Window> {
  const categories = `toplevel,__metadata,benchmark${parts ? ',devtools.timeline' : ''}`;
  const run = (on: boolean) => page.evaluate((value) => ((window as unknown as { __run: boolean }).__run = value), on);
  const events = await mainThreadEvents(page, categories, async () => {
    await run(true);
    await page.waitForTimeout(ms);
    await run(false);
  });
  let us = 0;
  let frames = 0;
  const mine = events.sort((a, b) => a.ts - b.ts);
  for (const e of mine) {
    if (e.name === 'ThreadControllerImpl::RunTask') us += e.tdur ?? 0;
    else if (e.name === 'ProxyMain::BeginMainFrame') frames++;
  }
  if (parts) {
    const sums = new Map<string, number>();
    const ends = new Map<string, number>();
    for (const e of mine) {
      // Siyaq's own script (its content script's calls, wherever they nest) besides the parts below.
      const part = isExtensionCall(e) ? 'siyaq script' : PARTS[e.name];
      if (!part || e.ts < (ends.get(part) ?? -1)) continue;
      ends.set(part, e.ts + (e.dur ?? 0));
      sums.set(part, (sums.get(part) ?? 0) + (e.tdur ?? 0) / 1000);
    }
    sums.set('all', us / 1000);
    for (const [part, v] of sums) parts.set(part, [...(parts.get(part) ?? []), v]);
  }
  return { ms: us / 1000, frames };
}

/** Trace events by what they are spent on (each part counted once where its events nest). */
const PARTS: Record<string, string> = {
  FunctionCall: 'script',
  TimerFire: 'script',
  EvaluateScript: 'script',
  FireAnimationFrame: 'script',
  FireIdleCallback: 'script',
  RunMicrotasks: 'script',
  EventDispatch: 'script',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'pre-paint',
  Paint: 'paint',
  Layerize: 'layerize',
  Commit: 'commit',
  MinorGC: 'gc',
  MajorGC: 'gc',
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/**
 * Switched off in every browser here: the navigation predictor, which at random
 * makes a tab begin two frames per change of the page (quiet-features.ts).
 */
const quiet = [await disableFeaturesFlag()];

/** Launches the system Chromium without the extension, with the same flags, window and locale as launchWithExtension. */
async function launchAlone(profile: string) {
  return chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: false,
    viewport: { width: 1280, height: 900 },
    locale: 'ar',
    args: ['--headless=new', ...QUIET_FLAGS, ...quiet],
  });
}

/**
 * Hover to card on the 2 MB page: from the pointer's arrival on a name to the
 * first frame that shows the card, less the hover delay (the reader's own
 * setting). The card's shadow root is closed: the timing runs in the probes'
 * own world (see card-probe.ts), which shares the page's document and clock.
 */
async function hoverToCard(page: Page, worker: { evaluate: (fn: (ms: number) => Promise<void>, ms: number) => Promise<void> }) {
  await worker.evaluate(
    (ms) => (globalThis as unknown as { chrome: ChromeTabsApi }).chrome.storage.local.set({ settings: { hoverDelayMs: ms } }),
    HOVER_DELAY_MS,
  );
  // One card first, so that the root exists.
  const first = await pointOfWord(page, 'يريفان');
  await page.mouse.move(first.x, first.y);
  await cardLocator(page).waitFor({ state: 'visible' });
  const times: { inDom: number; shown: number }[] = [];
  for (const [i, word] of ['باشينيان', 'كورسك', 'ستيباناكرت', 'يريفان', 'باشينيان', 'كورسك', 'ستيباناكرت'].entries()) {
    await page.mouse.move(5, 5);
    await page.waitForTimeout(500);
    const point = await pointOfWord(page, word, i);
    // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
    await inCard(
      page,
      `(root) => {
        window.__t0 = window.__t1 = window.__t2 = undefined;
        document.addEventListener('pointermove', () => { window.__t0 ??= performance.now(); }, { capture: true, once: true });
        const seen = new MutationObserver(() => {
          if (!root.querySelector('.siyaq-card')) return;
          seen.disconnect();
          window.__t1 = performance.now();
          requestAnimationFrame(() => { window.__t2 = performance.now(); });
        });
        seen.observe(root, { childList: true, subtree: true });
      }`,
    );
    await page.mouse.move(point.x, point.y);
    const deadline = Date.now() + 10_000;
    while (!(await inCard<boolean>(page, '() => window.__t2 !== undefined')) && Date.now() < deadline) await page.waitForTimeout(20);
    const [t0, t1, t2] = await inCard<number[]>(page, '() => [window.__t0, window.__t1, window.__t2]');
    times.push({ inDom: t1! - t0! - HOVER_DELAY_MS, shown: t2! - t0! - HOVER_DELAY_MS });
  }
  return times;
}

type Variant = 'siyaq' | 'unpainted' | 'alone' | 'against';

interface RepaintRow {
  page: string;
  workload: string;
  /** Each round's window per variant: with Siyaq; marks not painted (--breakdown); without Siyaq; the --against build. */
  windows: Record<Variant, Window[]>;
  /** A fixed loop in this process, timed before each round: how fast the machine was then. */
  probe: number[];
  registered: number;
  /** With --breakdown: each window's time by part, per variant. */
  parts: Record<Variant, Map<string, number[]>>;
}

type Server = Awaited<ReturnType<typeof startStaticServer>>;
type Extension = Awaited<ReturnType<typeof launchWithExtension>>;

/** Scan and mark of the 2 MB page, hover to card, the popup, and mark.js on the same page. */
async function scanHoverPopup(ext: Extension, server: Server) {
  // Long tasks are recorded from the page's start, before Siyaq runs.
  await ext.context.addInitScript(() => {
    (window as unknown as { __long: number[] }).__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) (window as unknown as { __long: number[] }).__long.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const page = await ext.context.newPage();
  await page.goto(server.url('/big.html'));
  const { scan, busy, slices, slice } = await scanMeasures(page);
  const walk = await bareWalk(page);
  const marks = await page.evaluate(() => (CSS.highlights.get('siyaq-underline') ?? CSS.highlights.get('siyaq-tint'))?.size ?? 0);
  const longTasks = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
  const hover = await hoverToCard(page, ext.worker);

  // Popup: first paint, and the time until "On this page" is listed for this tab.
  const tabId = await ext.tabIdOf(page);
  const popupTimes: { paint: number; listed: number }[] = [];
  for (let i = 0; i < 5; i++) {
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('.popup__mention').first().waitFor();
    popupTimes.push(
      await popup.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        listed: performance.now(),
      })),
    );
    await popup.close();
  }
  await page.close();

  // Peer baseline: mark.js marking the same names in the same page, no extension.
  const plain = await chromium.launch({ executablePath: findChromium(), args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  const peer = await plain.newPage();
  await peer.goto(server.url('/plain.html'));
  const plainWalk = await bareWalk(peer);
  // On a tenth of the page (its first posts): mark.js takes about a minute for the whole page on a loaded machine.
  await peer.evaluate((share) => {
    const posts = document.querySelectorAll('.post');
    for (let i = Math.ceil(posts.length / share); i < posts.length; i++) posts[i]!.remove();
  }, MARKJS_SHARE);
  await peer.addScriptTag({ content: readFileSync('node_modules/mark.js/dist/mark.min.js', 'utf8') });
  const markJs: { ms: number; count: number } = await peer.evaluate(`new Promise((resolve) => {
    const t0 = performance.now();
    let count = 0;
    new Mark(document.body).mark(${JSON.stringify(keywords)}, {
      separateWordSearch: false,
      each: () => count++,
      done: () => resolve({ ms: performance.now() - t0, count }),
    });
  })`);
  await plain.close();

  const frame = 1000 / 60;
  const shown = median(hover.map((h) => h.shown));
  console.log('\nScan and mark (Chromium, content script)');
  console.log(
    `  Siyaq scan-and-mark, busy     ${busy.toFixed(0).padStart(6)} ms  in ${slices} idle-time slices, spread over ${scan.toFixed(0)} ms (${marks} marks painted in the viewport)`,
  );
  console.log(
    `  bare text-node walk           ${walk.toFixed(1).padStart(6)} ms  ratio Siyaq busy/walk ${(busy / walk).toFixed(0)}× (aim ≤ 2×: the walk does no detection)`,
  );
  console.log(
    `  mark.js, same names           ${(markJs.ms * MARKJS_SHARE).toFixed(0).padStart(6)} ms  (${markJs.ms.toFixed(0)} ms × ${MARKJS_SHARE}: ${markJs.count} marks in one blocking task on a tenth of the page; walk there ${plainWalk.toFixed(1)} ms) ratio Siyaq busy/mark.js ${(busy / (markJs.ms * MARKJS_SHARE)).toFixed(2)}×`,
  );
  console.log(`  longest Siyaq slice           ${slice.toFixed(1).padStart(6)} ms  (limit 50 ms)`);
  console.log(
    `  long tasks on the page        ${longTasks.length === 0 ? 'none' : longTasks.map((d) => d.toFixed(0)).join(', ') + ' ms'} (includes the page's own parsing)`,
  );
  console.log(
    `  hover → card past the delay   in the DOM after ${median(hover.map((h) => h.inDom)).toFixed(1)} ms, on screen (next frame) after ${shown.toFixed(1)} ms = ${(shown / frame).toFixed(1)} frames (median of ${hover.length}; aim: one frame)`,
  );
  console.log('\nPopup (opened as a page for the 2 MB tab)');
  console.log(
    `  first contentful paint        ${median(popupTimes.map((t) => t.paint))
      .toFixed(0)
      .padStart(6)} ms (median of 5; aim well under 100 ms)`,
  );
  console.log(
    `  "On this page" listed by      ${median(popupTimes.map((t) => t.listed))
      .toFixed(0)
      .padStart(6)} ms`,
  );
}

/** Milliseconds of a fixed loop in this process: the same work each time, so its spread is the machine's. */
function machineProbe(): number {
  const t0 = performance.now();
  let x = 0;
  for (let i = 0; i < 3_000_000; i++) x = (x * 31 + i) % 1_000_003;
  return performance.now() - t0 + (x < 0 ? 1 : 0);
}

/** What a tab looks like to its page: both browsers must show their tabs alike, or the comparison is unfair. */
const tabState = (page: Page) =>
  page.evaluate(() =>
    JSON.stringify([document.visibilityState, document.hasFocus(), innerWidth, innerHeight, devicePixelRatio, navigator.language]),
  );

/** What marks cost while the page repaints. */
async function repaintCost(ext: Extension, server: Server) {
  // While the page repaints: the same page with Siyaq and in a browser without
  // the extension, in rounds, each round's two windows next to each other in
  // time (which goes first alternates), so that each round's ratio compares
  // windows taken on the same machine at nearly the same moment: the machine's
  // speed drifts by several times within minutes. With --breakdown also
  // Siyaq's marks not painted (mark style "none": what the content script's
  // own work costs); with --against another build, next to the page alone too.
  const profile = mkdtempSync(join(tmpdir(), 'siyaq-bench-'));
  const alone = await launchAlone(profile);
  const againstDir = args.against as string | undefined;
  const other = againstDir ? await launchWithExtension({ extensionDir: againstDir, args: quiet }) : null;
  const setMarkStyle = (markStyle: string) =>
    ext.worker.evaluate(
      (style) =>
        (globalThis as unknown as { chrome: ChromeTabsApi }).chrome.storage.local.set({
          settings: { hoverDelayMs: 200, markStyle: style },
        }),
      markStyle,
    );
  const repaintPages = { 'demo page': '/demo.html', '2 MB page': '/big.html' } as const;
  const repaint: RepaintRow[] = [];
  const load: number[] = [loadavg()[0]!];
  for (const [pageName, path] of Object.entries(repaintPages)) {
    for (const [workload, source] of Object.entries(WORKLOADS)) {
      const withSiyaq = await ext.context.newPage();
      await withSiyaq.goto(server.url(path));
      await scanMeasures(withSiyaq);
      const without = await alone.newPage();
      await without.goto(server.url(path));
      const withOther = other ? await other.context.newPage() : null;
      if (withOther) {
        await withOther.goto(server.url(path));
        await scanMeasures(withOther);
        await withOther.evaluate(source);
        await mainThreadCpu(withOther, 1500);
      }
      const [seen, seenAlone] = [await tabState(withSiyaq), await tabState(without)];
      if (seen !== seenAlone) throw new Error(`The tabs differ: with Siyaq ${seen}, alone ${seenAlone}.`);
      await withSiyaq.evaluate(source);
      await without.evaluate(source);
      // The first changes tell Siyaq the page keeps changing (lib/page/churn-meter.ts).
      await mainThreadCpu(withSiyaq, 1500);
      await mainThreadCpu(without, 1500);
      const row: RepaintRow = {
        page: pageName,
        workload,
        windows: { siyaq: [], unpainted: [], alone: [], against: [] },
        probe: [],
        registered: 0,
        parts: { siyaq: new Map(), unpainted: new Map(), alone: new Map(), against: new Map() },
      };
      const measure = async (variant: Variant) => {
        const tab = variant === 'alone' ? without : variant === 'against' ? withOther! : withSiyaq;
        if (variant === 'siyaq' || variant === 'unpainted') {
          await setMarkStyle(variant === 'siyaq' ? 'underline' : 'none');
          await withSiyaq.waitForTimeout(300);
        }
        row.windows[variant].push(await mainThreadCpu(tab, WINDOW_MS, args.breakdown ? row.parts[variant] : undefined));
      };
      // Siyaq's window and the other build's next to the page alone's; marks not painted one further off.
      const order: Variant[] = [
        ...(args.breakdown ? ['unpainted' as const] : []),
        'siyaq',
        'alone',
        ...(withOther ? ['against' as const] : []),
      ];
      for (let round = 0; round < ROUNDS; round++) {
        row.probe.push(machineProbe());
        for (const variant of round % 2 === 0 ? order : [...order].reverse()) await measure(variant);
      }
      await withOther?.close();
      await setMarkStyle('underline');
      await withSiyaq.waitForTimeout(300);
      row.registered = await withSiyaq.evaluate(
        () => (CSS.highlights.get('siyaq-underline') ?? CSS.highlights.get('siyaq-tint'))?.size ?? 0,
      );
      repaint.push(row);
      load.push(loadavg()[0]!);
      await withSiyaq.close();
      await without.close();
    }
  }
  await alone.close();
  await other?.close();
  rmSync(profile, { recursive: true, force: true });
  printRepaint(repaint, load);
}

/** xs at quantile q (0–1), between the two nearest values. */
function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low]! + (sorted[Math.min(low + 1, sorted.length - 1)]! - sorted[low]!) * (at - low);
}

/** "1.05× (IQR 0.98–1.12, range 0.90–1.30)" of per-round ratios. */
const spread = (ratios: number[]) =>
  `${quantile(ratios, 0.5).toFixed(2)}× (IQR ${quantile(ratios, 0.25).toFixed(2)}–${quantile(ratios, 0.75).toFixed(2)}, range ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`;

function printRepaint(repaint: RepaintRow[], load: number[]) {
  console.log(
    `\nWhile the page repaints: main-thread CPU time per 10 s, Chromium, ${ROUNDS} rounds of ${WINDOW_MS / 1000} s windows, each round's windows next to each other (aim ≤ 1.2× the page alone; load average ${Math.min(...load).toFixed(1)}–${Math.max(...load).toFixed(1)} over the cases)`,
  );
  console.log(
    "  ratio: the median of the rounds' ratios (with Siyaq / alone), IQR and range of them; time and ms per frame: medians of the windows",
  );
  const per10s = (ws: Window[]) =>
    (quantile(
      ws.map((w) => w.ms),
      0.5,
    ) *
      10_000) /
    WINDOW_MS;
  const perFrame = (ws: Window[]) =>
    quantile(
      ws.map((w) => w.ms / Math.max(w.frames, 1)),
      0.5,
    );
  const frames = (ws: Window[]) => `${Math.min(...ws.map((w) => w.frames))}–${Math.max(...ws.map((w) => w.frames))}`;
  for (const row of repaint) {
    const alone = row.windows.alone;
    const versus = (variant: Variant) => {
      const ws = row.windows[variant];
      const time = ws.map((w, i) => w.ms / alone[i]!.ms);
      const frame = ws.map((w, i) => w.ms / Math.max(w.frames, 1) / (alone[i]!.ms / Math.max(alone[i]!.frames, 1)));
      return `time ${spread(time)}; per frame ${spread(frame)}`;
    };
    const describe = (ws: Window[]) =>
      `${per10s(ws).toFixed(0).padStart(5)} ms per 10 s, ${frames(ws)} frames a window, ${perFrame(ws).toFixed(2)} ms a frame`;
    console.log(
      `  ${row.page}, 10 Hz ${row.workload} (${row.registered} marks registered; a fixed loop here took ${Math.min(...row.probe).toFixed(0)}–${Math.max(...row.probe).toFixed(0)} ms across the rounds)`,
    );
    console.log(`      with Siyaq ${versus('siyaq')}`);
    if (row.windows.unpainted.length > 0) console.log(`      marks not painted ${versus('unpainted')}`);
    if (row.windows.against.length > 0) console.log(`      --against build ${versus('against')}`);
    for (const variant of ['siyaq', 'unpainted', 'alone', 'against'] as const) {
      const ws = row.windows[variant];
      if (ws.length === 0) continue;
      const parts = args.breakdown
        ? '; ' + [...row.parts[variant]].map(([part, xs]) => `${part} ${((quantile(xs, 0.5) * 10_000) / WINDOW_MS).toFixed(0)}`).join(', ')
        : '';
      console.log(`      ${variant.padEnd(10)} ${describe(ws)}${parts}`);
    }
  }
}

async function main() {
  const extensionDir = args.extension as string | undefined;
  if (!extensionDir) execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
  const server = await startStaticServer([]);
  server.put('/big.html', html);
  server.put('/plain.html', html);
  server.put('/demo.html', newsPageAr());
  console.log(`\nPage: ${(Buffer.byteLength(html) / 1e6).toFixed(2)} MB of HTML; ${keywords.length} names and aliases.`);
  const ext = await launchWithExtension({ extensionDir, args: quiet });
  if (!args['repaint-only']) await scanHoverPopup(ext, server);
  await repaintCost(ext, server);
  await ext.close();
  await server.close();
}

await main();
