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
}

export interface Detector {
  /** Mentions sorted by start, never overlapping. Never throws. */
  detect(text: string): DetectedMention[];
}

export interface DetectorOptions {
  /**
   * Also find spellings no alias lists, by similarity (default true). Off,
   * only listed aliases and their automatic variants are found.
   */
  fuzzy?: boolean;
}
