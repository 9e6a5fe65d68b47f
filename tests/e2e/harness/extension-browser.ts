// Launches the system Chromium with the built extension loaded, in a fresh
// profile, with every request that leaves localhost blocked.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

import { findChromium } from './find-chromium';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

/** The little of the extension API the harness calls inside the worker. */
export interface ChromeTabsApi {
  tabs: { query: (query: object) => Promise<{ id?: number }[]> };
  storage: { local: { set: (items: object) => Promise<void> } };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Tab id of a page, from the extension's point of view. */
  tabIdOf: (page: Page) => Promise<number>;
  /** Errors thrown on any page or in the extension's worker. */
  errors: string[];
  close: () => Promise<void>;
}

/** Stores Siyaq's settings in the extension's storage, as the options page does (every tab hears the change). */
export async function storeSettings(browser: ExtensionBrowser, settings: object): Promise<void> {
  await browser.worker.evaluate(
    (s) =>
      (globalThis as unknown as { chrome: { storage: { local: { set: (o: object) => Promise<void> } } } }).chrome.storage.local.set({
        settings: s,
      }),
    settings,
  );
}

/** profile: a folder to keep (and reuse after close, as a browser restart); by default a fresh one, deleted on close. */
/** Chromium without sandbox, GPU or any traffic of its own: what every launch here shares. */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export async function launchWithExtension(
  options: {
    headless?: boolean;
    extensionDir?: string;
    profile?: string;
    /** A phone instead of a desktop: touch events, mobile viewport rules, this screen size. */
    mobile?: { width: number; height: number };
    /** More command-line switches. */
    args?: string[];
  } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'siyaq-profile-'));
  const headless = options.headless ?? true;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: false, // --headless=new below: the old headless mode cannot load extensions
    viewport: options.mobile ?? { width: 1280, height: 900 },
    ...(options.mobile ? { hasTouch: true, isMobile: true, deviceScaleFactor: 2 } : {}),
    locale: 'ar',
    args: [
      ...(headless ? ['--headless=new'] : []),
      ...QUIET_FLAGS,
      ...(options.args ?? []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
    return local || url.protocol === 'chrome-extension:' || url.protocol === 'data:' ? route.continue() : route.abort();
  });
  context.on('page', (page) => page.on('pageerror', (err) => errors.push(`${page.url()}: ${err.message}`)));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    errors,
    // Without the "tabs" permission the extension cannot read tab URLs, so the
    // page is brought to the front and the active tab is the one we mean.
    tabIdOf: async (page) => {
      await page.bringToFront();
      const id = await worker.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: ChromeTabsApi }).chrome;
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? -1;
      });
      if (id < 0) throw new Error(`No tab found for ${page.url()}`);
      return id;
    },
    close: async () => {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}
