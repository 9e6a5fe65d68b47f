// Adds up the Vitest JSON reports in artifacts/test-results into one closing
// line, "N passed, M failed", for CI logs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

import { readArgs } from './cli';

readArgs({
  name: 'test-summary',
  help: `usage: npm run test:summary

Adds up the Vitest JSON reports in artifacts/test-results (written by the
test:* scripts) and prints one line: "N passed, M failed".`,
});

interface Report {
  numPassedTests?: number;
  numFailedTests?: number;
  success?: boolean;
}

const dir = 'artifacts/test-results';
let passed = 0;
let failed = 0;
for (const file of existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : []) {
  const report = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as Report;
  passed += report.numPassedTests ?? 0;
  // A file that failed to load has no failed test of its own, but it failed.
  failed += Math.max(report.numFailedTests ?? 0, report.success === false ? 1 : 0);
}
console.log(`${passed} passed, ${failed} failed`);
