// fuse.js is asked about accepted fuzzy candidates only when its answer is
// not known already: when every candidate costs at most MAX_FUSE_SCORE of the
// window's length it keeps them all, so only its order between equally good
// candidates of one topic is needed. Whether asked or not, the detector finds
// the same (the detector with its filters open always asks).
import { describe, expect, it, vi } from 'vitest';

import { detectorFrom } from '../../../lib/detect/matcher';
import { buildTables } from '../../../lib/detect/tables';
import type { NamesIndex } from '../../../lib/knowledge/types';

const searches = vi.hoisted(() => ({ count: 0 }));
vi.mock('fuse.js', async (importOriginal) => {
  const { default: Fuse } = await importOriginal<typeof import('fuse.js')>();
  type Search<T> = InstanceType<typeof Fuse<T>>['search'];
  class Counted<T> extends Fuse<T> {
    override search(...args: Parameters<Search<T>>): ReturnType<Search<T>> {
      searches.count++;
      return super.search(...args);
    }
  }
  return { default: Counted };
});

const names: NamesIndex = {
  version: 1,
  topics: [
    { id: 'pashinyan', kind: 'person', name: { ar: 'باشينيان', en: 'Pashinyan' }, aliases: [], exclude: [], marked: true },
    // Two spellings one vowel apart: a window without that vowel is as close to either.
    { id: 'costa-rica', kind: 'place', name: { ar: 'كوستاريكا', en: 'Costa Rica' }, aliases: ['كوستيريكا'], exclude: [], marked: true },
    { id: 'zakharova', kind: 'person', name: { ar: 'زاخاروفا', en: 'Zakharova' }, aliases: [], exclude: [], marked: true },
    { id: 'zakharovo', kind: 'place', name: { ar: 'زخاريوفا', en: 'Zakharyovo' }, aliases: [], exclude: [], marked: true },
  ],
};
const tables = buildTables(names);
const detector = (filters: boolean) =>
  detectorFrom({ ...tables, topicId: (i) => tables.ids[i] ?? '', guards: () => tables.guards, extras: () => tables.extras, filters });
const quick = detector(true);
const asking = detector(false);

/** What the detector finds in text, and how many times it asked fuse.js. */
function found(d: ReturnType<typeof detector>, text: string): { mentions: string[]; searches: number } {
  searches.count = 0;
  const mentions = d.detect(text).map((m) => `${m.topic} ${m.alias} ${m.match} ${m.start}-${m.end}`);
  return { mentions, searches: searches.count };
}

describe('asking fuse.js only when its answer is not known', () => {
  it('takes one close candidate without asking', () => {
    const text = 'قال باشنيان اليوم';
    expect(found(quick, text)).toEqual({ mentions: ['pashinyan باشينيان fuzzy 4-11'], searches: 0 });
    expect(found(asking, text)).toEqual({ mentions: ['pashinyan باشينيان fuzzy 4-11'], searches: 1 });
  });

  it('asks for the order of equally close spellings of one topic, and takes the one fuse.js puts first', () => {
    const text = 'زار كوستريكا أمس';
    const asked = found(quick, text);
    expect(asked.searches).toBe(1);
    expect(asked.mentions).toEqual(found(asking, text).mentions);
    expect(asked.mentions).toHaveLength(1);
    expect(asked.mentions[0]).toMatch(/^costa-rica (كوستاريكا|كوستيريكا) fuzzy 4-12$/);
  });

  it('refuses a window as close to two topics without asking', () => {
    // زخاروفا: one vowel from زاخاروفا (dropped) and from زخاريوفا (dropped), as long from both.
    const text = 'قالت زخاروفا إن';
    expect(found(quick, text)).toEqual({ mentions: [], searches: 0 });
    expect(found(asking, text).mentions).toEqual([]);
  });
});
