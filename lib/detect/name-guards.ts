// Checks that keep a matched key from marking something that only looks like
// the topic: a lower-case common word, or another person with the same surname.

import { isWordCode } from '../text/word-chars';

/** Latin aliases written capitalised match only capitalised text. */
export function capitalOk(original: string, originalStart: number, needsCapital: boolean): boolean {
  if (!needsCapital) return true;
  const ch = String.fromCodePoint(original.codePointAt(originalStart) ?? 0);
  return ch !== ch.toLowerCase();
}

/** The words the surname guard knows, as compiled: plain lists, so they cross to a tab as JSON. */
export interface GuardWords {
  /** Normalised common given names and every person topic's first names. */
  given: string[];
  /** Per topic index (as a string key): the words its own multi-word names put before the last word. */
  own: Record<string, string[]>;
}

/** The guard words as sets, made on the first surname a page holds (most pages hold none). */
export class NameGuards {
  private sets: { given: ReadonlySet<string>; own: Map<number, ReadonlySet<string>> } | null = null;

  constructor(private readonly read: () => GuardWords) {}

  private get words(): { given: ReadonlySet<string>; own: Map<number, ReadonlySet<string>> } {
    if (!this.sets) {
      const words = this.read();
      this.sets = { given: new Set(words.given), own: new Map(Object.entries(words.own).map(([t, list]) => [Number(t), new Set(list)])) };
    }
    return this.sets;
  }

  /**
   * A surname alone is the topic unless a first name that is not the topic's own
   * stands right before it (no clitic on the surname, one space between).
   */
  surnameOk(text: string, nameStart: number, wordStart: number, topic: number, surname: boolean): boolean {
    if (!surname || nameStart !== wordStart) return true;
    let prev = previousWord(text, nameStart);
    if (!prev) return true;
    const { given, own: owns } = this.words;
    const own = owns.get(topic);
    if (own?.has(prev)) return true;
    if (given.has(prev)) return false;
    // «ودانييل ميدفيديف»: a conjunction on the first name does not change who it is.
    if ((prev.startsWith('و') || prev.startsWith('ف')) && prev.length > 3) prev = prev.slice(1);
    return own?.has(prev) === true || !given.has(prev);
  }
}

/** The word of normalised text that ends right before `at` with one space between, or ''. */
function previousWord(text: string, at: number): string {
  if (at < 2 || text.charCodeAt(at - 1) !== 0x20) return '';
  let i = at - 1;
  while (i > 0 && isWordCode(text.charCodeAt(i - 1))) i--;
  return text.slice(i, at - 1);
}
