// Dates and labels as a reader of either language expects them.
import type { Lang, Translate } from '../i18n/language';
import type { ArticleDate } from '../knowledge/types';

const MONTHS: Record<Lang, string[]> = {
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "2023-09-19" → "19 سبتمبر 2023" / "19 September 2023"; partial dates stay partial. */
export function formatIsoDate(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split('-');
  const monthName = month ? MONTHS[lang][Number(month) - 1] : undefined;
  return [day ? String(Number(day)) : '', monthName ?? '', year ?? ''].filter(Boolean).join(' ');
}

export function formatArticleDate(date: ArticleDate, lang: Lang, t: Translate): string {
  if (date.value === null) return t('dateUnknown');
  const text = formatIsoDate(date.value, lang);
  return date.inferred ? `${text} (${t('dateInferred')})` : text;
}
