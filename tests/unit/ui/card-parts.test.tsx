// @vitest-environment happy-dom
// The parts of a card: facts read against the page's date, "why marked",
// highlighted passages, the page-only tools, and Tab going round the card.
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { CardData, CardFact } from '../../../lib/cards/card-data';
import type { MarkInfo } from '../../../lib/cards/page-info';
import { translator } from '../../../lib/i18n/i18n';
import { CardFacts } from '../../../lib/ui/card/CardFacts';
import { cycleFocus } from '../../../lib/ui/card/focus-cycle';
import { TopicCard } from '../../../lib/ui/card/TopicCard';
import { WhyMarked } from '../../../lib/ui/card/WhyMarked';
import { Highlighted } from '../../../lib/ui/Highlighted';

const en = translator('en');
const ar = translator('ar');

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}

afterEach(() => {
  document.body.replaceChildren();
});

const source = { ar: 'مصدر', en: 'Source' };

function fact(date: string | null, asOf: string | null, text: string, extra: Partial<CardFact> = {}): CardFact {
  return { date, asOf, by: { kind: 'article' }, source, text: { ar: `ع ${text}`, en: text }, articleId: 'alpha', block: 2, ...extra };
}

const texts = (root: HTMLElement, selector: string) => [...root.querySelectorAll(selector)].map((el) => el.textContent ?? '');

describe('CardFacts', () => {
  it('shows nothing without facts', () => {
    const root = mount(<CardFacts facts={[]} lang="en" t={en} onOpenReader={() => {}} pageDate="2023-09-19" />);
    expect(root.innerHTML).toBe('');
  });

  it('dates each fact by its date, else as of the day it speaks from, else undated', () => {
    const facts = [fact('2023-09-19', '2023-09-19', 'one'), fact(null, '2024-05', 'two'), fact(null, null, 'three')];
    const root = mount(<CardFacts facts={facts} lang="en" t={en} onOpenReader={() => {}} />);
    expect(texts(root, '.siyaq-card__heading')).toEqual([en('cardFacts')]);
    expect(texts(root, '.siyaq-card__date')).toEqual(['19 September 2023', en('factAsOf', 'May 2024'), en('undated')]);
    expect(texts(root, '.siyaq-card__fact .siyaq-link')).toEqual(['one', 'two', 'three']);
  });

  it('says who states each fact, in the reader language', () => {
    const facts = [
      fact('2023', null, 'a'),
      fact('2023', null, 'b', { by: { kind: 'analysts' } }),
      fact('2023', null, 'c', { by: { kind: 'named', name: { ar: 'زورفاث', en: 'Zorvath' } } }),
    ];
    const root = mount(<CardFacts facts={facts} lang="ar" t={ar} onOpenReader={() => {}} />);
    expect(texts(root, '.siyaq-card__by')).toEqual([
      ar('factByArticle', 'مصدر'),
      ar('factByAnalysts', 'مصدر'),
      ar('factByNamed', 'زورفاث', 'مصدر'),
    ]);
    expect(texts(root, '.siyaq-card__fact .siyaq-link')).toEqual(['ع a', 'ع b', 'ع c']);
  });

  it('opens the reader at the block a fact cites', () => {
    const onOpenReader = vi.fn();
    const root = mount(
      <CardFacts facts={[fact('2023', null, 'a', { articleId: 'beta', block: 4 })]} lang="en" t={en} onOpenReader={onOpenReader} />,
    );
    root.querySelector<HTMLButtonElement>('.siyaq-card__fact .siyaq-link')!.click();
    expect(onOpenReader).toHaveBeenCalledWith({ article: 'beta', block: 4 });
  });

  it("splits facts around the page's date: before, after (set apart), and no note", () => {
    const facts = [fact('2023-01', null, 'early'), fact('2024-02-01', null, 'late')];
    const root = mount(<CardFacts facts={facts} lang="en" t={en} onOpenReader={() => {}} pageDate="2023-09-19" />);
    expect(root.querySelector('section')!.dataset.pageDate).toBe('2023-09-19');
    expect(texts(root, '.siyaq-card__heading')).toEqual([
      en('cardFactsBefore', '19 September 2023'),
      en('cardFactsAfter', '19 September 2023'),
    ]);
    expect(texts(root, '.siyaq-card__later .siyaq-card__fact .siyaq-link')).toEqual(['late']);
    expect(texts(root, '.siyaq-card__facts')[0]).toContain('early');
    expect(root.querySelector('[data-newer-than]')).toBeNull();
  });

  it('says when nothing came before the page, and when the page is newer than every fact', () => {
    const later = mount(<CardFacts facts={[fact('2024', null, 'late')]} lang="en" t={en} onOpenReader={() => {}} pageDate="2023-09" />);
    expect(texts(later, '.siyaq-card__note')).toEqual([en('cardFactsNoneBefore')]);
    document.body.replaceChildren();
    const newer = mount(
      <CardFacts
        facts={[fact('2023-01', null, 'a'), fact(null, '2023-03', 'b')]}
        lang="en"
        t={en}
        onOpenReader={() => {}}
        pageDate="2025"
      />,
    );
    expect(newer.querySelector('.siyaq-card__later')).toBeNull();
    const note = newer.querySelector<HTMLElement>('[data-newer-than]')!;
    expect(note.dataset.newerThan).toBe('2023-03');
    expect(note.textContent).toBe(en('cardPageNewer', 'March 2023'));
  });
});

describe('WhyMarked', () => {
  const base: MarkInfo = { surface: 'وزورفاث', alias: 'زورفاث', match: 'exact', prefix: 'و' };

  it('names the words, the alias they matched, how, and the letter read off the front', () => {
    const root = mount(<WhyMarked mark={base} lang="en" t={en} />);
    const section = root.querySelector<HTMLElement>('.siyaq-card__why')!;
    expect(section.dataset.match).toBe('exact');
    expect(section.getAttribute('aria-label')).toBe(en('whyHeading'));
    const note = section.querySelector('.siyaq-card__note')!.textContent;
    expect(note).toContain(en('whyMarked'));
    expect(note).toContain(`${en('whyAlias')} زورفاث`);
    expect(note).toContain(en('whyExact'));
    expect(note).not.toContain(en('whyFuzzy'));
    expect(note).toContain(`${en('whyPrefix')} و`);
    const surfaces = [...root.querySelectorAll('.siyaq-card__surface')];
    expect(surfaces.map((s) => [s.textContent, s.getAttribute('dir')])).toEqual([
      ['وزورفاث', 'rtl'],
      ['زورفاث', 'rtl'],
      ['و', 'rtl'],
    ]);
    expect(root.querySelector('.siyaq-card__context')).toBeNull();
    expect(root.querySelector('button')).toBeNull();
  });

  it('leaves out an alias that is the words themselves, and a prefix that is not there', () => {
    const root = mount(<WhyMarked mark={{ surface: 'Zorvath', alias: 'Zorvath', match: 'fuzzy' }} lang="en" t={en} />);
    const note = root.querySelector('.siyaq-card__note')!.textContent;
    expect(note).not.toContain(en('whyAlias'));
    expect(note).not.toContain(en('whyPrefix'));
    expect(note).toContain(en('whyFuzzy'));
    expect(root.querySelector('.siyaq-card__surface')!.getAttribute('dir')).toBe('ltr');
    expect(root.querySelectorAll('.siyaq-card__surface')).toHaveLength(1);
  });

  it('says what settled an ambiguous name, and what the words lead to', () => {
    const cases: [MarkInfo['context'], string][] = [
      [{ kind: 'cue', word: 'الرئيس' }, ar('whyContextCue', 'الرئيس')],
      [{ kind: 'page', word: 'أذربيجان' }, ar('whyContextPage', 'أذربيجان')],
      [{ kind: 'topic', topic: 'quenlin', name: { ar: 'كوينلين', en: 'Quenlin' } }, ar('whyContextTopic', 'كوينلين')],
    ];
    for (const [context, said] of cases) {
      document.body.replaceChildren();
      const root = mount(<WhyMarked mark={{ ...base, context, names: { ar: 'نظام روما', en: 'Rome Statute' } }} lang="ar" t={ar} />);
      expect(root.querySelector<HTMLElement>('.siyaq-card__why')!.dataset.context).toBe(context!.kind);
      expect(texts(root, '.siyaq-card__context')).toEqual([ar('whyLeadsHere', 'نظام روما'), said]);
    }
  });

  it('offers "not this one" here or everywhere', () => {
    const onNotThisOne = vi.fn();
    const root = mount(<WhyMarked mark={base} lang="en" t={en} onNotThisOne={onNotThisOne} />);
    const [site, everywhere] = [...root.querySelectorAll<HTMLButtonElement>('.siyaq-card__correct button')];
    expect([site!.textContent, everywhere!.textContent]).toEqual([en('notThisOneSite'), en('notThisOneEverywhere')]);
    site!.click();
    expect(onNotThisOne).toHaveBeenLastCalledWith(false);
    everywhere!.click();
    expect(onNotThisOne).toHaveBeenLastCalledWith(true);
  });
});

describe('Highlighted', () => {
  it('wraps each span in a mark and keeps the text between them', () => {
    const root = mount(
      <Highlighted
        text="Zorvath met Quenlin in Melbrook."
        spans={[
          [0, 7],
          [12, 19],
        ]}
      />,
    );
    expect(root.textContent).toBe('Zorvath met Quenlin in Melbrook.');
    expect(texts(root, 'mark')).toEqual(['Zorvath', 'Quenlin']);
    expect(root.innerHTML).toBe('<mark>Zorvath</mark> met <mark>Quenlin</mark> in Melbrook.');
  });

  it('skips a span that overlaps the one before, and marks up to the very end', () => {
    const root = mount(
      <Highlighted
        text="abcdef"
        spans={[
          [1, 3],
          [2, 4],
          [4, 6],
        ]}
      />,
    );
    expect(root.innerHTML).toBe('a<mark>bc</mark>d<mark>ef</mark>');
  });
});

function card(extra: Partial<CardData> = {}): CardData {
  return {
    id: 'zorvath',
    kind: 'person',
    name: { ar: 'زورفاث', en: 'Zorvath' },
    background: { ar: 'خلفية', en: 'Background' },
    facts: [],
    passages: [],
    related: [],
    ...extra,
  };
}

describe('TopicCard on a page', () => {
  it('has pin, close and off-for-this-site, each calling back, and says whether it is pinned', () => {
    const onPin = vi.fn();
    const onClose = vi.fn();
    const onDisableSite = vi.fn();
    const props = {
      data: card(),
      lang: 'en' as const,
      t: en,
      onSelectTopic: () => {},
      onOpenReader: () => {},
      onPin,
      onClose,
      onDisableSite,
    };
    const root = mount(<TopicCard {...props} />);
    const [pin, close] = [...root.querySelectorAll<HTMLButtonElement>('.siyaq-card__tools button')];
    expect(pin!.getAttribute('aria-pressed')).toBe('false');
    expect(pin!.getAttribute('aria-label')).toBe(en('cardPin'));
    expect(close!.getAttribute('aria-label')).toBe(en('cardClose'));
    pin!.click();
    close!.click();
    const off = root.querySelector<HTMLButtonElement>('.siyaq-card__footer button')!;
    expect(off.textContent).toBe(en('cardOffForSite'));
    off.click();
    expect([onPin.mock.calls.length, onClose.mock.calls.length, onDisableSite.mock.calls.length]).toEqual([1, 1, 1]);
    document.body.replaceChildren();
    const pinned = mount(<TopicCard {...props} pinned />).querySelector('.siyaq-card__tools button')!;
    expect(pinned.getAttribute('aria-pressed')).toBe('true');
    expect(pinned.getAttribute('aria-label')).toBe(en('cardUnpin'));
  });

  it('has no tools, footer, passages or related sections where none are given', () => {
    const root = mount(<TopicCard data={card()} lang="en" t={en} onSelectTopic={() => {}} onOpenReader={() => {}} />);
    expect(root.querySelector('.siyaq-card__tools')).toBeNull();
    expect(root.querySelector('.siyaq-card__footer')).toBeNull();
    expect(root.querySelector('.siyaq-card__passages')).toBeNull();
    expect(root.querySelector('.siyaq-card__related')).toBeNull();
    expect(root.querySelector('.siyaq-card__why')).toBeNull();
    expect(root.querySelector('.siyaq-card__background')!.textContent).toBe('Background');
    expect(root.querySelector('.siyaq-card__kind')!.textContent).toBe(en('kind_person'));
  });

  it("shows why the mark was made, and reads facts against the page's date", () => {
    const page = { date: '2023-09-19', mark: { surface: 'Zorvath', match: 'exact' as const } };
    const data = card({ facts: [fact('2024', null, 'late')] });
    const root = mount(<TopicCard data={data} lang="en" t={en} onSelectTopic={() => {}} onOpenReader={() => {}} page={page} />);
    expect(root.querySelector('.siyaq-card__why')).not.toBeNull();
    expect(root.querySelector('[data-page-date="2023-09-19"]')).not.toBeNull();
  });

  it('names the pack of a passage from outside the built-in one, and labels each read button by its passage', () => {
    const passage = {
      articleId: 'mine-1',
      articleTitle: 'T',
      source,
      date: { value: '2023-09-19', inferred: false, note: '' },
      language: 'en' as const,
      block: 0,
      sentence: 0,
      text: 'Zorvath spoke.',
      marks: [[0, 7]] as [number, number][],
    };
    const data = card({
      passages: [
        { ...passage, pack: { ar: 'مكتبتي', en: 'My library' } },
        { ...passage, sentence: 1 },
      ],
    });
    const root = mount(<TopicCard data={data} lang="en" t={en} onSelectTopic={() => {}} onOpenReader={() => {}} />);
    expect(texts(root, '.siyaq-passage__pack')).toEqual(['My library']);
    const labels = [...root.querySelectorAll('.siyaq-passage .siyaq-link')].map((b) => b.getAttribute('aria-label'));
    expect(labels).toEqual([
      en('cardReadPassageLabel', 1, 2, 'Source', '19 September 2023'),
      en('cardReadPassageLabel', 2, 2, 'Source', '19 September 2023'),
    ]);
  });
});

describe('TopicCard parts', () => {
  const passage = {
    articleId: 'alpha',
    articleTitle: 'T',
    source,
    date: { value: '2023-09-19', inferred: false, note: '' },
    language: 'en' as const,
    block: 2,
    sentence: 1,
    text: 'Zorvath met Zorvath.',
    marks: [[12, 19] as [number, number], [0, 7] as [number, number]],
  };
  const arabicPassage = {
    ...passage,
    articleId: 'beta',
    language: 'ar' as const,
    text: 'زورفاث هنا.',
    marks: [[0, 6] as [number, number]],
  };
  const noop = () => {};

  it('is labelled by its title, with the name in the other language beneath in its own direction', () => {
    const root = mount(<TopicCard data={card()} lang="en" t={en} onSelectTopic={noop} onOpenReader={noop} />);
    const article = root.querySelector('article')!;
    expect(article.getAttribute('aria-labelledby')).toBe('siyaq-title-zorvath');
    expect(root.querySelector('h2')!.id).toBe('siyaq-title-zorvath');
    expect(article.dataset.topic).toBe('zorvath');
    const other = root.querySelector('.siyaq-card__subtitle bdi')!;
    expect([other.getAttribute('lang'), other.getAttribute('dir'), other.textContent]).toEqual(['ar', 'rtl', 'زورفاث']);
    expect(root.querySelector('.siyaq-card__section')!.getAttribute('aria-label')).toBe(en('cardBackground'));
    document.body.replaceChildren();
    const arabic = mount(<TopicCard data={card()} lang="ar" t={ar} onSelectTopic={noop} onOpenReader={noop} />);
    const en2 = arabic.querySelector('.siyaq-card__subtitle bdi')!;
    expect([en2.getAttribute('lang'), en2.getAttribute('dir'), en2.textContent]).toEqual(['en', 'ltr', 'Zorvath']);
    expect(arabic.querySelector('.siyaq-card__title bdi')!.getAttribute('lang')).toBe('ar');
  });

  it('has its tools with a close button alone, the pin showing its state in title and sign', () => {
    const root = mount(<TopicCard data={card()} lang="en" t={en} onSelectTopic={noop} onOpenReader={noop} onClose={noop} />);
    const buttons = [...root.querySelectorAll('.siyaq-card__tools button')];
    expect(buttons.map((b) => [b.getAttribute('aria-label'), b.getAttribute('title'), b.textContent])).toEqual([
      [en('cardClose'), en('cardClose'), '×'],
    ]);
    document.body.replaceChildren();
    const pinOnly = (pinned: boolean) =>
      mount(
        <TopicCard data={card()} lang="en" t={en} onSelectTopic={noop} onOpenReader={noop} onPin={noop} pinned={pinned} />,
      ).querySelector('.siyaq-card__tools button')!;
    const off = pinOnly(false);
    expect([off.getAttribute('title'), off.querySelector('svg path')!.getAttribute('fill')]).toEqual([en('cardPin'), 'none']);
    const on = pinOnly(true);
    expect([on.getAttribute('title'), on.querySelector('svg path')!.getAttribute('fill')]).toEqual([en('cardUnpin'), 'currentColor']);
  });

  it('heads its passages and related topics, and captions each passage with source, date, pack and a link', () => {
    const data = card({
      passages: [{ ...passage, pack: { ar: 'مكتبتي', en: 'My library' } }],
      related: [{ id: 'quenlin', name: { ar: 'كوينلين', en: 'Quenlin' } }],
    });
    const onOpenReader = vi.fn();
    const root = mount(<TopicCard data={data} lang="en" t={en} onSelectTopic={noop} onOpenReader={onOpenReader} />);
    expect(texts(root, '.siyaq-card__heading')).toEqual([en('cardPassages'), en('cardRelated')]);
    expect(texts(root, '.siyaq-passage__source')).toEqual([`Source · 19 September 2023 · My library · ${en('cardReadArticle')}`]);
    root.querySelector<HTMLButtonElement>('.siyaq-passage .siyaq-link')!.click();
    expect(onOpenReader).toHaveBeenCalledExactlyOnceWith({ article: 'alpha', block: 2, sentence: 1 });
    // Marks given out of order are highlighted in order.
    expect(texts(root, '.siyaq-passage__text mark')).toEqual(['Zorvath', 'Zorvath']);
    expect(root.querySelector('.siyaq-passage__text')!.getAttribute('dir')).toBe('ltr');
  });

  it('labels a passage with its language when it differs from the page’s, else from the interface’s', () => {
    const data = card({ passages: [passage, arabicPassage] });
    const labels = (page?: { date: null; mark: null; language?: string }, lang: 'ar' | 'en' = 'en') => {
      document.body.replaceChildren();
      const root = mount(
        <TopicCard data={data} lang={lang} t={lang === 'ar' ? ar : en} onSelectTopic={noop} onOpenReader={noop} page={page} />,
      );
      return [...root.querySelectorAll('.siyaq-passage__source')].map(
        (c) => c.querySelector('.siyaq-passage__language')?.textContent ?? null,
      );
    };
    // No page: read in the interface's language.
    expect(labels()).toEqual([null, en('passageInArabic')]);
    expect(labels(undefined, 'ar')).toEqual([ar('passageInEnglish'), null]);
    // On an Arabic page with an English interface: the English passage is the one labelled.
    expect(labels({ date: null, mark: null, language: 'ar' })).toEqual([en('passageInEnglish'), null]);
    // A page of unknown language counts as the interface's.
    expect(labels({ date: null, mark: null, language: 'und' })).toEqual([null, en('passageInArabic')]);
    expect(labels({ date: null, mark: null })).toEqual([null, en('passageInArabic')]);
    document.body.replaceChildren();
    const root = mount(<TopicCard data={data} lang="en" t={en} onSelectTopic={noop} onOpenReader={noop} />);
    const label = root.querySelectorAll('.siyaq-passage__source')[1]!;
    expect(label.querySelector('.siyaq-passage__language')!.getAttribute('data-language')).toBe('ar');
    expect(label.textContent).toBe(`${en('passageInArabic')} · Source · 19 September 2023 · ${en('cardReadArticle')}`);
  });
});

describe('cycleFocus', () => {
  function setup() {
    const container = document.createElement('div');
    container.tabIndex = -1;
    container.innerHTML =
      '<button id="a">a</button><button disabled>x</button><a id="b" href="#">b</a><a>no href</a><input id="c"><span tabindex="-1">s</span><span id="d" tabindex="0">d</span>';
    document.body.append(container);
    // happy-dom lays nothing out: every control counts as shown unless a test hides it.
    for (const el of container.querySelectorAll<HTMLElement>('*')) el.getClientRects = () => [{}] as unknown as DOMRectList;
    return container;
  }
  const tab = (shiftKey = false) => new KeyboardEvent('keydown', { key: 'Tab', shiftKey, cancelable: true });

  it('goes from the last control to the first, and back with Shift', () => {
    const container = setup();
    document.getElementById('d')!.focus();
    const forward = tab();
    cycleFocus(forward, container);
    expect(document.activeElement?.id).toBe('a');
    expect(forward.defaultPrevented).toBe(true);
    const back = tab(true);
    cycleFocus(back, container);
    expect(document.activeElement?.id).toBe('d');
    expect(back.defaultPrevented).toBe(true);
  });

  it('leaves Tab alone between controls, and enters from the card itself', () => {
    const container = setup();
    document.getElementById('b')!.focus();
    const middle = tab();
    cycleFocus(middle, container);
    expect(middle.defaultPrevented).toBe(false);
    expect(document.activeElement?.id).toBe('b');
    const fromFirstBack = tab(true);
    document.getElementById('a')!.focus();
    cycleFocus(tab(), container);
    expect(document.activeElement?.id).toBe('a');
    cycleFocus(fromFirstBack, container);
    expect(document.activeElement?.id).toBe('d');
    container.focus();
    cycleFocus(tab(), container);
    expect(document.activeElement?.id).toBe('a');
    container.focus();
    cycleFocus(tab(true), container);
    expect(document.activeElement?.id).toBe('d');
  });

  it('skips controls that are not shown, and does nothing in a card without controls', () => {
    const container = setup();
    document.getElementById('d')!.getClientRects = () => [] as unknown as DOMRectList;
    document.getElementById('c')!.focus();
    cycleFocus(tab(), container);
    expect(document.activeElement?.id).toBe('a');
    const empty = document.createElement('div');
    empty.innerHTML = '<p>text</p>';
    document.body.append(empty);
    const event = tab();
    cycleFocus(event, empty);
    expect(event.defaultPrevented).toBe(false);
  });
});
