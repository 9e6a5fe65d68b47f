// The detector's public shapes.

export type MatchKind = 'exact' | 'fuzzy';

/** One mention of a known topic, as offsets into the ORIGINAL text. */
export interface DetectedMention {
  topic: string;
  /** JavaScript string index of the first character. */
  start: number;
  /** JavaScript string index just past the last character (and its marks). */
  end: number;
  /** original.slice(start, end) */
  text: string;
  match: MatchKind;
  /** How it matched, for a "why marked" note: the listed alias (normalised) it was read as, exactly or tolerantly. */
  alias: string;
  /** The clitic read off before the name, normalised ('' for none): و, بال, لل ... */
  prefix: string;
}

/** A topic's fields beyond those the matcher compiles, passed through untouched. */
export type TopicExtras = Readonly<Record<string, unknown>>;

export interface Detector {
  /** Mentions sorted by start, never overlapping. Never throws. */
  detect(text: string): DetectedMention[];
  /** The topic's fields beyond those the matcher compiles (see TopicExtras), or undefined when it has none. */
  topicExtras(id: string): TopicExtras | undefined;
}

export interface DetectorOptions {
  /**
   * Also find spellings no alias lists, by similarity (default true). Off,
   * only listed aliases and their automatic variants are found.
   */
  fuzzy?: boolean;
}
