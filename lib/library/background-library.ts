// The library's part of the background: its database, its message handlers,
// the page's "Save this article" menu entry and the keyboard command. Menus
// and commands are used only where the browser has them (Firefox for Android
// has neither). The outcome of a save from the menu or the keyboard shows on
// the toolbar button of that tab, since there is no popup open to say it.
import { browser } from 'wxt/browser';

import { createDetector } from '../detect';
import { resolveLanguage, translate } from '../i18n/i18n';
import type { NamesIndex } from '../knowledge/types';
import { loadSettings } from '../settings/store';
import { LibraryDB } from './library-db';
import { libraryHandlers, saveTab, type LibraryDeps } from './library-service';
import type { SaveOutcome } from './messages';
import { outcomeText } from './outcome-text';
import type { Detect } from './saved-record';

const MENU_ID = 'siyaq-save-article';
const COMMAND = 'save-article';
const BADGE_MS = 4000;

export function startLibrary(options: { names: () => Promise<NamesIndex> | NamesIndex; changed?: () => void }) {
  const db = new LibraryDB();
  let detector: { names: NamesIndex; detect: Detect } | null = null;
  const deps: LibraryDeps = {
    db,
    detect: async () => {
      const names = await options.names();
      if (detector?.names !== names) {
        const d = createDetector(names);
        detector = { names, detect: (text) => d.detect(text).map(({ topic, start, end }) => ({ topic, start, end })) };
      }
      return detector.detect;
    },
    saveInPrivate: async () => (await loadSettings()).saveInPrivate,
    changed: () => options.changed?.(),
  };

  const saveAndTell = async (tabId: number) => showOutcome(tabId, await saveTab(tabId, deps));

  const menus = browser.contextMenus as typeof browser.contextMenus | undefined;
  if (menus?.create) {
    browser.runtime.onInstalled.addListener(() => {
      const lang = resolveLanguage('auto', browser.i18n.getUILanguage());
      menus.create({ id: MENU_ID, title: translate(lang, 'menuSaveArticle'), contexts: ['page', 'selection', 'link', 'image'] });
    });
    menus.onClicked.addListener((info, tab) => {
      if (info.menuItemId === MENU_ID && tab?.id !== undefined) void saveAndTell(tab.id);
    });
  }
  const commands = browser.commands as typeof browser.commands | undefined;
  commands?.onCommand?.addListener(async (command) => {
    if (command !== COMMAND) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await saveAndTell(tab.id);
  });

  return { db, handlers: libraryHandlers(deps) };
}

async function showOutcome(tabId: number, outcome: SaveOutcome): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return;
  const settings = await loadSettings();
  const lang = resolveLanguage(settings.language, browser.i18n.getUILanguage());
  const good = outcome.outcome === 'saved' || outcome.outcome === 'updated';
  await action.setBadgeText({ tabId, text: good ? '✓' : '!' }).catch(() => undefined);
  await action.setBadgeBackgroundColor({ tabId, color: good ? '#1b6e3a' : '#a3261b' }).catch(() => undefined);
  await action.setTitle({ tabId, title: outcomeText(lang, outcome) }).catch(() => undefined);
  setTimeout(() => {
    void action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
    void action.setTitle({ tabId, title: translate(lang, 'extName') }).catch(() => undefined);
  }, BADGE_MS);
}
