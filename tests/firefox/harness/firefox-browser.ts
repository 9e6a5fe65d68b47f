// Launches the system Firefox headless over WebDriver BiDi (no geckodriver),
// installs the built add-on as a temporary add-on, and keeps every request
// that leaves localhost from reaching the network.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

import { checkFirefoxVersion, findFirefox } from './find-firefox';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');
/** The gecko id from wxt.config.ts: what BiDi's webExtension.install must answer. */
export const ADDON_ID = 'siyaq@siyaq.app';
/**
 * Firefox gives each add-on a random UUID for its moz-extension:// origin and
 * reads fixed ones from this pref, so the tests can open the popup by URL.
 */
export const ADDON_UUID = '5a1f0c2e-7d3b-4e6a-9c8f-51a7e0b2d4c6';

export interface FirefoxWithExtension {
  browser: Browser;
  addonId: string;
  majorVersion: number;
  extensionUrl: (path: string) => string;
  close: () => Promise<void>;
}

/** profile: a folder kept across launches (a browser restart); by default puppeteer's own temporary one. */
export async function launchFirefoxWithExtension(options: { extensionDir?: string; profile?: string } = {}): Promise<FirefoxWithExtension> {
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built Firefox add-on in ${extensionDir}: run \`npm run build:firefox\` first.`);
  }
  const executablePath = await findFirefox();
  const majorVersion = checkFirefoxVersion(executablePath);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    // WebDriver BiDi may otherwise navigate only to http(s), file and blob URLs;
    // the popup and options pages live at moz-extension:// URLs.
    args: ['--remote-allow-system-access'],
    ...(options.profile ? { userDataDir: options.profile } : {}),
    extraPrefsFirefox: {
      // Everything but localhost goes to a proxy on a port where nothing
      // listens, so no request can leave the machine (localhost is never proxied).
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.allow_hijacking_localhost': false,
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // navigator.language, which Siyaq's "auto" interface language follows.
      'intl.accept_languages': 'ar',
      // A temporary add-on is uninstalled when Firefox closes; keep its
      // IndexedDB so a restart finds the knowledge packs it had.
      'extensions.webextensions.keepStorageOnUninstall': true,
    },
  });
  try {
    // A directory path installs the add-on unpacked and temporary, as about:debugging does.
    const addonId = await browser.installExtension(extensionDir);
    return {
      browser,
      addonId,
      majorVersion,
      extensionUrl: (path) => `moz-extension://${ADDON_UUID}/${path.replace(/^\//, '')}`,
      close: () => browser.close(),
    };
  } catch (err) {
    await browser.close();
    throw err;
  }
}
