// The edges of the settings record: which strings count as a site, a stored
// delay that is not a finite number, and settings changes reaching a page.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

import { DEFAULT_SETTINGS, isActiveOn, normalizeSite, sanitizeSettings, withSiteDisabled } from '../../../lib/settings/settings';
import { loadSettings, watchSettings } from '../../../lib/settings/store';

describe('normalizeSite', () => {
  it('drops a leading www. only', () => {
    expect(normalizeSite('www.example.com')).toBe('example.com');
    expect(normalizeSite('  WWW.News.Example  ')).toBe('news.example');
    expect(normalizeSite('news.www.example')).toBe('news.www.example');
  });

  it('keeps a port of any length', () => {
    expect(normalizeSite('localhost:8080')).toBe('localhost:8080');
    expect(normalizeSite('127.0.0.1:3')).toBe('127.0.0.1:3');
    expect(normalizeSite('localhost:port')).toBeNull();
    expect(normalizeSite('localhost:123456')).toBeNull();
  });

  it('refuses what is not a hostname anywhere in the string', () => {
    expect(normalizeSite('bad!example.com')).toBeNull();
    expect(normalizeSite('example.com/path')).toBeNull();
    expect(normalizeSite('.example.com')).toBeNull();
    expect(normalizeSite('')).toBeNull();
  });
});

describe('sanitizeSettings', () => {
  it('takes the default delay for a number that is not finite or a numeric string', () => {
    for (const hoverDelayMs of [Infinity, -Infinity, NaN, '300']) {
      expect(sanitizeSettings({ hoverDelayMs }).hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    }
    expect(sanitizeSettings({ hoverDelayMs: 333.4 }).hoverDelayMs).toBe(333);
  });

  it('stores a www. site and its bare name once', () => {
    expect(sanitizeSettings({ disabledSites: ['www.a.example', 'a.example', 'b.example'] }).disabledSites).toEqual([
      'a.example',
      'b.example',
    ]);
  });
});

describe('per-site switches', () => {
  it('leaves the settings as they were for a page without a hostname', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['a.example'] };
    expect(withSiteDisabled(settings, '', true)).toBe(settings);
    expect(withSiteDisabled(settings, 'not a host', false)).toBe(settings);
    expect(isActiveOn(settings, '')).toBe(true);
  });

  it('keeps the other sites when one is turned off or on', () => {
    const two = { ...DEFAULT_SETTINGS, disabledSites: ['a.example', 'b.example'] };
    expect(withSiteDisabled(two, 'c.example', true).disabledSites).toEqual(['a.example', 'b.example', 'c.example']);
    expect(withSiteDisabled(two, 'a.example', false).disabledSites).toEqual(['b.example']);
    expect(withSiteDisabled(two, 'b.example', true).disabledSites).toEqual(['a.example', 'b.example']);
  });

  it('turns a www. site off by its bare name, and the other way round', () => {
    const off = withSiteDisabled(DEFAULT_SETTINGS, 'news.example', true);
    expect(isActiveOn(off, 'www.news.example')).toBe(false);
    expect(off.disabledSites).toEqual(['news.example']);
    expect(withSiteDisabled(off, 'www.news.example', false).disabledSites).toEqual([]);
  });
});

describe('settings store', () => {
  it('falls back to defaults when storage cannot be read', async () => {
    fakeBrowser.reset();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage is gone'));
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    get.mockRestore();
  });

  it('tells a watcher of local changes, sanitised, until it unsubscribes', async () => {
    fakeBrowser.reset();
    const seen: unknown[] = [];
    const stop = watchSettings((settings) => seen.push(settings));
    await fakeBrowser.storage.local.set({ settings: { markStyle: 'none', hoverDelayMs: 'x' } });
    await fakeBrowser.storage.local.set({ other: 1 });
    await fakeBrowser.storage.sync.set({ settings: { markStyle: 'background' } });
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, markStyle: 'none' }]);
    stop();
    await fakeBrowser.storage.local.set({ settings: { markStyle: 'background' } });
    expect(seen).toHaveLength(1);
  });
});
