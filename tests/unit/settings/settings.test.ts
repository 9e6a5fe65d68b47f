import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

import { DEFAULT_SETTINGS, isActiveOn, sanitizeSettings, withSiteDisabled } from '../../../lib/settings/settings';
import { loadSettings, saveSettings, updateSettings } from '../../../lib/settings/store';

describe('sanitizeSettings', () => {
  it('gives defaults for nothing, garbage and wrong types', () => {
    for (const raw of [undefined, null, 42, 'x', [], { enabled: 'yes', hoverDelayMs: 'slow', markStyle: 'blink', theme: 7 }]) {
      expect(sanitizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps valid values, clamps the delay and cleans the site list', () => {
    const s = sanitizeSettings({
      enabled: false,
      hoverDelayMs: 99999,
      markStyle: 'background',
      language: 'en',
      theme: 'dark',
      saveInPrivate: true,
      disabledSites: ['WWW.Example.com', 'example.com', 12, 'not a host!', ''],
    });
    expect(s).toEqual({
      enabled: false,
      hoverDelayMs: 1500,
      markStyle: 'background',
      language: 'en',
      theme: 'dark',
      saveInPrivate: true,
      disabledSites: ['example.com'],
    });
    // Saving from private windows is on only when the stored value is exactly true.
    expect(sanitizeSettings({ saveInPrivate: 'yes' }).saveInPrivate).toBe(false);
    expect(sanitizeSettings({}).saveInPrivate).toBe(false);
    expect(sanitizeSettings({ hoverDelayMs: -5 }).hoverDelayMs).toBe(0);
  });

  it('keeps a version-1 record with unknown extra fields working', () => {
    expect(sanitizeSettings({ enabled: true, oldField: 1, hoverDelayMs: 300 }).hoverDelayMs).toBe(300);
  });
});

describe('per-site switches', () => {
  it('turns a site off and on again', () => {
    const off = withSiteDisabled(DEFAULT_SETTINGS, 'www.news.example', true);
    expect(isActiveOn(off, 'news.example')).toBe(false);
    expect(isActiveOn(off, 'other.example')).toBe(true);
    expect(isActiveOn(withSiteDisabled(off, 'news.example', false), 'news.example')).toBe(true);
    expect(isActiveOn({ ...DEFAULT_SETTINGS, enabled: false }, 'other.example')).toBe(false);
  });
});

describe('settings store', () => {
  it('falls back to defaults when storage holds a bad value, and round-trips good ones', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ settings: { hoverDelayMs: 'NaN', markStyle: 3 } });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await saveSettings({ ...DEFAULT_SETTINGS, markStyle: 'none' });
    expect((await loadSettings()).markStyle).toBe('none');
    const next = await updateSettings((s) => withSiteDisabled(s, 'a.example', true));
    expect(next.disabledSites).toEqual(['a.example']);
    expect((await loadSettings()).disabledSites).toEqual(['a.example']);
  });
});
