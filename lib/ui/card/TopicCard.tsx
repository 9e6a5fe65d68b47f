// The background card: one component for the page's hover card, the popup and
// the reader, so a topic looks the same wherever it is opened.
import type { CardData, CardPassage } from '../../cards/card-data';
import type { CardPageInfo } from '../../cards/page-info';
import { direction, type Lang, type Translate } from '../../i18n/language';
import type { PassageTarget } from '../../messaging/protocol';
import { formatArticleDate } from '../format';
import { Highlighted } from '../Highlighted';
import { CardFacts } from './CardFacts';
import { WhyMarked } from './WhyMarked';

export interface TopicCardProps {
  data: CardData;
  lang: Lang;
  t: Translate;
  onSelectTopic: (id: string) => void;
  onOpenReader: (target: PassageTarget) => void;
  /** Only on the page: pin, close and turn off for the site. */
  pinned?: boolean;
  onPin?: () => void;
  onClose?: () => void;
  onDisableSite?: () => void;
  /** On a page: the page's date and the mark the card was opened from. */
  page?: CardPageInfo;
}

export function TopicCard(props: TopicCardProps) {
  const { data, lang, t } = props;
  const other: Lang = lang === 'ar' ? 'en' : 'ar';
  const titleId = `siyaq-title-${data.id}`;
  return (
    <article class="siyaq-card" dir={direction(lang)} lang={lang} aria-labelledby={titleId} data-topic={data.id}>
      <header class="siyaq-card__header">
        <div class="siyaq-card__names">
          <h2 id={titleId} class="siyaq-card__title">
            <bdi lang={lang}>{data.name[lang]}</bdi>
          </h2>
          <p class="siyaq-card__subtitle">
            <bdi lang={other} dir={direction(other)}>
              {data.name[other]}
            </bdi>
            <span class="siyaq-card__kind">{t(`kind_${data.kind}`)}</span>
          </p>
        </div>
        {(props.onPin || props.onClose) && (
          <div class="siyaq-card__tools">
            {props.onPin && (
              <button
                type="button"
                class="siyaq-icon-button"
                aria-pressed={props.pinned ? 'true' : 'false'}
                aria-label={props.pinned ? t('cardUnpin') : t('cardPin')}
                title={props.pinned ? t('cardUnpin') : t('cardPin')}
                onClick={props.onPin}
              >
                <PinIcon pinned={!!props.pinned} />
              </button>
            )}
            {props.onClose && (
              <button type="button" class="siyaq-icon-button" aria-label={t('cardClose')} title={t('cardClose')} onClick={props.onClose}>
                ×
              </button>
            )}
          </div>
        )}
      </header>

      <section class="siyaq-card__section" aria-label={t('cardBackground')}>
        <p class="siyaq-card__background">{data.background[lang]}</p>
      </section>

      {props.page?.mark && <WhyMarked mark={props.page.mark} lang={lang} t={t} onNotThisOne={props.page.onNotThisOne} />}

      <CardFacts facts={data.facts} lang={lang} t={t} onOpenReader={props.onOpenReader} pageDate={props.page?.date} />

      {data.passages.length > 0 && (
        <section class="siyaq-card__section">
          <h3 class="siyaq-card__heading">{t('cardPassages')}</h3>
          <ul class="siyaq-card__passages">
            {data.passages.map((p, i) => (
              <li key={`${p.articleId}:${p.block}:${p.sentence}`}>
                <Passage
                  passage={p}
                  n={i + 1}
                  total={data.passages.length}
                  lang={lang}
                  t={t}
                  reading={readingLanguage(props.page, lang)}
                  onOpenReader={props.onOpenReader}
                />
              </li>
            ))}
          </ul>
        </section>
      )}

      {data.related.length > 0 && (
        <section class="siyaq-card__section">
          <h3 class="siyaq-card__heading">{t('cardRelated')}</h3>
          <ul class="siyaq-card__related">
            {data.related.map((r) => (
              <li key={r.id}>
                <button type="button" class="siyaq-chip" onClick={() => props.onSelectTopic(r.id)}>
                  {r.name[lang]}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {props.onDisableSite && (
        <footer class="siyaq-card__footer">
          <button type="button" class="siyaq-link siyaq-link--quiet" onClick={props.onDisableSite}>
            {t('cardOffForSite')}
          </button>
        </footer>
      )}
    </article>
  );
}

function Passage(props: {
  passage: CardPassage;
  n: number;
  total: number;
  lang: Lang;
  t: Translate;
  /** The language the reader is reading in: a passage in another is labelled with its own. */
  reading: string;
  onOpenReader: TopicCardProps['onOpenReader'];
}) {
  const { passage: p, lang, t } = props;
  const date = formatArticleDate(p.date, lang, t);
  return (
    <figure class="siyaq-passage">
      <blockquote class="siyaq-passage__text" lang={p.language} dir={direction(p.language)}>
        <Highlighted text={p.text} spans={[...p.marks].sort((a, b) => a[0] - b[0])} />
      </blockquote>
      <figcaption class="siyaq-passage__source">
        {p.language !== props.reading && (
          <>
            <span class="siyaq-passage__language" data-language={p.language}>
              {t(p.language === 'ar' ? 'passageInArabic' : 'passageInEnglish')}
            </span>{' '}
            ·{' '}
          </>
        )}
        <bdi>{p.source[lang]}</bdi> · <span>{date}</span> ·{' '}
        {p.pack && (
          <>
            <bdi class="siyaq-passage__pack">{p.pack[lang]}</bdi> ·{' '}
          </>
        )}
        <button
          type="button"
          class="siyaq-link"
          // Every passage has this button: its name says which passage, so a screen reader's list of buttons tells them apart.
          aria-label={t('cardReadPassageLabel', props.n, props.total, p.source[lang], date)}
          onClick={() => props.onOpenReader({ article: p.articleId, block: p.block, sentence: p.sentence })}
        >
          {t('cardReadArticle')}
        </button>
      </figcaption>
    </figure>
  );
}

/** The page's language when the card opens on a page that has a known one; else the interface's. */
function readingLanguage(page: CardPageInfo | undefined, lang: Lang): string {
  return page?.language && page.language !== 'und' ? page.language : lang;
}

/** A pushpin, filled while the card is pinned (a circle did not read as a pin). */
function PinIcon({ pinned }: { pinned: boolean }) {
  return (
    <svg class="siyaq-card__pin" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true">
      <path
        d="M5 1h6v1.5l-1 .5v4l2.5 2.5V11H8.75v4L8 15.75 7.25 15v-4H3.5V9.5L6 7V3l-1-.5z"
        fill={pinned ? 'currentColor' : 'none'}
        stroke="currentColor"
        stroke-width="1.2"
        stroke-linejoin="round"
      />
    </svg>
  );
}
