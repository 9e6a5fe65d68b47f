// content/ → { names, details }. Checks run in stages (each file alone, then
// across files, then what the detector finds); a stage runs only when the ones
// before it pass, so one mistake is not reported again as a cascade of others.
import { contextDetectorFactory } from '../context/in-context';
import { createDetector } from '../detect';
import { descriptionProblem } from './alias-rules';
import { resolveCitation } from './citations';
import { ProblemLog, type ContentProblem } from './content-error';
import { attributionIn, timeWordingIn } from './fact-rules';
import { linkPassages, type Linked } from './link';
import { buildNamesIndex, checkNames } from './names';
import { parseArticle, type ParsedArticle } from './parse-article';
import { parseTopics, type ParsedTopic } from './parse-topics';
import { readContentFiles, type SourceFile } from './read-content';
import type { DetailsIndex, Fact, NamesIndex, PassageRef, TopicDetails } from './types';

export type { SourceFile } from './read-content';

export interface CompiledKnowledge {
  names: NamesIndex;
  details: DetailsIndex;
  /** Not errors, but worth a look (fuzzy matches inside the bundled articles). */
  warnings: ContentProblem[];
}

const ARTICLE_PATH = /(?:^|\/)articles\/[^/]+\.md$/;
const TOPICS_PATH = /(?:^|\/)topics\/[^/]+\.ya?ml$/;

/** Reads contentDir and compiles it; paths in errors are relative to root. */
export function compileContent(contentDir: string, root: string = process.cwd()): CompiledKnowledge {
  return compileSources(readContentFiles(contentDir, root));
}

/** Compiles in-memory files whose paths end in articles/<id>.md or topics/<name>.yaml. */
export function compileSources(files: readonly SourceFile[]): CompiledKnowledge {
  const log = new ProblemLog();
  const { articles, topics } = parseAll(files, log);
  log.throwIfAny();

  checkUniqueIds(articles, topics, log);
  checkNames(topics, log);
  checkAliasesAreNames(topics, log);
  checkRelated(topics, log);
  const facts = resolveFacts(topics, articles, log);
  log.throwIfAny();

  const names = buildNamesIndex(topics);
  // The same context step as on pages, each article being its own page.
  const inContext = contextDetectorFactory(createDetector(names));
  const linked = linkPassages(articles, (article) => inContext(article.meta.title));
  checkCoverage(articles, topics, linked, facts, log);
  log.throwIfAny();

  const details: DetailsIndex = {
    version: 1,
    articles: linked.articles,
    topics: Object.fromEntries(topics.map((t) => [t.id, topicDetails(t, facts, linked)])),
  };
  const warnings = linked.fuzzy.map(({ article, block, text, topic }) => ({
    file: article.file,
    line: article.blocks[block]?.line ?? article.line,
    problem: `"${text}" is matched to ${topic} only by similarity; list it as an alias if right, or exclude it if wrong`,
  }));
  return { names, details, warnings };
}

function parseAll(files: readonly SourceFile[], log: ProblemLog): { articles: ParsedArticle[]; topics: ParsedTopic[] } {
  const articles: ParsedArticle[] = [];
  const topics: ParsedTopic[] = [];
  // Sorted so that the output, and which of two duplicates is "first", never depends on directory order.
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const { path, text } of sorted) {
    if (ARTICLE_PATH.test(path)) {
      const article = parseArticle(path, text, log);
      if (article) articles.push(article);
    } else if (TOPICS_PATH.test(path)) {
      topics.push(...parseTopics(path, text, log));
    } else {
      log.add(path, 1, 'not an article (articles/<id>.md) or a topics file (topics/<name>.yaml)');
    }
  }
  return { articles, topics };
}

function checkUniqueIds(articles: readonly ParsedArticle[], topics: readonly ParsedTopic[], log: ProblemLog): void {
  const articleAt = new Map<string, ParsedArticle>();
  for (const article of articles) {
    const { id } = article.meta;
    const first = articleAt.get(id);
    if (first) log.add(article.file, article.line, `article id "${id}" is also used by ${first.file}:${first.line}`);
    else articleAt.set(id, article);
  }
  const topicAt = new Map<string, ParsedTopic>();
  for (const topic of topics) {
    const first = topicAt.get(topic.id);
    if (first) log.add(topic.file, topic.line, `topic id "${topic.id}" is also defined at ${first.file}:${first.line}`);
    else topicAt.set(topic.id, topic);
  }
}

function checkRelated(topics: readonly ParsedTopic[], log: ProblemLog): void {
  const ids = new Set(topics.map((t) => t.id));
  for (const topic of topics) {
    const seen = new Set<string>();
    for (const { value: id, line } of topic.related) {
      if (id === topic.id) log.add(topic.file, line, `${topic.id} lists itself as related`);
      else if (!ids.has(id)) log.add(topic.file, line, `related topic "${id}" of ${topic.id} does not exist`);
      else if (seen.has(id)) log.add(topic.file, line, `related topic "${id}" of ${topic.id} is listed twice`);
      seen.add(id);
    }
    for (const { value: id, line } of topic.context?.topics ?? []) {
      if (id === topic.id || !ids.has(id)) log.add(topic.file, line, `context topic "${id}" of ${topic.id} must be another topic's id`);
    }
  }
}

/** forms starts with name.ar and name.en; the rest are aliases. */
function checkAliasesAreNames(topics: readonly ParsedTopic[], log: ProblemLog): void {
  for (const topic of topics) {
    for (const { value, line } of topic.forms.slice(2)) {
      const problem = descriptionProblem(value);
      if (problem) log.add(topic.file, line, `${problem} (${topic.id})`);
    }
  }
}

/** The text of the sentences of a block that a cited span touches. */
function citedSentences(block: ParsedArticle['blocks'][number], start: number, end: number): string {
  return block.sentences
    .filter(([from, to]) => from < end && to > start)
    .map(([from, to]) => block.text.slice(from, to))
    .join(' ');
}

/** Facts per topic id, with each quote resolved to its span. */
function resolveFacts(topics: readonly ParsedTopic[], articles: readonly ParsedArticle[], log: ProblemLog): Map<string, Fact[]> {
  // Of two articles with one id (already reported), quotes are sought in the first.
  const byId = new Map([...articles].reverse().map((a) => [a.meta.id, a]));
  const facts = new Map<string, Fact[]>();
  for (const topic of topics) {
    const resolved: Fact[] = [];
    for (const [i, fact] of topic.facts.entries()) {
      const { article: id, quote } = fact.cite;
      const article = byId.get(id.value);
      if (!article) {
        log.add(topic.file, id.line, `a fact of ${topic.id} cites article "${id.value}", which does not exist`);
        continue;
      }
      const cite = resolveCitation(id.value, article.blocks, quote.value);
      if (!cite) {
        log.add(topic.file, quote.line, `quote "${quote.value}" is not found word for word in one block of ${article.file}`);
        continue;
      }
      const what = `fact ${i + 1} of ${topic.id}`;
      const block = article.blocks[cite.block];
      const attribution = block && attributionIn(citedSentences(block, cite.start, cite.end));
      if (attribution && fact.by.kind === 'article') {
        log.add(
          topic.file,
          fact.line,
          `${what} quotes a sentence that gives it to someone else («${attribution}»): say who states it with by: analysts or by: { ar, en }`,
        );
      }
      const timeWords = timeWordingIn(fact.text.ar) ?? timeWordingIn(fact.text.en);
      if (timeWords && fact.date === null && fact.asOf === null) {
        log.add(
          topic.file,
          fact.line,
          `${what} is worded in time («${timeWords}») but has no date: add as_of, the date it speaks from (its article's date when it has no other)`,
        );
      }
      const asOf = fact.date ?? fact.asOf ?? article.meta.date.value;
      resolved.push({ date: fact.date, asOf, by: fact.by, text: fact.text, cite });
    }
    facts.set(topic.id, resolved);
  }
  return facts;
}

function checkCoverage(
  articles: readonly ParsedArticle[],
  topics: readonly ParsedTopic[],
  linked: Linked,
  facts: Map<string, Fact[]>,
  log: ProblemLog,
): void {
  for (const [i, article] of articles.entries()) {
    if (linked.articles[i]?.blocks.every((b) => b.mentions.length === 0)) {
      log.add(article.file, article.line, `the detector finds no topic in article "${article.meta.id}"`);
    }
  }
  // An event the articles describe without naming it (no alias fits) still
  // has a card, anchored on the passages its facts cite.
  for (const topic of topics) {
    if (!linked.passages.has(topic.id) && (facts.get(topic.id) ?? []).length === 0) {
      log.add(
        topic.file,
        topic.line,
        `no article mentions topic "${topic.id}" and none of its facts cites one: its name and aliases match nothing (check them against the articles' spelling)`,
      );
    }
  }
}

function topicDetails(topic: ParsedTopic, facts: Map<string, Fact[]>, linked: Linked): TopicDetails {
  const cited = facts.get(topic.id) ?? [];
  const mentioned = linked.passages.get(topic.id) ?? [];
  return {
    id: topic.id,
    background: topic.background,
    facts: cited,
    related: topic.related.map((r) => r.value),
    passages: mentioned.length > 0 ? mentioned : citedPassages(cited, linked),
  };
}

/** The sentences that a topic's facts quote, in citation order, once each. */
function citedPassages(facts: readonly Fact[], linked: Linked): PassageRef[] {
  const out: PassageRef[] = [];
  for (const { cite } of facts) {
    const block = linked.articles.find((a) => a.id === cite.article)?.blocks[cite.block];
    const sentence = block?.sentences.findIndex(([from, to]) => cite.start >= from && cite.start < to) ?? -1;
    if (sentence < 0 || out.some((p) => p.article === cite.article && p.block === cite.block && p.sentence === sentence)) continue;
    out.push({ article: cite.article, block: cite.block, sentence });
  }
  return out;
}
