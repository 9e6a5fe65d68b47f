// Compile time and index sizes for the real content and a large synthetic one:
// `tsx bench/knowledge.bench.ts`. Prints figures; asserts nothing. Times are
// also given as a ratio to a baseline measured in the same run (a JSON round
// trip of the compiled details), since only ratios compare across machines.
import { resolve } from 'node:path';

import { compileSources, type CompiledKnowledge, type SourceFile } from '../lib/knowledge/compile';
import { ContentError } from '../lib/knowledge/content-error';
import { readContentFiles } from '../lib/knowledge/read-content';
import { formatSummary, summarize } from '../lib/knowledge/summary';
import { syntheticCorpus } from './synthetic-corpus';

/** Median wall time of runs calls, in ms, and the last result. */
function time<T>(runs: number, fn: () => T): { ms: number; result: T } {
  const times: number[] = [];
  let result = fn();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] ?? 0, result };
}

function measure(label: string, files: SourceFile[], runs: number): void {
  const chars = files.reduce((n, f) => n + f.text.length, 0);
  console.log(`\n${label}: ${files.length} files, ${(chars / 1000).toFixed(0)} k characters`);
  let compiled: { ms: number; result: CompiledKnowledge };
  try {
    compiled = time(runs, () => compileSources(files));
  } catch (error) {
    // Bad content should not hide the other figures.
    if (!(error instanceof ContentError)) throw error;
    console.log(`does not compile:\n${error.message}`);
    return;
  }
  const { details } = compiled.result;
  const baseline = time(runs, () => JSON.parse(JSON.stringify(details)) as unknown);
  console.log(
    `compile   ${compiled.ms.toFixed(1)} ms (median of ${runs}), ` +
      `${(compiled.ms / baseline.ms).toFixed(1)}× a JSON round trip of the details (${baseline.ms.toFixed(1)} ms)`,
  );
  console.log(formatSummary(summarize(compiled.result)));
}

measure('content/', readContentFiles(resolve('content'), process.cwd()), 9);
measure('synthetic, 1,000 articles × 5,000 topics', syntheticCorpus({ articles: 1000, topics: 5000 }), 3);
