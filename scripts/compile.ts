// Checks and compiles content/ on its own: `tsx scripts/compile.ts [contentDir]`.
// Prints what it compiled, or every content problem and exits 1.
import { resolve } from 'node:path';

import { compileContent } from '../lib/knowledge/compile';
import { ContentError, formatProblem } from '../lib/knowledge/content-error';
import { formatSummary, summarize } from '../lib/knowledge/summary';

const contentDir = resolve(process.argv[2] ?? 'content');

try {
  const knowledge = compileContent(contentDir);
  for (const warning of knowledge.warnings) console.warn(`warning: ${formatProblem(warning)}`);
  console.log(formatSummary(summarize(knowledge)));
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  console.error(`${error.problems.length} problem${error.problems.length === 1 ? '' : 's'} in content.`);
  process.exitCode = 1;
}
