// Scores detections against labelled sentences the way the shared eval README
// says: a detection overlapping a gold mention of the same entity is a true
// positive, one inside an ignore span counts for nothing, any other is a false
// positive; a gold mention no right detection overlaps is a false negative.

export interface GoldSpan {
  entity: string;
  start: number;
  end: number;
}

export interface LabelledSentence {
  id: string;
  text: string;
  mentions: GoldSpan[];
  ignore: { start: number; end: number }[];
}

/** A detection with its topic already turned into the entity name (the topic's name.en). */
export interface Detection {
  entity: string;
  start: number;
  end: number;
}

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  /** One line per error, for the test's output. */
  errors: string[];
}

/** Capitals that stand for their country (موسكو for Russia): accepted either way. */
const CAPITAL_OF: Record<string, string> = {
  Moscow: 'Russia',
  Baku: 'Azerbaijan',
  Yerevan: 'Armenia',
  Kyiv: 'Ukraine',
  Pyongyang: 'North Korea',
  Seoul: 'South Korea',
  Minsk: 'Belarus',
  Stepanakert: 'Nagorno-Karabakh',
};

function sameEntity(a: string, b: string): boolean {
  return a === b || CAPITAL_OF[a] === b || CAPITAL_OF[b] === a;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

export function score(sentences: readonly LabelledSentence[], detect: (text: string) => Detection[]): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const errors: string[] = [];
  for (const s of sentences) {
    const found = detect(s.text);
    for (const d of found) {
      const surface = s.text.slice(d.start, d.end);
      if (s.mentions.some((g) => overlaps(g, d) && sameEntity(g.entity, d.entity))) tp++;
      else if (s.ignore.some((i) => d.start >= i.start && d.end <= i.end)) continue;
      else {
        fp++;
        errors.push(`${s.id} FP «${surface}» as ${d.entity}`);
      }
    }
    for (const g of s.mentions) {
      if (!found.some((d) => overlaps(g, d) && sameEntity(g.entity, d.entity))) {
        fn++;
        errors.push(`${s.id} FN «${s.text.slice(g.start, g.end)}» (${g.entity})`);
      }
    }
  }
  const gold = sentences.reduce((n, s) => n + s.mentions.length, 0);
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: gold === 0 ? 1 : (gold - fn) / gold,
    errors,
  };
}
