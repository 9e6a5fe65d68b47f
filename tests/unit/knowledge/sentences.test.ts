import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { splitSentences } from '../../../lib/knowledge/sentences';

const split = (text: string): string[] => splitSentences(text).map(([s, e]) => text.slice(s, e));

describe('splitSentences', () => {
  it('splits on . ! ? ؟ and the Arabic full stop', () => {
    expect(split('قالت أرمينيا ذلك. وردت أذربيجان! هل تتدخل روسيا؟ لا۔ Why? Yes.')).toEqual([
      'قالت أرمينيا ذلك.',
      'وردت أذربيجان!',
      'هل تتدخل روسيا؟',
      'لا۔',
      'Why?',
      'Yes.',
    ]);
  });

  it('gives [start, end) offsets, trimmed', () => {
    expect(splitSentences('  One. Two.  ')).toEqual([
      [2, 6],
      [7, 11],
    ]);
  });

  it('keeps a last sentence without a full stop', () => {
    expect(split('One. And then')).toEqual(['One.', 'And then']);
  });

  it('does not split numbers, addresses or ellipses', () => {
    expect(split('نحو 2.5 مليون شخص. التالي')).toEqual(['نحو 2.5 مليون شخص.', 'التالي']);
    expect(split('See euronews.com for more. Next')).toEqual(['See euronews.com for more.', 'Next']);
    expect(split('تحاول القوات التقدم عميقاً ... تواصل القوات. ثم')).toEqual(['تحاول القوات التقدم عميقاً ... تواصل القوات.', 'ثم']);
  });

  it('does not split after initials and common abbreviations', () => {
    expect(split('The U.S. envoy met Dr. Smith. Then he left.')).toEqual(['The U.S. envoy met Dr. Smith.', 'Then he left.']);
    expect(split('ولد عام 1990 م. في يريفان. ثم')).toEqual(['ولد عام 1990 م. في يريفان.', 'ثم']);
  });

  it('does not split before a lowercase word', () => {
    expect(split('Several, e.g. Armenia, said so. "Why?" he asked.')).toEqual(['Several, e.g. Armenia, said so.', '"Why?" he asked.']);
  });

  it('keeps a quotation with its speaker, closing marks with their sentence', () => {
    expect(split('قال بوتين: "لن نتدخل. أبداً." ثم غادر.')).toEqual(['قال بوتين: "لن نتدخل. أبداً."', 'ثم غادر.']);
    expect(split('وقال «هذا صحيح. تماماً». وغادر.')).toEqual(['وقال «هذا صحيح. تماماً».', 'وغادر.']);
    expect(split('هكذا جاء الموقف الروسي، "بارداً ورسمياً". التالي.')).toEqual(['هكذا جاء الموقف الروسي، "بارداً ورسمياً".', 'التالي.']);
  });

  it('ignores quotation marks that do not pair up within the paragraph', () => {
    expect(split('وأكد أن كوريا “ستواصل دعم روسيا. وستبقى متمسكة.')).toEqual(['وأكد أن كوريا “ستواصل دعم روسيا.', 'وستبقى متمسكة.']);
  });

  it('ends a sentence at the closing quote of a quotation opened in an earlier paragraph', () => {
    expect(split('ولن نتراجع." ثم غادر القاعة.')).toEqual(['ولن نتراجع."', 'ثم غادر القاعة.']);
    expect(split('we will stay." He left. Then "Go."')).toEqual(['we will stay."', 'He left.', 'Then "Go."']);
  });

  it('treats a run of marks as one end', () => {
    expect(split('حقاً؟! نعم.')).toEqual(['حقاً؟!', 'نعم.']);
  });

  it('keeps closing brackets and single quotes with their sentence, and opens a straight quote after it', () => {
    expect(split('He left (for good.) Then ‘Yes.’ Then [sic.] End.')).toEqual([
      'He left (for good.)',
      'Then ‘Yes.’',
      'Then [sic.]',
      'End.',
    ]);
    expect(split('He said so. "Next" came. ‹Quoted.› Last.')).toEqual(['He said so.', '"Next" came.', '‹Quoted.›', 'Last.']);
  });

  it('a closing quote with no opening one does not make the next quotation count as closed', () => {
    expect(split('One» Two. «Three. Four» Five. Six.')).toEqual(['One» Two.', '«Three. Four» Five.', 'Six.']);
  });

  it('reads the word before a full stop without tatweel or opening marks, and abbreviations in any case', () => {
    expect(split('التقى (د. أحمد) بالوزير. ثم')).toEqual(['التقى (د. أحمد) بالوزير.', 'ثم']);
    expect(split('ولد عام 1990 مـ. في يريفان. ثم')).toEqual(['ولد عام 1990 مـ. في يريفان.', 'ثم']);
    expect(split('They met (Gen. Smith) and GOV. Jones. Then.')).toEqual(['They met (Gen. Smith) and GOV. Jones.', 'Then.']);
    expect(split('It rose 5 per cent in Sept. Last year.')).toEqual(['It rose 5 per cent in Sept. Last year.']);
    expect(split('It ended. Then it. Began.')).toEqual(['It ended.', 'Then it.', 'Began.']);
  });

  it('reads an abbreviation only before a full stop, at the start of the text too, behind any opening marks', () => {
    expect(split('Did he fly to the U.S? He did.')).toEqual(['Did he fly to the U.S?', 'He did.']);
    expect(split('Gen. Smith came. He left.')).toEqual(['Gen. Smith came.', 'He left.']);
    expect(split('He met [(Dr. Smith)] there. Then.')).toEqual(['He met [(Dr. Smith)] there.', 'Then.']);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('   ')).toEqual([]);
  });

  it('always returns ordered, trimmed, non-empty spans with only space between them', () => {
    const alphabet = fc.constantFrom(...'ab 1.?!؟۔"«»“”()\u00a0م'.split(''));
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 60 }).map((cs) => cs.join('')),
        (text) => {
          const spans = splitSentences(text);
          let last = 0;
          for (const [start, end] of spans) {
            expect(start).toBeGreaterThanOrEqual(last);
            expect(end).toBeGreaterThan(start);
            expect(text.slice(last, start).trim()).toBe('');
            expect(text.slice(start, end)).toBe(text.slice(start, end).trim());
            last = end;
          }
          expect(text.slice(last).trim()).toBe('');
        },
      ),
    );
  });
});
