// Rules a machine can check on each fact, so that a card never says in its
// own voice what an article gives as someone's claim, and never shows a
// sentence worded in time ("recently", "is due to") as if it were true today.

/**
 * Words with which an article hands a statement to someone else: a named
 * source (وفق موقع…, حسب البيان, according to) or analysts. «وفقاً للمعاهدة»
 * (under the treaty) is not one: وفق counts only before a kind of source.
 */
const ATTRIBUTION = [
  /(?:^|[\s،,(«"“])(?:و|ف)?وفق(?:اً|ا)?\s+(?:ل|لـ\s*)?(?:ال)?(?:موقع|صحيف|وكال|مصادر|مصدر|تقرير|تقارير|بيان|محلل)/u,
  /(?:^|[\s،,(«"“])(?:و|ف)?ب?حسب\s/u,
  /(?:^|[\s،,(«"“])نقلا?ً?\s+عن\s/u,
  /(?:^|[\s،,(«"“])(?:و|ف)?(?:ال)?محلل(?:ون|ين)(?:\s|$|[،,.])/u,
  /(?:^|[\s،,(«"“])(?:و|ف)?(?:كما\s+)?يرى\s+(?:هؤلاء|البعض|آخرون)/u,
  /\baccording to\b/i,
  /\banalysts?\b/i,
];

/** The attribution words a cited sentence holds, or undefined when none. */
export function attributionIn(sentence: string): string | undefined {
  for (const rule of ATTRIBUTION) {
    const m = rule.exec(sentence);
    if (m) return m[0].replace(/^[\s،,(«"“]+/u, '').trim();
  }
  return undefined;
}

/**
 * Wording that is true only as of some day: a card read a year later must say
 * which day. Arabic and English, as fact texts are written.
 */
const TIME_WORDS = [
  /مؤخر(?:اً|ا)/u,
  /من المقرر/u,
  /حالي(?:اً|ا)/u,
  /(?:^|\s)(?:و|ف)?الآن(?:\s|$|[،,.])/u,
  /الأسبوع الماضي|الشهر الماضي|العام الماضي|السنة الماضية/u,
  /(?:^|\s)(?:و|ف)?(?:أمس|اليوم|غد(?:اً|ا))(?:\s|$|[،,.])/u,
  /قريب(?:اً|ا)/u,
  /\b(?:recently|lately|currently|nowadays|now|yesterday|today|tomorrow|soon)\b/i,
  /\b(?:is|are) (?:due|expected|set|scheduled) to\b/i,
  /\b(?:last|this|next) (?:week|month|year)\b/i,
];

/** The first time-relative wording in text, or undefined. */
export function timeWordingIn(text: string): string | undefined {
  for (const rule of TIME_WORDS) {
    const m = rule.exec(text);
    if (m) return m[0].trim();
  }
  return undefined;
}
