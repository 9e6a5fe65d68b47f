// Background: holds the full knowledge (backgrounds and passages) so that tabs
// only carry the names, answers card requests, and opens extension pages.
import details from 'virtual:siyaq/details';
import names from 'virtual:siyaq/names';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

import { buildCardData } from '../lib/cards/card-data';
import { resolveLanguage, translate } from '../lib/i18n/i18n';
import { handleBackground, sendToTab } from '../lib/messaging/channel';
import { readerSearch } from '../lib/messaging/protocol';
import { MessageError } from '../lib/messaging/reply';
import { FrameTally } from '../lib/page/frame-tally';

const MENU_ID = 'siyaq-background-for-selection';

export default defineBackground(() => {
  const frames = new FrameTally();
  browser.tabs.onRemoved.addListener((tabId) => frames.forgetTab(tabId));
  handleBackground({
    'siyaq:card': ({ topic }) => {
      const card = buildCardData(names, details, topic);
      if (!card) throw new MessageError('not-found', `no topic ${topic}`);
      return card;
    },
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
