// Firefox for Android has neither context menus nor keyboard commands: the
// background must start without them, and cards, the reader, the popup and
// the options must work as before.
// @vitest-environment happy-dom
import { render } from 'preact';
import details from 'virtual:siyaq/details';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import background from '../../../entrypoints/background';
import { wireOptionalApis, type MaybeOptionalApis } from '../../../lib/background/optional-apis';
import { OptionsApp } from '../../../lib/ui/options/OptionsApp';
import { PopupApp } from '../../../lib/ui/popup/PopupApp';

// The saved-articles library and the knowledge store keep their data in IndexedDB, which
// this test environment lacks (their own tests cover them). Stand-ins: no library, and a
// store holding just the bundled knowledge, in memory. Everything else is the real background.
vi.mock('../../../lib/library/background-library', () => ({ startLibrary: () => ({ handlers: {} }) }));
vi.mock('../../../lib/store/knowledge-store', async () => {
  const { default: bundledNames } = await import('virtual:siyaq/names');
  const { default: bundledDetails } = await import('virtual:siyaq/details');
  class KnowledgeStore {
    onChange(): () => void {
      return () => undefined;
    }
    onArticles(): () => void {
      return () => undefined;
    }
    knowledge() {
      return Promise.resolve({
        names: bundledNames,
        details: bundledDetails,
        articlePack: new Map(),
        warnings: [],
        revision: 'bundled',
        packTitles: new Map(),
      });
    }
  }
  return { KnowledgeStore };
});

/** fakeBrowser, with the two optional APIs taken away as on Firefox for Android. */
function withoutOptionalApis(): void {
  for (const name of ['contextMenus', 'menus', 'commands']) delete (fakeBrowser as unknown as Record<string, unknown>)[name];
  expect('contextMenus' in fakeBrowser || 'commands' in fakeBrowser).toBe(false);
}

function fire(message: object): Promise<unknown> {
  const sender = { id: fakeBrowser.runtime.id };
  const answers = fakeBrowser.runtime.onMessage.trigger(message, sender);
  return Promise.resolve(answers).then((all) => (Array.isArray(all) ? all.find((a) => a !== undefined) : all));
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(check()).toBe(true);
}

describe('wireOptionalApis', () => {
  it('wires nothing and throws nothing when the browser has neither API', () => {
    const api: MaybeOptionalApis = { runtime: { onInstalled: { addListener: vi.fn() } }, i18n: { getUILanguage: () => 'ar' } };
    expect(wireOptionalApis(api, { searchSelection: vi.fn(), command: vi.fn() })).toEqual({ menus: false, commands: false });
    expect(api.runtime.onInstalled.addListener).not.toHaveBeenCalled();
  });

  it('uses Firefox’s `menus` when there is no `contextMenus`, and maps each command', () => {
    let clicked: ((info: { menuItemId: string | number; selectionText?: string }) => void) | undefined;
    let command: ((name: string) => void) | undefined;
    let installed: (() => void) | undefined;
    const create = vi.fn();
    const api: MaybeOptionalApis = {
      menus: { create, onClicked: { addListener: (fn) => (clicked = fn) } },
      commands: { onCommand: { addListener: (fn) => (command = fn) } },
      runtime: { onInstalled: { addListener: (fn) => (installed = fn) } },
      i18n: { getUILanguage: () => 'en-GB' },
    };
    const actions = { searchSelection: vi.fn(), command: vi.fn() };
    expect(wireOptionalApis(api, actions)).toEqual({ menus: true, commands: true });
    installed!();
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ contexts: ['selection'], title: expect.stringContaining('Background') }));
    clicked!({ menuItemId: create.mock.calls[0]![0].id, selectionText: '  Kursk  ' });
    clicked!({ menuItemId: 'another', selectionText: 'x' });
    expect(actions.searchSelection.mock.calls).toEqual([['Kursk']]);
    for (const name of ['open-card', 'next-mention', 'previous-mention', 'toString', 'unknown']) command!(name);
    expect(actions.command.mock.calls).toEqual([['open-at-selection'], ['next'], ['previous']]);
  });

  it('treats an API whose getter throws as missing', () => {
    const api = {
      get contextMenus(): never {
        throw new Error('not on this platform');
      },
      runtime: { onInstalled: { addListener: vi.fn() } },
      i18n: { getUILanguage: () => 'ar' },
    } as unknown as MaybeOptionalApis;
    expect(wireOptionalApis(api, { searchSelection: vi.fn(), command: vi.fn() })).toEqual({ menus: false, commands: false });
  });
});

describe('the background on a browser without context menus and commands', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    withoutOptionalApis();
    document.body.innerHTML = '<div id="app"></div>';
  });

  it('starts, answers card requests and opens the reader', async () => {
    expect(() => background.main()).not.toThrow();
    await expect(fire({ type: 'siyaq:card', topic: 'kursk' })).resolves.toMatchObject({ ok: true, value: { id: 'kursk' } });
    await expect(fire({ type: 'siyaq:card', topic: 'no-such-topic' })).resolves.toMatchObject({ ok: false, error: { code: 'not-found' } });
    const article = details.articles[0]!.id;
    await expect(fire({ type: 'siyaq:open-reader', target: { article, block: 1 } })).resolves.toEqual({ ok: true, value: true });
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.some((t) => t.url?.includes(`reader.html?article=${article}`))).toBe(true);
  });

  it('leaves the popup opening, with its search box and the page section', async () => {
    background.main();
    const app = document.getElementById('app')!;
    render(<PopupApp search="" />, app);
    await until(() => app.querySelector('#siyaq-search') !== null && app.querySelector('.popup__page .popup__empty') !== null);
    expect(app.querySelector('h1')?.textContent).toBeTruthy();
    render(null, app);
  });

  it('leaves the options working', async () => {
    background.main();
    const app = document.getElementById('app')!;
    render(<OptionsApp />, app);
    await until(() => app.querySelector('#siyaq-enabled') !== null);
    (app.querySelector('#siyaq-enabled') as HTMLInputElement).click();
    const stored = async () => ((await fakeBrowser.storage.local.get('settings')).settings as { enabled?: boolean } | undefined)?.enabled;
    await expect.poll(stored).toBe(false);
    render(null, app);
  });
});
