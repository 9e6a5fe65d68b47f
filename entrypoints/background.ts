// Background: holds the full knowledge (backgrounds and passages) so that tabs
// only carry the names, answers card requests, and opens extension pages.
import details from 'virtual:siyaq/details';
import names from 'virtual:siyaq/names';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

import { buildCardData } from '../lib/cards/card-data';
import { resolveLanguage, translate } from '../lib/i18n/i18n';
import { parseBackgroundRequest, readerSearch, type TabRequest } from '../lib/messaging/protocol';

const MENU_ID = 'siyaq-background-for-selection';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only our own pages and content scripts; never another extension.
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parseBackgroundRequest(message);
    if (!request) return undefined;
    switch (request.type) {
      case 'siyaq:card':
        return Promise.resolve(buildCardData(names, details, request.topic));
      case 'siyaq:open-reader':
        return browser.tabs.create({ url: browser.runtime.getURL(`/reader.html${readerSearch(request.target)}`) }).then(() => true);
      case 'siyaq:open-options':
        return browser.runtime.openOptionsPage().then(() => true);
    }
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
    const request: TabRequest = { type: 'siyaq:open-card-at-selection' };
    await browser.tabs.sendMessage(tab.id, request).catch(() => undefined);
  });
});
