// The reader's library at 5,000 saved articles: what one more save costs in
// the background, step by step as the background does it (link the article's
// passages with the detector, link it into the "My library" pack, put it into
// the merged knowledge in place, add it to the search index), each beside the
// same step on an empty library measured in this run; and popup search per
// keystroke with the library merged in, beside the built-in pack alone. The
// old way (the whole pack rebuilt, re-serialised and merged again) is timed
// too, as the figure the delta replaces. Not covered here: Readability and
// IndexedDB's write of the one record, which run only in a browser (the
// Chromium tests save real pages through them).
import { createDetector } from '../lib/detect';
import { compileContent } from '../lib/knowledge/compile';
import { knownTopics } from '../lib/library/library-knowledge';
import { buildLibraryPack, LIBRARY_PACK_ID, linkArticle } from '../lib/library/library-pack';
import { linkBlocks, type SavedRecord } from '../lib/library/saved-record';
import { mergePacks, type MergedKnowledge } from '../lib/packs/merge';
import { SearchIndex } from '../lib/search/search-index';
import { applyPackDelta } from '../lib/store/article-delta';

const SAVED = 5000;
const QUERIES = ['قرة باغ', 'كاراباخ', 'karabakh', 'kursk', 'باشنيان', 'ممر لاتشين', 'moscow', 'يريفان ترد', 'المفاوضات بين'];

const real = compileContent('content');
const builtin = { meta: { id: 'siyaq', title: { ar: 'سياق', en: 'Siyaq' } }, names: real.names, details: real.details };
const detector = createDetector(real.names);
const detect = (text: string) => detector.detect(text).map(({ topic, start, end }) => ({ topic, start, end }));
const known = knownTopics(real.names);
const priority = new Map([
  ['siyaq', 0],
  [LIBRARY_PACK_ID, 1],
]);

/** The real articles' text, every sentence made this record's own (so no two saved sentences are the same). */
function blocksOf(i: number) {
  const article = real.details.articles[i % real.details.articles.length]!;
  return article.blocks.map(({ kind, text }) => ({ kind, text: text.replace(/([.!?؟])(\s|$)/g, ` ${i}$1$2`) }));
}

function records(count: number): SavedRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const article = real.details.articles[i % real.details.articles.length]!;
    return {
      id: `mine-${i.toString(16).padStart(20, '0')}`,
      title: `${article.title} (${i})`,
      site: article.source,
      address: `https://news.example/${i}`,
      author: null,
      language: article.language,
      direction: article.language === 'ar' ? 'rtl' : 'ltr',
      date: article.date.value ? { date: article.date.value, inferred: false, note: '' } : null,
      blocks: linkBlocks(blocksOf(i), detect),
      truncated: false,
      savedAt: i,
    };
  });
}

function time<T>(work: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = work();
  return { ms: performance.now() - t0, value };
}

interface Library {
  saved: SavedRecord[];
  knowledge: MergedKnowledge;
  index: SearchIndex;
}

function library(count: number): Library {
  const saved = records(count);
  const knowledge = mergePacks([builtin, buildLibraryPack(saved, known)]);
  return { saved, knowledge, index: new SearchIndex(knowledge.names, knowledge.details) };
}

/** One more save, as the background does it after the record is stored. */
function saveOneMore({ saved, knowledge, index }: Library, n: number) {
  const i = 900_000 + n;
  const link = time(() => linkBlocks(blocksOf(i), detect));
  const record: SavedRecord = { ...saved[0]!, id: `mine-${i.toString(16).padStart(20, '0')}`, blocks: link.value, savedAt: Date.now() };
  const pack = time(() => linkArticle(record, knownTopics(knowledge.names), new Map()));
  const merge = time(() => applyPackDelta(knowledge, LIBRARY_PACK_ID, priority, { put: [pack.value], remove: [] }));
  const search = time(() => merge.value.put.forEach((a) => index.addArticle(a)));
  return { link: link.ms, pack: pack.ms, merge: merge.ms, search: search.ms, total: link.ms + pack.ms + merge.ms + search.ms };
}

/** The median of several saves, step by step. */
function saves(lib: Library, count: number) {
  const runs = Array.from({ length: count }, (_, n) => saveOneMore(lib, n + (lib.saved.length > 1 ? 1000 : 0)));
  const median = (pick: (r: (typeof runs)[number]) => number) => runs.map(pick).sort((a, b) => a - b)[runs.length >> 1]!;
  return {
    link: median((r) => r.link),
    pack: median((r) => r.pack),
    merge: median((r) => r.merge),
    search: median((r) => r.search),
    total: median((r) => r.total),
  };
}

function keystrokes(index: SearchIndex) {
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const query of QUERIES) {
      for (let i = 1; i <= query.length; i++) {
        const t0 = performance.now();
        index.search(query.slice(0, i));
        times.push(performance.now() - t0);
      }
    }
  }
  times.sort((a, b) => a - b);
  return { median: times[times.length >> 1]!, p95: times[Math.floor(times.length * 0.95)]! };
}

export function runLibraryBench(): void {
  console.log(
    `\nLibrary: one more save with ${SAVED.toLocaleString('en')} saved articles (targets: save ≤ 300 ms end to end, search p95 < 10 ms)`,
  );
  saves(library(1), 5); // warm up
  const empty = saves(library(1), 9);
  const build = time(() => library(SAVED));
  const big = build.value;
  const full = saves(big, 9);
  const row = (label: string, a: number, b: number) =>
    console.log(
      `  ${label.padEnd(40)} ${b.toFixed(2).padStart(8)} ms   (empty library: ${a.toFixed(2)} ms, ${(b / Math.max(a, 0.01)).toFixed(1)}×)`,
    );
  row('link the new article (detector)', empty.link, full.link);
  row('link it into the My library pack', empty.pack, full.pack);
  row('put it into the merged knowledge', empty.merge, full.merge);
  row('add it to the search index', empty.search, full.search);
  row('background CPU for one save', empty.total, full.total);

  // What each save cost before the delta: the whole pack rebuilt, serialised and merged again.
  const all = records(SAVED);
  const old = time(() => {
    const pack = buildLibraryPack(all, known);
    const json = JSON.stringify({ names: pack.names, details: pack.details });
    mergePacks([builtin, pack]);
    return json.length;
  });
  console.log(
    `  the whole pack rebuilt, serialised and merged (the old way, ${(old.value / 1048576).toFixed(1)} MiB of JSON): ${old.ms.toFixed(0)} ms, ${(old.ms / Math.max(full.total, 0.01)).toFixed(0)}× the delta`,
  );

  const bundled = new SearchIndex(real.names, real.details);
  keystrokes(bundled);
  const base = keystrokes(bundled);
  keystrokes(big.index);
  const lib = keystrokes(big.index);
  const sliced = time(() => new SearchIndex(big.knowledge.names, big.knowledge.details));
  console.log(
    `  popup search, keystroke p95               ${lib.p95.toFixed(2)} ms with the library (median ${lib.median.toFixed(2)}); built-in alone ${base.p95.toFixed(2)} ms (${(lib.p95 / Math.max(base.p95, 0.001)).toFixed(1)}×)`,
  );
  console.log(
    `  search index of all ${SAVED.toLocaleString('en')} saved articles       built in ${sliced.ms.toFixed(0)} ms when the background loads (in slices, never on a keystroke)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) runLibraryBench();
