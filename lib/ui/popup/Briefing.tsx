// The popup's briefing for the page: one timeline of the dated facts of every
// name on the page, newest first and each fact once, laid out around the
// page's date. Asked for only when the reader opens it, so the popup's first
// paint never waits for it. Each fact opens its passage in the reader; each
// topic under it opens that topic's card.
import { useEffect, useState } from 'preact/hooks';

import type { BriefingItem } from '../../briefing/briefing';
import { briefingTimeline } from '../../briefing/timeline';
import type { Lang, Translate } from '../../i18n/i18n';
import { sendToBackground } from '../../messaging/channel';
import type { PassageTarget } from '../../messaging/protocol';
import { attribution, factDate } from '../card/CardFacts';
import { formatIsoDate } from '../format';

export interface BriefingProps {
  /** The page's topics, in the page's order. */
  topics: string[];
  /** The page's publication date, when it gives one. */
  pageDate: string | null;
  lang: Lang;
  t: Translate;
  onOpenTopic: (id: string) => void;
  onOpenReader: (target: PassageTarget) => void;
}

export function Briefing(props: BriefingProps) {
  const { lang, t } = props;
  const [items, setItems] = useState<BriefingItem[] | null>(null);
  const key = props.topics.join(',');
  useEffect(() => {
    let current = true;
    void sendToBackground('siyaq:briefing', { topics: props.topics }).then((reply) => {
      if (current) setItems(reply.ok ? reply.value : []);
    });
    return () => {
      current = false;
    };
  }, [key]);

  if (items === null) return <p class="popup__hint">{t('briefingLoading')}</p>;
  if (items.length === 0) return <p class="popup__empty">{t('briefingEmpty')}</p>;
  const timeline = briefingTimeline(items, props.pageDate);
  const list = (part: BriefingItem[], later = false) => (
    <ol class={`briefing__list${later ? ' briefing__list--later' : ''}`}>
      {part.map((item) => (
        <Item key={`${item.target.article}:${item.target.block}:${item.text.en}`} item={item} {...props} />
      ))}
    </ol>
  );
  const page = timeline.page === null ? '' : formatIsoDate(timeline.page, lang);
  return (
    <div class="briefing" data-page-date={timeline.page ?? undefined}>
      <p class="popup__hint">{t('briefingSummary', items.length, props.topics.length)}</p>
      {timeline.after.length > 0 && (
        <section data-later="true">
          <h3 class="briefing__heading">{t('cardFactsAfter', page)}</h3>
          {list(timeline.after, true)}
        </section>
      )}
      {timeline.page !== null && (
        <p class="briefing__page" data-page-marker="true">
          {t('briefingThisPage', page)}
        </p>
      )}
      {timeline.page !== null && timeline.before.length === 0 && <p class="popup__empty">{t('cardFactsNoneBefore')}</p>}
      {timeline.before.length > 0 && list(timeline.before)}
      {timeline.newerThan && (
        <p class="popup__hint" data-newer-than={timeline.newerThan}>
          {t('briefingPageNewer', formatIsoDate(timeline.newerThan, lang))}
        </p>
      )}
      {timeline.undated.length > 0 && (
        <section>
          <h3 class="briefing__heading">{t('briefingUndated')}</h3>
          {list(timeline.undated)}
        </section>
      )}
    </div>
  );
}

function Item(props: BriefingProps & { item: BriefingItem }) {
  const { item, lang, t } = props;
  return (
    <li class="briefing__item" data-date={item.date ?? item.asOf ?? ''}>
      <span class="briefing__date">{factDate(item, lang, t)}</span>
      <button type="button" class="siyaq-link briefing__fact" onClick={() => props.onOpenReader(item.target)}>
        {item.text[lang]}
      </button>
      <span class="briefing__by">{attribution(item, lang, t)}</span>
      <span class="briefing__topics">
        {item.topics.map((topic) => (
          <button
            key={topic.id}
            type="button"
            class="siyaq-chip briefing__topic"
            data-topic={topic.id}
            aria-label={`${t('cardBackground')}: ${topic.name[lang]}`}
            onClick={() => props.onOpenTopic(topic.id)}
          >
            {topic.name[lang]}
          </button>
        ))}
      </span>
    </li>
  );
}
