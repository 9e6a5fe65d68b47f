// `npm start`: build the extension, serve the demo news page on localhost and
// open Chromium with Siyaq loaded on it. Without a display, run the same demo
// headless, print the topics Siyaq found and save a screenshot of an open card.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

import { compileContent } from '../lib/knowledge/compile';
import { cardLocator } from '../tests/e2e/harness/card-probe';
import { launchWithExtension } from '../tests/e2e/harness/extension-browser';
import { pointOfWord, settledMarks } from '../tests/e2e/harness/page-probes';
import { startStaticServer } from '../tests/e2e/harness/static-server';
import { readArgs } from './cli';
import { renderNewsPage } from './demo-page';
import { ensureChromium } from './ensure-browsers';

readArgs({
  name: 'start',
  help: `usage: npm start [-- --help]

Builds the extension, serves a demo Arabic news page on localhost and opens
Chromium with Siyaq loaded on it (installing Chromium first when there is none;
see scripts/ensure-browsers.ts). Without a display (or with SIYAQ_HEADLESS=1) it
runs the same demo headless, prints the topics found and saves a screenshot of
an open card in artifacts/start/.`,
});

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && process.env.SIYAQ_HEADLESS !== '1';

try {
  ensureChromium();
} catch (error) {
  console.error(`npm start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
const { names, details } = compileContent('content');
const server = await startStaticServer([]);
server.put('/', renderNewsPage(details));
const browser = await launchWithExtension({ headless: !hasDisplay });
const page = await browser.context.newPage();
await page.goto(server.url('/'));

if (hasDisplay) {
  console.log(`\nSiyaq is loaded. Demo page: ${server.url('/')}\nHover a marked name; close the browser window to stop.`);
  await new Promise<void>((done) => browser.context.on('close', () => done()));
  await server.close();
} else {
  const marks = await settledMarks(page, 1);
  const titles = new Map(names.topics.map((t) => [t.id, t.name]));
  const tabId = await browser.tabIdOf(page);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('.popup__mention').first().waitFor({ timeout: 10_000 });
  const found = await popup.locator('.popup__mention').evaluateAll((els) =>
    els.map((el) => ({
      topic: (el as HTMLElement).dataset.topic ?? '',
      text: [...el.children].map((child) => child.textContent ?? '').join(' · '),
    })),
  );
  await popup.close();
  console.log(`\nNo display: ran the demo headless. ${marks.length} marks; topics on the demo page, in order of appearance:`);
  for (const { topic, text } of found) console.log(`  ${topic.padEnd(34)} ${titles.get(topic)?.en ?? ''} — ${text}`);

  const point = await pointOfWord(page, 'باشينيان');
  await page.mouse.move(point.x, point.y, { steps: 4 });
  await cardLocator(page).waitFor({ state: 'visible', timeout: 10_000 });
  mkdirSync('artifacts/start', { recursive: true });
  await page.waitForTimeout(400); // the card fades in briefly
  const shot = resolve('artifacts/start/hover-card.png');
  await page.screenshot({ path: shot });
  console.log(`\nScreenshot of an open hover card: ${shot}`);
  await browser.close();
  await server.close();
}
