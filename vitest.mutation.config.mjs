import { defineConfig } from 'vitest/config';

/**
 * The unit tests Stryker runs against each mutant (`npm run test:mutation`): the pure layers need no
 * DOM, so they run in Node (much faster to start than jsdom). The fuzz suites are left out: they
 * take a minute per run and every mutant they cover would run them; the example-based tests cover
 * the same code.
 */
export default defineConfig({
  test: {
    globals: true,
    environment: 'node',
    setupFiles: ['tests/unit/setup-node.ts'],
    include: ['tests/unit/**/*.test.ts'],
    exclude: ['tests/unit/fuzz/**'],
    pool: 'threads',
  },
});
