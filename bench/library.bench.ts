// The reader's library at 5,000 saved articles: what one more save costs in
// the background (linking the article's passages, rebuilding the "My library"
// pack, serialising it for the store, merging it with the built-in pack), and
// popup search per keystroke with the library merged in. Each figure is
// printed beside the same step on an empty library, measured in this run.
// Not covered here: Readability and IndexedDB, which run only in a browser
// (the Chromium tests save real pages through them).
import { createDetector } from '../lib/detect';
import { compileContent } from '../lib/knowledge/compile';
import { buildLibraryPack } from '../lib/library/library-pack';
import { linkBlocks, type SavedRecord } from '../lib/library/saved-record';
import { mergePacks } from '../lib/packs/merge';
import { SearchIndex } from '../lib/search/search-index';

const SAVED = 5000;
const QUERIES = ['قرة باغ', 'كاراباخ', 'karabakh', 'kursk', 'باشنيان', 'ممر لاتشين', 'moscow'];

const real = compileContent('content');
const builtin = { meta: { id: 'siyaq', title: { ar: 'سياق', en: 'Siyaq' } }, names: real.names, details: real.details };
const detector = createDetector(real.names);
const detect = (text: string) => detector.detect(text).map(({ topic, start, end }) => ({ topic, start, end }));
const known = new Map(real.names.topics.map((t) => [t.id, t]));

/** Saved records made from the real articles' text, each at its own address. */
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
      blocks: article.blocks,
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

function saveOneMore(existing: SavedRecord[]) {
  const template = real.details.articles[0]!;
  const link = time(() => linkBlocks(template.blocks, detect));
  const record: SavedRecord = { ...existing[0]!, id: 'mine-ffffffffffffffffffff', blocks: link.value, savedAt: Date.now() };
  const all = [...existing, record];
  const pack = time(() => buildLibraryPack(all, known));
  const json = time(() => JSON.stringify({ names: pack.value.names, details: pack.value.details }));
  const merge = time(() => mergePacks([builtin, pack.value]));
  return { link: link.ms, pack: pack.ms, json: json.ms, bytes: json.value.length, merge: merge.ms, merged: merge.value };
}

function keystrokes(index: SearchIndex) {
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
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
  saveOneMore(records(1)); // warm up
  const empty = saveOneMore(records(1));
  const full = saveOneMore(records(SAVED));
  const row = (label: string, a: number, b: number) =>
    console.log(
      `  ${label.padEnd(36)} ${b.toFixed(1).padStart(8)} ms   (1 saved: ${a.toFixed(1)} ms, ${(b / Math.max(a, 0.01)).toFixed(0)}×)`,
    );
  row('link the new article (detector)', empty.link, full.link);
  row('rebuild the My library pack', empty.pack, full.pack);
  row('serialise it for the store', empty.json, full.json);
  row('merge with the built-in pack', empty.merge, full.merge);
  const total = full.link + full.pack + full.json + full.merge;
  console.log(
    `  background CPU for one save, all steps   ${total.toFixed(0)} ms; the pack is ${(full.bytes / 1048576).toFixed(1)} MiB of JSON`,
  );

  const bundled = new SearchIndex(real.names, real.details);
  keystrokes(bundled);
  const base = keystrokes(bundled);
  const build = time(() => new SearchIndex(full.merged.names, full.merged.details));
  keystrokes(build.value);
  const lib = keystrokes(build.value);
  console.log(
    `  popup search, keystroke p95           ${lib.p95.toFixed(2)} ms with the library (median ${lib.median.toFixed(2)}); built-in alone ${base.p95.toFixed(2)} ms (${(lib.p95 / Math.max(base.p95, 0.001)).toFixed(1)}×); index build ${build.ms.toFixed(0)} ms`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) runLibraryBench();
