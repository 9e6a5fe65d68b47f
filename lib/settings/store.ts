// Settings in extension storage. Reads always go through sanitizeSettings, so a
// bad or old stored value falls back to defaults instead of breaking a page.
import { browser } from 'wxt/browser';

import { sanitizeSettings, type Settings } from './settings';

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(KEY);
    return sanitizeSettings(stored[KEY]);
  } catch {
    return sanitizeSettings(undefined);
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: sanitizeSettings(settings) });
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = sanitizeSettings(change(await loadSettings()));
  await saveSettings(next);
  return next;
}

/** Calls back with fresh settings whenever they change; returns an unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[KEY];
    if (area === 'local' && change) onChange(sanitizeSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
