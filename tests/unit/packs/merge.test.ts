import { describe, expect, it } from 'vitest';

import type { NamesIndex } from '../../../lib/knowledge/types';
import { describeWarning, mergePacks, type PackSource } from '../../../lib/packs/merge';
import { compiled } from './fixture';

function source(id: string, change?: (s: PackSource) => void): PackSource {
  const { names, details } = structuredClone(compiled());
  const s: PackSource = { meta: { id, title: { ar: id, en: id } }, names, details };
  change?.(s);
  return s;
}

const topic = (names: NamesIndex, id: string) => names.topics.find((t) => t.id === id)!;

describe('mergePacks', () => {
  it('is one pack unchanged when alone', () => {
    const one = source('a');
    const merged = mergePacks([one]);
    expect(merged.names.topics.map((t) => t.aliases)).toEqual(one.names.topics.map((t) => t.aliases));
    expect(merged.details.articles.map((a) => a.id)).toEqual(['alpha', 'beta']);
    expect(merged.warnings).toEqual([]);
    expect(merged.articlePack.get('alpha')).toBe('a');
  });

  it('unites one topic across packs: names, facts and passages from each, with their pack', () => {
    const b = source('b', (s) => {
      // Pack b knows Zorvath by another alias and from its own article.
      s.details.articles = s.details.articles.map((a) => ({ ...a, id: `b-${a.id}` }));
      for (const t of Object.values(s.details.topics)) {
        t.passages = t.passages.map((p) => ({ ...p, article: `b-${p.article}` }));
        t.facts = t.facts.map((f) => ({ ...f, cite: { ...f.cite, article: `b-${f.cite.article}` } }));
      }
      topic(s.names, 'zorvath').aliases.push('Zorvat the Elder');
      s.details.topics.zorvath!.background = { ar: 'أخرى', en: 'Other' };
    });
    const merged = mergePacks([source('a'), b]);
    expect(merged.names.topics).toHaveLength(3);
    expect(topic(merged.names, 'zorvath').aliases).toContain('Zorvat the Elder');
    const zorvath = merged.details.topics.zorvath!;
    expect(zorvath.background.en).toBe('Background');
    expect(zorvath.facts.map((f) => f.cite.article)).toEqual(['alpha', 'b-alpha']);
    expect(new Set(zorvath.passages.map((p) => merged.articlePack.get(p.article)))).toEqual(new Set(['a', 'b']));
    expect(merged.warnings).toEqual([]);
  });

  it('gives an alias two packs claim for different topics to the earlier pack, with a warning', () => {
    const b = source('b', (s) => {
      s.details.articles = [];
      for (const t of Object.values(s.details.topics)) {
        t.passages = [];
        t.facts = [];
      }
      topic(s.names, 'quenlin').aliases.push('Melbrook Town');
    });
    const merged = mergePacks([source('a'), b]);
    expect(topic(merged.names, 'quenlin').aliases).not.toContain('Melbrook Town');
    expect(topic(merged.names, 'melbrook').aliases).toContain('Melbrook Town');
    expect(merged.warnings).toEqual([
      { pack: 'b', kind: 'alias', what: 'Melbrook Town', topic: 'quenlin', keptBy: { pack: 'a', topic: 'melbrook' } },
    ]);
    expect(describeWarning(merged.warnings[0]!)).toBe('alias "Melbrook Town" of quenlin (pack b) is dropped: pack a gives it to melbrook');
    // With the earlier pack off, the alias is b's again.
    expect(topic(mergePacks([b]).names, 'quenlin').aliases).toContain('Melbrook Town');
  });

  it('compares aliases as the detector does', () => {
    const b = source('b', (s) => {
      s.details.articles = [];
      topic(s.names, 'quenlin').aliases.push('MELBROOK-town');
    });
    expect(mergePacks([source('a'), b]).warnings.map((w) => w.what)).toContain('MELBROOK-town');
  });

  it('keeps the first of two articles with one id and drops what points into the second', () => {
    const merged = mergePacks([source('a'), source('b')]);
    expect(merged.details.articles.map((a) => a.id)).toEqual(['alpha', 'beta']);
    expect(merged.warnings.filter((w) => w.kind === 'article').map((w) => w.what)).toEqual(['alpha', 'beta']);
    expect(merged.details.topics.zorvath!.facts).toHaveLength(1);
    expect(merged.articlePack.get('alpha')).toBe('a');
  });
});
