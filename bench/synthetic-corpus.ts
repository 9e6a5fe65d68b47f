// A deterministic in-memory content/ of any size, to measure the compile and
// the index sizes well beyond the two real articles. Every topic is mentioned
// in at least one article and cites a sentence of it, so the corpus compiles.
import type { SourceFile } from '../lib/knowledge/compile';
import { TOPIC_KINDS, type TopicKind } from '../lib/knowledge/types';

export interface SyntheticOptions {
  articles: number;
  topics: number;
  seed?: number;
}

/** mulberry32: small, fast and the same on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Letters untouched by the detector's normalisation, each with one Latin
// spelling, so distinct generated names stay distinct aliases in both scripts.
const CONSONANTS: [string, string][] = [
  ['ب', 'b'],
  ['ت', 't'],
  ['د', 'd'],
  ['ر', 'r'],
  ['ز', 'z'],
  ['س', 's'],
  ['ش', 'sh'],
  ['ف', 'f'],
  ['ق', 'q'],
  ['ك', 'k'],
  ['ل', 'l'],
  ['م', 'm'],
  ['ن', 'n'],
  ['ج', 'j'],
];
const VOWELS: [string, string][] = [
  ['ا', 'a'],
  ['و', 'u'],
  ['ي', 'i'],
];

/** Ordinary news words; names are built from syllables, so they rarely collide. */
const FILLER = (
  'قال أعلن المسؤول الحكومة في من على إلى عن مع بعد قبل خلال اليوم أمس الوزير الرئيس ' +
  'المفاوضات الاتفاق الحدود المنطقة الأمن السلام الحرب القوات الجيش البرلمان الانتخابات ' +
  'الاقتصاد النفط الغاز التجارة المساعدات اللاجئين الأزمة التصعيد الهدنة الاجتماع القمة ' +
  'الدبلوماسية العلاقات الشراكة العقوبات المحادثات الموقف البيان التقرير المصادر مصادر ' +
  'مطلعة وأضاف وأكد وأشار بينما كما حيث أن هذا هذه الذي التي جديد جديدة كبير واسعة'
).split(' ');

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

interface SyntheticTopic {
  id: string;
  kind: TopicKind;
  ar: string;
  en: string;
  alias: { ar: string; en: string };
  /** The article guaranteed to mention it, and the sentence a fact cites. */
  home: number;
  quote: string;
  related: string[];
}

export function syntheticCorpus({ articles, topics, seed = 1 }: SyntheticOptions): SourceFile[] {
  const rand = prng(seed);
  const used = new Set<string>(FILLER);

  const word = (): [string, string] => {
    for (;;) {
      let ar = '';
      let en = '';
      const syllables = 2 + Math.floor(rand() * 2);
      for (let s = 0; s < syllables; s++) {
        const [ca, cl] = pick(rand, CONSONANTS);
        const [va, vl] = pick(rand, VOWELS);
        ar += ca + va;
        en += cl + vl;
      }
      const [ca, cl] = pick(rand, CONSONANTS);
      ar += ca;
      en += cl;
      if (!used.has(ar)) {
        used.add(ar);
        return [ar, en[0]?.toUpperCase() + en.slice(1)];
      }
    }
  };

  const list: SyntheticTopic[] = Array.from({ length: topics }, (_, i) => {
    const [a1, e1] = word();
    const [a2, e2] = word();
    const [a3, e3] = word();
    return {
      id: `topic-${i}`,
      kind: pick(rand, TOPIC_KINDS),
      ar: `${a1} ${a2}`,
      en: `${e1} ${e2}`,
      alias: { ar: a3, en: e3 },
      home: i % articles,
      quote: '',
      related: topics > 1 ? [`topic-${(i + 1) % topics}`] : [],
    };
  });

  const sentence = (mention?: string): string => {
    const words = Array.from({ length: 8 + Math.floor(rand() * 8) }, () => pick(rand, FILLER));
    if (mention) words.splice(1 + Math.floor(rand() * (words.length - 1)), 0, mention);
    return words.join(' ');
  };

  const byArticle: SyntheticTopic[][] = Array.from({ length: articles }, () => []);
  for (const topic of list) {
    byArticle[topic.home]?.push(topic);
    for (let extra = 0; extra < 2; extra++) byArticle[Math.floor(rand() * articles)]?.push(topic);
  }

  const files: SourceFile[] = byArticle.map((mentioned, a) => {
    const id = `synthetic-${String(a).padStart(5, '0')}`;
    const paragraphs: string[] = [];
    const pending = [...mentioned];
    while (paragraphs.length < 6 || pending.length > 0) {
      const sentences = Array.from({ length: 2 + Math.floor(rand() * 3) }, () => {
        const topic = rand() < 0.6 ? pending.shift() : undefined;
        if (!topic) return sentence();
        const text = sentence(rand() < 0.7 ? topic.ar : topic.alias.ar);
        if (topic.home === a && topic.quote === '') topic.quote = text;
        return text;
      });
      paragraphs.push(sentences.map((s) => `${s}.`).join(' '));
    }
    const heading = mentioned[0] ? `## ${sentence(mentioned[0].en)}` : '## عنوان';
    paragraphs.splice(3, 0, heading);
    const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
    const front = [
      '---',
      `id: ${id}`,
      'title: مقال اصطناعي',
      'title_en: Synthetic article',
      'source: مصدر',
      'source_en: Source',
      'url: unknown',
      'language: ar',
      `date: ${2015 + Math.floor(rand() * 10)}-${month}`,
      'date_note: generated',
      '---',
    ];
    return { path: `content/articles/${id}.md`, text: `${front.join('\n')}\n\n${paragraphs.join('\n\n')}\n` };
  });

  for (const kind of TOPIC_KINDS) {
    const yaml = list
      .filter((t) => t.kind === kind)
      .map(topicYaml)
      .join('');
    files.push({ path: `content/topics/${kind}.yaml`, text: yaml });
  }
  return files;
}

function topicYaml(t: SyntheticTopic): string {
  const q = JSON.stringify; // JSON strings are valid YAML double-quoted scalars.
  return [
    `- id: ${t.id}`,
    `  kind: ${t.kind}`,
    `  name: { ar: ${q(t.ar)}, en: ${q(t.en)} }`,
    `  aliases: [${q(t.alias.ar)}, ${q(t.alias.en)}]`,
    `  background: { ar: ${q(`خلفية عن ${t.ar}`)}, en: ${q(`Background on ${t.en}`)} }`,
    '  facts:',
    `    - date: 2020`,
    `      ar: ${q(`حقيقة عن ${t.ar}`)}`,
    `      en: ${q(`A fact about ${t.en}`)}`,
    `      cite: { article: synthetic-${String(t.home).padStart(5, '0')}, quote: ${q(t.quote)} }`,
    `  related: [${t.related.join(', ')}]`,
    '',
  ].join('\n');
}
