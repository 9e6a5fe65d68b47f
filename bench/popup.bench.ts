// The popup's first paint with the briefing against the popup before it, in
// the same run: the build of an earlier commit (by default the last one before
// the briefing) and this tree's build, each in its own Chromium, opened
// alternately on the same dated news page. Also how long the briefing takes to
// show once its tab is opened (it is asked for only then).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { readArgs } from '../scripts/cli';
import { newsPageAr } from '../tests/e2e/fixtures/pages';
import { launchWithExtension, type ExtensionBrowser } from '../tests/e2e/harness/extension-browser';
import { settledMarks } from '../tests/e2e/harness/page-probes';
import { startStaticServer, type StaticServer } from '../tests/e2e/harness/static-server';

const { values } = readArgs({
  name: 'popup.bench',
  help: `usage: npx tsx bench/popup.bench.ts [--before REF] [--rounds N]

Popup first contentful paint of this tree's build against the build of REF
(default: the commit before the briefing), alternating, N rounds (default 10).`,
  options: { before: { type: 'string' }, rounds: { type: 'string' } },
});
const BEFORE = values.before === undefined ? 'e8493a8' : String(values.before);
const ROUNDS = Number(values.rounds ?? 10);

/** Builds REF's tree in a temporary folder (sharing this tree's node_modules) and returns its Chromium build. */
function buildAt(ref: string, dir: string): string {
  execFileSync('sh', ['-c', `git archive ${ref} | tar -x -C ${dir}`]);
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  execFileSync('npx', ['wxt', 'build'], { cwd: dir, stdio: 'ignore' });
  return join(dir, '.output/chrome-mv3');
}

interface Times {
  paint: number;
  listed: number;
  briefing: number | null;
}

async function popupOnce(ext: ExtensionBrowser, server: StaticServer, withBriefing: boolean): Promise<Times> {
  const page = await ext.context.newPage();
  await page.goto(server.url('/news.html'));
  await settledMarks(page, 3);
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${await ext.tabIdOf(page)}`);
  await popup.locator('.popup__mention').first().waitFor();
  const { paint, listed } = await popup.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    listed: performance.now(),
  }));
  // Timed inside the popup (from the click to the first item in the DOM), so the driver's own waits do not count.
  const briefing = withBriefing
    ? await popup.evaluate(
        () =>
          new Promise<number>((done) => {
            const t0 = performance.now();
            const seen = new MutationObserver(() => {
              if (!document.querySelector('.briefing__item')) return;
              seen.disconnect();
              done(performance.now() - t0);
            });
            seen.observe(document.body, { childList: true, subtree: true });
            document.getElementById('siyaq-tab-briefing')!.click();
          }),
      )
    : null;
  await popup.close();
  await page.close();
  return { paint, listed, briefing };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'siyaq-before-'));
  try {
    execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
    const beforeDir = buildAt(BEFORE, dir);
    const server = await startStaticServer([]);
    server.put(
      '/news.html',
      newsPageAr().replace('<head>', '<head><meta property="article:published_time" content="2024-07-01T08:00:00Z">'),
    );
    const before = await launchWithExtension({ extensionDir: beforeDir });
    const after = await launchWithExtension();
    const runs: { before: Times[]; after: Times[] } = { before: [], after: [] };
    for (let i = 0; i < ROUNDS; i++) {
      runs.before.push(await popupOnce(before, server, false));
      runs.after.push(await popupOnce(after, server, true));
    }
    await before.close();
    await after.close();
    await server.close();
    const paintBefore = median(runs.before.map((t) => t.paint));
    const paintAfter = median(runs.after.map((t) => t.paint));
    console.log(`\nPopup on a dated Arabic news page (median of ${ROUNDS}, alternating; before = ${BEFORE})`);
    console.log(
      `  first contentful paint   before ${paintBefore.toFixed(0)} ms, with the briefing ${paintAfter.toFixed(0)} ms: ${(paintAfter / paintBefore).toFixed(2)}×`,
    );
    console.log(
      `  "On this page" listed    before ${median(runs.before.map((t) => t.listed)).toFixed(0)} ms, with the briefing ${median(runs.after.map((t) => t.listed)).toFixed(0)} ms`,
    );
    console.log(`  briefing shown after its tab is clicked: ${median(runs.after.map((t) => t.briefing!)).toFixed(0)} ms`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
