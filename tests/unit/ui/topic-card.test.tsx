// @vitest-environment happy-dom
// The card as Preact renders it: each passage captioned with its source and
// date, only this topic's names highlighted, links and chips that call back.
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { buildCardData } from '../../../lib/cards/card-data';
import { translator } from '../../../lib/i18n/i18n';
import { compileSources } from '../../../lib/knowledge/compile';
import { TopicCard } from '../../../lib/ui/card/TopicCard';
import { corpus } from '../knowledge/corpus';

const { names, details } = compileSources(corpus());

function renderCard(topic: string, lang: 'ar' | 'en' = 'en') {
  const onOpenReader = vi.fn();
  const onSelectTopic = vi.fn();
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <TopicCard
      data={buildCardData(names, details, topic)!}
      lang={lang}
      t={translator(lang)}
      onOpenReader={onOpenReader}
      onSelectTopic={onSelectTopic}
    />,
    root,
  );
  return { root, onOpenReader, onSelectTopic };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('TopicCard', () => {
  it('captions every passage with its source and date', () => {
    const { root } = renderCard('quenlin');
    const captions = [...root.querySelectorAll('.siyaq-passage__source')].map((el) => el.textContent ?? '');
    expect(captions).toHaveLength(4);
    for (const caption of captions) {
      expect(caption).toContain('Source');
      expect(caption).toContain('19 September 2023');
    }
    const arabic = renderCard('quenlin', 'ar').root.querySelector('.siyaq-passage__source')?.textContent ?? '';
    expect(arabic).toContain('مصدر');
    expect(arabic).toContain('19 سبتمبر 2023');
  });

  it("highlights this topic's names in its passages and no other topic's", () => {
    const { root } = renderCard('quenlin');
    const marked = [...root.querySelectorAll('.siyaq-passage__text mark')].map((el) => el.textContent);
    expect(marked).toEqual(['Quenlin', 'Quenlin', 'Quenlin', 'Quenlin']);
    const passage = root.querySelectorAll('.siyaq-passage__text')[1]!;
    expect(passage.textContent).toBe('Zorvath met Quenlin in Melbrook.');
  });

  it('opens the reader at the passage and switches to a related topic', () => {
    const { root, onOpenReader, onSelectTopic } = renderCard('zorvath');
    const readLinks = root.querySelectorAll<HTMLButtonElement>('.siyaq-passage .siyaq-link');
    readLinks[1]!.click();
    expect(onOpenReader).toHaveBeenCalledWith({ article: 'alpha', block: 1, sentence: 0 });
    root.querySelector<HTMLButtonElement>('.siyaq-chip')!.click();
    expect(onSelectTopic).toHaveBeenCalledWith('quenlin');
  });

  it('names the topic in the reader language, the other language beneath', () => {
    const { root } = renderCard('zorvath', 'ar');
    const card = root.querySelector('.siyaq-card')!;
    expect(card.getAttribute('dir')).toBe('rtl');
    expect(root.querySelector('.siyaq-card__title')?.textContent).toBe('زورفاث');
    expect(root.querySelector('.siyaq-card__subtitle bdi')?.textContent).toBe('Zorvath');
  });
});
