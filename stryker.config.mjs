// `npm run mutate`: mutation testing of lib/ with the unit tests (StrykerJS and
// its Vitest runner). Slow on two cores: run it per folder, e.g.
//   npm run mutate -- --mutate 'lib/text/**'
// The report is written to reports/mutation/.
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.config.ts' },
  mutate: ['lib/**/*.{ts,tsx}', '!lib/**/*.d.ts', '!lib/**/types.ts'],
  ignorePatterns: ['.output', 'artifacts', 'reports', 'docs'],
  // Stryker rewrites tsconfig paths with TypeScript's JS API, which TypeScript 7
  // no longer has; no tsconfig here points outside the project, so skip it.
  tsconfigFile: '',
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  concurrency: 1,
  timeoutMS: 10_000,
  // lib/text is used by almost every test: its first full run is long on a loaded machine.
  dryRunTimeoutMinutes: 30,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 85, low: 70, break: null },
};
