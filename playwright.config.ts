import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

/** Debian's Chromium; override with CHROMIUM_PATH. Playwright never downloads a browser here. */
const executablePath = CHROMIUM_PATH;
const port = Number(process.env.E2E_PORT ?? 4173);
/** Which build to serve (several people can test different builds side by side). */
const outDir = process.env.E2E_OUT_DIR ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: port === 4173 ? 'test-results/e2e' : `test-results/e2e-${port}`,
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // Tests that run axe-core over a whole page take 10–20 s on a quiet 2-core machine and timed out
  // at 30 s on a loaded one; the limit guards against hangs, not speed (tests never assert times).
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    headless: true,
    viewport: { width: 1440, height: 900 },
    // The app follows the browser's language when the link names none: test as a Chinese reader.
    locale: 'zh-CN',
    // The app's service worker would serve later loads from its cache (and past page.route):
    // only the offline tests allow it (tests/e2e/offline.spec.ts).
    serviceWorkers: 'block',
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    // Tests run against the production build (npm test builds first).
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${outDir}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
