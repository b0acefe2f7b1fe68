/* global window -- functions passed to page.evaluate / addInitScript run in the browser */
/**
 * Importing a CSV file of nearly the 5 MB limit (issue 12: "a 5 MB CSV never freezes the tab"):
 * synthetic efforts written as the app's own CSV (src/import/csv-export.ts), picked in the import
 * panel of a loaded page; the page's main-thread tasks are watched from the pick until the import's
 * message shows. Done with the dataset worker (how the app runs) and, for comparison, with workers
 * taken away (the page then parses on its own thread, as before the worker).
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'vite';
import { generateSynthetic } from '../generate-synthetic.mjs';
import { APP_MARK } from './floor.mjs';
import { coldPage, waitForMark } from './page.mjs';
import { median } from './stats.mjs';

const LIMIT_BYTES = 5 * 1024 * 1024;

/** The largest CSV of synthetic efforts under the import limit (bytes as UTF-8), and its effort count. */
export async function csvNearLimit() {
  const vite = await createServer({
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
    logLevel: 'error',
  });
  try {
    const { datasetToCsv } = await vite.ssrLoadModule('/src/import/csv-export.ts');
    const { IMPORT_LIMITS } = await vite.ssrLoadModule('/src/import/limits.ts');
    const { parseDatasetJson } = await vite.ssrLoadModule('/src/data/parse-dataset.ts');
    if (IMPORT_LIMITS.maxFileBytes !== LIMIT_BYTES)
      throw new Error('the import limit changed: update the bench');
    // Validated (and so upgraded to the current schema) as the app would, then written as CSV.
    const csvOf = (n) => {
      const parsed = parseDatasetJson(generateSynthetic(n, 7));
      if (!parsed.ok) throw new Error(`synthetic ${n}: ${JSON.stringify(parsed.errors.slice(0, 2))}`);
      return Buffer.from(datasetToCsv(parsed.value), 'utf8');
    };
    // Bytes grow linearly with the efforts: size one sample, then step down until under the limit.
    const sample = csvOf(2000);
    let n = Math.floor((2000 * LIMIT_BYTES * 0.98) / sample.length);
    let csv = csvOf(n);
    while (csv.length > LIMIT_BYTES) {
      n = Math.floor(n * 0.97);
      csv = csvOf(n);
    }
    return { csv, efforts: n };
  } finally {
    await vite.close();
  }
}

async function importOnce(browser, url, file, { withWorker }) {
  const { context, page } = await coldPage(browser);
  try {
    if (!withWorker) await page.addInitScript(() => delete window.Worker);
    await page.goto(url, { waitUntil: 'commit' });
    await waitForMark(page, APP_MARK, 120_000);
    await page.waitForTimeout(1500); // the work deferred past the first charts
    const t0 = await page.evaluate(() => performance.now());
    // A path, not a buffer: Playwright then hands the file over as a person's pick does (a buffer is
    // rebuilt inside the page from base64, a long task of its own that no user causes).
    await page.getByTestId('import-input').setInputFiles(file);
    await page
      .locator('[data-testid="import-done"], [data-testid="import-errors"]')
      .first()
      .waitFor({ timeout: 180_000 });
    const t1 = await page.evaluate(() => performance.now());
    const done = await page
      .getByTestId('import-done')
      .textContent({ timeout: 1000 })
      .catch(() => null);
    const errors = done
      ? null
      : await page
          .getByTestId('import-errors')
          .textContent({ timeout: 1000 })
          .catch(() => null);
    await page.waitForTimeout(500);
    const tasks = await page.evaluate(
      ([from]) => window.__bench.longTasks.filter(([start]) => start >= from).map(([, d]) => d),
      [t0],
    );
    return {
      ms: t1 - t0,
      longest: Math.max(0, ...tasks),
      over200: tasks.filter((d) => d > 200).length,
      done,
      errors,
    };
  } finally {
    await context.close();
  }
}

/** `url`: the app with `?animation=off`. Medians of `runs` imports each way. */
export async function measureImport(browser, url, { runs, log = () => {} }) {
  const { csv, efforts } = await csvNearLimit();
  const file = join(tmpdir(), 'tongxin-bench-near-limit.csv');
  writeFileSync(file, csv);
  const result = { bytes: csv.length, efforts, runs };
  for (const [key, withWorker] of [
    ['worker', true],
    ['page', false],
  ]) {
    const all = [];
    for (let i = 0; i < runs; i += 1) {
      log(`import ${(csv.length / 2 ** 20).toFixed(2)} MB CSV (${key}) ${i + 1}/${runs}`);
      all.push(await importOnce(browser, url, file, { withWorker }));
    }
    if (!all.every((r) => r.done))
      throw new Error(
        `the ${key} import did not succeed: ${all.map((r) => r.errors?.slice(0, 300)).join(' | ')}`,
      );
    result[key] = {
      ms: median(all.map((r) => r.ms)),
      longest: median(all.map((r) => r.longest)),
      longestMax: Math.max(...all.map((r) => r.longest)),
      over200: Math.max(...all.map((r) => r.over200)),
      done: all[0].done,
    };
  }
  return result;
}
