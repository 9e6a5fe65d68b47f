// Popup search speed: each keystroke's search on the bundled corpus and on a
// synthetic 1,000-article corpus, typed one letter at a time as a reader would.
import { compileContent, compileSources } from '../lib/knowledge/compile';
import type { DetailsIndex, NamesIndex } from '../lib/knowledge/types';
import { SearchIndex } from '../lib/search/search-index';
import { syntheticCorpus } from './synthetic-corpus';

const QUERIES = ['قرة باغ', 'كاراباخ', 'karabakh', 'kursk', 'باشنيان', 'ممر لاتشين', 'بيونغ يانغ', 'moscow'];

function perKeystroke(index: SearchIndex): { median: number; p95: number; max: number } {
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
  return { median: times[times.length >> 1]!, p95: times[Math.floor(times.length * 0.95)]!, max: times[times.length - 1]! };
}

function measure(label: string, names: NamesIndex, details: DetailsIndex) {
  const t0 = performance.now();
  const index = new SearchIndex(names, details);
  const build = performance.now() - t0;
  perKeystroke(index); // warm up the JIT
  const r = perKeystroke(index);
  const passages = details.articles.reduce((n, a) => n + a.blocks.reduce((m, b) => m + b.sentences.length, 0), 0);
  console.log(
    `  ${label.padEnd(34)} ${String(names.topics.length).padStart(5)} topics ${String(passages).padStart(6)} sentences  ` +
      `index ${build.toFixed(0).padStart(5)} ms  keystroke median ${r.median.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms, max ${r.max.toFixed(2)} ms`,
  );
  return r;
}

export function runSearchBench(): void {
  console.log('\nPopup search (per keystroke; targets: < 5 ms bundled, < 30 ms on 1,000 articles)');
  const real = compileContent('content');
  const bundled = measure('bundled corpus', real.names, real.details);
  const synthetic = compileSources(syntheticCorpus({ articles: 1000, topics: 5000 }));
  const big = measure('synthetic 1,000 articles', synthetic.names, synthetic.details);
  console.log(`  ratio synthetic/bundled (p95): ${(big.p95 / bundled.p95).toFixed(1)}×`);
}

if (import.meta.url === `file://${process.argv[1]}`) runSearchBench();
