// @vitest-environment happy-dom
// The toolbar popup, with the tab and the background answered by the test:
// what the page mentions (counted, revealed on click), the switches, the
// search with keys and highlights, a topic's card and back, and the pages
// where Siyaq cannot run.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

import type { CardData } from '../../../lib/cards/card-data';
import { translator } from '../../../lib/i18n/i18n';
import { fail, ok } from '../../../lib/messaging/reply';
import type { SearchHit } from '../../../lib/search/search-index';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/settings';
import { isRestrictedUrl } from '../../../lib/ui/popup/active-tab';
import { PopupApp } from '../../../lib/ui/popup/PopupApp';
import { until, wait } from '../until';

const fake = vi.hoisted(() => ({
  sent: [] as { to: string; type: string; request: Record<string, unknown> }[],
  page: null as null | { active: boolean; host: string; topics: { topic: string; count: number }[]; date: string | null },
  hits: [] as unknown[],
}));

vi.mock('../../../lib/messaging/channel', () => ({
  sendToTab: (tabId: number, type: string, request: Record<string, unknown>) => {
    fake.sent.push({ to: `tab ${tabId}`, type, request });
    if (type === 'siyaq:page-mentions') return Promise.resolve(fake.page ? ok(fake.page) : fail('unreachable', 'no content script'));
    return Promise.resolve(ok(true));
  },
  sendToBackground: (type: string, request: Record<string, unknown>) => {
    fake.sent.push({ to: 'background', type, request });
    if (type === 'siyaq:topic-names') return Promise.resolve(ok({ quenlin: { ar: 'كوينلين', en: 'Quenlin' } }));
    if (type === 'siyaq:search') return Promise.resolve(ok(fake.hits));
    if (type === 'siyaq:card') return Promise.resolve(ok(cardOf(request.topic as string)));
    if (type === 'siyaq:briefing') return Promise.resolve(ok([]));
    return Promise.resolve(ok(true));
  },
}));

function cardOf(topic: string): CardData {
  return {
    id: topic,
    kind: 'person',
    name: { ar: topic, en: topic.toUpperCase() },
    background: { ar: '', en: 'Background' },
    facts: [],
    passages: [],
    related: [],
  };
}

const en = translator('en');

const stored = async (): Promise<Settings> => ((await fakeBrowser.storage.local.get('settings')) as { settings: Settings }).settings;

async function saved(check: (s: Settings) => boolean): Promise<void> {
  const end = Date.now() + 4000;
  while (!check(await stored())) {
    if (Date.now() > end) throw new Error(`not saved: ${check.toString()}`);
    await wait(10);
  }
}

let root: HTMLElement;

async function open(url = 'https://news.example/story', settings: Partial<Settings> = {}) {
  await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, language: 'en', ...settings } });
  const tab = await fakeBrowser.tabs.create({ url });
  root = document.createElement('div');
  document.body.append(root);
  render(<PopupApp search={`?tab=${tab.id}`} />, root);
  return tab.id!;
}

const search = () => root.querySelector<HTMLInputElement>('#siyaq-search')!;

function typeQuery(text: string) {
  const input = search();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const key = (k: string) => search().dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));

const topicHit = (topic: string, matched: string): SearchHit => ({
  kind: 'topic',
  topic,
  name: { ar: topic, en: topic.toUpperCase() },
  topicKind: 'person',
  matched,
  score: 0.1,
});

beforeEach(() => {
  fakeBrowser.reset();
  fake.sent = [];
  fake.hits = [];
  fake.page = {
    active: true,
    host: 'news.example',
    topics: [
      { topic: 'quenlin', count: 2 },
      { topic: 'zorvath', count: 1 },
    ],
    date: null,
  };
});

afterEach(() => {
  render(null, root);
  document.body.replaceChildren();
});

describe('PopupApp', () => {
  it("lists the page's names with their counts, and reveals one in the page", async () => {
    const tab = await open();
    await until(() => root.querySelectorAll('.popup__mention').length === 2);
    expect(fake.sent.find((m) => m.type === 'siyaq:page-mentions')!.to).toBe(`tab ${tab}`);
    await until(() => root.querySelector('.popup__mention span')!.textContent === 'Quenlin');
    const [first, second] = [...root.querySelectorAll<HTMLButtonElement>('.popup__mention')];
    expect(first!.querySelector('.popup__count')!.textContent).toBe(en('mentionsOther', 2));
    // A topic the background did not name is shown by its id.
    expect(second!.querySelector('span')!.textContent).toBe('zorvath');
    first!.click();
    expect(fake.sent.at(-1)).toEqual({ to: `tab ${tab}`, type: 'siyaq:reveal', request: { topic: 'quenlin' } });
  });

  it('says when the page has no names, when Siyaq is off there, and where it cannot run', async () => {
    fake.page = { active: true, host: 'news.example', topics: [], date: null };
    await open();
    await until(() => root.querySelector('.popup__empty')?.textContent === en('popupNothingOnPage'));
    render(null, root);
    fake.page = { active: false, host: 'news.example', topics: [], date: null };
    await open();
    await until(() => root.querySelector('.popup__empty')?.textContent === en('popupPageOff'));
    render(null, root);
    await open('chrome://settings');
    await until(() => root.querySelector('.popup__empty')?.textContent === en('popupRestrictedPage'));
    expect(fake.sent.filter((m) => m.type === 'siyaq:page-mentions')).toHaveLength(2);
    render(null, root);
    fake.page = null;
    await open();
    await until(() => root.querySelector('.popup__empty')?.textContent === en('popupRestrictedPage'));
  });

  it('turns Siyaq off everywhere, and off for this site only', async () => {
    await open();
    await until(() => root.querySelectorAll('.popup__switches input').length === 2);
    const [all, site] = [...root.querySelectorAll<HTMLInputElement>('.popup__switches input')];
    expect(site!.checked).toBe(true);
    site!.click();
    await saved((s) => s.disabledSites.includes('news.example'));
    all!.click();
    await saved((s) => !s.enabled);
    await until(() => root.querySelectorAll<HTMLInputElement>('.popup__switches input')[1]?.disabled);
  });

  it('searches as one types, moves through results with the arrow keys, and opens the chosen topic', async () => {
    fake.hits = [topicHit('quenlin', 'Quenlin'), topicHit('zorvath', 'Zorvath Quenlin')];
    await open();
    typeQuery('quen');
    await until(() => root.querySelectorAll('.popup__hit').length === 2);
    expect(fake.sent.find((m) => m.type === 'siyaq:search')!.request).toEqual({ query: 'quen' });
    expect(search().getAttribute('aria-expanded')).toBe('true');
    expect(search().getAttribute('aria-activedescendant')).toBe('siyaq-hit-0');
    expect([...root.querySelectorAll('.popup__hit mark')].map((m) => m.textContent)).toEqual(['Quen', 'Quen']);
    key('ArrowDown');
    await until(() => search().getAttribute('aria-activedescendant') === 'siyaq-hit-1');
    key('ArrowDown');
    await wait(20);
    expect(search().getAttribute('aria-activedescendant')).toBe('siyaq-hit-1');
    key('ArrowUp');
    key('ArrowUp');
    await until(() => root.querySelector('.popup__hit--active')?.id === 'siyaq-hit-0');
    key('Enter');
    await until(() => root.querySelector('.siyaq-card__title')?.textContent === 'QUENLIN');
    expect(root.querySelector('main')!.getAttribute('aria-label')).toBe(en('cardLabel', 'QUENLIN'));
    // Back to the search: Escape anywhere in the card view.
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    await until(() => root.querySelector('#siyaq-search'));
  });

  it('says when nothing is found, and clears the query on Escape', async () => {
    await open();
    typeQuery('  nothing  ');
    await until(() => root.querySelector('.popup__empty[role="status"]'));
    // Typed in Latin letters: the Arabic name is suggested, and the other way round.
    expect(root.querySelector('.popup__empty')!.textContent).toBe(en('popupNoResultsTryArabic', 'nothing'));
    typeQuery('لاشيء');
    await until(() => root.querySelector('.popup__empty')?.textContent === en('popupNoResultsTryEnglish', 'لاشيء'));
    key('Escape');
    await until(() => search().value === '');
    await until(() => root.querySelector('.popup__mention'));
  });

  it('opens a passage hit in the reader, and goes back from a card by its button', async () => {
    fake.hits = [
      {
        kind: 'passage',
        article: 'alpha',
        articleTitle: 'Title',
        block: 1,
        sentence: 2,
        text: 'Quenlin spoke.',
        matched: 'Quenlin spoke.',
        score: 0.2,
      },
    ];
    await open();
    typeQuery('spoke');
    await until(() => root.querySelector('.popup__hit-passage'));
    root.querySelector<HTMLElement>('.popup__hit')!.click();
    expect(fake.sent.at(-1)).toMatchObject({ type: 'siyaq:open-reader', request: { target: { article: 'alpha', block: 1, sentence: 2 } } });
    fake.hits = [topicHit('quenlin', 'Quenlin')];
    typeQuery('quenlin');
    await until(() => root.querySelector('.popup__hit-name'));
    root.querySelector<HTMLElement>('.popup__hit')!.click();
    await until(() => root.querySelector('.popup__back'));
    root.querySelector<HTMLButtonElement>('.popup__back')!.click();
    await until(() => root.querySelector('#siyaq-search'));
  });

  it('switches between the names and the briefing with clicks and the tab keys', async () => {
    await open();
    await until(() => root.querySelector('#siyaq-tab-briefing'));
    const tablist = root.querySelector<HTMLElement>('[role="tablist"]')!;
    tablist.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await until(() => root.querySelector('#siyaq-panel-briefing'));
    expect(fake.sent.find((m) => m.type === 'siyaq:briefing')!.request).toEqual({ topics: ['quenlin', 'zorvath'] });
    tablist.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    await until(() => root.querySelector('#siyaq-panel-names'));
    tablist.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await until(() => root.querySelector('#siyaq-tab-briefing')?.getAttribute('aria-selected') === 'true');
    tablist.dispatchEvent(new KeyboardEvent('keydown', { key: 'x', bubbles: true }));
    root.querySelector<HTMLButtonElement>('#siyaq-tab-names')!.click();
    await until(() => root.querySelector('#siyaq-panel-names'));
  });
});

describe('isRestrictedUrl', () => {
  it("tells the browsers' own pages and stores from web pages", () => {
    for (const url of [
      undefined,
      '',
      'chrome://newtab',
      'about:blank',
      'moz-extension://x/popup.html',
      'view-source:https://a.example',
      'https://chromewebstore.google.com/detail/x',
      'https://addons.mozilla.org/en/firefox/',
    ]) {
      expect(isRestrictedUrl(url), url).toBe(true);
    }
    for (const url of ['https://news.example/', 'http://localhost:3000/page', 'https://example.com/chrome://']) {
      expect(isRestrictedUrl(url), url).toBe(false);
    }
  });
});

describe('PopupApp in Arabic', () => {
  const ar = translator('ar');

  it('labels its switches, search, heading and tabs in Arabic, with the shown tab selected', async () => {
    await open('https://news.example/story', { language: 'ar' });
    await until(() => root.querySelectorAll('[role="tab"]').length === 2);
    await until(() => root.querySelector('.popup__title')?.textContent === ar('extName'));
    expect([...root.querySelectorAll('.popup__switches label')].map((l) => l.textContent)).toEqual([
      ar('popupEnabled'),
      ar('popupSiteEnabled'),
    ]);
    expect(root.querySelector('label[for="siyaq-search"]')!.textContent).toBe(ar('popupSearchLabel'));
    expect(search().getAttribute('placeholder')).toBe(ar('popupSearchPlaceholder'));
    // The empty field follows the interface's direction; typed text takes its own.
    expect(search().hasAttribute('dir')).toBe(false);
    expect(search().getAttribute('aria-expanded')).toBe('false');
    expect(search().hasAttribute('aria-controls')).toBe(false);
    expect(root.querySelector('#siyaq-on-page')!.textContent).toBe(ar('popupOnThisPage'));
    const tabs = [...root.querySelectorAll('[role="tab"]')].map((b) => [
      b.textContent,
      b.getAttribute('aria-selected'),
      b.getAttribute('aria-controls'),
    ]);
    expect(tabs).toEqual([
      [ar('popupTabNames'), 'true', 'siyaq-panel-names'],
      [ar('popupTabBriefing'), 'false', null],
    ]);
  });

  it('lists search hits as options of the field, the first selected, each with its kind', async () => {
    fake.hits = [topicHit('quenlin', 'Quenlin'), topicHit('zorvath', 'Zorvath')];
    await open('https://news.example/story', { language: 'ar' });
    await until(() => root.querySelector('#siyaq-search'));
    typeQuery('qu');
    await until(() => root.querySelectorAll('[role="option"]').length === 2);
    expect(search().getAttribute('dir')).toBe('auto');
    expect(search().getAttribute('aria-expanded')).toBe('true');
    expect(search().getAttribute('aria-controls')).toBe('siyaq-results');
    expect(root.querySelector('#siyaq-results')!.getAttribute('aria-label')).toBe(ar('popupSearchLabel'));
    const options = [...root.querySelectorAll('[role="option"]')];
    expect(options.map((o) => o.getAttribute('aria-selected'))).toEqual(['true', 'false']);
    expect(options[0]!.querySelector('.popup__hit-meta')!.textContent).toBe(`Quenlin · ${ar('kind_person')}`);
  });
});
