// `npm run bench`: every benchmark, each printing figures and ratios against a
// baseline measured in the same run (the machines are shared and noisy, so
// only ratios within one run mean anything).
import { execFileSync } from 'node:child_process';

import { readArgs } from '../scripts/cli';

const steps: [string, string[]][] = [
  ['knowledge compile', ['tsx', 'bench/knowledge.bench.ts']],
  ['detector', ['tsx', 'bench/detect.bench.ts']],
  ['detector per tab in Chromium', ['tsx', 'bench/tab.bench.ts']],
  ['popup search', ['tsx', 'bench/search.bench.ts']],
  ['knowledge packs', ['tsx', 'bench/packs.bench.ts']],
  ['pack import in Chromium', ['tsx', 'bench/pack-import.bench.ts']],
  ['page scan in Chromium', ['tsx', 'bench/page.bench.ts']],
  ['popup first paint with the briefing, against the build before it', ['tsx', 'bench/popup.bench.ts']],
  ['library at 5,000 saved articles', ['tsx', 'bench/library.bench.ts']],
];

readArgs({
  name: 'bench',
  help: `usage: npm run bench

Runs every benchmark (${steps.map(([name]) => name).join(', ')}) and prints
each figure with a baseline measured in the same run.`,
});

for (const [name, command] of steps) {
  console.log(`\n=== ${name} ===`);
  execFileSync('npx', command, { stdio: 'inherit' });
}
