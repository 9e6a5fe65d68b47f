// What detect() hands back: mentions in text order, each saying how it
// matched; fuzzy matching on or off; the fields beyond names passed through;
// and nothing thrown on input that is not text.
import { describe, expect, it } from 'vitest';

import { createDetector, type Detector } from '../../../lib/detect';
import type { NamesIndex } from '../../../lib/knowledge/types';
import { FIXTURE_NAMES } from './fixture-names';

// Built in each test, so that building is under test too.
const detector = (options = {}): Detector => createDetector(FIXTURE_NAMES, options);

describe('mentions', () => {
  it('come in text order, fuzzy ones among exact ones', () => {
    const text = 'قالت زخاروفا إن كورسك ثم باشنيان في موسكو';
    const mentions = detector().detect(text);
    expect(mentions.map((m) => [m.text, m.match])).toEqual([
      ['زخاروفا', 'fuzzy'],
      ['كورسك', 'exact'],
      ['باشنيان', 'fuzzy'],
      ['موسكو', 'exact'],
    ]);
    expect(mentions.map((m) => m.start)).toEqual(['زخاروفا', 'كورسك', 'باشنيان', 'موسكو'].map((w) => text.indexOf(w)));
  });

  it('say the alias read and the clitic read off, for exact and fuzzy matches', () => {
    expect(detector().detect('ولليمن وبزخاروفا وموسكو')).toEqual([
      { topic: 'yemen', start: 2, end: 6, text: 'ليمن', match: 'exact', alias: 'اليمن', prefix: 'ول' },
      { topic: 'maria-zakharova', start: 9, end: 16, text: 'زخاروفا', match: 'fuzzy', alias: 'زاخاروفا', prefix: 'وب' },
      { topic: 'moscow', start: 18, end: 23, text: 'موسكو', match: 'exact', alias: 'موسكو', prefix: 'و' },
    ]);
  });

  it('with fuzzy matching off, only listed aliases and their variants', () => {
    const text = 'قالت زخاروفا في موسكو وجيراسيموف';
    expect(
      detector({ fuzzy: false })
        .detect(text)
        .map((m) => m.topic),
    ).toEqual(['moscow', 'valery-gerasimov']);
    expect(
      detector({ fuzzy: true })
        .detect(text)
        .map((m) => m.topic),
    ).toEqual(['maria-zakharova', 'moscow', 'valery-gerasimov']);
    expect(
      detector()
        .detect(text)
        .map((m) => m.topic),
    ).toEqual(['maria-zakharova', 'moscow', 'valery-gerasimov']);
  });

  it('inside one character that normalises to several words, only a name ending with the character', () => {
    // ﷺ reads صلي الله عليه وسلم: a name ending inside it would mark nothing.
    const place = (id: string, ar: string) => ({
      id,
      kind: 'place' as const,
      name: { ar, en: id },
      aliases: [],
      exclude: [],
      marked: true,
    });
    const d = createDetector({ version: 1, topics: [place('a', 'صلى الله'), place('b', 'عليه وسلم'), place('c', 'الله')] });
    expect(d.detect('قال ﷺ اليوم').map((m) => [m.topic, m.start, m.end, m.text])).toEqual([['b', 4, 5, 'ﷺ']]);
  });

  it('none, and nothing thrown, for input that is not text', () => {
    const d = detector();
    const bad: unknown[] = [undefined, null, 42, {}, ['موسكو']];
    for (const input of bad) expect(d.detect(input as string)).toEqual([]);
    expect(d.detect('')).toEqual([]);
  });

  it('none from an index with no names', () => {
    const empty = createDetector({ version: 1, topics: [] });
    expect(empty.detect('قالت زخاروفا في موسكو')).toEqual([]);
  });
});

describe('fields beyond names', () => {
  it('are passed through per topic, and nothing for a topic with none', () => {
    const extra = { cues: ['رئيس الوزراء'], needsContext: { aliases: ['باشينيان'] } };
    const names: NamesIndex = {
      version: 1,
      topics: FIXTURE_NAMES.topics.map((t) =>
        t.id === 'nikol-pashinyan' ? { ...t, ...extra } : t.id === 'kursk' ? { ...t, nested: ['كورسك الكبرى'] } : t,
      ),
    };
    const d = createDetector(names);
    expect(d.topicExtras('nikol-pashinyan')).toEqual(extra);
    // nested is one of the fields the matcher compiles.
    expect(d.topicExtras('kursk')).toBeUndefined();
    expect(d.topicExtras('moscow')).toBeUndefined();
    expect(d.topicExtras('toString')).toBeUndefined();
  });
});
