#!/usr/bin/env node
/**
 * Two builds of the app against each other, as `npm run bench` sets the app against its floor:
 * interleaved cold loads (round-robin, fresh context each, served gzip-compressed with the app's
 * headers), charts-ready, FCP, LCP, long tasks. For trying a change before the full benchmark:
 *
 *   npx vite build --outDir dist-b        # the change; dist/ holds the build without it
 *   node scripts/ab-first-load.mjs --a dist --b dist-b [--runs 11] [--rates 1,4] [--cpu-runs 3] [--port 4430]
 *   node scripts/ab-first-load.mjs --a dist --b dist-b --no-devtools [--runs 11]
 *
 * `--no-devtools`: each load in a Chromium of its own with no DevTools attached (bench/no-devtools.mjs),
 * the figures a user's browser gives; CPU 1× only.
 *
 * The table's "app" column is A and "floor" is B: a ratio below 1 means A is faster.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { APP_MARK, compareWithFloor, floorTable, summarize } from './bench/floor.mjs';
import { compareWithoutDevtools } from './bench/no-devtools.mjs';
import { previewHeaders, serveStatic } from './bench/serve.mjs';

const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i === -1 ? fallback : argv[i + 1];
};
const a = opt('a', 'dist');
const b = opt('b', 'dist-b');
const runs = Number(opt('runs', '11'));
const rates = opt('rates', '1').split(',').map(Number);
const port = Number(opt('port', '4430'));
/** Traced rounds for main-thread CPU time before ready (steadier than wall time on a busy machine). */
const cpuRuns = Number(opt('cpu-runs', '3'));
const query = opt('query', '?animation=off');

const headers = await previewHeaders();
if (argv.includes('--no-devtools')) {
  const samples = await compareWithoutDevtools(
    { app: { dir: a, mark: APP_MARK }, floor: { dir: b, mark: APP_MARK } },
    { runs, port, headers, query, log: (m) => process.stderr.write(`[ab] ${m}\n`) },
  );
  const table = floorTable(
    { 1: summarize(samples) },
    (rate, n) => `**No DevTools, CPU ${rate}×** (${n} loads each)`,
  );
  console.log(`A = ${a}, B = ${b} ("app" = A, "floor" = B; ratio = A / B)\n\n${table}`);
  process.exit(0);
}
const servers = [await serveStatic(a, port, headers), await serveStatic(b, port + 1, headers)];
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
try {
  const samples = await compareWithFloor(
    browser,
    {
      app: { url: `http://127.0.0.1:${port}/${query}`, mark: APP_MARK },
      floor: { url: `http://127.0.0.1:${port + 1}/${query}`, mark: APP_MARK },
    },
    { runs, rates, cpuRuns, log: (m) => process.stderr.write(`[ab] ${m}\n`) },
  );
  const table = floorTable(Object.fromEntries(rates.map((r) => [r, summarize(samples[r])])));
  console.log(`A = ${a}, B = ${b} ("app" = A, "floor" = B; ratio = A / B)\n\n${table}`);
} finally {
  await browser.close();
  for (const s of servers) s.close();
}
