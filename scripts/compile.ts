// Checks and compiles content/ on its own: `npm run compile -- [contentDir]`.
// Prints what it compiled, or every content problem and exits 1.
import { resolve } from 'node:path';

import { compileContent } from '../lib/knowledge/compile';
import { ContentError, formatProblem } from '../lib/knowledge/content-error';
import { formatSummary, summarize } from '../lib/knowledge/summary';
import { readArgs } from './cli';

const { positionals } = readArgs({
  name: 'compile',
  help: `usage: npm run compile [-- CONTENT_DIR]

Checks and compiles a content folder (default: content/) on its own, as the
build does: prints what it compiled, or every problem with file and line and
exits 1.`,
  positionals: { min: 0, max: 1 },
});
const contentDir = resolve(positionals[0] ?? 'content');

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
