// Detector throughput: `npx tsx bench/detect.bench.ts`.
//
// Builds over 1 MB of news text from the bundled articles (their sentences
// shuffled and repeated, plus English from the topics' backgrounds) and, in
// the same run, measures the detector against two naive baselines: one big
// RegExp alternation of every alias, and fuse.js over every word. Then it adds
// 10x and 100x synthetic topics and reports throughput as ratios to 1x: a
// trie walk should stay nearly flat where an alternation does not.
// The machines are shared and noisy: compare ratios within one run only.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import { createDetector } from './lib/detect';
import type { NamesIndex, TopicName } from './lib/knowledge/types';
import { normalize, normalizeKey } from './lib/text/normalize';
import { loadNames } from './tests/unit/detect/load-names';

const ROOT = import.meta.dirname;
const TARGET_BYTES = 1_100_000;

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function articleSentences(): string[] {
  const dir = join(ROOT, 'content/articles');
  const out: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    const body = readFileSync(join(dir, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    out.push(...body.split(/(?<=[.!؟?])\s+|\n+/).map((s) => s.trim()).filter((s) => s.length > 20));
  }
  return out;
}

function englishSentences(): string[] {
  const dir = join(ROOT, 'content/topics');
  const out: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/^\s+en: (.{60,})$/gm)) out.push(m[1] ?? '');
  }
  return out;
}

function buildCorpus(): string {
  const random = mulberry32(7);
  const arabic = articleSentences();
  const english = englishSentences();
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < TARGET_BYTES) {
    // Roughly one English sentence in eight, as on a bilingual news site.
    const pool = english.length > 0 && random() < 0.125 ? english : arabic;
    const s = pool[Math.floor(random() * pool.length)] ?? '';
    parts.push(s);
    bytes += Buffer.byteLength(s) + 1;
  }
  return parts.join(' ');
}

const AR_SYLLABLES = ['با', 'كو', 'ري', 'سا', 'لي', 'نو', 'تا', 'مي', 'دو', 'غا', 'جي', 'فو', 'زا', 'شي', 'خو', 'را', 'يا', 'وا', 'هي', 'قو', 'ن', 'ف', 'ت', 'س'];
const EN_SYLLABLES = ['ba', 'ko', 'ri', 'sa', 'li', 'no', 'ta', 'mi', 'do', 'ga', 'ji', 'fo', 'za', 'shi', 'kho', 'ra', 'ya', 'va', 'he', 'qu', 'n', 'v', 'k', 's'];

/**
 * Topics with made-up names shaped like the real ones: each name copies the
 * word lengths of a real alias (in the same script) and fills them with
 * random syllables, so the synthetic index has the real mix of short and
 * long, one- and several-word names.
 */
function syntheticTopics(base: NamesIndex, count: number, seed: number): TopicName[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const shapes = (arabic: boolean): number[][] =>
    base.topics
      .flatMap((t) => [t.name.ar, t.name.en, ...t.aliases])
      .filter((a) => /[\u0600-\u06FF]/.test(a) === arabic)
      .map((a) => a.split(/\s+/).map((w) => w.length));
  const arShapes = shapes(true);
  const enShapes = shapes(false);
  const word = (length: number, syllables: readonly string[]): string => {
    let w = '';
    while (w.length < length) w += pick(syllables);
    return w;
  };
  const name = (shape: number[], syllables: readonly string[]): string => shape.map((l) => word(l, syllables)).join(' ');
  return Array.from({ length: count }, (_, i) => {
    const en = name(pick(enShapes), EN_SYLLABLES).replace(/\b[a-z]/g, (c) => c.toUpperCase());
    return {
      id: `synthetic-${seed}-${i}`,
      kind: i % 2 ? 'person' : 'place',
      name: { ar: name(pick(arShapes), AR_SYLLABLES), en },
      aliases: [name(pick(arShapes), AR_SYLLABLES), name(pick(arShapes), AR_SYLLABLES), name(pick(enShapes), EN_SYLLABLES)],
      exclude: [],
      marked: true,
    };
  });
}

function aliasCount(names: NamesIndex): number {
  return names.topics.reduce((n, t) => n + 2 + t.aliases.length, 0);
}

/** Median seconds per call over a few runs after one warm-up. */
function time(run: () => unknown, runs = 5): number {
  run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    run();
    samples.push((performance.now() - t0) / 1000);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Baseline (a): every alias key in one alternation, longest first, over normalised text. */
function regexBaseline(names: NamesIndex): (text: string) => number {
  const keys = [...new Set(names.topics.flatMap((t) => [t.name.ar, t.name.en, ...t.aliases].map(normalizeKey)))]
    .filter((k) => k.length > 1)
    .sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${keys.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (text) => normalize(text).text.match(re)?.length ?? 0;
}

/** Baseline (b): fuse.js over every word, as an unguarded fuzzy matcher would. */
function fuseBaseline(names: NamesIndex): (text: string) => number {
  const keys = [...new Set(names.topics.flatMap((t) => [t.name.ar, t.name.en, ...t.aliases].map(normalizeKey)))];
  const fuse = new Fuse(keys, { threshold: 0.25, ignoreLocation: true });
  return (text) => {
    let hits = 0;
    for (const w of normalize(text).text.split(' ')) if (w.length > 3 && fuse.search(w, { limit: 1 }).length) hits++;
    return hits;
  };
}


const corpus = buildCorpus().slice(0, 300000);
const base = loadNames();
const names = { version: 1 as const, topics: [...base.topics, ...syntheticTopics(base, 5000 - base.topics.length, 100)] };
let t0 = performance.now();
let d = createDetector(names);
for (let i = 0; i < 4; i++) d = createDetector(names);
console.log('build', performance.now() - t0);

console.log('5x build', performance.now() - t0);
import { buildLexicon } from './lib/detect/lexicon';
const lx = buildLexicon(names); console.log('keys', lx.keys.length, 'chars', lx.keys.reduce((n, k) => n + k.length, 0), 'listed', lx.listed.length);
import { Trie } from './lib/detect/trie';
const tr: any = new Trie(lx.keys, lx.keys.map((_, i) => i)); console.log('nodes', tr.nodeCount, 'slots', tr.edgeChild.length);
const real = buildLexicon(base); const tr1: any = new Trie(real.keys, real.keys.map((_, i) => i)); console.log('1x keys', real.keys.length, 'listed', real.listed.length, 'nodes', tr1.nodeCount);
