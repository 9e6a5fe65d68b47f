// The card's dated facts, each with who states it and the day it speaks from.
// On a page with a known date they are read against it: what came before the
// page, what came after (set apart), and a note when the page is newer than all.
import type { CardFact } from '../../cards/card-data';
import { splitByPage } from '../../cards/page-time';
import type { Lang, Translate } from '../../i18n/language';
import type { PassageTarget } from '../../messaging/protocol';
import { formatIsoDate } from '../format';

export interface CardFactsProps {
  facts: CardFact[];
  lang: Lang;
  t: Translate;
  onOpenReader: (target: PassageTarget) => void;
  /** The page's publication date (partial ISO), when the page gives one. */
  pageDate?: string | null;
}

export function CardFacts(props: CardFactsProps) {
  const { facts, lang, t, pageDate } = props;
  if (facts.length === 0) return null;
  if (!pageDate) {
    return (
      <section class="siyaq-card__section">
        <h3 class="siyaq-card__heading">{t('cardFacts')}</h3>
        <FactList {...props} facts={facts} />
      </section>
    );
  }
  const split = splitByPage(facts, pageDate);
  const page = formatIsoDate(pageDate, lang);
  return (
    <section class="siyaq-card__section" data-page-date={pageDate}>
      <h3 class="siyaq-card__heading">{t('cardFactsBefore', page)}</h3>
      {split.before.length > 0 ? <FactList {...props} facts={split.before} /> : <p class="siyaq-card__note">{t('cardFactsNoneBefore')}</p>}
      {split.after.length > 0 && (
        <div class="siyaq-card__later" data-later="true">
          <h3 class="siyaq-card__heading">{t('cardFactsAfter', page)}</h3>
          <FactList {...props} facts={split.after} />
        </div>
      )}
      {split.newerThan && (
        <p class="siyaq-card__note" data-newer-than={split.newerThan}>
          {t('cardPageNewer', formatIsoDate(split.newerThan, lang))}
        </p>
      )}
    </section>
  );
}

function FactList(props: CardFactsProps) {
  const { lang, t } = props;
  return (
    <ul class="siyaq-card__facts">
      {props.facts.map((fact, i) => (
        <li key={i}>
          <span class="siyaq-card__date">{factDate(fact, lang, t)}</span>
          <span class="siyaq-card__fact">
            <button type="button" class="siyaq-link" onClick={() => props.onOpenReader({ article: fact.articleId, block: fact.block })}>
              {fact.text[lang]}
            </button>
            <span class="siyaq-card__by" data-by={fact.by.kind}>
              {attribution(fact, lang, t)}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}

type Stated = Pick<CardFact, 'date' | 'asOf' | 'by' | 'source'>;

/** Its own date; else "as of" the day it speaks from; else undated. */
export function factDate(fact: Stated, lang: Lang, t: Translate): string {
  if (fact.date) return formatIsoDate(fact.date, lang);
  if (fact.asOf) return t('factAsOf', formatIsoDate(fact.asOf, lang));
  return t('undated');
}

export function attribution(fact: Stated, lang: Lang, t: Translate): string {
  const source = fact.source[lang];
  if (fact.by.kind === 'analysts') return t('factByAnalysts', source);
  if (fact.by.kind === 'named') return t('factByNamed', fact.by.name[lang], source);
  return t('factByArticle', source);
}
