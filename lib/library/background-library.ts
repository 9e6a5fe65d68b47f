// The library's part of the background: its database, its message handlers,
// the "My library" pack kept in the knowledge store, the page's "Save this
// article" and selection's "Track" menu entries, and the keyboard command.
// Menus and commands are used only where the browser has them (Firefox for
// Android has neither). The outcome of a menu or keyboard action shows on the
// toolbar button of that tab, since no popup is open to say it.
import { browser } from 'wxt/browser';

import { resolveLanguage, translate } from '../i18n/i18n';
import { loadSettings } from '../settings/store';
import { LibraryDB } from './library-db';
import { decodeLibrary, encodeLibrary } from './library-file';
import { knownTopics, LibraryKnowledge, type PackSink } from './library-knowledge';
import { detectorCache, libraryHandlers, saveTab, type LibraryDeps } from './library-service';
import type { TrackOutcome } from './messages';
import { outcomeText, trackOutcomeText } from './outcome-text';
import { lt } from './strings';

const SAVE_MENU = 'siyaq-save-article';
const TRACK_MENU = 'siyaq-track-name';
const COMMAND = 'save-article';
const BADGE_MS = 4000;

export function startLibrary(store: PackSink) {
  const db = new LibraryDB();
  const knowledge = new LibraryKnowledge(db, store, () => db.topics());
  const names = async () => (await store.knowledge()).names;
  const deps: LibraryDeps = {
    db,
    knowledge,
    names,
    saveInPrivate: async () => (await loadSettings()).saveInPrivate,
    exportPack: async (records, topics) => encodeLibrary(records, topics, knownTopics(await names())),
    importPack: decodeLibrary,
  };
  const handlers = libraryHandlers(deps);
  const detector = detectorCache();

  const saveAndTell = async (tabId: number) => {
    const outcome = await saveTab(tabId, deps, detector(await names()));
    await tell(tabId, outcome.outcome === 'saved' || outcome.outcome === 'updated', (lang) => outcomeText(lang, outcome));
  };
  const trackAndTell = async (tabId: number, text: string) => {
    const outcome = (await handlers['siyaq:library-track']({ name: text }, {})) as TrackOutcome;
    await tell(tabId, outcome.ok, (lang) => trackOutcomeText(lang, outcome));
  };

  const menus = browser.contextMenus as typeof browser.contextMenus | undefined;
  if (menus?.create) {
    browser.runtime.onInstalled.addListener(() => {
      const lang = resolveLanguage('auto', browser.i18n.getUILanguage());
      menus.create({ id: SAVE_MENU, title: lt(lang, 'menuSaveArticle'), contexts: ['page', 'selection', 'link', 'image'] });
      menus.create({ id: TRACK_MENU, title: lt(lang, 'menuTrackName'), contexts: ['selection'] });
    });
    menus.onClicked.addListener((info, tab) => {
      if (tab?.id === undefined) return;
      if (info.menuItemId === SAVE_MENU) void saveAndTell(tab.id);
      if (info.menuItemId === TRACK_MENU && info.selectionText) void trackAndTell(tab.id, info.selectionText);
    });
  }
  const commands = browser.commands as typeof browser.commands | undefined;
  commands?.onCommand?.addListener(async (command) => {
    if (command !== COMMAND) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await saveAndTell(tab.id);
  });

  // The pack follows the library from the first start (an update may have changed how it is built).
  void knowledge.rebuild();
  return { db, handlers };
}

async function tell(tabId: number, good: boolean, text: (lang: 'ar' | 'en') => string): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return;
  const settings = await loadSettings();
  const lang = resolveLanguage(settings.language, browser.i18n.getUILanguage());
  await action.setBadgeText({ tabId, text: good ? '✓' : '!' }).catch(() => undefined);
  await action.setBadgeBackgroundColor({ tabId, color: good ? '#1b6e3a' : '#a3261b' }).catch(() => undefined);
  await action.setTitle({ tabId, title: text(lang) }).catch(() => undefined);
  setTimeout(() => {
    void action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
    void action.setTitle({ tabId, title: translate(lang, 'extName') }).catch(() => undefined);
  }, BADGE_MS);
}
