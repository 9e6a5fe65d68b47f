// Asks a tab's content script what the popup and the keyboard command ask, from
// the extension's worker, as they do.
import type { Page } from 'playwright-core';

import type { ExtensionBrowser } from './extension-browser';

interface ChromeTabsSend {
  tabs: { sendMessage: (id: number, message: object, options?: object) => Promise<unknown> };
}

export async function sendToTab(browser: ExtensionBrowser, page: Page, message: object, frameId?: number): Promise<unknown> {
  const tabId = await browser.tabIdOf(page);
  return browser.worker.evaluate(
    ({ tabId, message, frameId }) => {
      const api = (globalThis as unknown as { chrome: ChromeTabsSend }).chrome;
      return api.tabs.sendMessage(tabId, message, frameId === undefined ? undefined : { frameId });
    },
    { tabId, message, frameId },
  );
}

/** The popup's "on this page" list: topic ids with counts. */
export async function topicsOnPage(browser: ExtensionBrowser, page: Page): Promise<{ topic: string; count: number }[]> {
  const reply = (await sendToTab(browser, page, { type: 'siyaq:page-mentions' }, 0)) as {
    ok: boolean;
    value?: { topics: { topic: string; count: number }[] };
  };
  if (!reply.ok || !reply.value) throw new Error(`The page did not list its topics: ${JSON.stringify(reply)}`);
  return reply.value.topics;
}
