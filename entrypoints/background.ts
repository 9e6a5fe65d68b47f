// Background: owns the knowledge (every pack, in IndexedDB through
// lib/store), answers cards, search, the reader and the options page, hands
// tabs their matcher and tells them when the enabled packs change, and opens
// extension pages.
import details from 'virtual:siyaq/details';
import names from 'virtual:siyaq/names';
import pack from 'virtual:siyaq/pack';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

import { wireOptionalApis } from '../lib/background/optional-apis';
import { briefingHandlers } from '../lib/briefing/briefing-service';
import { startLibrary } from '../lib/library/background-library';
import { handleBackground, sendToTab } from '../lib/messaging/channel';
import { readerSearch } from '../lib/messaging/protocol';
import { packMeta } from '../lib/packs/format';
import { FrameTally } from '../lib/page/frame-tally';
import { knowledgeHandlers } from '../lib/store/knowledge-service';
import { KnowledgeStore } from '../lib/store/knowledge-store';

export default defineBackground(() => {
  const store = new KnowledgeStore({ meta: packMeta(pack.manifest, details, names, pack.created), names, details, matcher: pack.matcher });
  const library = startLibrary(store);

  const frames = new FrameTally();
  browser.tabs.onRemoved.addListener((tabId) => frames.forgetTab(tabId));
  handleBackground({
    ...knowledgeHandlers(store),
    ...briefingHandlers(store),
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

  // Context menus and commands are missing on Firefox for Android: wired only where they exist.
  wireOptionalApis(browser, {
    searchSelection: (query) => void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?q=${encodeURIComponent(query)}`) }),
    command: async (action) => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return;
      if (action === 'open-at-selection') await sendToTab(tab.id, 'siyaq:open-card-at-selection', {});
      else await sendToTab(tab.id, 'siyaq:step-mention', { direction: action }, { frameId: 0 });
    },
  });
});
