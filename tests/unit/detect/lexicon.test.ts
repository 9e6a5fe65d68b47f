// What the names index turns into: which topic a key stands for when several
// list it, variants no one lists, nested names, and the words the surname
// guard knows. Fuzzy matching off, so each answer is the lexicon's.
import { describe, expect, it } from 'vitest';

import { createDetector } from '../../../lib/detect';
import type { TopicKind, TopicName } from '../../../lib/knowledge/types';

function topic(id: string, kind: TopicKind, ar: string, en: string, aliases: string[] = [], more: Partial<TopicName> = {}): TopicName {
  return { id, kind, name: { ar, en }, aliases, exclude: [], marked: true, ...more };
}

const exactOnly = (topics: TopicName[]) => {
  const detector = createDetector({ version: 1, topics }, { fuzzy: false });
  return (text: string): string[][] => detector.detect(text).map((m) => [m.text, m.topic]);
};

describe('a key several topics list', () => {
  it('stands for the topic it names, whatever the order', () => {
    const state = topic('georgia-state', 'place', 'ولاية جورجيا', 'Georgia (U.S. state)', ['جورجيا', 'Georgia']);
    const country = topic('georgia', 'place', 'جورجيا', 'Georgia');
    expect(exactOnly([state, country])('في جورجيا وGeorgia')).toEqual([
      ['جورجيا', 'georgia'],
      ['Georgia', 'georgia'],
    ]);
    expect(exactOnly([country, state])('في جورجيا')).toEqual([['جورجيا', 'georgia']]);
  });

  it('else for the first that lists it', () => {
    const a = topic('a', 'place', 'الف', 'A', ['كاراكوم']);
    const b = topic('b', 'place', 'باء', 'B', ['كاراكوم']);
    expect(exactOnly([a, b])('في كاراكوم')).toEqual([['كاراكوم', 'a']]);
    expect(exactOnly([b, a])('في كاراكوم')).toEqual([['كاراكوم', 'b']]);
  });

  it('written both with and without a capital, matches either', () => {
    const found = exactOnly([topic('mercury', 'place', 'عطارد', 'Mercury', ['mercury'])]);
    expect(found('Mercury and mercury')).toEqual([
      ['Mercury', 'mercury'],
      ['mercury', 'mercury'],
    ]);
    const capital = exactOnly([topic('mercury', 'place', 'عطارد', 'Mercury')]);
    expect(capital('Mercury and mercury')).toEqual([['Mercury', 'mercury']]);
  });

  it('an exclude phrase never hides another topic’s alias', () => {
    const channel = topic('rt', 'organisation', 'روسيا اليوم', 'RT');
    const russia = { ...topic('russia', 'place', 'روسيا', 'Russia'), exclude: ['روسيا اليوم', 'روسيا البيضاء'] };
    expect(exactOnly([russia, channel])('قناة روسيا اليوم وروسيا البيضاء وروسيا')).toEqual([
      ['روسيا اليوم', 'rt'],
      ['روسيا', 'russia'],
    ]);
  });

  it('an alias of fewer than two letters is never a key', () => {
    const found = exactOnly([topic('x', 'place', 'س', 'X', ['ب', 'Q', ' ق '])]);
    expect(found('س ب X Q ق')).toEqual([]);
  });
});

describe('nested names', () => {
  it('are not matched, so the name they hold is', () => {
    const karabakh = topic('karabakh', 'place', 'قره باغ', 'Karabakh');
    const war = topic('war', 'event', 'حرب قره باغ الثانية', 'Second Karabakh War', ['حرب الأيام الأربعة'], {
      nested: ['حرب قره باغ الثانية', 'Second Karabakh War'],
    });
    const found = exactOnly([karabakh, war]);
    expect(found('بعد حرب قره باغ الثانية')).toEqual([['قره باغ', 'karabakh']]);
    expect(found('the Second Karabakh War')).toEqual([['Karabakh', 'karabakh']]);
    expect(found('بعد حرب الأيام الأربعة')).toEqual([['حرب الأيام الأربعة', 'war']]);
  });
});

describe('variants no one lists', () => {
  it('are dropped when two topics would claim one, and kept when one does', () => {
    const a = topic('a', 'organisation', 'معاهدة علييف', 'A');
    const b = topic('b', 'organisation', 'اتفاقية علييف', 'B');
    const found = exactOnly([a, b]);
    expect(found('معاهدة علييف')).toEqual([['معاهدة علييف', 'a']]);
    expect(found('اتفاقية علييف')).toEqual([['اتفاقية علييف', 'b']]);
    expect(found('معاهدة عليف')).toEqual([]);
    expect(found('اتفاقية عليف')).toEqual([]);
    expect(exactOnly([a])('اتفاقية عليف')).toEqual([['اتفاقية عليف', 'a']]);
  });

  it('of an exclude phrase keep their words too', () => {
    const aliyev = { ...topic('aliyev', 'person', 'إلهام علييف', 'Ilham Aliyev', ['علييف']), exclude: ['حيدر علييف'] };
    const found = exactOnly([aliyev]);
    expect(found('حيدر عليف')).toEqual([]);
    expect(found('قال عليف')).toEqual([['عليف', 'aliyev']]);
  });

  it('of a g letter follow the variant’s own word lengths', () => {
    // جدة has no variant (too short), so neither has the written-out «جدة عليف».
    const found = exactOnly([topic('j', 'place', 'جدة علييف', 'J')]);
    expect(found('جدة عليف')).toEqual([['جدة عليف', 'j']]);
    expect(found('غدة علييف')).toEqual([]);
    expect(found('غدة عليف')).toEqual([]);
  });
});

describe('the surname guard’s words', () => {
  const putin = topic('putin', 'person', 'فلاديمير بوتين', 'Vladimir Putin', ['بوتين', 'Putin']);
  const aliyev = topic('aliyev', 'person', 'إلهام علييف', 'Ilham Aliyev', ['علييف']);
  const marino = topic('san-marino', 'place', 'سان مارينو', 'San Marino', ['مارينو']);

  it('take the first word of every person topic’s names as a first name', () => {
    const found = exactOnly([putin, aliyev]);
    expect(found('إلهام بوتين')).toEqual([]);
    expect(found('Ilham Putin')).toEqual([]);
    expect(found('قال بوتين')).toEqual([['بوتين', 'putin']]);
    expect(found('فلاديمير علييف')).toEqual([]);
  });

  it('guard only a person’s surname, not a place’s last word', () => {
    const found = exactOnly([putin, marino]);
    expect(found('دانييل مارينو')).toEqual([['مارينو', 'san-marino']]);
    expect(found('سان بوتين')).toEqual([['بوتين', 'putin']]);
    expect(found('دانييل بوتين')).toEqual([]);
  });

  it('guard a single-word alias only when it ends one of the person’s own longer names', () => {
    const lavrov = topic('lavrov', 'person', 'سيرغي لافروف', 'Sergey Lavrov', ['الوزير', 'لافروف']);
    const found = exactOnly([lavrov]);
    expect(found('دانييل الوزير')).toEqual([['الوزير', 'lavrov']]);
    expect(found('دانييل لافروف')).toEqual([]);
    expect(found('قال لافروف')).toEqual([['لافروف', 'lavrov']]);
  });

  it('let a person’s own first name stand before the surname alone', () => {
    // فلاديمير is a first name (it starts a person’s name) but also Putin’s own.
    const full = topic('putin', 'person', 'فلاديمير فلاديميروفيتش بوتين', 'Vladimir Putin', ['بوتين']);
    const other = topic('vladimir-x', 'person', 'فلاديمير زيلينسكي', 'Vladimir X');
    const found = exactOnly([full, other]);
    expect(found('فلاديمير بوتين')).toEqual([['بوتين', 'putin']]);
    expect(found('فلاديميروفيتش بوتين')).toEqual([['بوتين', 'putin']]);
    expect(found('دانييل بوتين')).toEqual([]);
  });

  it('take no first name from a person known by one word', () => {
    const madonna = topic('madonna', 'person', 'مادونا', 'Madonna');
    const found = exactOnly([putin, madonna]);
    expect(found('مادونا بوتين')).toEqual([
      ['مادونا', 'madonna'],
      ['بوتين', 'putin'],
    ]);
    expect(found('Madonna Putin')).toEqual([
      ['Madonna', 'madonna'],
      ['Putin', 'putin'],
    ]);
  });
});

describe('more keys and claims', () => {
  it('a key of two letters is a key', () => {
    const found = exactOnly([topic('un', 'organisation', 'الأمم المتحدة', 'United Nations', ['UN'])]);
    expect(found('the UN said')).toEqual([['UN', 'un']]);
  });

  it('an alias written with a space before its capital still needs the capital', () => {
    const found = exactOnly([topic('mercury', 'place', 'عطارد', ' Mercury')]);
    expect(found('Mercury and mercury')).toEqual([['Mercury', 'mercury']]);
  });

  it('a name written again with marks is still the topic’s name', () => {
    const state = topic('georgia-state', 'place', 'ولاية جورجيا', 'Georgia (U.S. state)', ['جورجيا']);
    const country = topic('georgia', 'place', 'جورجيا', 'Georgia', ['جُورجيا']);
    expect(exactOnly([state, country])('في جورجيا')).toEqual([['جورجيا', 'georgia']]);
  });

  it('a listed key never becomes another topic’s variant', () => {
    const found = exactOnly([topic('a', 'person', 'عليف', 'A'), topic('b', 'person', 'علييف', 'B')]);
    expect(found('قال عليف')).toEqual([['عليف', 'a']]);
    expect(found('قال علييف')).toEqual([['علييف', 'b']]);
  });

  it('a variant two keys of one topic give stays that topic’s; one three topics claim is no one’s', () => {
    const one = topic('a', 'organisation', 'معاهدة علييف', 'A', ['اتفاقية علييف']);
    expect(exactOnly([one])('معاهدة عليف')).toEqual([['معاهدة عليف', 'a']]);
    const a = topic('a', 'organisation', 'معاهدة علييف', 'A');
    const b = topic('b', 'organisation', 'اتفاقية علييف', 'B');
    const c = topic('c', 'organisation', 'اتفاقية عليف', 'C');
    expect(exactOnly([a, b, c])('معاهدة عليف')).toEqual([]);
    expect(exactOnly([a, b, c])('اتفاقية عليف')).toEqual([['اتفاقية عليف', 'c']]);
  });
});
