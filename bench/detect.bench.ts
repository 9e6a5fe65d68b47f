// Detector throughput: `npx tsx bench/detect.bench.ts`.
//
// Builds over 1 MB of news text from the bundled articles (their sentences
// shuffled and repeated, plus English from the topics' backgrounds) and, in
// the same run, measures the detector against two naive baselines: one big
// RegExp alternation of every alias, and fuse.js over every word. Then it adds
// 10x and 100x synthetic topics and reports throughput as ratios to 1x: a
// trie walk should stay nearly flat where an alternation does not. At each
// scale it also compiles the matcher (compileMatcher, as a pack import does)
// and loads it (loadMatcher, as every tab does), against building the
// detector from the names (createDetector, what a tab did before).
// The scales are timed in turns (1x, 10x, 100x, 1x, ...) so that the
// machine's load, which changes from second to second, falls on each alike.
// The machines are shared and noisy: times are CPU time of this process (less
// disturbed by other processes than wall time), and only ratios within one
// run compare.
// News repeats its words, and the fuzzy step reads each distinct word once:
// the same scales are also timed on text that repeats little (every distinct
// sentence of the articles and every English background, once), where every
// word is new; and on ../shared/realtext when it is there (160 unrelated
// sentences from real sources).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fuse from 'fuse.js';

import { compileMatcher, createDetector, loadMatcher } from '../lib/detect';
import type { NamesIndex } from '../lib/knowledge/types';
import { normalize, normalizeKey } from '../lib/text/normalize';
import { loadNames } from '../tests/unit/detect/load-names';
import { mulberry32, syntheticTopics } from './synthetic-names';

const ROOT = join(import.meta.dirname, '..');
const TARGET_BYTES = 1_100_000;

function articleSentences(): string[] {
  const dir = join(ROOT, 'content/articles');
  const out: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    const body = readFileSync(join(dir, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    out.push(
      ...body
        .split(/(?<=[.!؟?])\s+|\n+/)
        .map((s) => s.trim())
        .filter((s) => s.length > 20),
    );
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

/** Text that repeats little: every distinct sentence the project holds, once, in file order. */
function lowRepeatText(): string {
  return [...new Set([...articleSentences(), ...englishSentences()])].join(' ');
}

/** The sentences of ../shared/realtext joined, or null when that folder is absent. */
function realText(): string | null {
  const file = join(ROOT, '../shared/realtext/sentences.jsonl');
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  return lines.map((l) => (JSON.parse(l) as { text: string }).text).join(' ');
}

function aliasCount(names: NamesIndex): number {
  return names.topics.reduce((n, t) => n + 2 + t.aliases.length, 0);
}

/** CPU seconds (user and system) spent since start. */
function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

/** Median CPU seconds per call over a few runs after one warm-up. */
function time(run: () => unknown, runs = 5): number {
  run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.cpuUsage();
    run();
    samples.push(cpuSince(t0));
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}

/** CPU milliseconds of one call, and its result. */
function once<T>(run: () => T): [number, T] {
  const t0 = process.cpuUsage();
  const result = run();
  return [cpuSince(t0) * 1000, result];
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

/** Prints rows as a table, columns padded to their widest cell. */
function printTable(rows: (string | number)[][]): void {
  const cells = rows.map((r) => r.map((c) => (typeof c === 'number' ? c.toFixed(c >= 100 ? 0 : c >= 10 ? 1 : 2) : c)));
  const widths = cells.reduce<number[]>((w, r) => r.map((c, i) => Math.max(w[i] ?? 0, c.length)), []);
  for (const r of cells) console.log(r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  '));
  console.log();
}

const corpus = buildCorpus();
const megabytes = Buffer.byteLength(corpus) / 1e6;
const base = loadNames();
const speed = (run: () => unknown, mb: number, runs?: number): number => mb / time(run, runs);
const ratio = (x: number, of: number): string => (x / of).toFixed(2);

console.log(
  `corpus: ${megabytes.toFixed(2)} MB of UTF-8 (${corpus.length} characters), ${base.topics.length} topics, ${aliasCount(base)} names\n`,
);

const detector = createDetector(base);
const detectorSpeed = speed(() => detector.detect(corpus), megabytes);
const regexSpeed = speed(() => regexBaseline(base)(corpus), megabytes);
// fuse.js over every word is far too slow for the whole corpus: time a slice.
const slice = corpus.slice(0, 20_000);
const fuseSpeed = speed(() => fuseBaseline(base)(slice), Buffer.byteLength(slice) / 1e6, 3);
printTable([
  ['1x names', 'MB/s', 'detector is'],
  ['detector', detectorSpeed, '1x'],
  ['(a) one RegExp of all names', regexSpeed, `${ratio(detectorSpeed, regexSpeed)}x`],
  ['(b) fuse.js over every word', fuseSpeed, `${ratio(detectorSpeed, fuseSpeed)}x`],
]);

// RegExp at 100x is slow: it runs on a slice.
const regexSample = corpus.slice(0, 200_000);
const regexSampleMb = Buffer.byteLength(regexSample) / 1e6;
const rows: (string | number)[][] = [['names', 'count', 'detector MB/s', 'vs 1x', 'exact only MB/s', 'vs 1x', 'RegExp MB/s', 'vs 1x']];
const startRows: (string | number)[][] = [
  ['names', 'createDetector ms', 'compileMatcher ms', 'loadMatcher ms', 'load vs create', 'compiled KB'],
];
const withSynthetic = (topics: number, seed: number): NamesIndex => ({
  version: 1,
  topics: [...base.topics, ...syntheticTopics(base, topics - base.topics.length, seed)],
});
const scales = [1, 10, 100].map((scale) => {
  const names = withSynthetic(base.topics.length * scale, scale);
  const [createMs] = once(() => createDetector(names));
  const [compileMs, compiled] = once(() => compileMatcher(names));
  const [loadMs, full] = once(() => loadMatcher(compiled));
  const kb = (compiled.data.length + compiled.ids.length + compiled.guards.length + compiled.extras.length) / 1024;
  startRows.push([`${scale}x`, createMs, compileMs, loadMs, ratio(loadMs, createMs), kb]);
  return { scale, names, full, exactOnly: loadMatcher(compiled, { fuzzy: false }) };
});
// The scales take turns, run after run, so that a change in the machine's
// load reaches all of them alike (in one order, then the other, so that none
// always follows another); each figure is the median of its runs.
const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const turnSamples = (runs: number, calls: (() => unknown)[]): number[][] => {
  for (const call of calls) call();
  const samples = calls.map((): number[] => []);
  for (let r = 0; r < runs; r++) {
    const order = calls.map((_, i) => (r % 2 === 0 ? i : calls.length - 1 - i));
    for (const i of order) {
      const t0 = process.cpuUsage();
      calls[i]!();
      samples[i]?.push(cpuSince(t0));
    }
  }
  return samples;
};
const turns = (runs: number, calls: (() => unknown)[]): number[] => turnSamples(runs, calls).map(median);
/**
 * The speed of each scale against the first, turn by turn: the median of the
 * turns' ratios and their interquartile range, which a slow moment of the
 * machine moves less than a ratio of medians.
 */
const pairedRatios = (samples: number[][]): string[] =>
  samples.map((s) => {
    const ratios = s.map((t, r) => (samples[0]?.[r] ?? 0) / t).sort((a, b) => a - b);
    const q = (f: number) => ratios[Math.floor((ratios.length - 1) * f)] ?? 0;
    return `${median(ratios).toFixed(2)} (${q(0.25).toFixed(2)}–${q(0.75).toFixed(2)})`;
  });
const detectorTimes = turns(
  15,
  scales.map((s) => () => s.full.detect(corpus)),
);
const exactTimes = turns(
  15,
  scales.map((s) => () => s.exactOnly.detect(corpus)),
);
const regexTimes = turns(
  3,
  scales.map((s) => () => regexBaseline(s.names)(regexSample)),
);
const first = { detector: 0, exact: 0, regex: 0 };
scales.forEach(({ scale, names }, i) => {
  const now = {
    detector: megabytes / (detectorTimes[i] ?? 1),
    exact: megabytes / (exactTimes[i] ?? 1),
    regex: regexSampleMb / (regexTimes[i] ?? 1),
  };
  if (scale === 1) Object.assign(first, now);
  rows.push([
    `${scale}x`,
    aliasCount(names),
    now.detector,
    ratio(now.detector, first.detector),
    now.exact,
    ratio(now.exact, first.exact),
    now.regex,
    ratio(now.regex, first.regex),
  ]);
});
console.log('Throughput (the detector as loaded from a compiled matcher):');
printTable(rows);

/** Turns for the short texts: each is a few milliseconds, and their ratios move most with the machine. */
const LOW_REPEAT_TURNS = 31;

// A short text takes a few milliseconds: each sample reads it several times
// (every call starts with empty memos, as every call in a tab does).
const lowRows: (string | number)[][] = [
  ['text', 'characters', ...scales.flatMap(({ scale }) => [`${scale}x ms`, 'vs 1x', 'paired']), 'exact only 100x vs 1x'],
];
for (const [label, text] of [
  ["low-repeat (the project's distinct sentences)", lowRepeatText()],
  ['../shared/realtext', realText()],
] as const) {
  if (text === null) continue;
  const reads = Math.max(1, Math.round(100_000 / text.length));
  const readAll = (detector: { detect(t: string): unknown }) => () => {
    for (let i = 0; i < reads; i++) detector.detect(text);
  };
  const fullSamples = turnSamples(
    LOW_REPEAT_TURNS,
    scales.map((s) => readAll(s.full)),
  );
  const full = fullSamples.map(median);
  const paired = pairedRatios(fullSamples);
  const exact = turns(
    LOW_REPEAT_TURNS,
    scales.map((s) => readAll(s.exactOnly)),
  );
  const ms = (t: number | undefined): number => ((t ?? 0) * 1000) / reads;
  lowRows.push([
    label,
    text.length,
    ...full.flatMap((t, i) => [ms(t), ratio(full[0] ?? 0, t), paired[i] ?? '']),
    ratio(exact[0] ?? 0, exact[exact.length - 1] ?? 1),
  ]);
}
console.log(
  `Text that repeats little (CPU ms per read, median of ${LOW_REPEAT_TURNS} turns; vs 1x is the speed ratio of those medians, ` +
    "paired the median of the turns' own ratios with their interquartile range):",
);
printTable(lowRows);
console.log('Start-up (CPU ms of one call; a tab pays only loadMatcher):');
printTable(startRows);

const names5000 = withSynthetic(5000, 5000);
const [create5000] = once(() => createDetector(names5000));
const [compile5000, compiled5000] = once(() => compileMatcher(names5000));
const [load5000] = once(() => loadMatcher(compiled5000));
console.log(
  `5,000 topics (${aliasCount(names5000)} names): createDetector ${create5000.toFixed(0)} ms; ` +
    `compileMatcher ${compile5000.toFixed(0)} ms, then loadMatcher ${load5000.toFixed(1)} ms ` +
    `(${ratio(load5000, create5000)}x createDetector; ${(compiled5000.data.length / 1024).toFixed(0)} KB of base64 data)`,
);
