// Reads one content/topics/*.yaml: a list of topics. Checks each topic on its
// own; what needs other files (ids, aliases, citations) is checked in compile.
import { isMap, type Node } from 'yaml';

import type { ProblemLog } from './content-error';
import { isPartialDate } from './dates';
import { idProblem } from './ids';
import type { Bilingual, FactSource, LeadsHere, TopicKind } from './types';
import { TOPIC_KINDS } from './types';
import { MapReader, readList, YamlSource, type Located } from './yaml-fields';

export interface ParsedFact {
  /** Line of the fact's mapping, where rules about the whole fact point. */
  line: number;
  date: string | null;
  /** The as_of field: the date an undated fact speaks from, when not its article's. */
  asOf: string | null;
  by: FactSource;
  text: Bilingual;
  /** Lines of the article and quote fields, where citation problems point. */
  cite: { article: Located<string>; quote: Located<string> };
}

export interface ParsedTopic {
  file: string;
  line: number;
  id: string;
  kind: TopicKind;
  name: Bilingual;
  /** The names, then the aliases, each with its line: every surface form. */
  forms: Located<string>[];
  exclude: Located<string>[];
  marked: boolean;
  background: Bilingual;
  facts: ParsedFact[];
  related: Located<string>[];
  /** Names of other things that lead to this card; their names are among the forms too. */
  leadsHere: LeadsHere[];
  /** The context field with the lines of its entries, when given. */
  context?: ParsedContext;
}

export interface ParsedContext {
  line: number;
  needs: Located<string>[];
  for: Located<string>[];
  against: Located<string>[];
  topics: Located<string>[];
}

const TOPIC_FIELDS = [
  'id',
  'kind',
  'name',
  'aliases',
  'leads_here',
  'exclude',
  'marked',
  'context',
  'background',
  'facts',
  'related',
] as const;
const LEADS_FIELDS = ['names', 'what'] as const;
const CONTEXT_FIELDS = ['needs', 'for', 'against', 'topics'] as const;
const BILINGUAL_FIELDS = ['ar', 'en'] as const;
const FACT_FIELDS = ['date', 'as_of', 'by', 'ar', 'en', 'cite'] as const;
const CITE_FIELDS = ['article', 'quote'] as const;

/** The topics that are well formed; problems with the others are in log. */
export function parseTopics(file: string, text: string, log: ProblemLog): ParsedTopic[] {
  const src = new YamlSource(file, log);
  const root = src.parse(text);
  if (root === undefined || root === null) return [];
  const items = readList(src, root, 1, 'a topics file');
  return (items ?? []).flatMap((item) => parseTopic(src, item.node, item.line) ?? []);
}

function parseTopic(src: YamlSource, node: Node | null, line: number): ParsedTopic | undefined {
  // Named by its id in every message about it, when it has one.
  const rawId: unknown = isMap(node) ? node.get('id') : undefined;
  const what = typeof rawId === 'string' ? `topic "${rawId}"` : 'a topic';
  const topic = MapReader.open(src, node, line, what, TOPIC_FIELDS);
  if (!topic) return undefined;
  const id = topic.string('id');
  const badId = id === undefined ? undefined : idProblem(id);
  if (badId) src.problem(topic.lineOfField('id'), badId);
  const kind = readKind(topic);
  const nameMap = topic.map('name', BILINGUAL_FIELDS);
  const name = nameMap && readBilingual(nameMap);
  const aliases = topic.stringList('aliases');
  const exclude = topic.stringList('exclude');
  const marked = topic.boolean('marked', true);
  const backgroundMap = topic.map('background', BILINGUAL_FIELDS);
  const background = backgroundMap && readBilingual(backgroundMap);
  const facts = readFacts(topic);
  const related = topic.stringList('related');
  const context = readContext(topic);
  const leads = readLeadsHere(topic);

  if (
    id === undefined ||
    badId ||
    kind === undefined ||
    !nameMap ||
    !name ||
    !aliases ||
    !exclude ||
    marked === undefined ||
    !background ||
    !facts ||
    !related ||
    context === undefined ||
    !leads
  ) {
    return undefined;
  }
  const forms = [
    { value: name.ar, line: nameMap.lineOfField('ar') },
    { value: name.en, line: nameMap.lineOfField('en') },
    ...aliases,
    ...leads.flatMap((l) => l.names),
  ];
  const leadsHere = leads.map((l) => ({ names: l.names.map((n) => n.value), what: l.what }));
  const parsed: ParsedTopic = {
    file: src.file,
    line: topic.line,
    id,
    kind,
    name,
    forms,
    exclude,
    marked,
    background,
    facts,
    related,
    leadsHere,
  };
  if (context) parsed.context = context;
  return parsed;
}

/** leads_here: a list of { names, what { ar, en } }; absent gives []. */
function readLeadsHere(topic: MapReader): { names: Located<string>[]; what: Bilingual }[] | undefined {
  const items = topic.list('leads_here');
  if (!items) return undefined;
  const out: { names: Located<string>[]; what: Bilingual }[] = [];
  for (const [i, item] of items.entries()) {
    const map = MapReader.open(topic.src, item.node, item.line, `leads_here entry ${i + 1} of ${topic.what}`, LEADS_FIELDS);
    const names = map?.stringList('names');
    const whatMap = map?.map('what', BILINGUAL_FIELDS);
    const what = whatMap && readBilingual(whatMap);
    if (!names || !what) return undefined;
    if (names.length === 0) return topic.src.problem(item.line, `leads_here entry ${i + 1} of ${topic.what} lists no names`);
    out.push({ names, what });
  }
  return out;
}

/** null when absent; undefined (after logging) when malformed. */
function readContext(topic: MapReader): ParsedContext | null | undefined {
  if (topic.rawValue('context') === undefined) return null;
  const map = topic.map('context', CONTEXT_FIELDS);
  if (!map) return undefined;
  const needs = map.stringList('needs');
  const cuesFor = map.stringList('for');
  const against = map.stringList('against');
  const topics = map.stringList('topics');
  if (!needs || !cuesFor || !against || !topics) return undefined;
  return { line: map.line, needs, for: cuesFor, against, topics };
}

function readKind(topic: MapReader): TopicKind | undefined {
  const kind = topic.string('kind');
  if (kind === undefined) return undefined;
  const known = TOPIC_KINDS.find((k) => k === kind);
  if (known) return known;
  return topic.src.problem(topic.lineOfField('kind'), `kind "${kind}" must be one of ${TOPIC_KINDS.join(', ')}`);
}

function readBilingual(map: MapReader): Bilingual | undefined {
  const ar = map.string('ar');
  const en = map.string('en');
  return ar === undefined || en === undefined ? undefined : { ar, en };
}

function readFacts(topic: MapReader): ParsedFact[] | undefined {
  const items = topic.list('facts');
  if (!items) return undefined;
  const facts = items.map((item, i) => readFact(topic.src, item.node, item.line, `fact ${i + 1} of ${topic.what}`));
  return facts.every((f) => f !== undefined) ? facts : undefined;
}

function readFact(src: YamlSource, node: Node | null, line: number, what: string): ParsedFact | undefined {
  const fact = MapReader.open(src, node, line, what, FACT_FIELDS);
  if (!fact) return undefined;
  const date = fact.optionalString('date');
  const badDate = Boolean(date && !isPartialDate(date));
  if (badDate) src.problem(fact.lineOfField('date'), `date "${date}" must be YYYY-MM-DD, YYYY-MM, YYYY or null`);
  const asOf = fact.optionalString('as_of');
  const badAsOf = Boolean(asOf && !isPartialDate(asOf));
  if (badAsOf) src.problem(fact.lineOfField('as_of'), `as_of "${asOf}" must be YYYY-MM-DD, YYYY-MM or YYYY`);
  const by = readSource(fact);
  const ar = fact.string('ar');
  const en = fact.string('en');
  const cite = fact.map('cite', CITE_FIELDS);
  const article = cite?.string('article');
  const quote = cite?.string('quote');
  if (date === undefined || badDate || asOf === undefined || badAsOf || !by || !ar || !en || !cite || !article || !quote) {
    return undefined;
  }
  const cited = {
    article: { value: article, line: cite.lineOfField('article') },
    quote: { value: quote, line: cite.lineOfField('quote') },
  };
  return { line: fact.line, date, asOf, by, text: { ar, en }, cite: cited };
}

/** by: article (the default), analysts, or a named source as { ar, en }. */
function readSource(fact: MapReader): FactSource | undefined {
  const raw = fact.rawValue('by');
  if (raw === undefined) return { kind: 'article' };
  if (raw === 'article' || raw === 'analysts') return { kind: raw };
  if (raw === 'map') {
    const named = fact.map('by', BILINGUAL_FIELDS);
    const name = named && readBilingual(named);
    return name ? { kind: 'named', name } : undefined;
  }
  return fact.src.problem(fact.lineOfField('by'), `field "by" in ${fact.what} must be article, analysts or a named source { ar, en }`);
}
