// What each key of the trie stands for, in flat arrays: the trie's value for
// a key is its index here.

export const EXCLUDED = -1;

/** Target flags. */
export const NEEDS_CAPITAL = 1; // Latin aliases written with a capital only match capitalised text
export const SURNAME = 2; // a person's surname alone: another first name before it means another person
export const G_FLEXIBLE = 4; // text may write the key's غ and ج as other g letters (see gFlexible)

export interface TargetArrays {
  /** Topic index, or EXCLUDED for an exclude phrase (it marks nothing but keeps fuzzy matching off its words). */
  topic: Int32Array;
  flags: Uint8Array;
  /** The listed alias the key spells or is a variant of; -1 for an exclude phrase. */
  form: Int32Array;
}

export class Targets {
  private readonly topics: Int32Array;
  private readonly flags: Uint8Array;
  private readonly forms: Int32Array;

  constructor(arrays: TargetArrays) {
    ({ topic: this.topics, flags: this.flags, form: this.forms } = arrays);
  }

  topic(t: number): number {
    return this.topics[t] ?? EXCLUDED;
  }

  form(t: number): number {
    return this.forms[t] ?? -1;
  }

  has(t: number, flag: number): boolean {
    return ((this.flags[t] ?? 0) & flag) !== 0;
  }
}
