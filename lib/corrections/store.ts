// Corrections in extension storage, beside the settings; every tab watches
// them, so a correction removes its marks at once and an undo brings them back.
import { browser } from 'wxt/browser';

import { sameCorrection, sanitizeCorrections, type Correction } from './corrections';

const KEY = 'corrections';

export async function loadCorrections(): Promise<Correction[]> {
  try {
    return sanitizeCorrections((await browser.storage.local.get(KEY))[KEY]);
  } catch {
    return [];
  }
}

export async function addCorrection(correction: Correction): Promise<void> {
  const list = (await loadCorrections()).filter((c) => !sameCorrection(c, correction));
  await browser.storage.local.set({ [KEY]: [...list, correction] });
}

export async function removeCorrection(correction: Correction): Promise<void> {
  const list = (await loadCorrections()).filter((c) => !sameCorrection(c, correction));
  await browser.storage.local.set({ [KEY]: list });
}

export function watchCorrections(onChange: (list: Correction[]) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[KEY];
    if (area === 'local' && change) onChange(sanitizeCorrections(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
