import { describe, expect, it } from 'vitest';

import { createDetector } from '../../../lib/detect';
import { FIXTURE_NAMES } from './fixture-names';

const detector = createDetector(FIXTURE_NAMES);

/** [surface, topic] for each mention, with '~' after fuzzy topics. */
const found = (text: string): string[][] => detector.detect(text).map((m) => [m.text, m.match === 'fuzzy' ? `${m.topic}~` : m.topic]);

describe('exact matching', () => {
  it('finds names with their exact offsets in the original text', () => {
    const text = 'أعلنت وزارة الدفاع في موسكو أن القوات استعادت بلدات في كورسك.';
    const mentions = detector.detect(text);
    expect(mentions.map((m) => [m.topic, m.start, m.end])).toEqual([
      ['moscow', 22, 27],
      ['kursk', 55, 60],
    ]);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads through diacritics, tatweel, hamza forms and Persian letters', () => {
    expect(found('عاد الهدوء إلى قَرَه بَاغ')).toEqual([['قَرَه بَاغ', 'nagorno-karabakh']]);
    expect(found('القوات في كـورسك')).toEqual([['كـورسك', 'kursk']]);
    expect(found('في ناغورنی قره باغ')).toEqual([['ناغورنی قره باغ', 'nagorno-karabakh']]);
    expect(found('قال الرئيس الهام علييف')).toEqual([['الهام علييف', 'ilham-aliyev']]);
    expect(found('Nagorno–Karabakh and nagorno karabakh')).toEqual([['Nagorno–Karabakh', 'nagorno-karabakh']]);
  });

  it('keeps a trailing diacritic inside the mark and leaves a trailing bidi mark out', () => {
    expect(found('في كورسكُ اليوم')).toEqual([['كورسكُ', 'kursk']]);
    expect(found('في كورسك\u200F اليوم')).toEqual([['كورسك', 'kursk']]);
  });

  it('marks the name inside a word with clitics, not the clitics', () => {
    expect(found('وباكو تنفي')).toEqual([['باكو', 'baku']]);
    expect(found('تربط روسيا بأذربيجان علاقات')).toEqual([
      ['روسيا', 'russia'],
      ['أذربيجان', 'azerbaijan'],
    ]);
    expect(found('الدعم لأرمينيا وبأرمينيا فبروسيا')).toEqual([
      ['أرمينيا', 'armenia'],
      ['أرمينيا', 'armenia'],
      ['روسيا', 'russia'],
    ]);
  });

  it('finds a name whose article merged with the preposition ل', () => {
    expect(found('الدعم لليمن')).toEqual([['ليمن', 'yemen']]);
  });

  it('does not mark a name inside a longer word', () => {
    expect(found('سجلت في كورس وزرت كورسيكا')).toEqual([]);
    expect(found('استيقظ باكراً في باكورة الصباح')).toEqual([]);
    expect(found('He moved to Lachine.')).toEqual([]);
  });

  it('lets the longest match win and exclude phrases yield nothing', () => {
    expect(found('مينسك عاصمة روسيا البيضاء')).toEqual([]);
    expect(found('ووروسيا البيضاء جارة روسيا')).toEqual([['روسيا', 'russia']]);
    expect(found('قالت روسيا الاتحادية')).toEqual([['روسيا الاتحادية', 'russia']]);
    expect(found('تعمل كوريا الجنوبية')).toEqual([['كوريا الجنوبية', 'south-korea']]);
    expect(found('Dynamo Kiev won in Kiev')).toEqual([['Kiev', 'kyiv']]);
    expect(found('محطة «روسيا اليوم»')).toEqual([]);
  });

  it('finds joined and split forms of a name', () => {
    expect(found('في بيونغيانغ')).toEqual([['بيونغيانغ', 'pyongyang']]);
    expect(found('في بيونغ-يانغ')).toEqual([['بيونغ-يانغ', 'pyongyang']]);
    // Short words too, whose g letter may not be swapped: joining is another kind of variation.
    expect(found('في قرهباغ وقره‌باغ')).toEqual([
      ['قرهباغ', 'nagorno-karabakh'],
      ['قره‌باغ', 'nagorno-karabakh'],
    ]);
    expect(found('في قرهباج')).toEqual([]);
  });

  it('reads ج, غ and ك as one another for the g sound', () => {
    expect(found('لزيارة بيونج يانج')).toEqual([['بيونج يانج', 'pyongyang']]);
    expect(found('كيم جونج أون')).toEqual([['كيم جونج أون', 'kim-jong-un']]);
    expect(found('فاليري جيراسيموف')).toEqual([['فاليري جيراسيموف', 'valery-gerasimov']]);
  });

  it('never reads a variant as one name when another name lists that spelling', () => {
    const topic = (id: string, ar: string) => ({
      id,
      kind: 'place' as const,
      name: { ar, en: id },
      aliases: [],
      exclude: [],
      marked: true,
    });
    const two = createDetector({ version: 1, topics: [topic('a', 'غيرانا'), topic('b', 'جيرانا')] });
    const seen = (text: string) => two.detect(text).map((m) => m.topic);
    expect(seen('غيرانا')).toEqual(['a']);
    expect(seen('جيرانا')).toEqual(['b']);
    expect(seen('كيرانا')).toEqual([]); // a variant of both: neither
  });

  it('writes a doubled yeh once as well (علييف / عليف)', () => {
    expect(found('الرئيس عليف')).toEqual([['عليف', 'ilham-aliyev']]);
    expect(found('الرئيس إلهام عليف')).toEqual([['إلهام عليف', 'ilham-aliyev']]);
  });

  it('reads معاهدة and اتفاقية as the same word in a treaty name', () => {
    expect(found('منظمة اتفاقية الأمن الجماعي')).toEqual([['منظمة اتفاقية الأمن الجماعي', 'csto']]);
  });

  it('matches capitalised English aliases only when capitalised', () => {
    expect(found('Turkey and turkey')).toEqual([['Turkey', 'turkey']]);
    const english = createDetector({
      version: 1,
      topics: [{ id: 'turkey', kind: 'place', name: { ar: 'تركيا', en: 'Turkey' }, aliases: [], exclude: [], marked: true }],
    });
    expect(english.detect('Turkey roast turkey').map((m) => m.text)).toEqual(['Turkey']);
    expect(english.detect('TURKEY').map((m) => m.text)).toEqual(['TURKEY']);
  });

  it("does not take a surname after someone else's first name", () => {
    expect(found('لاعب التنس دانييل مدفيديف')).toEqual([]);
    expect(found('قال مدفيديف')).toEqual([['مدفيديف', 'dmitry-medvedev']]);
    expect(found('حضر مدفيديف وبوتين')).toEqual([
      ['مدفيديف', 'dmitry-medvedev'],
      ['بوتين', 'vladimir-putin'],
    ]);
    expect(found('حيدر علييف')).toEqual([]);
  });
});

describe('fuzzy matching', () => {
  it('finds unlisted spellings that differ by vowel letters', () => {
    expect(found('زعيم المعارضة نيكول باشنيان')).toEqual([['نيكول باشنيان', 'nikol-pashinyan~']]);
    expect(found('قالت زخاروفا')).toEqual([['زخاروفا', 'maria-zakharova~']]);
    expect(found('Nikol Pashinian said')).toEqual([['Nikol Pashinian', 'nikol-pashinyan~']]);
    expect(found('تصريح ميدفيدف')).toEqual([['ميدفيدف', 'dmitry-medvedev~']]);
    expect(found('جامعة إيريفان')).toEqual([['إيريفان', 'yerevan~']]);
  });

  it('allows one consonant change in a long multi-word alias', () => {
    expect(found('حول إقليم ناغورني قره باخ')).toEqual([['ناغورني قره باخ', 'nagorno-karabakh~']]);
    expect(found('في ناجورني كارباخ')).toEqual([['ناجورني كارباخ', 'nagorno-karabakh~']]);
    expect(found('قال كيم يونغ-أون')).toEqual([['كيم يونغ-أون', 'kim-jong-un~']]);
  });

  it('lengthens an exact match over the rest of the name spelt another way', () => {
    expect(found('منطقة ناغورنو-قرة باغ')).toEqual([['ناغورنو-قرة باغ', 'nagorno-karabakh~']]);
  });

  it('reads a repeated run of words once, but judges each occurrence by its own capitals and the word before it', () => {
    // The same normalised runs, three times each: the answer for the words is
    // kept, the guards that read the page around them are not.
    expect(found('Nikol Pashinian spoke. nikol pashinian spoke. Nikol Pashinian spoke.')).toEqual([
      ['Nikol Pashinian', 'nikol-pashinyan~'],
      ['Nikol Pashinian', 'nikol-pashinyan~'],
    ]);
    expect(found('قال ميدفيدف. ثم قال دانييل ميدفيدف. وقال ميدفيدف.')).toEqual([
      ['ميدفيدف', 'dmitry-medvedev~'],
      ['ميدفيدف', 'dmitry-medvedev~'],
    ]);
    const mentions = detector.detect('منطقة ناغورنو-قرة باغ، منطقة ناغورنو-قرة باغ');
    expect(mentions.map((m) => [m.start, m.end, m.match])).toEqual([
      [6, 21, 'fuzzy'],
      [29, 44, 'fuzzy'],
    ]);
  });

  it('never fires on ordinary words, short words, endings or other people', () => {
    expect(found('وأضاف لاشين أن العدد')).toEqual([]);
    expect(found('كارباخال يلحق بصلاح')).toEqual([]);
    expect(found('كيم جونغ إيل وكيم يونغ-جو')).toEqual([]);
    expect(found('Kim Jong Il and Kim Clijsters')).toEqual([]);
    expect(found('الحدود الأذربيجانية الأرمينية')).toEqual([]);
    expect(found('ماريا بوتينا')).toEqual([]);
    expect(found('the pashinian way')).toEqual([]);
    expect(found('ميشال فوكو وكيم كارداشيان')).toEqual([]);
  });
});

describe('robustness', () => {
  it('returns mentions sorted and never overlapping', () => {
    const text = 'روسيا وروسيا البيضاء وكورسك وباكو وبيونغ يانغ ونيكول باشنيان';
    const mentions = detector.detect(text);
    for (let i = 1; i < mentions.length; i++) {
      expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
    }
  });

  it('handles empty and odd strings', () => {
    expect(detector.detect('')).toEqual([]);
    expect(detector.detect('\uD800\u200F\u0640')).toEqual([]);
  });

  it('works with an empty index', () => {
    expect(createDetector({ version: 1, topics: [] }).detect('روسيا')).toEqual([]);
  });
});
