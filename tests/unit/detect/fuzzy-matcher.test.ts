// The fuzzy step's choices between readings of the same words: a word read
// alone as one name and, with the words after it, as a longer one; readings
// from different places a name may start in a word (after a clitic or not);
// an exact mention lengthened only over free words just before it; and
// pages with more name starts than its first buffer holds.
import { describe, expect, it } from 'vitest';

import { createDetector } from '../../../lib/detect';
import type { TopicName } from '../../../lib/knowledge/types';
import { topic } from './fixture-names';

const TOPICS = [
  topic('stepanakert', 'place', 'ستيباناكيرت', 'Stepanakert'),
  topic('stepanakert-airport', 'place', 'مطار ستيباناكيرت', 'Stepanakert Airport', ['ستيباناكيرت الدولي']),
  topic('zakharova', 'person', 'ماريا زاخاروفا', 'Maria Zakharova', ['زاخاروفا', 'Zakharova']),
  topic('erdogan', 'person', 'رجب طيب أردوغان', 'Recep Tayyip Erdogan', ['Tayyip Erdogan', 'Erdogan', 'أردوغان']),
  topic('gerasimov', 'person', 'فاليري غيراسيموف', 'Valery Gerasimov', ['غيراسيموف', 'Gerasimov']),
];

// Built in each test, so that building is under test too.
const build = (topics: TopicName[] = TOPICS) => createDetector({ version: 1, topics });
const found = (text: string, topics?: TopicName[]): string[][] =>
  build(topics)
    .detect(text)
    .map((m) => [m.text, m.match === 'fuzzy' ? `${m.topic}~` : m.topic]);

describe('a word read alone as one name and with the next words as a longer one', () => {
  it('is read as the longer name, in either script', () => {
    expect(found('at Stepanakiert Airport today')).toEqual([['Stepanakiert Airport', 'stepanakert-airport~']]);
    expect(found('في ستيباناكيرتت الدولي')).toEqual([['ستيباناكيرتت الدولي', 'stepanakert-airport~']]);
  });

  it('is read alone when the next word does not fit the longer name', () => {
    expect(found('at Stepanakiert today')).toEqual([['Stepanakiert', 'stepanakert~']]);
    expect(found('في ستيباناكيرتت اليوم')).toEqual([['ستيباناكيرتت', 'stepanakert~']]);
  });

  it('is read so wherever it recurs, the run after it deciding each time', () => {
    expect(found('Stepanakiert Airport and Stepanakiert and Stepanakiert Airport')).toEqual([
      ['Stepanakiert Airport', 'stepanakert-airport~'],
      ['Stepanakiert', 'stepanakert~'],
      ['Stepanakiert Airport', 'stepanakert-airport~'],
    ]);
  });
});

describe('a window of Latin words', () => {
  it('is read only from a capitalised word, and only as far as its words are capitalised', () => {
    expect(found('at Stepanakiert airport today')).toEqual([['Stepanakiert', 'stepanakert~']]);
    expect(found('at stepanakiert Airport today')).toEqual([]);
    expect(found('at STEPANAKIERT AIRPORT today')).toEqual([['STEPANAKIERT AIRPORT', 'stepanakert-airport~']]);
    expect(found('Tayyip erdogen and Tayyip Erdogen')).toEqual([['Tayyip Erdogen', 'erdogan~']]);
  });

  it('does not stop an Arabic window, which has no capitals', () => {
    expect(found('in Stepanakiert ستيباناكيرتت الدولي')).toEqual([
      ['Stepanakiert', 'stepanakert~'],
      ['ستيباناكيرتت الدولي', 'stepanakert-airport~'],
    ]);
  });
});

describe('an exact mention lengthened over the words before it', () => {
  it('never over a word another mention took', () => {
    // Gerasimov's own exact mention keeps its word; Tayip alone is not read as Erdogan's name.
    expect(found('Gerasimov Tayip Erdogan')).toEqual([
      ['Gerasimov', 'gerasimov'],
      ['Tayip Erdogan', 'erdogan~'],
    ]);
    expect(found('Zakharova Recep Tayip Erdogan')).toEqual([
      ['Zakharova', 'zakharova'],
      ['Recep Tayip Erdogan', 'erdogan~'],
    ]);
  });

  it('never over a word another topic took, though it would spell the name', () => {
    const club = topic('recep-club', 'organisation', 'نادي ريجيب', 'Recep');
    const horse = topic('tayip-horse', 'organisation', 'حصان تايب', 'Tayip');
    expect(found('Recep Tayip Erdogan', [...TOPICS, club])).toEqual([
      ['Recep', 'recep-club'],
      ['Tayip Erdogan', 'erdogan~'],
    ]);
    expect(found('Recep Tayip Erdogan', [...TOPICS, horse])).toEqual([
      ['Tayip', 'tayip-horse'],
      ['Erdogan', 'erdogan'],
    ]);
  });

  it('never over a word whose mention starts after a clitic, nor when it starts the text', () => {
    expect(found('رجب طيب وأردوغان')).toEqual([['أردوغان', 'erdogan']]);
    expect(found('Erdogan said')).toEqual([['Erdogan', 'erdogan']]);
    expect(found('Tayip Erdogan said')).toEqual([['Tayip Erdogan', 'erdogan~']]);
  });

  it('never to more words than any name has', () => {
    // Four words would be needed to take both words before Tayyip Erdogan's two.
    expect(found('Resep Recep Tayyip Erdogan')).toEqual([['Recep Tayyip Erdogan', 'erdogan']]);
  });
});

describe('a page with many words that begin some longer name', () => {
  it('still reads a longer name after more than the first buffer holds', () => {
    // Ninety names of two words, each first word different; the page names each first word once, then one name misspelt.
    const many = Array.from({ length: 90 }, (_, i) => {
      const first = `Qar${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}dom`;
      return topic(`t${i}`, 'place', `مكان ${i}`, `${first} Vallenport`);
    });
    const firsts = many.map((t) => t.name.en.split(' ')[0]).join(', ');
    const text = `${firsts}. Then ${many[89]?.name.en.split(' ')[0]} Valenport.`;
    const out = found(text, many);
    expect(out).toEqual([[`${many[89]?.name.en.split(' ')[0]} Valenport`, 't89~']]);
  });
});
