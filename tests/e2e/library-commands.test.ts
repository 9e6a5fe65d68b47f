// The library's keyboard command and page-menu entries in real Chromium,
// beyond the messages they send:
// - The save command's shortcut is one Chromium actually gives the extension
//   (it never gives away its own accelerators, such as Alt+Shift+A), and a key
//   press that reaches the browser's accelerators (harness/browser-shortcut.ts)
//   saves the active tab's article.
// - Headless Chromium opens no context menu that anything can click (a right
//   click reaches the page only; the menu would be native browser UI), so the
//   menu entries are checked to exist, and the browser's own onClicked event
//   is fired with what a click gives (item id, page address, selected text):
//   everything from the listener on runs as after a real click.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { lt } from '../../lib/library/strings';
import { libraryArticlePage } from './fixtures/library-pages';
import { pressAltShift } from './harness/browser-shortcut';
import { launchWithExtension, type ExtensionBrowser } from './harness/extension-browser';
import { startStaticServer, type StaticServer } from './harness/static-server';

const SAVE_MENU = 'siyaq-save-article';
const TRACK_MENU = 'siyaq-track-name';

interface ChromeApi {
  chrome: {
    commands: { getAll: () => Promise<{ name: string; shortcut: string }[]> };
    contextMenus: {
      update: (id: string, props: object) => Promise<void>;
      onClicked: { dispatch: (info: object, tab: object) => void };
    };
    tabs: { get: (id: number) => Promise<{ url?: string }> };
    action: { getTitle: (d: { tabId: number }) => Promise<string>; getBadgeText: (d: { tabId: number }) => Promise<string> };
    runtime: { sendMessage: (m: object) => Promise<unknown> };
  };
}

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer([]);
  server.put('/world/command-day.html', libraryArticlePage('يوم الاختصار في قره باغ'));
  server.put('/world/menu-day.html', libraryArticlePage('يوم القائمة في قره باغ'));
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  await page.waitForFunction(() => performance.getEntriesByName('siyaq:scan').length > 0, null, { timeout: 20_000 });
  return page;
}

/** Asks the background from an extension page, as the popup and options page do (a worker cannot message itself). */
async function ask<T>(message: object): Promise<T> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const reply = await page.evaluate((m) => (globalThis as unknown as ChromeApi).chrome.runtime.sendMessage(m), message);
  await page.close();
  return reply as T;
}

const savedTitles = async () => (await ask<{ value: { title: string }[] }>({ type: 'siyaq:library-list' })).value.map((s) => s.title);

/** What the toolbar button of that tab says after a menu or keyboard action: badge and title. */
const toolbar = (tabId: number) =>
  browser.worker.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as ChromeApi;
    return { badge: await chrome.action.getBadgeText({ tabId: id }), title: await chrome.action.getTitle({ tabId: id }) };
  }, tabId);

describe('the library’s keyboard command and menu entries', () => {
  it('Chromium gives the save command its shortcut, and pressing Alt+Shift+L saves the active tab’s article', async () => {
    const shortcuts = await browser.worker.evaluate(async () => (globalThis as unknown as ChromeApi).chrome.commands.getAll());
    expect(shortcuts.find((c) => c.name === 'save-article')?.shortcut).toBe('Alt+Shift+L');

    const page = await openPage('/world/command-day.html');
    const tabId = await browser.tabIdOf(page);
    await pressAltShift(browser.context, page, 'L');
    await expect.poll(savedTitles, { timeout: 20_000, interval: 300 }).toContain('يوم الاختصار في قره باغ');
    expect(await toolbar(tabId)).toEqual({ badge: '✓', title: expect.stringContaining('يوم الاختصار في قره باغ') as unknown });
    await page.close();
  });

  it('the page menu’s “Save this article” entry exists, and its click saves the tab’s article', async () => {
    await browser.worker.evaluate((id) => (globalThis as unknown as ChromeApi).chrome.contextMenus.update(id, {}), SAVE_MENU);
    const page = await openPage('/world/menu-day.html');
    const tabId = await browser.tabIdOf(page);
    await browser.worker.evaluate(
      async ({ id, tabId }) => {
        const { chrome } = globalThis as unknown as ChromeApi;
        const tab = await chrome.tabs.get(tabId);
        chrome.contextMenus.onClicked.dispatch({ menuItemId: id, editable: false, pageUrl: tab.url }, tab);
      },
      { id: SAVE_MENU, tabId },
    );
    await expect.poll(savedTitles, { timeout: 20_000, interval: 300 }).toContain('يوم القائمة في قره باغ');
    await expect.poll(() => toolbar(tabId)).toEqual({ badge: '✓', title: expect.stringContaining('يوم القائمة في قره باغ') as unknown });
    await page.close();
  });

  it('the selection menu’s “Track” entry tracks the selected name, and refuses a common word on the toolbar button', async () => {
    await browser.worker.evaluate((id) => (globalThis as unknown as ChromeApi).chrome.contextMenus.update(id, {}), TRACK_MENU);
    const page = await openPage('/world/menu-day.html');
    const tabId = await browser.tabIdOf(page);
    const click = (selectionText: string) =>
      browser.worker.evaluate(
        async ({ id, tabId, selectionText }) => {
          const { chrome } = globalThis as unknown as ChromeApi;
          const tab = await chrome.tabs.get(tabId);
          chrome.contextMenus.onClicked.dispatch({ menuItemId: id, editable: false, pageUrl: tab.url, selectionText }, tab);
        },
        { id: TRACK_MENU, tabId, selectionText },
      );

    await click('الحكومة');
    await expect.poll(() => toolbar(tabId)).toMatchObject({ badge: '!' });
    expect([lt('ar', 'trackCommon'), lt('en', 'trackCommon')]).toContain((await toolbar(tabId)).title);

    await click('  سلمى حداد ');
    await expect.poll(() => toolbar(tabId)).toMatchObject({ badge: '✓', title: expect.stringContaining('سلمى حداد') as unknown });
    const topics = await ask<{ value: { aliases: string[] }[] }>({ type: 'siyaq:library-topics' });
    expect(topics.value.map((t) => t.aliases[0])).toEqual(['سلمى حداد']);
    await page.close();
    expect(browser.errors).toEqual([]);
  });
});
