// Adds up the Vitest JSON reports in artifacts/test-results into one closing
// line, "N passed, M failed", for CI logs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const dir = 'artifacts/test-results';
let passed = 0;
let failed = 0;
for (const file of existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : []) {
  const report = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
  passed += report.numPassedTests ?? 0;
  // A file that failed to load has no failed test of its own, but it failed.
  failed += Math.max(report.numFailedTests ?? 0, report.success === false ? 1 : 0);
}
console.log(`${passed} passed, ${failed} failed`);
