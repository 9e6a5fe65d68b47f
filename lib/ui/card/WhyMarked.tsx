// Why this mark: the words on the page, the alias they matched, exact or by
// similarity, the letter read off the front, and, for an ambiguous name, what
// in the context settled it.
import type { MarkInfo } from '../../cards/page-info';
import { direction, type Lang, type Translate } from '../../i18n/language';

export interface WhyMarkedProps {
  mark: MarkInfo;
  lang: Lang;
  t: Translate;
  /** "Not this one here": a correction for this wording, on this site or everywhere. */
  onNotThisOne?: ((everywhere: boolean) => void) | undefined;
}

export function WhyMarked({ mark, lang, t, onNotThisOne }: WhyMarkedProps) {
  const how = mark.match === 'fuzzy' ? t('whyFuzzy') : t('whyExact');
  return (
    <section class="siyaq-card__why" aria-label={t('whyHeading')} data-match={mark.match} data-context={mark.context?.kind}>
      <p class="siyaq-card__note">
        <span>{t('whyMarked')} </span>
        <bdi class="siyaq-card__surface" dir={textDirection(mark.surface)}>
          {mark.surface}
        </bdi>
        {mark.alias && mark.alias !== mark.surface && (
          <span>
            {' '}
            {t('whyAlias')}{' '}
            <bdi dir={textDirection(mark.alias)} class="siyaq-card__surface">
              {mark.alias}
            </bdi>
          </span>
        )}
        <span> · {how}</span>
        {mark.prefix && (
          <span>
            {' '}
            · {t('whyPrefix')}{' '}
            <bdi dir="rtl" class="siyaq-card__surface">
              {mark.prefix}
            </bdi>
          </span>
        )}
      </p>
      {mark.names && <p class="siyaq-card__note siyaq-card__context">{t('whyLeadsHere', mark.names[lang])}</p>}
      {mark.context && <p class="siyaq-card__note siyaq-card__context">{contextNote(mark, lang, t)}</p>}
      {onNotThisOne && (
        <p class="siyaq-card__note siyaq-card__correct">
          <button type="button" class="siyaq-link siyaq-link--quiet" data-not-this-one="site" onClick={() => onNotThisOne(false)}>
            {t('notThisOneSite')}
          </button>
          {' · '}
          <button type="button" class="siyaq-link siyaq-link--quiet" data-not-this-one="everywhere" onClick={() => onNotThisOne(true)}>
            {t('notThisOneEverywhere')}
          </button>
        </p>
      )}
    </section>
  );
}

function contextNote(mark: MarkInfo, lang: Lang, t: Translate): string {
  const c = mark.context;
  if (!c) return '';
  if (c.kind === 'cue') return t('whyContextCue', c.word);
  if (c.kind === 'page') return t('whyContextPage', c.word);
  return t('whyContextTopic', c.name[lang]);
}

function textDirection(text: string): 'rtl' | 'ltr' {
  return direction(/[\u0600-\u06ff]/.test(text) ? 'ar' : 'en');
}
