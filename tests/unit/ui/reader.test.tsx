// @vitest-environment happy-dom
// The reader, with articles from a small compiled corpus answered by the test:
// an article with its source and date, names as buttons that open the card,
// the linked sentence marked and scrolled to, and the shelves of articles
// (newest first) when no article or a missing one is asked for.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

import { buildCardData } from '../../../lib/cards/card-data';
import { translator } from '../../../lib/i18n/i18n';
import { compileSources } from '../../../lib/knowledge/compile';
import { fail, ok } from '../../../lib/messaging/reply';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { ReaderApp } from '../../../lib/ui/reader/ReaderApp';
import { article, corpus } from '../knowledge/corpus';
import { until, wait } from '../until';

const fake = vi.hoisted(() => ({ sent: [] as { type: string; request: Record<string, unknown> }[] }));

const { names, details } = compileSources([...corpus(), article('gamma', 'Quenlin came later.', { date: '2024-02-01', title: 'Later' })]);

vi.mock('../../../lib/messaging/channel', () => ({
  sendToBackground: (type: string, request: Record<string, unknown>) => {
    fake.sent.push({ type, request });
    if (type === 'siyaq:article') {
      const found = details.articles.find((a) => a.id === request.article);
      return Promise.resolve(
        found ? ok({ article: found, pack: { id: 'siyaq', title: { ar: 'سياق', en: 'Siyaq' } } }) : fail('not-found', 'no such article'),
      );
    }
    if (type === 'siyaq:articles') {
      return Promise.resolve(
        ok([
          {
            pack: { id: 'siyaq', title: { ar: 'سياق', en: 'Built in' } },
            articles: details.articles.map((a) => ({ id: a.id, title: a.title, language: a.language, date: a.date })),
          },
        ]),
      );
    }
    if (type === 'siyaq:card') return Promise.resolve(ok(buildCardData(names, details, request.topic as string)!));
    return Promise.resolve(ok(true));
  },
}));

const en = translator('en');

let root: HTMLElement;
let scrolled: HTMLElement[];

async function open(search: string) {
  await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, language: 'en' } });
  root = document.createElement('div');
  document.body.append(root);
  render(<ReaderApp search={search} />, root);
}

beforeEach(() => {
  fakeBrowser.reset();
  fake.sent = [];
  scrolled = [];
  Element.prototype.scrollIntoView = function (this: HTMLElement) {
    scrolled.push(this);
  };
});

afterEach(() => {
  render(null, root);
  document.body.replaceChildren();
});

describe('ReaderApp', () => {
  it('shows an article with its source and date, headings and paragraphs, titled in the tab', async () => {
    await open('?article=alpha');
    await until(() => root.querySelector('.reader__title'));
    expect(root.querySelector('.reader__title')!.textContent).toBe('عنوان');
    expect(root.querySelector('.siyaq-reader')!.getAttribute('dir')).toBe('ltr');
    const meta = root.querySelector('.reader__meta')!.textContent;
    expect(meta).toContain('Source');
    expect(meta).toContain('19 September 2023');
    expect(root.querySelector('#b0')!.tagName).toBe('H2');
    expect(root.querySelector('#b1')!.tagName).toBe('P');
    await until(() => document.title === `عنوان · ${en('extName')}`);
    expect(scrolled).toEqual([]);
  });

  it('makes each name a button that opens its card, by click or key, and marks no sentence unasked', async () => {
    await open('?article=alpha');
    await until(() => root.querySelector('#b1 .reader__mention'));
    const mentions = [...root.querySelectorAll<HTMLElement>('#b1 .reader__mention')];
    expect(mentions.map((m) => [m.textContent, m.dataset.topic])).toEqual([
      ['Zorvath', 'zorvath'],
      ['Quenlin', 'quenlin'],
      ['Melbrook', 'melbrook'],
      ['Zorvath', 'zorvath'],
      ['Zorvath', 'zorvath'],
    ]);
    expect(root.querySelector('#b1')!.textContent).toBe(details.articles.find((a) => a.id === 'alpha')!.blocks[1]!.text);
    expect(root.querySelector('mark')).toBeNull();
    mentions[1]!.click();
    await until(() => root.querySelector('.reader__card .siyaq-card__title')?.textContent === 'Quenlin');
    expect(root.querySelector('.reader__card')!.getAttribute('aria-label')).toBe(en('cardLabel', 'Quenlin'));
    mentions[2]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    await wait(20);
    expect(root.querySelector('.reader__card .siyaq-card__title')!.textContent).toBe('Quenlin');
    mentions[2]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await until(() => root.querySelector('.reader__card .siyaq-card__title')?.textContent === 'Melbrook');
    mentions[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    await until(() => root.querySelector('.reader__card .siyaq-card__title')?.textContent === 'Zorvath');
  });

  it('marks the linked sentence, names in it still buttons, and scrolls its block into view', async () => {
    await open('?article=alpha&block=1&sentence=1');
    await until(() => root.querySelector('mark.reader__target'));
    const marked = [...root.querySelectorAll('mark.reader__target')].map((m) => m.textContent).join('');
    const block = details.articles.find((a) => a.id === 'alpha')!.blocks[1]!;
    const [from, to] = block.sentences[1]!;
    expect(marked).toBe(block.text.slice(from, to));
    expect(root.querySelectorAll('mark.reader__target .reader__mention').length).toBeGreaterThan(0);
    await until(() => scrolled.length > 0);
    expect(scrolled[0]!.id).toBe('b1');
  });

  it('lists the shelves, newest first, when no article is asked for', async () => {
    await open('');
    await until(() => root.querySelector('.reader__shelf'));
    expect(fake.sent.map((m) => m.type)).toEqual(['siyaq:articles']);
    expect(root.querySelector('.reader__shelf-title')!.textContent).toBe('Built in');
    expect(root.querySelector('.reader__library .reader__meta')!.textContent).toBe(en('readerLibraryIntro', 3));
    const titles = [...root.querySelectorAll<HTMLAnchorElement>('.reader__entry-title')];
    expect(titles.map((a) => a.getAttribute('href'))).toEqual(['?article=gamma', '?article=alpha', '?article=beta']);
    expect(root.querySelector('[role="alert"]')).toBeNull();
    await until(() => document.title === en('readerTitle'));
  });

  it('says an asked-for article is not there, and lists the others', async () => {
    await open('?article=missing');
    await until(() => root.querySelector('[role="alert"]'));
    expect(root.querySelector('[role="alert"]')!.textContent).toBe(en('readerNotFound'));
    expect(root.querySelectorAll('.reader__entry')).toHaveLength(3);
  });
});
