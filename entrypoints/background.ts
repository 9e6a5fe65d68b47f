// Background: owns the knowledge (every pack, in IndexedDB through
// lib/store), answers cards, search, the reader and the options page, hands
// tabs their matcher and tells them when the enabled packs change, and opens
// extension pages.
import details from 'virtual:siyaq/details';
import names from 'virtual:siyaq/names';
import pack from 'virtual:siyaq/pack';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

import { resolveLanguage, translate } from '../lib/i18n/i18n';
import { startLibrary } from '../lib/library/background-library';
import { handleBackground, sendToTab } from '../lib/messaging/channel';
import { readerSearch } from '../lib/messaging/protocol';
import { packMeta } from '../lib/packs/format';
import { FrameTally } from '../lib/page/frame-tally';
import { knowledgeHandlers } from '../lib/store/knowledge-service';
import { KnowledgeStore } from '../lib/store/knowledge-store';

const MENU_ID = 'siyaq-background-for-selection';

export default defineBackground(() => {
  const store = new KnowledgeStore({ meta: packMeta(pack.manifest, details, names, pack.created), names, details, matcher: pack.matcher });
  const library = startLibrary(store);

  const frames = new FrameTally();
  browser.tabs.onRemoved.addListener((tabId) => frames.forgetTab(tabId));
  handleBackground({
    ...knowledgeHandlers(store),
    ...library.handlers,
    'siyaq:open-reader': async ({ target }) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`/reader.html${readerSearch(target)}`) });
      return true;
    },
    'siyaq:frame-topics': ({ topics }, sender) => {
      if (sender.tab?.id === undefined || sender.frameId === undefined) return false;
      frames.report(sender.tab.id, sender.frameId, topics);
      return true;
    },
    'siyaq:other-frames-topics': (_request, sender) =>
      sender.tab?.id === undefined ? [] : frames.othersThan(sender.tab.id, sender.frameId ?? 0),
  });

  // Open tabs learn of a change at once and fetch the new matcher (no "tabs"
  // permission is needed to message a tab by id; every frame hears it).
  store.onChange((revision) => {
    void browser.tabs.query({}).then((tabs) => {
      for (const tab of tabs) if (tab.id !== undefined) void sendToTab(tab.id, 'siyaq:knowledge-changed', { revision });
    });
  });

  browser.runtime.onInstalled.addListener(() => {
    const lang = resolveLanguage('auto', browser.i18n.getUILanguage());
    browser.contextMenus.create({ id: MENU_ID, title: translate(lang, 'contextMenuBackground'), contexts: ['selection'] });
  });

  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId !== MENU_ID || !info.selectionText) return;
    const query = info.selectionText.trim().slice(0, 200);
    void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?q=${encodeURIComponent(query)}`) });
  });

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'open-card') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    await sendToTab(tab.id, 'siyaq:open-card-at-selection', {});
  });
});
