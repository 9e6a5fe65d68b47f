// Names written all in capitals (headlines, banners, captions): an English
// alias needs its capital, and a word in capitals has it. Lower case stays
// unmatched, and an acronym is still kept or dropped by its context rules.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import { contextDetectorFactory } from '../../../lib/context/in-context';
import { createDetector } from '../../../lib/detect';
import { compileContent } from '../../../lib/knowledge/compile';
import { markedNames } from '../../../lib/knowledge/names';
import { FIXTURE_NAMES } from './fixture-names';

const detector = createDetector(FIXTURE_NAMES);
const found = (text: string): string[][] => detector.detect(text).map((m) => [m.text, m.match === 'fuzzy' ? `${m.topic}~` : m.topic]);

describe('names in capitals', () => {
  it('matches a capitalised alias written all in capitals, one word or several', () => {
    expect(found('NIKOL PASHINYAN RESIGNS')).toEqual([['NIKOL PASHINYAN', 'nikol-pashinyan']]);
    expect(found('PASHINYAN AND ALIYEV MEET IN MOSCOW')).toEqual([
      ['PASHINYAN', 'nikol-pashinyan'],
      ['ALIYEV', 'ilham-aliyev'],
      ['MOSCOW', 'moscow'],
    ]);
    expect(found('COLLECTIVE SECURITY TREATY ORGANIZATION')).toEqual([['COLLECTIVE SECURITY TREATY ORGANIZATION', 'csto']]);
  });

  it('reads an unlisted spelling in capitals tolerantly, as in mixed case', () => {
    expect(found('NIKOL PASHINIAN SAID')).toEqual([['NIKOL PASHINIAN', 'nikol-pashinyan~']]);
    expect(found('Nikol Pashinian said')).toEqual([['Nikol Pashinian', 'nikol-pashinyan~']]);
  });

  it('keeps lower-case words unmatched, in capitalised text or not', () => {
    expect(found('nikol pashinyan resigns')).toEqual([]);
    expect(found('the pashinian way')).toEqual([]);
    expect(found('ROAST turkey, NOT TURKEY')).toEqual([['TURKEY', 'turkey']]);
  });

  it('keeps excludes and the surname guard in capitals', () => {
    expect(found('DYNAMO KIEV WIN')).toEqual([]);
    expect(found('LOKOMOTIV MOSCOW LOSE')).toEqual([]);
    expect(found('DANIIL MEDVEDEV WINS')).toEqual([]);
    expect(found('MEDVEDEV SAID')).toEqual([['MEDVEDEV', 'dmitry-medvedev']]);
  });
});

describe('acronyms in capitals keep their context rules', () => {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const inContext = contextDetectorFactory(createDetector(markedNames(compileContent(`${root}content`, root).names)));
  const marked = (text: string): string[][] =>
    inContext('')
      .detect(text)
      .map((m) => [m.text, m.topic]);

  it('marks ICC in a capitals headline only where the sentence shows the court', () => {
    expect(marked('THE ICC PROSECUTOR ASKED JUDGES FOR AN ARREST WARRANT')).toEqual([['ICC', 'international-criminal-court']]);
    expect(marked('THE ICC SAID ON MONDAY')).toEqual([]);
    expect(marked('INDIA WIN THE ICC CRICKET WORLD CUP')).toEqual([]);
    expect(marked('INTERNATIONAL CRIMINAL COURT ISSUES WARRANT')).toEqual([
      ['INTERNATIONAL CRIMINAL COURT', 'international-criminal-court'],
    ]);
  });
});
