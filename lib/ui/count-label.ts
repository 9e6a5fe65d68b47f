// "How many times", with the plural forms each language has: Arabic has six
// (مرة واحدة، مرتان، 3 مرات، 11 مرة…), chosen by Intl.PluralRules.
import type { Lang, MessageKey, Translate } from '../i18n/i18n';

const KEYS: Record<Intl.LDMLPluralRule, MessageKey> = {
  zero: 'mentionsZero',
  one: 'mentionsOne',
  two: 'mentionsTwo',
  few: 'mentionsFew',
  many: 'mentionsMany',
  other: 'mentionsOther',
};

const rules = new Map<Lang, Intl.PluralRules>();

export function timesLabel(count: number, lang: Lang, t: Translate): string {
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  return t(KEYS[rule.select(count)], count);
}
