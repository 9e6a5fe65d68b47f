import { describe, expect, it } from 'vitest';

import { createDetector } from '../../../lib/detect';
import { compileSources, type SourceFile } from '../../../lib/knowledge/compile';
import { markedNames } from '../../../lib/knowledge/names';
import { article, corpus } from './corpus';

let compiled: ReturnType<typeof compileSources> | undefined;
/** Compiled inside the first test that needs it, so that the tests judge the compile itself. */
const small = () => (compiled ??= compileSources(corpus()));

describe('compileSources', () => {
  it('ships every name and alias, as written, in the names half', () => {
    expect(small().names.version).toBe(1);
    expect(small().names.topics.map((t) => t.id)).toEqual(['zorvath', 'quenlin', 'melbrook']);
    expect(small().names.topics[0]).toEqual({
      id: 'zorvath',
      kind: 'person',
      name: { ar: 'زورفاث', en: 'Zorvath' },
      aliases: ['زورفاث', 'Zorvath', 'زورفات'],
      exclude: [],
      marked: true,
      nested: [],
    });
    expect(small().names.topics[2]?.exclude).toEqual(['Melbrook Town Hall']);
    expect(small().warnings).toEqual([]);
  });

  it('keeps article metadata and splits the body into blocks and sentences', () => {
    const alpha = small().details.articles[0];
    expect(alpha).toMatchObject({
      id: 'alpha',
      titleEn: 'Title',
      sourceEn: 'Source',
      url: null,
      language: 'en',
      date: { value: '2023-09-19', inferred: false, note: '' },
      notes: [],
    });
    expect(alpha?.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Zorvath and Quenlin'],
      ['paragraph', 'Zorvath met Quenlin in Melbrook. Then Zorvath left for good. Zorvath never came back.'],
      ['paragraph', 'Quenlin stayed in Melbrook.'],
    ]);
    expect(alpha?.blocks[1]?.sentences).toEqual([
      [0, 32],
      [33, 60],
      [61, 85],
    ]);
  });

  it('stores what the detector finds in every block', () => {
    const block = small().details.articles[0]?.blocks[1];
    const found = block?.mentions.map((m) => [m.topic, block.text.slice(m.start, m.end)]);
    expect(found).toEqual([
      ['zorvath', 'Zorvath'],
      ['quenlin', 'Quenlin'],
      ['melbrook', 'Melbrook'],
      ['zorvath', 'Zorvath'],
      ['zorvath', 'Zorvath'],
    ]);
  });

  it('links passages in reading order, once per sentence', () => {
    expect(small().details.topics.zorvath?.passages).toEqual([
      { article: 'alpha', block: 0, sentence: 0 },
      { article: 'alpha', block: 1, sentence: 0 },
      { article: 'alpha', block: 1, sentence: 1 },
      { article: 'alpha', block: 1, sentence: 2 },
    ]);
    expect(small().details.topics.melbrook?.passages).toEqual([
      { article: 'alpha', block: 1, sentence: 0 },
      { article: 'alpha', block: 2, sentence: 0 },
      { article: 'beta', block: 0, sentence: 0 },
    ]);
  });

  it('puts one mention per sentence when a topic is named twice in it', () => {
    const files = corpus({ beta: 'Quenlin, and Quenlin again, in Melbrook.' });
    const { details } = compileSources(files);
    const inBeta = details.topics.quenlin?.passages.filter((p) => p.article === 'beta');
    expect(inBeta).toEqual([{ article: 'beta', block: 0, sentence: 0 }]);
    expect(details.articles[1]?.blocks[0]?.mentions.filter((m) => m.topic === 'quenlin')).toHaveLength(2);
  });

  it('resolves each citation to the block and span of its quote', () => {
    const [fact] = small().details.topics.zorvath?.facts ?? [];
    expect(fact).toEqual({
      date: '2023-09',
      asOf: '2023-09',
      by: { kind: 'article' },
      text: { ar: 'حقيقة', en: 'A fact' },
      cite: { article: 'alpha', block: 1, start: 61, end: 84 },
    });
    const text = small().details.articles[0]?.blocks[1]?.text ?? '';
    expect(text.slice(61, 84)).toBe('Zorvath never came back');
  });

  it('keeps background and related topics', () => {
    expect(small().details.topics.melbrook).toMatchObject({
      id: 'melbrook',
      background: { ar: 'خلفية', en: 'Background' },
      facts: [],
      related: ['zorvath', 'quenlin'],
    });
  });

  it('does not depend on the order files are given in', () => {
    const files = [...corpus(), article('gamma', 'Quenlin was there.')];
    const expected = compileSources(files);
    expect(expected.details.articles.map((a) => a.id)).toEqual(['alpha', 'beta', 'gamma']);
    // Every order of the four files.
    const orders = (rest: SourceFile[]): SourceFile[][] =>
      rest.length <= 1 ? [rest] : rest.flatMap((f, i) => orders(rest.filter((_, j) => j !== i)).map((o) => [f, ...o]));
    for (const order of orders(files)) expect(compileSources(order)).toEqual(expected);
  });

  it('reads optional article fields', () => {
    const files = corpus();
    files[1] = article('beta', 'Quenlin was there.', {
      url: 'https://example.com/beta',
      date: 'unknown',
      date_note: 'the page prints no date',
      notes: '["Moscow, AFP"]',
    });
    const beta = compileSources(files).details.articles[1];
    expect(beta).toMatchObject({
      url: 'https://example.com/beta',
      date: { value: null, inferred: false, note: 'the page prints no date' },
      notes: ['Moscow, AFP'],
    });
  });
});

/** A fact citing alpha's last sentence, for topics that need one. */
const CITED_FACT = `  facts:
    - date: null
      ar: رحل
      en: He left
      cite: { article: alpha, quote: Zorvath never came back }
`;

describe('topics the articles describe without naming', () => {
  const unnamed = `- id: departure
  kind: event
  name: { ar: الرحيل الكبير, en: The Great Departure }
  marked: false
  background: { ar: خلفية, en: Background }
${CITED_FACT}`;

  it('take their passages from the sentences their facts cite, and stay off pages when unmarked', () => {
    const { names, details } = compileSources([...corpus(), { path: 'content/topics/events.yaml', text: unnamed }]);
    expect(details.topics.departure?.passages).toEqual([{ article: 'alpha', block: 1, sentence: 2 }]);
    const [, block] = details.articles[0]!.blocks;
    expect(block!.text.slice(...block!.sentences[2]!)).toBe('Zorvath never came back.');
    expect(markedNames(names).topics.map((t) => t.id)).not.toContain('departure');
    expect(markedNames(names).topics.map((t) => t.id)).toContain('zorvath');
  });

  it('list each cited sentence once, in the order of the facts', () => {
    const facts = `  facts:
    - date: null
      ar: رحل
      en: He left
      cite: { article: beta, quote: Its mayor }
    - date: null
      ar: رحل
      en: He left
      cite: { article: alpha, quote: Zorvath met Quenlin }
    - date: null
      ar: رحل
      en: He left
      cite: { article: beta, quote: is Quenlin }
    - date: null
      ar: رحل
      en: He left
      cite: { article: alpha, quote: Quenlin stayed }
`;
    const topic = unnamed.replace(CITED_FACT, facts);
    const { details } = compileSources([...corpus(), { path: 'content/topics/events.yaml', text: topic }]);
    // beta's second sentence (cited twice), then the first sentences of two blocks of alpha.
    expect(details.topics.departure?.passages).toEqual([
      { article: 'beta', block: 0, sentence: 1 },
      { article: 'alpha', block: 1, sentence: 0 },
      { article: 'alpha', block: 2, sentence: 0 },
    ]);
  });
});

describe("names that hold another topic's name", () => {
  it('are not matched, so the inner name is found, and stay searchable', () => {
    const war = `- id: melbrook-war
  kind: event
  name: { ar: حرب ميلبروك, en: Melbrook War }
  aliases: [The Long Fight]
  background: { ar: خلفية, en: Background }
${CITED_FACT}`;
    const { names, details } = compileSources([...corpus(), { path: 'content/topics/events.yaml', text: war }]);
    const topic = names.topics.find((t) => t.id === 'melbrook-war')!;
    expect(topic.nested).toEqual(['حرب ميلبروك', 'Melbrook War']);
    expect(topic.aliases).toContain('Melbrook War');
    const block = details.articles[1]!.blocks[0]!;
    expect(block.mentions.map((m) => m.topic)).toContain('melbrook');
    expect(
      createDetector(markedNames(names))
        .detect('The Melbrook War ended. The Long Fight too.')
        .map((m) => [m.text, m.topic]),
    ).toEqual([
      ['Melbrook', 'melbrook'],
      ['The Long Fight', 'melbrook-war'],
    ]);
  });
});
