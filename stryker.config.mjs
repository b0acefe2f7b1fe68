// Mutation testing of the pure layers: `npm run test:mutation` (not part of `npm test`).
// Each mutant is judged by the unit tests only (vitest.mutation.config.mjs: Node, no fuzz suites),
// and only by the tests that cover it (perTest). Incremental: a second run re-tests only the
// mutants whose code or covering tests changed (the state file lives in reports/, git-ignored).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.mjs' },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/domain/**/*.ts',
    'src/data/**/*.ts',
    '!src/data/queries.ts',
    'src/aggregates/**/*.ts',
    'src/store/**/*.ts',
    'src/charts/**/build-*.ts',
    'src/charts/chart-common.ts',
    'src/charts/chart-context.ts',
    'src/charts/chart-spec.ts',
    'src/charts/registry.ts',
    'src/charts/plain-text.ts',
    'src/charts/map/value-classes.ts',
    'src/export/**/*.ts',
    'src/import/**/*.ts',
    'src/workbench/**/*.ts',
    'src/i18n/**/*.ts',
  ],
  // Module-level constants (message catalogues, palettes, limits) run at import time, outside any
  // test: each such "static" mutant would need the whole suite. They are reported as ignored; the
  // catalogues are checked as data by tests/unit/i18n/catalogue.test.ts instead.
  ignoreStatic: true,
  ignorePatterns: [
    'dist',
    'dist-*',
    'test-results',
    'playwright-report',
    'bench',
    'reports',
    'tests/e2e',
    '.stryker-tmp',
  ],
  concurrency: 2,
  timeoutMS: 30000,
  timeoutFactor: 3,
  dryRunTimeoutMinutes: 20,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  reporters: ['clear-text', 'html', 'json', 'progress-append-only'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, reportMutants: false, reportScoreTable: true },
  cleanTempDir: 'always',
};
