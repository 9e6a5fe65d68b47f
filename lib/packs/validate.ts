// Hand-written checks of a pack file's header and body: every field a card,
// the reader or the detector will use is checked for type and for the
// references between them (a passage's article, block and sentence exist), so
// a bad pack is refused at import with the path of the first wrong field
// instead of failing later in a tab. Text is only ever rendered as text.
import { isPartialDate } from '../knowledge/dates';
import { idProblem } from '../knowledge/ids';
import {
  TOPIC_KINDS,
  type Article,
  type Bilingual,
  type Block,
  type DetailsIndex,
  type FactSource,
  type NamesIndex,
  type TopicDetails,
  type TopicName,
} from '../knowledge/types';
import { fieldProblemArgs, type FieldProblem, type FieldProblemArgs } from './field-problem';
import { PackError } from './pack-error';
import type { PackBody, PackMeta } from './types';
import { isPackVersion } from './version';

type Json = Record<string, unknown>;

function invalid<K extends FieldProblem>(path: string, key: K, ...particulars: FieldProblemArgs<K>): never {
  const args = fieldProblemArgs(path, key, ...particulars);
  throw new PackError('invalid', `The pack is not valid: ${path} ${args[1]}.`, { args });
}

function record(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) invalid(path, 'object');
  return value as Json;
}

function list(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) invalid(path, 'list');
  return value;
}

function text(value: unknown, path: string, { empty = false } = {}): string {
  if (typeof value !== 'string') invalid(path, 'text');
  if (!empty && value.trim() === '') invalid(path, 'empty');
  return value;
}

function id(value: unknown, path: string): string {
  const s = text(value, path);
  if (idProblem(s) || s.length > 100) invalid(path, 'id');
  return s;
}

function bilingual(value: unknown, path: string, options?: { empty?: boolean }): Bilingual {
  const r = record(value, path);
  return { ar: text(r.ar, `${path}.ar`, options), en: text(r.en, `${path}.en`, options) };
}

function integer(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    invalid(path, 'whole-number', String(min), String(max));
  }
  return value;
}

function bool(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') invalid(path, 'boolean');
  return value;
}

function texts(value: unknown, path: string): string[] {
  return list(value, path).map((v, i) => text(v, `${path}[${i}]`));
}

function partialDate(value: unknown, path: string): string | null {
  if (value === null) return null;
  const s = text(value, path);
  if (!isPartialDate(s)) invalid(path, 'partial-date');
  return s;
}

function factSource(value: unknown, path: string): FactSource {
  const by = record(value, path);
  if (by.kind === 'article' || by.kind === 'analysts') return { kind: by.kind };
  if (by.kind === 'named') return { kind: 'named', name: bilingual(by.name, `${path}.name`) };
  invalid(`${path}.kind`, 'one-of', 'article, analysts, named');
}

export function checkMeta(header: Json): PackMeta {
  const version = text(header.version, 'version');
  if (!isPackVersion(version)) invalid('version', 'version');
  const created = text(header.created, 'created');
  if (Number.isNaN(Date.parse(created))) invalid('created', 'date-time');
  const counts = record(header.counts, 'counts');
  const dates = record(header.dates, 'dates');
  return {
    id: id(header.id, 'id'),
    title: bilingual(header.title, 'title'),
    version,
    description: bilingual(header.description, 'description', { empty: true }),
    created,
    counts: { articles: integer(counts.articles, 'counts.articles', 0, 1e7), topics: integer(counts.topics, 'counts.topics', 0, 1e7) },
    dates: { from: partialDate(dates.from, 'dates.from'), to: partialDate(dates.to, 'dates.to') },
  };
}

export function checkBody(value: unknown, meta: PackMeta): PackBody {
  const body = record(value, 'the body');
  const names = checkNames(body.names);
  const details = checkDetails(body.details, names);
  const matcher = record(body.matcher, 'matcher');
  if (typeof matcher.format !== 'number') invalid('matcher.format', 'number');
  if (details.articles.length !== meta.counts.articles)
    invalid('counts.articles', 'count', String(meta.counts.articles), String(details.articles.length));
  if (names.topics.length !== meta.counts.topics)
    invalid('counts.topics', 'count', String(meta.counts.topics), String(names.topics.length));
  return { names, details, matcher: body.matcher as PackBody['matcher'] };
}

function checkNames(value: unknown): NamesIndex {
  const r = record(value, 'names');
  if (r.version !== 1) invalid('names.version', 'equals', '1');
  const seen = new Set<string>();
  const topics = list(r.topics, 'names.topics').map((t, i): TopicName => {
    const path = `names.topics[${i}]`;
    const topic = record(t, path);
    const topicId = id(topic.id, `${path}.id`);
    if (seen.has(topicId)) invalid(`${path}.id`, 'repeated', topicId);
    seen.add(topicId);
    if (!TOPIC_KINDS.includes(topic.kind as TopicName['kind'])) invalid(`${path}.kind`, 'one-of', TOPIC_KINDS.join(', '));
    const out: TopicName = {
      id: topicId,
      kind: topic.kind as TopicName['kind'],
      name: bilingual(topic.name, `${path}.name`),
      aliases: texts(topic.aliases, `${path}.aliases`),
      exclude: texts(topic.exclude, `${path}.exclude`),
      marked: bool(topic.marked, `${path}.marked`),
    };
    if (topic.nested !== undefined) out.nested = texts(topic.nested, `${path}.nested`);
    return out;
  });
  return { version: 1, topics };
}

function checkDetails(value: unknown, names: NamesIndex): DetailsIndex {
  const r = record(value, 'details');
  if (r.version !== 1) invalid('details.version', 'equals', '1');
  const topicIds = new Set(names.topics.map((t) => t.id));
  const articles = list(r.articles, 'details.articles').map((a, i) => checkArticle(a, `details.articles[${i}]`, topicIds));
  const byId = new Map<string, Article>();
  for (const [i, a] of articles.entries()) {
    if (byId.has(a.id)) invalid(`details.articles[${i}].id`, 'repeated', a.id);
    byId.set(a.id, a);
  }
  const raw = record(r.topics, 'details.topics');
  const topics: Record<string, TopicDetails> = {};
  for (const topicId of topicIds) {
    if (!Object.hasOwn(raw, topicId)) invalid('details.topics', 'no-details', topicId);
    topics[topicId] = checkTopicDetails(raw[topicId], `details.topics.${topicId}`, topicId, topicIds, byId);
  }
  for (const key of Object.keys(raw)) if (!topicIds.has(key)) invalid(`details.topics.${key}`, 'not-listed');
  return { version: 1, articles, topics };
}

function checkArticle(value: unknown, path: string, topicIds: Set<string>): Article {
  const a = record(value, path);
  const date = record(a.date, `${path}.date`);
  if (a.language !== 'ar' && a.language !== 'en') invalid(`${path}.language`, 'one-of', 'ar, en');
  return {
    id: id(a.id, `${path}.id`),
    title: text(a.title, `${path}.title`),
    titleEn: text(a.titleEn, `${path}.titleEn`),
    source: text(a.source, `${path}.source`),
    sourceEn: text(a.sourceEn, `${path}.sourceEn`),
    url: a.url === null ? null : text(a.url, `${path}.url`),
    date: {
      value: partialDate(date.value, `${path}.date.value`),
      inferred: bool(date.inferred, `${path}.date.inferred`),
      note: text(date.note, `${path}.date.note`, { empty: true }),
    },
    language: a.language,
    notes: texts(a.notes, `${path}.notes`),
    blocks: list(a.blocks, `${path}.blocks`).map((b, i) => checkBlock(b, `${path}.blocks[${i}]`, topicIds)),
  };
}

function span(value: unknown, path: string, length: number): [number, number] {
  const pair = list(value, path);
  if (pair.length !== 2) invalid(path, 'span');
  const start = integer(pair[0], `${path}[0]`, 0, length);
  const end = integer(pair[1], `${path}[1]`, start, length);
  return [start, end];
}

function checkBlock(value: unknown, path: string, topicIds: Set<string>): Block {
  const b = record(value, path);
  if (b.kind !== 'heading' && b.kind !== 'paragraph') invalid(`${path}.kind`, 'one-of', 'heading, paragraph');
  const body = text(b.text, `${path}.text`);
  return {
    kind: b.kind,
    text: body,
    sentences: list(b.sentences, `${path}.sentences`).map((s, i) => span(s, `${path}.sentences[${i}]`, body.length)),
    mentions: list(b.mentions, `${path}.mentions`).map((m, i) => {
      const mp = `${path}.mentions[${i}]`;
      const mention = record(m, mp);
      const topic = text(mention.topic, `${mp}.topic`);
      if (!topicIds.has(topic)) invalid(`${mp}.topic`, 'unknown-topic', topic);
      const [start, end] = span([mention.start, mention.end], mp, body.length);
      return { topic, start, end };
    }),
  };
}

function checkTopicDetails(
  value: unknown,
  path: string,
  topicId: string,
  topicIds: Set<string>,
  articles: Map<string, Article>,
): TopicDetails {
  const t = record(value, path);
  if (t.id !== topicId) invalid(`${path}.id`, 'equals', `"${topicId}"`);
  const blockOf = (articleId: unknown, block: unknown, where: string): Block => {
    const article = articles.get(text(articleId, `${where}.article`));
    if (!article) invalid(`${where}.article`, 'unknown-article', String(articleId));
    const b = article.blocks[integer(block, `${where}.block`, 0, article.blocks.length - 1)];
    return b!;
  };
  return {
    id: topicId,
    background: bilingual(t.background, `${path}.background`),
    facts: list(t.facts, `${path}.facts`).map((f, i) => {
      const fp = `${path}.facts[${i}]`;
      const fact = record(f, fp);
      const cite = record(fact.cite, `${fp}.cite`);
      const block = blockOf(cite.article, cite.block, `${fp}.cite`);
      const [start, end] = span([cite.start, cite.end], `${fp}.cite`, block.text.length);
      return {
        date: partialDate(fact.date, `${fp}.date`),
        asOf: partialDate(fact.asOf, `${fp}.asOf`),
        by: factSource(fact.by, `${fp}.by`),
        text: bilingual(fact.text, `${fp}.text`),
        cite: { article: cite.article as string, block: cite.block as number, start, end },
      };
    }),
    related: list(t.related, `${path}.related`).map((r, i) => {
      const rid = text(r, `${path}.related[${i}]`);
      if (!topicIds.has(rid)) invalid(`${path}.related[${i}]`, 'unknown-topic', rid);
      return rid;
    }),
    passages: list(t.passages, `${path}.passages`).map((p, i) => {
      const pp = `${path}.passages[${i}]`;
      const passage = record(p, pp);
      const block = blockOf(passage.article, passage.block, pp);
      integer(passage.sentence, `${pp}.sentence`, 0, block.sentences.length - 1);
      return { article: passage.article as string, block: passage.block as number, sentence: passage.sentence as number };
    }),
  };
}
