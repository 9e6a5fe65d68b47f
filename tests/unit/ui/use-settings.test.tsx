// @vitest-environment happy-dom
// Settings as Preact state: the defaults until storage answers, then the
// stored ones, kept live; the document takes the interface's language,
// direction and theme; a save shows at once and is stored.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/settings';
import { useSettings } from '../../../lib/ui/use-settings';
import { until } from '../until';

/** What the hook gave at the last render. */
const seen: { value: ReturnType<typeof useSettings> | null } = { value: null };

function Probe() {
  const settings = useSettings();
  seen.value = settings;
  return <p>{settings.t('extName')}</p>;
}

let root: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  document.body.replaceChildren();
  for (const el of [document.documentElement, document.body]) delete el.dataset.theme;
});

const stored = async (): Promise<Settings> => ((await fakeBrowser.storage.local.get('settings')) as { settings: Settings }).settings;

describe('useSettings', () => {
  it('starts from the defaults, then takes the stored settings and sets the document’s language, direction and theme', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, language: 'ar', theme: 'dark' } });
    render(<Probe />, root);
    expect(seen.value!.loaded).toBe(false);
    expect(seen.value!.settings).toEqual(DEFAULT_SETTINGS);
    await until(() => seen.value!.loaded);
    expect(seen.value!.settings.language).toBe('ar');
    expect(seen.value!.lang).toBe('ar');
    expect(root.textContent).toBe(seen.value!.t('extName'));
    await until(() => document.documentElement.dir === 'rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(document.body.dataset.theme).toBe('dark');
  });

  it('follows changes made elsewhere, and stops when unmounted', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, language: 'en', theme: 'light' } });
    render(<Probe />, root);
    await until(() => seen.value!.loaded);
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, language: 'en', theme: 'dark' } });
    await until(() => seen.value!.settings.theme === 'dark');
    await until(() => document.body.dataset.theme === 'dark');
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.documentElement.lang).toBe('en');
    const last = seen.value;
    render(null, root);
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, language: 'en', theme: 'light' } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen.value).toBe(last);
  });

  it('shows a save at once and stores it', async () => {
    render(<Probe />, root);
    await until(() => seen.value!.loaded);
    const saving = seen.value!.save({ ...DEFAULT_SETTINGS, language: 'en', hoverDelayMs: 700 });
    await until(() => seen.value!.settings.hoverDelayMs === 700);
    await saving;
    expect((await stored()).hoverDelayMs).toBe(700);
  });
});
