import { describe, expect, it } from 'vitest';

import { translator, type Lang } from '../../../lib/i18n/i18n';
import { decodeLibrary } from '../../../lib/library/library-file';
import { lt } from '../../../lib/library/strings';
import { fail, readReply } from '../../../lib/messaging/reply';
import type { FieldProblem } from '../../../lib/packs/field-problem';
import { decodePack, encodePack } from '../../../lib/packs/format';
import { PackError } from '../../../lib/packs/pack-error';
import { errorWords } from '../../../lib/ui/options/error-text';
import { invalidPackText } from '../../../lib/ui/options/field-problem-text';

const ar = (error: Parameters<typeof errorWords>[0]) => errorWords(error, 'ar', translator('ar'));
const en = (error: Parameters<typeof errorWords>[0]) => errorWords(error, 'en', translator('en'));

/** What the options page receives when the background refuses with this pack error. */
function refused(error: PackError) {
  const reply = readReply<never>(JSON.parse(JSON.stringify(fail('refused', error.message, error.reason))));
  if (reply.ok) throw new Error('expected a failure');
  return reply.error;
}

async function caught(work: () => Promise<unknown>): Promise<PackError> {
  try {
    await work();
  } catch (error) {
    if (error instanceof PackError) return error;
    throw error;
  }
  throw new Error('expected a PackError');
}

const meta = { id: 'e2e-harbours', title: { ar: 'حزمة الموانئ', en: 'Harbours' }, version: '1.0', description: { ar: '', en: '' } };

describe('errors in the reader’s language', () => {
  it('carries a pack error’s reason through a reply, and words it in Arabic with the validator’s field path kept apart', async () => {
    const good = await encodePack(
      meta,
      { version: 1, topics: [] },
      { version: 1, articles: [], topics: {} },
      new Date('2026-01-01T00:00:00Z'),
    );
    const at = good.indexOf('\n');
    const header = JSON.parse(good.slice(0, at)) as { counts: { topics: number } };
    header.counts.topics = 3;
    const error = refused(await caught(() => decodePack(`${JSON.stringify(header)}${good.slice(at)}`)));
    expect(error.reason).toEqual({ key: 'invalid', args: ['counts.topics', 'says 3, the pack holds 0', 'count', '3', '0'] });
    expect(ar(error)).toEqual({
      reason: 'invalid',
      text: 'الحزمة غير صالحة: رأسها يذكر 3، وفيها 0. أول حقل خاطئ فيها، باسمه في الحزمة:',
      technical: 'counts.topics says 3, the pack holds 0',
    });
    expect(en(error).text).toBe('The pack is not valid: its header counts 3, but it holds 0. The first wrong field, as the pack names it:');
    // A problem this version cannot word (a newer background's) still gets a sentence, and the field line.
    const unknown = refused(new PackError('invalid', 'English', { args: ['x.y', 'is odd', 'odd'] }));
    expect(ar(unknown)).toEqual({
      reason: 'invalid',
      text: 'الحزمة غير صالحة: فيها حقل خاطئ. أول حقل خاطئ فيها، باسمه في الحزمة:',
      technical: 'x.y is odd',
    });

    expect(ar(refused(await caught(() => decodePack('hello'))))).toEqual({
      reason: 'not-a-pack',
      text: 'هذا الملف ليس حزمة معرفة لسياق (\u200e.siyaq\u200e).',
    });
    expect(ar(refused(await caught(() => decodePack(good.slice(0, at + 5)))))).toMatchObject({ reason: 'truncated' });
    expect(ar(refused(await caught(() => decodePack(good.replace('"topics":[]', '"topics":[ ]')))))).toMatchObject({
      reason: 'corrupted',
    });
  });

  it('names the installed pack in the interface language when a version is refused', () => {
    const error = refused(new PackError('refused', 'English', { key: 'older-version', args: ['حزمة الموانئ', 'Harbours', '1.0', '0.9'] }));
    expect(ar(error).text).toBe('«حزمة الموانئ» مثبّتة من قبل بالإصدار 1.0، وهذا الملف إصدار أقدم (0.9). لم يتغيّر شيء.');
    expect(en(error).text).toBe('“Harbours” version 1.0 is already installed; this file is an older version (0.9). Nothing was changed.');
  });

  it('words a library file that is a knowledge pack, a tracked name’s problem, and what it does not know', async () => {
    const pack = await encodePack(meta, { version: 1, topics: [] }, { version: 1, articles: [], topics: {} }, new Date());
    expect(ar(refused(await caught(() => decodeLibrary(pack))))).toEqual({
      reason: 'not-a-library',
      text: 'هذا الملف هو حزمة المعرفة «حزمة الموانئ» وليس مكتبة: استورده من قسم المعرفة.',
    });
    expect(ar({ code: 'refused', message: 'common', reason: { key: 'common', args: [] } }).text).toBe(
      'هذه كلمة شائعة وليست اسمًا: متابعتها ستعلّم كل صفحة.',
    );
    expect(ar({ code: 'failed', message: 'TypeError: x is undefined' })).toEqual({
      reason: 'failed',
      text: 'حدث خطأ داخل سياق. لم يتغيّر شيء.',
    });
    expect(ar({ code: 'unreachable', message: 'no answer' }).reason).toBe('unreachable');
    // A reason of the wrong shape from the other side is dropped, not trusted.
    const odd = readReply<never>({ ok: false, error: { code: 'refused', message: 'm', reason: { key: 'quota', args: [1] } } });
    expect(!odd.ok && odd.error.reason).toBe(undefined);
  });
});

const refusal = (key: string, ...args: string[]) => ({ code: 'refused' as const, message: 'English', reason: { key, args } });

describe('every refusal in both languages', () => {
  for (const lang of ['ar', 'en'] as const) {
    const t = translator(lang);
    const words = (key: string, ...args: string[]) => errorWords(refusal(key, ...args), lang, t);
    it(`words each pack refusal with its particulars (${lang})`, () => {
      const cases: [string, string[], string][] = [
        ['not-a-pack', [], t('packErrorNotAPack')],
        ['unknown-format', ['9', '4'], t('packErrorUnknownFormat', '9', '4')],
        ['truncated', [], t('packErrorTruncated')],
        ['corrupted', [], t('packErrorCorrupted')],
        ['too-large', ['70 MB', '64 MB'], t('knowledgeTooLarge', '70 MB', '64 MB')],
        [
          'same-version',
          ['حزمة الموانئ', 'Harbours', '1.0'],
          t('packErrorSameVersion', lang === 'ar' ? 'حزمة الموانئ' : 'Harbours', '1.0'),
        ],
        ['builtin-id', [], t('packErrorBuiltinId')],
        ['builtin-removal', [], t('packErrorBuiltinRemoval')],
        ['not-installed', [], t('packErrorNotInstalled')],
        ['quota', [], t('packErrorQuota')],
        ['interrupted', [], t('packErrorInterrupted')],
        ['not-a-library', ['حزمة الموانئ', 'Harbours'], t('packErrorNotALibrary', lang === 'ar' ? 'حزمة الموانئ' : 'Harbours')],
        ['too-short', [], lt(lang, 'trackTooShort')],
        ['known', [], lt(lang, 'trackKnown')],
      ];
      const texts = new Set<string>();
      for (const [key, args, text] of cases) {
        expect(text, key).toMatch(lang === 'ar' ? /[\u0600-\u06ff]{3}/ : /[a-z]{3}/);
        expect(words(key, ...args), key).toEqual({ reason: key, text });
        texts.add(text);
      }
      // Each reason has its own sentence.
      expect(texts.size).toBe(cases.length);
    });

    it(`leaves out particulars a reason does not carry, and words a reason it does not know as unexpected (${lang})`, () => {
      expect(words('unknown-format').text).toBe(t('packErrorUnknownFormat', '', ''));
      expect(words('older-version', 'ع', 'E').text).toBe(t('packErrorOlderVersion', lang === 'ar' ? 'ع' : 'E', '', ''));
      expect(words('from-a-newer-version', 'x')).toEqual({ reason: 'from-a-newer-version', text: t('errorUnexpected') });
      expect(errorWords({ code: 'bad-request', message: 'odd' }, lang, t)).toEqual({ reason: 'bad-request', text: t('errorUnexpected') });
    });
  }
});

/** Every problem the validator can name, with the particulars it gives. */
const PROBLEMS: Record<FieldProblem, string[]> = {
  object: [],
  list: [],
  text: [],
  empty: [],
  id: [],
  'whole-number': ['1', '9'],
  boolean: [],
  'partial-date': [],
  'one-of': ['person, place'],
  version: [],
  'date-time': [],
  number: [],
  count: ['5', '4'],
  equals: ['1'],
  repeated: ['baku'],
  'no-details': ['baku'],
  'not-listed': [],
  span: [],
  'unknown-topic': ['baku'],
  'unknown-article': ['a1'],
  'body-header': [],
};

describe('a wrong field in the reader’s words', () => {
  const frame: Record<Lang, RegExp> = {
    en: /^The pack is not valid: (.+)\. The first wrong field, as the pack names it:$/,
    ar: /^الحزمة غير صالحة: (.+)\. أول حقل خاطئ فيها، باسمه في الحزمة:$/,
  };
  for (const lang of ['ar', 'en'] as const) {
    it(`gives each problem its own phrase, in the reader’s script (${lang})`, () => {
      const phrases = new Set<string>();
      for (const [key, args] of Object.entries(PROBLEMS)) {
        const phrase = frame[lang].exec(invalidPackText(lang, key, args))?.[1] ?? '';
        expect(phrase, key).toMatch(
          lang === 'ar' ? /^[^a-zA-Z]*[\u0600-\u06ff]{2}[^a-zA-Z]*$/ : /^[^\u0600-\u06ff]*[a-z]{2}[^\u0600-\u06ff]*$/,
        );
        expect(phrase.length, key).toBeGreaterThan(5);
        phrases.add(phrase);
      }
      expect(phrases.size).toBe(Object.keys(PROBLEMS).length);
      const unknown = frame[lang].exec(invalidPackText(lang, undefined, []))![1]!;
      expect(phrases.has(unknown)).toBe(false);
      expect(invalidPackText(lang, 'toString', [])).toBe(invalidPackText(lang, undefined, []));
    });
  }

  it('puts the particulars into the phrase, and leaves missing ones empty', () => {
    expect(invalidPackText('en', 'whole-number', ['0', '1500'])).toContain('a number is not a whole number from 0 to 1500');
    expect(invalidPackText('ar', 'whole-number', ['0', '1500'])).toContain('عدد ليس عددًا صحيحًا من 0 إلى 1500');
    expect(invalidPackText('en', 'count', ['5', '4'])).toContain('its header counts 5, but it holds 4');
    expect(invalidPackText('en', 'count', [])).toContain('its header counts , but it holds .');
    expect(invalidPackText('en', 'object', [])).toBe(
      'The pack is not valid: a group of fields is missing or is not a group. The first wrong field, as the pack names it:',
    );
    expect(invalidPackText('en', 'nonsense', [])).toBe(
      'The pack is not valid: a field is wrong. The first wrong field, as the pack names it:',
    );
  });
});
