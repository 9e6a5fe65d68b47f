// Fuzzy matching with names written for the purpose: which windows of words
// it reads, how an exact mention grows over the rest of its name, and the
// guards that look at the page around a window.
import { describe, expect, it } from 'vitest';

import { createDetector } from '../../../lib/detect';
import { topic } from './fixture-names';

// Built in each test, so that building the fuzzy index is under test too.
const build = () =>
  createDetector({
    version: 1,
    topics: [
      topic('erdogan', 'person', 'رجب طيب أردوغان', 'Recep Tayyip Erdogan', ['Tayyip Erdogan', 'Erdogan', 'أردوغان']),
      topic('pashinyan', 'person', 'نيكول باشينيان', 'Nikol Pashinyan', ['باشينيان', 'Pashinyan']),
      topic('zakharova', 'person', 'ماريا زاخاروفا', 'Maria Zakharova', ['زاخاروفا']),
      topic('stepanakert', 'place', 'ستيباناكيرت', 'Stepanakert'),
    ],
  });
const found = (text: string): string[][] =>
  build()
    .detect(text)
    .map((m) => [m.text, m.match === 'fuzzy' ? `${m.topic}~` : m.topic]);

describe('an exact mention lengthened over the rest of its name', () => {
  it('over two words before it first, else one', () => {
    expect(found('said Recep Tayip Erdogan today')).toEqual([['Recep Tayip Erdogan', 'erdogan~']]);
    expect(found('said Tayip Erdogan today')).toEqual([['Tayip Erdogan', 'erdogan~']]);
    expect(found('said Recep Tayyip Erdogan today')).toEqual([['Recep Tayyip Erdogan', 'erdogan']]);
  });

  it('not over words another mention took, nor across punctuation', () => {
    expect(found('Pashinyan Tayip Erdogan')).toEqual([
      ['Pashinyan', 'pashinyan'],
      ['Tayip Erdogan', 'erdogan~'],
    ]);
    expect(found('Tayip, Erdogan')).toEqual([['Erdogan', 'erdogan']]);
  });

  it('only with capitals on every word of a Latin name', () => {
    expect(found('recep tayip Erdogan')).toEqual([['Erdogan', 'erdogan']]);
    expect(found('Recep tayip Erdogan')).toEqual([['Erdogan', 'erdogan']]);
  });

  it('in Arabic too, the clitic of the first word read off', () => {
    expect(found('قال ورجب طيب أردوغان')).toEqual([['رجب طيب أردوغان', 'erdogan']]);
    expect(build().detect('قال ورجب طيب اردوغن')).toMatchObject([
      { text: 'رجب طيب اردوغن', topic: 'erdogan', match: 'fuzzy', alias: 'رجب طيب اردوغان', prefix: 'و' },
    ]);
  });
});

describe('an exact mention that is not lengthened', () => {
  it('one after a clitic, whose word does not start the name', () => {
    expect(found('رجب طيب وأردوغان')).toEqual([['أردوغان', 'erdogan']]);
  });
});

describe('windows of free words', () => {
  it('takes the reading of more words over a closer one of fewer', () => {
    expect(found('Nikol Pashinian')).toEqual([['Nikol Pashinian', 'pashinyan~']]);
    expect(found('Pashinian')).toEqual([['Pashinian', 'pashinyan~']]);
  });

  it('asks capitals of a Latin window even when the alias has none', () => {
    const lower = createDetector({ version: 1, topics: [topic('s', 'place', 'ستيباناكيرت', 'stepanakert')] });
    expect(lower.detect('in Stepanakrt').map((m) => m.text)).toEqual(['Stepanakrt']);
    expect(lower.detect('in stepanakrt').map((m) => m.text)).toEqual([]);
    expect(lower.detect('in stepanakert').map((m) => m.text)).toEqual(['stepanakert']);
  });

  it('reads a name of several words across single spaces only', () => {
    expect(found('Nikol Pashinian said')).toEqual([['Nikol Pashinian', 'pashinyan~']]);
    expect(found('Nikol, Pashinian said')).toEqual([['Pashinian', 'pashinyan~']]);
  });

  it('reads a word alone after a clitic', () => {
    expect(found('وزخاروفا قالت')).toEqual([['زخاروفا', 'zakharova~']]);
    expect(found('قال ستيباناكرت')).toEqual([['ستيباناكرت', 'stepanakert~']]);
  });

  it('reads the same words again in another place, and each run once', () => {
    expect(found('زخاروفا وزخاروفا ثم زخاروفا')).toEqual([
      ['زخاروفا', 'zakharova~'],
      ['زخاروفا', 'zakharova~'],
      ['زخاروفا', 'zakharova~'],
    ]);
  });

  it('never a word too short or too long for any alias', () => {
    expect(found('قال زخار')).toEqual([]);
    expect(found('قال ستيباناكيرتستيباناكيرت')).toEqual([]);
  });
});
