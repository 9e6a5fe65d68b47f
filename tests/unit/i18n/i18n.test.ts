import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { resolveLanguage, translate } from '../../../lib/i18n/i18n';
import { lt } from '../../../lib/library/strings';
import ar from '../../../public/_locales/ar/messages.json';
import en from '../../../public/_locales/en/messages.json';

describe('interface strings', () => {
  it('has every key in both languages, none empty', () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of [...Object.entries(ar), ...Object.entries(en)]) expect(value.message.trim(), key).not.toBe('');
  });

  it('fills placeholders', () => {
    expect(translate('en', 'mentionsFew', 3)).toBe('3 times');
    expect(translate('ar', 'popupNoResultsTryEnglish', 'كورسك')).toContain('كورسك');
  });

  it('follows the browser language unless the user chose one', () => {
    expect(resolveLanguage('auto', 'ar-EG')).toBe('ar');
    expect(resolveLanguage('auto', 'fr')).toBe('en');
    expect(resolveLanguage('ar', 'en-US')).toBe('ar');
  });
});

// In a right-to-left sentence a neutral sign that opens a Latin token (the dot
// of ".siyaq") takes the Arabic direction and is drawn on the token's far
// side ("siyaq."), unless a left-to-right mark ties it to the token.
describe('Latin tokens in Arabic strings', () => {
  const LTR_MARKS = '\u200e\u2066';
  /** The tokens in text whose opening sign would be drawn on the wrong side. */
  const misplaced = (text: string): string[] =>
    /\p{Script=Arabic}/u.test(text)
      ? [...text.matchAll(/(^|[^A-Za-z0-9\u200e\u2066])([.#@/_-]+[A-Za-z]+)/g)]
          .filter((m) => !LTR_MARKS.includes(m[1] ?? ''))
          .map((m) => m[2] ?? '')
      : [];

  it('finds a bare ".siyaq" and accepts one tied to its token', () => {
    expect(misplaced('استورد مكتبة (.siyaq)')).toEqual(['.siyaq']);
    expect(misplaced('استورد مكتبة (\u200e.siyaq\u200e)')).toEqual([]);
    expect(misplaced('مثل example.com')).toEqual([]);
    expect(misplaced('Import a library (.siyaq)')).toEqual([]);
  });

  it('ties every such token in the interface and library strings', () => {
    const library = readFileSync(join(import.meta.dirname, '../../../lib/library/strings.ts'), 'utf8');
    const texts = [...Object.values(ar).map((v) => v.message), ...[...library.matchAll(/'([^'\n]*)'/g)].map((m) => m[1] ?? '')];
    expect(texts.flatMap(misplaced)).toEqual([]);
  });
});

// Counts that do not go through the plural rules (timesLabel) stand after a
// label, so no number meets a noun whose form it would have to agree with:
// "1 articles", "2 مقالة", "3 موضوعًا" are all wrong.
describe('counts in running text', () => {
  const counted = [
    ['knowledgeCounts', 2],
    ['briefingSummary', 2],
  ] as const;

  it.each(counted)('%s reads right for 1, 2, 3 and 11 in both languages', (key, places) => {
    for (const n of [1, 2, 3, 11]) {
      const args = Array.from({ length: places }, () => n);
      const english = translate('en', key, ...args);
      const arabic = translate('ar', key, ...args);
      expect(english, english).not.toMatch(/\b\d+ [a-z]+s\b/);
      expect(arabic, arabic).not.toMatch(/\d+ \p{Script=Arabic}/u);
      expect(english).toContain(String(n));
      expect(arabic).toContain(String(n));
    }
  });
  it.each(['libraryCount', 'libraryConfirmDeleteAll'] as const)('the library’s %s reads right for 1, 2, 3 and 11', (key) => {
    for (const n of [1, 2, 3, 11]) {
      for (const text of [lt('en', key, n), lt('ar', key, n)]) {
        expect(text, text).not.toMatch(/\d+ [\p{Script=Arabic}a-z]/u);
        expect(text).toContain(String(n));
      }
    }
  });
});

// Words that name something else in an Arabic interface: التعليمات are
// instructions and التعليم teaching (for the marks on names: العلامات),
// التمرير is scrolling (for the pointer resting on a name: مرور المؤشر).
describe('Arabic terms', () => {
  it.each(['تعليم', 'تمرير', 'ملّي'])('uses no word with “%s”', (word) => {
    const found = Object.entries(ar).filter(([, { message }]) => message.includes(word));
    expect(found.map(([key]) => key)).toEqual([]);
  });
});
