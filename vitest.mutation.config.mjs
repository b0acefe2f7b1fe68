import { defineConfig } from 'vitest/config';

/**
 * The unit tests Stryker runs against each mutant (`npm run test:mutation`): the pure layers need no
 * DOM, so they run in Node (much faster to start than jsdom). Left out, because every mutant they
 * cover would run them for seconds: the fuzz suites (a minute per run), the index agreement test on
 * 3,000 synthetic efforts (tests/unit/aggregates/paths-agree.test.ts checks the same agreement on
 * small data) and the synthetic generator's own test (a benchmark script, not app code).
 */
export default defineConfig({
  test: {
    globals: true,
    environment: 'node',
    setupFiles: ['tests/unit/setup-node.ts'],
    include: ['tests/unit/**/*.test.ts'],
    exclude: [
      'tests/unit/fuzz/**',
      'tests/unit/aggregates/indexed.test.ts',
      'tests/unit/data/synthetic.test.ts',
    ],
    pool: 'threads',
  },
});
