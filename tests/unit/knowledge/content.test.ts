// The real content/ compiles: every check passes and every topic has passages.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import { compileContent, type CompiledKnowledge } from '../../../lib/knowledge/compile';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const contentDir = fileURLToPath(new URL('../../../content', import.meta.url));

let compiled: CompiledKnowledge | undefined;
/** Compiled on first use, inside a test, so content errors show as a failing test. */
const knowledge = (): CompiledKnowledge => (compiled ??= compileContent(contentDir, root));

describe('content/', () => {
  it('compiles and has articles and topics', () => {
    const { names, details } = knowledge();
    expect(details.articles.length).toBeGreaterThan(0);
    expect(names.topics.length).toBeGreaterThan(0);
  });

  it('gives every topic at least one passage', () => {
    const { names, details } = knowledge();
    const without = names.topics.filter((t) => (details.topics[t.id]?.passages.length ?? 0) === 0).map((t) => t.id);
    expect(without).toEqual([]);
  });

  it('gives every passage and citation a sentence or span that exists', () => {
    const { details } = knowledge();
    const articles = new Map(details.articles.map((a) => [a.id, a]));
    for (const topic of Object.values(details.topics)) {
      for (const p of topic.passages) expect(articles.get(p.article)?.blocks[p.block]?.sentences[p.sentence]).toBeDefined();
      for (const { cite } of topic.facts) {
        const text = articles.get(cite.article)?.blocks[cite.block]?.text ?? '';
        expect(cite.end).toBeLessThanOrEqual(text.length);
        expect(cite.start).toBeLessThan(cite.end);
      }
    }
  });
});
