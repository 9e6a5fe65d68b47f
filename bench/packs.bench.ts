// Knowledge packs at scale: the 1,000-article × 5,000-topic synthetic pack
// beside the built-in one. What an import costs in the background (read and
// check the file, merge, compile the tabs' matcher; IndexedDB's write is
// measured in the browser, not here), popup search per keystroke and a card
// on the merged knowledge, each against a baseline in the same run: compiling
// the same folder from source (`npm run pack`), and the built-in pack alone.
//
// `--write FILE` also writes the synthetic pack as a .siyaq file, to install
// in a bench or test profile through Options → Knowledge.
import { writeFileSync } from 'node:fs';

import { buildCardData } from '../lib/cards/card-data';
import { compileMatcher } from '../lib/detect/compiled';
import { compileContent, compileSources } from '../lib/knowledge/compile';
import { markedNames } from '../lib/knowledge/names';
import { decodePack, encodePack } from '../lib/packs/format';
import { mergePacks } from '../lib/packs/merge';
import { SearchIndex } from '../lib/search/search-index';
import { describe, keystrokes } from './keystrokes';
import { syntheticCorpus } from './synthetic-corpus';

const QUERIES = ['قرة باغ', 'كاراباخ', 'karabakh', 'kursk', 'باشنيان', 'ممر لاتشين', 'بيونغ يانغ', 'moscow'];

const ms = (t0: number) => performance.now() - t0;

function cardTimes(build: (id: string) => unknown, ids: readonly string[]): { median: number; p95: number } {
  const times = ids.map((id) => {
    const t0 = performance.now();
    build(id);
    return ms(t0);
  });
  times.sort((a, b) => a - b);
  return { median: times[times.length >> 1]!, p95: times[Math.floor(times.length * 0.95)]! };
}

const out = process.argv.indexOf('--write') >= 0 ? process.argv[process.argv.indexOf('--write') + 1] : undefined;

const builtin = compileContent('content');
const builtinSource = { meta: { id: 'siyaq', title: { ar: 'سياق', en: 'Siyaq' } }, ...builtin };

let t0 = performance.now();
const synthetic = compileSources(syntheticCorpus({ articles: 1000, topics: 5000 }));
const fromSource = ms(t0);
const manifest = { id: 'synthetic', title: { ar: 'اصطناعية', en: 'Synthetic' }, version: '1', description: { ar: '', en: '' } };
t0 = performance.now();
const text = await encodePack(manifest, synthetic.names, synthetic.details, new Date());
const encode = ms(t0);
if (out) writeFileSync(out, text);

t0 = performance.now();
const pack = await decodePack(text);
const decode = ms(t0);
t0 = performance.now();
const merged = mergePacks([builtinSource, pack]);
const merge = ms(t0);
t0 = performance.now();
const matcher = compileMatcher(markedNames(merged.names));
const matcherMs = ms(t0);
const importMs = decode + merge + matcherMs;

console.log('\nKnowledge packs (1,000 articles × 5,000 topics beside the built-in pack)');
console.log(
  `  pack file                      ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MiB, written in ${encode.toFixed(0)} ms${out ? ` to ${out}` : ''}`,
);
console.log(`  compile from source (baseline) ${fromSource.toFixed(0)} ms`);
console.log(
  `  import in the background       ${importMs.toFixed(0)} ms = read+check ${decode.toFixed(0)} + merge ${merge.toFixed(0)} + matcher ${matcherMs.toFixed(0)} ms ` +
    `(${(importMs / fromSource).toFixed(2)}× the compile; target ≤ 10 s); matcher ${(matcher.data.length / 1024).toFixed(0)} KiB`,
);

const alone = new SearchIndex(builtin.names, builtin.details);
t0 = performance.now();
const both = new SearchIndex(merged.names, merged.details);
const indexMs = ms(t0);
const synthQueries = [...QUERIES, ...synthetic.names.topics.slice(0, 8).map((t) => t.name.en)];
keystrokes(alone, synthQueries);
keystrokes(both, synthQueries);
const a = keystrokes(alone, synthQueries);
const b = keystrokes(both, synthQueries);
console.log(`  search index on both packs     built in ${indexMs.toFixed(0)} ms (once per change, in the background)`);
console.log(
  `  popup search per keystroke     both packs ${describe(b)}; built-in alone ${describe(a)} ` +
    `(p95 ${(b.wall.p95 / a.wall.p95).toFixed(1)}×, CPU ${(b.cpu.p95 / Math.max(a.cpu.p95, 0.001)).toFixed(1)}×); target < 10 ms p95 (plus one message round trip)`,
);

const ids = merged.names.topics.map((t) => t.id).filter((_, i) => i % 25 === 0);
const builtinIds = builtin.names.topics.map((t) => t.id);
cardTimes((id) => buildCardData(builtin.names, builtin.details, id), builtinIds);
cardTimes((id) => buildCardData(merged.names, merged.details, id), ids);
const ca = cardTimes((id) => buildCardData(builtin.names, builtin.details, id), builtinIds);
const cb = cardTimes((id) => buildCardData(merged.names, merged.details, id), ids);
console.log(
  `  card data (background)         both packs median ${cb.median.toFixed(2)} ms, p95 ${cb.p95.toFixed(2)} ms; ` +
    `built-in alone p95 ${ca.p95.toFixed(2)} ms (${(cb.p95 / ca.p95).toFixed(1)}×); one frame is 16.7 ms`,
);
