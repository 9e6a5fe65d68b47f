// Popup search speed: each keystroke's search on the bundled corpus and on a
// synthetic 1,000-article corpus, typed one letter at a time as a reader would
// (bench/keystrokes.ts). The index build is timed too; the background does it
// when the knowledge loads or changes, never on a keystroke.
import { compileContent, compileSources } from '../lib/knowledge/compile';
import type { DetailsIndex, NamesIndex } from '../lib/knowledge/types';
import { SearchIndex } from '../lib/search/search-index';
import { describe, keystrokes, pastes } from './keystrokes';
import { syntheticCorpus } from './synthetic-corpus';

const QUERIES = ['قرة باغ', 'كاراباخ', 'karabakh', 'kursk', 'باشنيان', 'ممر لاتشين', 'بيونغ يانغ', 'moscow'];

/** Paragraphs of the bundled articles, pasted whole into the box (searched as text, not as a name: lib/search/pasted-text.ts). */
const PARAGRAPHS = compileContent('content')
  .details.articles.flatMap((a) => a.blocks.map((b) => b.text))
  .filter((text) => text.length >= 200);

function measure(label: string, names: NamesIndex, details: DetailsIndex) {
  const t0 = performance.now();
  const index = new SearchIndex(names, details);
  const build = performance.now() - t0;
  keystrokes(index, QUERIES); // warm up the JIT
  const r = keystrokes(index, QUERIES);
  const pasted = pastes(index, PARAGRAPHS);
  const passages = details.articles.reduce((n, a) => n + a.blocks.reduce((m, b) => m + b.sentences.length, 0), 0);
  console.log(
    `  ${label.padEnd(34)} ${String(names.topics.length).padStart(5)} topics ${String(passages).padStart(6)} sentences  ` +
      `index ${build.toFixed(0).padStart(5)} ms  keystroke ${describe(r)}; a paragraph pasted ${describe(pasted)}`,
  );
  return r;
}

export function runSearchBench(): void {
  console.log(
    '\nPopup search (per keystroke; target: < 10 ms p95 at any size; the index is built in the background, never on a keystroke)',
  );
  const real = compileContent('content');
  const bundled = measure('bundled corpus', real.names, real.details);
  const synthetic = compileSources(syntheticCorpus({ articles: 1000, topics: 5000 }));
  const big = measure('synthetic 1,000 articles', synthetic.names, synthetic.details);
  console.log(
    `  ratio synthetic/bundled (p95): ${(big.wall.p95 / bundled.wall.p95).toFixed(1)}× (CPU ${(big.cpu.p95 / Math.max(bundled.cpu.p95, 0.001)).toFixed(1)}×)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) runSearchBench();
