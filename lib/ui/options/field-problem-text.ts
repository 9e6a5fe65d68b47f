// A pack's wrong field in the reader's words: the validator's problem key
// (lib/packs/field-problem.ts) chooses the phrase; the field's path and the
// validator's English stay on their own line, as written. Kept out of
// public/_locales, which every tab's content script bundles (see
// lib/library/strings.ts): no page ever shows these.
import type { Lang } from '../../i18n/i18n';
import type { FieldProblem } from '../../packs/field-problem';

type Phrase = Record<Lang, (a: string, b: string) => string>;

const PHRASES: Record<FieldProblem, Phrase> = {
  object: { en: () => 'a group of fields is missing or is not a group', ar: () => 'مجموعة حقول مفقودة أو ليست مجموعة' },
  list: { en: () => 'a list is missing or is not a list', ar: () => 'قائمة مفقودة أو ليست قائمة' },
  text: { en: () => 'a text is missing or is not text', ar: () => 'نص مفقود أو ليس نصًّا' },
  empty: { en: () => 'a text is empty', ar: () => 'نص فارغ' },
  id: {
    en: () => 'an identifier is not made of lowercase Latin letters, digits and single hyphens',
    ar: () => 'معرّف لا يتكوّن من حروف لاتينية صغيرة وأرقام وشَرطات مفردة',
  },
  'whole-number': {
    en: (min, max) => `a number is not a whole number from ${min} to ${max}`,
    ar: (min, max) => `عدد ليس عددًا صحيحًا من ${min} إلى ${max}`,
  },
  boolean: { en: () => 'a yes-or-no field holds something else', ar: () => 'حقل «نعم أو لا» فيه قيمة أخرى' },
  'partial-date': {
    en: () => 'a date is neither a year, a month nor a day, nor left empty',
    ar: () => 'تاريخ ليس سنة ولا شهرًا ولا يومًا، ولا متروكًا فارغًا',
  },
  'one-of': { en: () => 'a field holds a value that is not among those allowed', ar: () => 'حقل فيه قيمة ليست من القيم المسموح بها' },
  version: {
    en: () => 'its version is not numbers with dots between them, such as 1 or 1.2.0',
    ar: () => 'إصدارها ليس أرقامًا بينها نقاط، مثل 1 أو 1.2.0',
  },
  'date-time': { en: () => 'the time it was made is not a date and time', ar: () => 'وقت صنعها ليس تاريخًا ووقتًا' },
  number: { en: () => 'a number is missing', ar: () => 'عدد مفقود' },
  count: {
    en: (said, holds) => `its header counts ${said}, but it holds ${holds}`,
    ar: (said, holds) => `رأسها يذكر ${said}، وفيها ${holds}`,
  },
  equals: { en: () => 'a field does not hold the value it must', ar: () => 'حقل لا يحمل القيمة التي يجب أن يحملها' },
  repeated: { en: () => 'one identifier is used twice', ar: () => 'معرّف واحد مستعمل مرتين' },
  'no-details': { en: () => 'a topic it lists has no details', ar: () => 'موضوع مذكور فيها بلا تفاصيل' },
  'not-listed': { en: () => 'it gives details for a topic it does not list', ar: () => 'فيها تفاصيل لموضوع لا تذكره بين مواضيعها' },
  span: { en: () => 'a stretch of text is not given as a start and an end', ar: () => 'مقطع من النص ليس معطًى ببداية ونهاية' },
  'unknown-topic': { en: () => 'it refers to a topic it does not hold', ar: () => 'تشير إلى موضوع ليس فيها' },
  'unknown-article': { en: () => 'it refers to an article it does not hold', ar: () => 'تشير إلى مقال ليس فيها' },
  'body-header': {
    en: () => 'its header does not give the length and checksum of its contents',
    ar: () => 'رأسها لا يذكر طول محتواها ولا بصمته',
  },
};

const SENTENCE: Record<Lang, (problem: string) => string> = {
  en: (problem) => `The pack is not valid: ${problem}. The first wrong field, as the pack names it:`,
  ar: (problem) => `الحزمة غير صالحة: ${problem}. أول حقل خاطئ فيها، باسمه في الحزمة:`,
};

/** The sentence for an invalid pack; a problem key this version does not know gets the sentence without particulars. */
export function invalidPackText(lang: Lang, key: string | undefined, particulars: readonly string[]): string {
  const phrase = key !== undefined && Object.hasOwn(PHRASES, key) ? PHRASES[key as FieldProblem] : undefined;
  const [a = '', b = ''] = particulars;
  return SENTENCE[lang](phrase ? phrase[lang](a, b) : lang === 'ar' ? 'فيها حقل خاطئ' : 'a field is wrong');
}
