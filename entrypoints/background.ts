// Background: holds the full knowledge (backgrounds and passages) so that tabs
// only carry the names, answers card requests, and opens extension pages.
import details from 'virtual:siyaq/details';
import names from 'virtual:siyaq/names';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

import { wireOptionalApis } from '../lib/background/optional-apis';
import { buildCardData } from '../lib/cards/card-data';
import { startLibrary } from '../lib/library/background-library';
import { handleBackground, sendToTab } from '../lib/messaging/channel';
import { readerSearch } from '../lib/messaging/protocol';
import { MessageError } from '../lib/messaging/reply';

export default defineBackground(() => {
  const library = startLibrary({ names: () => names });

  handleBackground({
    ...library.handlers,
    'siyaq:card': ({ topic }) => {
      const card = buildCardData(names, details, topic);
      if (!card) throw new MessageError('not-found', `no topic ${topic}`);
      return card;
    },
    'siyaq:open-reader': async ({ target }) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`/reader.html${readerSearch(target)}`) });
      return true;
    },
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
