// Exact matching's own readings, fuzzy matching off: a name's words written
// joined or apart, another g letter, clitics, and which of several keys from
// one word wins.
import { describe, expect, it } from 'vitest';

import { createDetector } from '../../../lib/detect';
import type { NamesIndex, TopicKind, TopicName } from '../../../lib/knowledge/types';

function topic(id: string, ar: string, aliases: string[] = [], exclude: string[] = [], kind: TopicKind = 'place'): TopicName {
  return { id, kind, name: { ar, en: id }, aliases, exclude, marked: true };
}

const exactOnly = (topics: TopicName[]) => {
  const names: NamesIndex = { version: 1, topics };
  const detector = createDetector(names, { fuzzy: false });
  return (text: string): string[][] => detector.detect(text).map((m) => [m.text, m.topic]);
};

describe('a name written with a space more', () => {
  // Built in each test, so that building is under test too.
  const found = (text: string): string[][] => exactOnly([topic('caracas', 'كاراكاس')])(text);

  it('is found when each part keeps at least three letters', () => {
    expect(found('في كار اكاس')).toEqual([['كار اكاس', 'caracas']]);
    expect(found('في كارا كاس')).toEqual([['كارا كاس', 'caracas']]);
    expect(found('في كاراكاس')).toEqual([['كاراكاس', 'caracas']]);
  });

  it('is not found split after fewer than three letters, or before the last two', () => {
    expect(found('في كا راكاس')).toEqual([]);
    expect(found('في كاراك اس')).toEqual([]);
  });

  it('is not found split twice, or apart by anything but a space', () => {
    expect(found('في كار اك اس')).toEqual([]);
    expect(found('في كار ا كاس')).toEqual([]);
    expect(found('في كار، اكاس')).toEqual([]);
    expect(found('كار ')).toEqual([]);
  });
});

describe('a name of several words written joined', () => {
  // Built in each test, so that building is under test too.
  const found = (text: string): string[][] => exactOnly([topic('san-marino', 'سان مارينو'), topic('sao-tome', 'ساو تومي وبرينسيب')])(text);

  it('is found without the space, or with it', () => {
    expect(found('زار سانمارينو')).toEqual([['سانمارينو', 'san-marino']]);
    expect(found('زار سان مارينو')).toEqual([['سان مارينو', 'san-marino']]);
    expect(found('زار ساوتومي وبرينسيب')).toEqual([['ساوتومي وبرينسيب', 'sao-tome']]);
    expect(found('زار ساو توميوبرينسيب')).toEqual([['ساو توميوبرينسيب', 'sao-tome']]);
  });

  it('is not found with a letter more or less', () => {
    expect(found('زار سانمارين')).toEqual([]);
    expect(found('زار سانماريني')).toEqual([]);
  });
});

describe('g letters', () => {
  // Built in each test, so that building is under test too.
  const found = (text: string): string[][] =>
    exactOnly([topic('gerasimov', 'غيراسيموف'), topic('tomorrow', 'الغد'), topic('jeddah', 'جدة')])(text);

  it('reads غ, ج and ك for one another in a transliterated name', () => {
    expect(found('قال جيراسيموف')).toEqual([['جيراسيموف', 'gerasimov']]);
    expect(found('قال كيراسيموف')).toEqual([['كيراسيموف', 'gerasimov']]);
    expect(found('قال غيراسيموف')).toEqual([['غيراسيموف', 'gerasimov']]);
    expect(found('قال خيراسيموف')).toEqual([]);
  });

  it('reads غ for a listed ج', () => {
    expect(exactOnly([topic('pyongyang', 'بيونج يانج')])('في بيونغ يانغ')).toEqual([['بيونغ يانغ', 'pyongyang']]);
  });

  it('not in a word with the article, nor in a short word', () => {
    expect(found('صحيفة الجد')).toEqual([]);
    expect(found('صحيفة الغد')).toEqual([['الغد', 'tomorrow']]);
    expect(found('في غدة')).toEqual([]);
    expect(found('في جدة')).toEqual([['جدة', 'jeddah']]);
  });

  it('a swapped g letter and a split together', () => {
    expect(found('قال جير اسيموف')).toEqual([['جير اسيموف', 'gerasimov']]);
  });
});

describe('which key wins from one word', () => {
  it('the longest, then the one read with fewer variations; a tie between two topics is neither', () => {
    const found = exactOnly([topic('a', 'غيرانا'), topic('b', 'جيرانا'), topic('ab', 'غيرانا بعيد')]);
    expect(found('غيرانا')).toEqual([['غيرانا', 'a']]);
    expect(found('جيرانا')).toEqual([['جيرانا', 'b']]);
    expect(found('كيرانا')).toEqual([]);
    expect(found('غيرانا بعيد')).toEqual([['غيرانا بعيد', 'ab']]);
    expect(found('جيرانا بعيد')).toEqual([['جيرانا بعيد', 'ab']]);
    expect(found('كيرانا بعيد')).toEqual([['كيرانا بعيد', 'ab']]);
    expect(found('غيرانا قريب')).toEqual([['غيرانا', 'a']]);
  });

  it('a g letter only where every g letter of the key may be read so', () => {
    // جدا is too short to be read another way: the whole key is then read as written.
    const found = exactOnly([topic('b', 'جيرانا'), topic('ab', 'غيرانا جدا')]);
    expect(found('غيرانا جدا')).toEqual([['غيرانا جدا', 'ab']]);
    expect(found('جيرانا جدا')).toEqual([['جيرانا', 'b']]);
  });

  it('a longer reading that fails its guard gives way to a shorter one', () => {
    const found = exactOnly([
      { ...topic('black', 'أسود'), name: { ar: 'أسود', en: 'black' } },
      { ...topic('black-sea', 'البحر الأسود'), name: { ar: 'البحر الأسود', en: 'Black Sea' } },
    ]);
    expect(found('the Black Sea')).toEqual([['Black Sea', 'black-sea']]);
    expect(found('the black sea')).toEqual([['black', 'black']]);
  });

  it('an exclude phrase takes its words, even read another way', () => {
    const found = exactOnly([topic('moscow', 'موسكو', [], ['دينامو موسكو']), topic('gerasimov', 'غيراسيموف', [], ['غيراسيموف الابن'])]);
    expect(found('فريق دينامو موسكو')).toEqual([]);
    expect(found('قال جيراسيموف الابن')).toEqual([]);
    expect(found('قال جيراسيموف')).toEqual([['جيراسيموف', 'gerasimov']]);
  });

  it('finds the next name right after a match, and in the next word after a miss', () => {
    const found = exactOnly([topic('baku', 'باكو'), topic('moscow', 'موسكو')]);
    expect(found('باكو موسكو باكو')).toEqual([
      ['باكو', 'baku'],
      ['موسكو', 'moscow'],
      ['باكو', 'baku'],
    ]);
    expect(found('xباكو باكوx، باكو')).toEqual([['باكو', 'baku']]);
  });
});

describe('clitics', () => {
  // Built in each test, so that building is under test too.
  const found = (text: string): string[][] => exactOnly([topic('yemen', 'اليمن'), topic('baku', 'باكو'), topic('lebanon', 'لبنان')])(text);

  it('reads off conjunctions, prepositions and the article, and an article whose alef ل elided', () => {
    expect(found('وباكو وبباكو فلباكو')).toEqual([
      ['باكو', 'baku'],
      ['باكو', 'baku'],
      ['باكو', 'baku'],
    ]);
    expect(found('لليمن وللبنان')).toEqual([
      ['ليمن', 'yemen'],
      ['لبنان', 'lebanon'],
    ]);
  });

  it('an elided alef needs a name with the article', () => {
    const noArticle = exactOnly([topic('baku', 'باكو')]);
    expect(noArticle('للباكو')).toEqual([['باكو', 'baku']]);
    expect(noArticle('لباكو')).toEqual([['باكو', 'baku']]);
  });
});

describe('readings of a word that count as a variation', () => {
  it('lose to a listed spelling of another name', () => {
    // Each topic lists one way of writing: the other way is a variation of it.
    const found = (text: string): string[][] => exactOnly([topic('apart', 'كار اكاس'), topic('joined', 'كاراكاس')])(text);
    expect(found('في كار اكاس')).toEqual([['كار اكاس', 'apart']]);
    expect(found('في كاراكاس')).toEqual([['كاراكاس', 'joined']]);
  });

  it('another g letter at the end of a name', () => {
    const found = (text: string): string[][] => exactOnly([topic('gh', 'تشونغ'), topic('j', 'تشونج')])(text);
    expect(found('في تشونج')).toEqual([['تشونج', 'j']]);
    expect(found('في تشونغ')).toEqual([['تشونغ', 'gh']]);
    expect(found('في تشونك')).toEqual([]);
  });

  it('two keys of one topic read the same way are no tie', () => {
    const found = (text: string): string[][] => exactOnly([topic('a', 'غيرانا', ['جيرانا'])])(text);
    expect(found('في كيرانا')).toEqual([['كيرانا', 'a']]);
  });
});

describe('names from several places in one word', () => {
  it('a longer name after the article beats a shorter one with it', () => {
    const found = (text: string): string[][] => exactOnly([topic('sudan', 'السودان'), topic('south-sudan', 'سودان الجنوبي')])(text);
    expect(found('بالسودان الجنوبي')).toEqual([['سودان الجنوبي', 'south-sudan']]);
    expect(found('بالسودان')).toEqual([['السودان', 'sudan']]);
  });

  it('at equal length, the one read with fewer variations', () => {
    const found = (text: string): string[][] => exactOnly([topic('b-g', 'بغيرانا'), topic('j', 'جيرانا')])(text);
    expect(found('في بجيرانا')).toEqual([['جيرانا', 'j']]);
    expect(found('في بغيرانا')).toEqual([['بغيرانا', 'b-g']]);
  });

  it('at equal length and variations, the one found first', () => {
    const found = (text: string): string[][] => exactOnly([topic('with', 'الكرملين'), topic('without', 'كرملين')])(text);
    expect(found('في الكرملين')).toEqual([['الكرملين', 'with']]);
    expect(found('بالكرملين')).toEqual([['الكرملين', 'with']]);
    expect(found('بكرملين')).toEqual([['كرملين', 'without']]);
  });
});
