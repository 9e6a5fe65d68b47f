// @vitest-environment happy-dom
// Parts of the popup with the background answered by the test: the briefing
// laid out around the page's date, "Save this article" with what happened,
// and the tab the popup is about.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

import type { BriefingItem } from '../../../lib/briefing/briefing';
import { translator } from '../../../lib/i18n/i18n';
import { lt } from '../../../lib/library/strings';
import { fail, ok, type Reply } from '../../../lib/messaging/reply';
import { targetTab } from '../../../lib/ui/popup/active-tab';
import { Briefing, type BriefingProps } from '../../../lib/ui/popup/Briefing';
import { SaveArticleButton } from '../../../lib/ui/popup/SaveArticleButton';
import { until } from '../until';

const fake = vi.hoisted(() => ({
  sent: [] as { type: string; request: Record<string, unknown> }[],
  replies: new Map<string, () => Promise<unknown>>(),
}));

vi.mock('../../../lib/messaging/channel', () => ({
  sendToBackground: (type: string, request: Record<string, unknown>) => {
    fake.sent.push({ type, request });
    return fake.replies.get(type)?.() ?? Promise.resolve(fail('failed', `no reply for ${type}`));
  },
}));

const en = translator('en');
const ar = translator('ar');
const source = { ar: 'مصدر', en: 'Source' };

function item(date: string | null, text: string, topics: string[] = ['zorvath'], extra: Partial<BriefingItem> = {}): BriefingItem {
  return {
    date,
    asOf: date,
    by: { kind: 'article' },
    source,
    text: { ar: `ع ${text}`, en: text },
    target: { article: `art-${text}`, block: 1, sentence: 0 },
    topics: topics.map((id) => ({ id, name: { ar: `ع ${id}`, en: id.toUpperCase() } })),
    ...extra,
  };
}

let root: HTMLElement;

beforeEach(() => {
  fake.sent = [];
  fake.replies.clear();
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  document.body.replaceChildren();
});

const texts = (selector: string) => [...root.querySelectorAll(selector)].map((el) => el.textContent);

describe('Briefing', () => {
  function show(items: BriefingItem[] | null, extra: Partial<BriefingProps> = {}) {
    fake.replies.set('siyaq:briefing', () => Promise.resolve(items ? ok(items) : fail('unreachable', 'restarting')));
    const props: BriefingProps = {
      topics: ['zorvath', 'quenlin'],
      pageDate: null,
      lang: 'en',
      t: en,
      onOpenTopic: vi.fn(),
      onOpenReader: vi.fn(),
      ...extra,
    };
    render(<Briefing {...props} />, root);
    return props;
  }

  it('says it is loading, then that there is nothing, also when the background cannot answer', async () => {
    show(null);
    expect(texts('.popup__hint')).toEqual([en('briefingLoading')]);
    await until(() => root.querySelector('.popup__empty'));
    expect(texts('.popup__empty')).toEqual([en('briefingEmpty')]);
    expect(fake.sent).toEqual([{ type: 'siyaq:briefing', request: { topics: ['zorvath', 'quenlin'] } }]);
  });

  it('lists the facts of a page without a date newest first, each with its date, source and topics', async () => {
    const props = show([item('2024-05-02', 'newer', ['zorvath', 'quenlin']), item('2023-01', 'older'), item(null, 'someday')]);
    await until(() => root.querySelector('.briefing'));
    expect(texts('.briefing > .popup__hint')).toEqual([en('briefingSummary', 3, 2)]);
    expect(root.querySelector('.briefing')!.hasAttribute('data-page-date')).toBe(false);
    expect(root.querySelector('[data-page-marker]')).toBeNull();
    expect(root.querySelector('[data-later]')).toBeNull();
    expect(texts('.briefing__fact')).toEqual(['newer', 'older', 'someday']);
    expect(texts('.briefing__date')).toEqual(['2 May 2024', 'January 2023', en('undated')]);
    expect([...root.querySelectorAll('.briefing__item')].map((li) => li.getAttribute('data-date'))).toEqual(['2024-05-02', '2023-01', '']);
    expect(texts('.briefing__by')).toEqual([en('factByArticle', 'Source'), en('factByArticle', 'Source'), en('factByArticle', 'Source')]);
    expect(texts('.briefing__heading')).toEqual([en('briefingUndated')]);
    expect([...root.querySelectorAll('ol')].map((ol) => ol.className)).toEqual(['briefing__list', 'briefing__list']);
    const chips = [...root.querySelectorAll<HTMLButtonElement>('.briefing__topic')];
    expect(chips.map((c) => [c.textContent, c.dataset.topic, c.getAttribute('aria-label')])).toEqual([
      ['ZORVATH', 'zorvath', `${en('cardBackground')}: ZORVATH`],
      ['QUENLIN', 'quenlin', `${en('cardBackground')}: QUENLIN`],
      ['ZORVATH', 'zorvath', `${en('cardBackground')}: ZORVATH`],
      ['ZORVATH', 'zorvath', `${en('cardBackground')}: ZORVATH`],
    ]);
    chips[1]!.click();
    expect(props.onOpenTopic).toHaveBeenCalledExactlyOnceWith('quenlin');
    root.querySelectorAll<HTMLButtonElement>('.briefing__fact')[1]!.click();
    expect(props.onOpenReader).toHaveBeenCalledExactlyOnceWith({ article: 'art-older', block: 1, sentence: 0 });
  });

  it('puts what came after the page on top, marks the page, then what led up to it', async () => {
    show([item('2024-05-02', 'after'), item('2023-09-19', 'same day'), item('2023-01', 'before')], { pageDate: '2023-09-19' });
    await until(() => root.querySelector('.briefing'));
    expect(root.querySelector('.briefing')!.getAttribute('data-page-date')).toBe('2023-09-19');
    expect(texts('[data-later] .briefing__heading')).toEqual([en('cardFactsAfter', '19 September 2023')]);
    expect(texts('[data-later] .briefing__fact')).toEqual(['after']);
    expect(root.querySelector('[data-later] ol')!.className).toBe('briefing__list briefing__list--later');
    expect(texts('[data-page-marker]')).toEqual([en('briefingThisPage', '19 September 2023')]);
    expect(texts('.briefing > ol .briefing__fact')).toEqual(['same day', 'before']);
    expect(root.querySelector('.briefing > .popup__empty')).toBeNull();
    expect(root.querySelector('[data-newer-than]')).toBeNull();
  });

  it('says when nothing came before the page, and when the page is newer than every fact', async () => {
    show([item('2024-05-02', 'after')], { pageDate: '2023-09-19' });
    await until(() => root.querySelector('.briefing'));
    expect(texts('.briefing > .popup__empty')).toEqual([en('cardFactsNoneBefore')]);
    render(null, root);
    show([item('2023-01', 'old'), item('2022-06-01', 'older')], { pageDate: '2024-02-01' });
    await until(() => root.querySelector('[data-newer-than]'));
    expect(root.querySelector('[data-newer-than]')!.getAttribute('data-newer-than')).toBe('2023-01');
    expect(texts('[data-newer-than]')).toEqual([en('briefingPageNewer', 'January 2023')]);
    expect(root.querySelector('[data-later]')).toBeNull();
  });

  it('words it all in Arabic, named sources and analysts included', async () => {
    show(
      [
        item('2024-05-02', 'named', ['zorvath'], { by: { kind: 'named', name: { ar: 'زورفاث', en: 'Zorvath' } } }),
        item('2024-04-01', 'analysts', ['zorvath'], { by: { kind: 'analysts' } }),
      ],
      { lang: 'ar', t: ar },
    );
    await until(() => root.querySelector('.briefing'));
    expect(texts('.briefing__fact')).toEqual(['ع named', 'ع analysts']);
    expect(texts('.briefing__by')).toEqual([ar('factByNamed', 'زورفاث', 'مصدر'), ar('factByAnalysts', 'مصدر')]);
    expect(texts('.briefing__topic')).toEqual(['ع zorvath', 'ع zorvath']);
  });

  it('asks again when the page’s names change, and drops an answer that came too late', async () => {
    let answer: (reply: Reply<BriefingItem[]>) => void = () => {};
    fake.replies.set('siyaq:briefing', () => new Promise((resolve) => (answer = resolve)));
    const props: BriefingProps = { topics: ['zorvath'], pageDate: null, lang: 'en', t: en, onOpenTopic: vi.fn(), onOpenReader: vi.fn() };
    render(<Briefing {...props} />, root);
    const first = answer;
    await until(() => fake.sent.length === 1);
    render(<Briefing {...props} topics={['zorvath']} />, root);
    render(<Briefing {...props} topics={['quenlin']} />, root);
    await until(() => fake.sent.length === 2);
    expect(fake.sent.map((m) => m.request)).toEqual([{ topics: ['zorvath'] }, { topics: ['quenlin'] }]);
    first(ok([item('2024-01-01', 'stale')]));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(texts('.popup__hint')).toEqual([en('briefingLoading')]);
    answer(ok([item('2024-01-01', 'fresh', ['quenlin'])]));
    await until(() => root.querySelector('.briefing__fact'));
    expect(texts('.briefing__fact')).toEqual(['fresh']);
  });
});

describe('SaveArticleButton', () => {
  function show(reply: () => Promise<unknown>, lang: 'ar' | 'en' = 'en') {
    fake.replies.set('siyaq:library-save', reply);
    render(<SaveArticleButton tabId={7} lang={lang} t={translator(lang)} />, root);
    return root.querySelector<HTMLButtonElement>('#siyaq-save-article')!;
  }

  it('saves the tab’s article, busy meanwhile, and says it was saved', async () => {
    let answer: (reply: unknown) => void = () => {};
    const button = show(() => new Promise((resolve) => (answer = resolve)));
    expect(button.textContent).toBe(lt('en', 'librarySave'));
    expect(button.disabled).toBe(false);
    button.click();
    await until(() => button.disabled);
    expect(button.textContent).toBe(lt('en', 'librarySaving'));
    expect(fake.sent).toEqual([{ type: 'siyaq:library-save', request: { tab: 7 } }]);
    answer(ok({ outcome: 'saved', id: 'a1', title: 'Talks in Baku', truncated: false }));
    await until(() => root.querySelector('[role="status"]'));
    expect(button.disabled).toBe(false);
    expect(button.textContent).toBe(lt('en', 'librarySave'));
    const status = root.querySelector('[role="status"]')!;
    expect(status.className).toBe('library-save__status');
    expect(status.textContent).toBe(lt('en', 'librarySaved', 'Talks in Baku'));
  });

  it('counts an update as good news, and a page without an article as a problem', async () => {
    const button = show(() => Promise.resolve(ok({ outcome: 'updated', id: 'a1', title: 'Talks', truncated: false })));
    button.click();
    await until(() => root.querySelector('[role="status"]'));
    expect(root.querySelector('[role="status"]')!.className).toBe('library-save__status');
    fake.replies.set('siyaq:library-save', () => Promise.resolve(ok({ outcome: 'no-article' })));
    button.click();
    await until(() => root.querySelector('[role="status"]')?.textContent === lt('en', 'libraryNoArticle', ''));
    expect(root.querySelector('[role="status"]')!.className).toBe('library-save__status library-save__status--problem');
  });

  it('says in the reader’s language that nothing was saved when the background cannot be reached, and clears an old message first', async () => {
    let answer: (reply: unknown) => void = () => {};
    const button = show(() => Promise.resolve(fail('unreachable', 'restarting')), 'ar');
    button.click();
    await until(() => root.querySelector('[role="status"]'));
    expect(root.querySelector('[role="status"]')!.textContent).toBe(lt('ar', 'libraryFailed'));
    expect(root.querySelector('[role="status"]')!.className).toBe('library-save__status library-save__status--problem');
    fake.replies.set('siyaq:library-save', () => new Promise((resolve) => (answer = resolve)));
    button.click();
    await until(() => !root.querySelector('[role="status"]'));
    answer(ok({ outcome: 'saved', id: 'a1', title: 'T', truncated: false }));
    await until(() => root.querySelector('[role="status"]'));
  });
});

describe('targetTab', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is the tab named in the address, else the active tab of the current window', async () => {
    const named = await fakeBrowser.tabs.create({ url: 'https://a.example/' });
    const active = await fakeBrowser.tabs.create({ url: 'https://b.example/' });
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([active]);
    expect((await targetTab(`?tab=${named.id}`))?.url).toBe('https://a.example/');
    expect(query).not.toHaveBeenCalled();
    expect(await targetTab('')).toBe(active);
    expect(query).toHaveBeenLastCalledWith({ active: true, currentWindow: true });
    // Not a tab number: the active tab.
    for (const search of ['?tab=0', '?tab=-3', '?tab=1.5', '?tab=x']) expect(await targetTab(search), search).toBe(active);
    // A named tab that is gone (the browser refuses to get it).
    vi.spyOn(fakeBrowser.tabs, 'get').mockRejectedValueOnce(new Error('No tab with id: 999'));
    expect(await targetTab('?tab=999')).toBeNull();
    query.mockResolvedValue([]);
    expect(await targetTab('')).toBeNull();
    vi.restoreAllMocks();
  });
});
