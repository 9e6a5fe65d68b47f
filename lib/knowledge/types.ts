// The knowledge model: what content/ compiles into. Two halves, so that a tab
// that only needs to find names never loads backgrounds and passages.

export type TopicKind = 'place' | 'person' | 'organisation' | 'treaty' | 'event';

export const TOPIC_KINDS: readonly TopicKind[] = ['place', 'person', 'organisation', 'treaty', 'event'];

export interface Bilingual {
  ar: string;
  en: string;
}

/** One topic as the detector needs it: ids, titles and every surface form. */
export interface TopicName {
  id: string;
  kind: TopicKind;
  name: Bilingual;
  /** Every alias as written in content/ (names included), unnormalised. */
  aliases: string[];
  /** Phrases that contain an alias but do not mean this topic (روسيا البيضاء for Russia). */
  exclude: string[];
  /**
   * Whether pages mark it. Names that are everywhere in the news (France, the
   * UN) stay searchable and linked in cards, but marking them on every page
   * would bury the names a reader needs background on.
   */
  marked: boolean;
  /**
   * Names and aliases that hold another marked topic's name as whole words
   * (حرب قره باغ الثانية holds قره باغ). The detector does not match them, so
   * the inner name is found; the topic is still reached through it (related
   * topics, search, its own other aliases, its cited passages). Absent: none.
   */
  nested?: string[];
  /**
   * Names of other things that lead to this topic's card (the Rome Statute to
   * the court), each with what it is, so the card does not pass one off as
   * the other. Their names are also in aliases, for the detector.
   */
  leadsHere?: LeadsHere[];
  /** How page context settles this topic's ambiguous aliases. Absent: none are. */
  context?: CompiledContext;
}

/**
 * The context as tabs receive it (a topic extra, through the compiled
 * matcher): what content/ says, plus the topic's own two names (never vetoed)
 * and the titles of the topics that support it (for the card's note).
 */
export interface CompiledContext extends TopicContext {
  names: string[];
  titles: Record<string, Bilingual>;
}

export interface LeadsHere {
  names: string[];
  /** What those names name, as the articles put it. */
  what: Bilingual;
}

/**
 * Aliases that are ambiguous by nature (ICC, a short form another body shares)
 * and what settles them: cue words in the sentence, or other topics on the page.
 */
export interface TopicContext {
  /** Aliases (as written) that are marked only with support from context. */
  needs: string[];
  /** Words that, in the same sentence, show the topic is meant. */
  for: string[];
  /** Words that, in the same sentence, show something else is meant (a club, a cricket body). */
  against: string[];
  /** Topics whose mention elsewhere on the page supports this one. */
  topics: string[];
}

/** The small half: shipped in the content script. */
export interface NamesIndex {
  version: 1;
  topics: TopicName[];
}

/** A date as the articles give it, or why it is not known. */
export interface ArticleDate {
  /** ISO date (YYYY-MM-DD, YYYY-MM or YYYY), or null when unknown. */
  value: string | null;
  /** True when the source does not print the date and it was worked out. */
  inferred: boolean;
  /** Why the date is what it is (the printed line, or the reasoning). */
  note: string;
}

export interface ArticleMeta {
  id: string;
  title: string;
  titleEn: string;
  source: string;
  sourceEn: string;
  url: string | null;
  date: ArticleDate;
  language: 'ar' | 'en';
  /** Anything else the source gives (place line, author…), free text. */
  notes: string[];
}

export interface Mention {
  topic: string;
  start: number;
  end: number;
}

/** A block of an article body, in reading order. */
export interface Block {
  kind: 'heading' | 'paragraph';
  text: string;
  /** Sentences of a paragraph as [start, end) offsets into text. */
  sentences: [number, number][];
  mentions: Mention[];
}

export interface Article extends ArticleMeta {
  blocks: Block[];
}

export interface Citation {
  article: string;
  /** Index into the article's blocks. */
  block: number;
  /** The cited span inside that block's text. */
  start: number;
  end: number;
}

/**
 * Who states a fact: the article in its own voice, analysts it cites without
 * naming them, or a named source (a paper, a statement, a ministry).
 */
export type FactSource = { kind: 'article' } | { kind: 'analysts' } | { kind: 'named'; name: Bilingual };

export interface Fact {
  /** ISO date or partial date as the article gives it; null when undated. */
  date: string | null;
  /**
   * The date the fact speaks from: its own date, else the as_of written in
   * content/, else its article's date (null when that is unknown too). A fact
   * worded "recently" or "is due to" is true as of this date, not today.
   */
  asOf: string | null;
  /** Who states it; the card shows it beside the fact. */
  by: FactSource;
  text: Bilingual;
  cite: Citation;
}

/** A passage where an article mentions a topic: one sentence of one block. */
export interface PassageRef {
  article: string;
  block: number;
  sentence: number;
}

export interface TopicDetails {
  id: string;
  background: Bilingual;
  facts: Fact[];
  related: string[];
  passages: PassageRef[];
}

/** The large half: loaded by the background, reader and popup on demand. */
export interface DetailsIndex {
  version: 1;
  articles: Article[];
  topics: Record<string, TopicDetails>;
}
