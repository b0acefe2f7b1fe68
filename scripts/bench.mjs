#!/usr/bin/env node
/**
 * npm run bench — build the app and its floor (bench/peer: the leanest app that draws the same first
 * screen, issue 12), serve both gzip-compressed with the app's headers, drive Debian's Chromium and
 * print one report: app / floor ratios from interleaved cold loads at CPU 1× and 4× (and at 1× with no
 * DevTools attached, as a user's browser runs), then the app's
 * own budgets on the real dataset and synthetic ones (1k, 10k, 100k efforts): first paint, longest
 * task while loading, filter latency, INP, CLS, heap, Lighthouse desktop and mobile.
 * Written to bench/results/latest.{md,json}.
 *
 * Environment: BENCH_RUNS=N rounds of the floor comparison (default 11; 3 is a quick look).
 * Options: --no-build, --floor-only, --rates 1,4, --sizes 1000,10000,100000, --runs N (loads per
 * dataset, default 5), --clicks N (filter changes per dataset), --no-lighthouse, --cpu-runs N (traced rounds
 * for main-thread CPU time, default 5), --no-import (skip the
 * 5 MB CSV import), --port P (P to P+3).
 * Chart animations are switched off for the measurement only (`?animation=off`).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { chromium } from '@playwright/test';
import { BUDGET_KB, firstLoadChunks } from './bundle-size.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { generateSynthetic } from './generate-synthetic.mjs';
import { measureDataset, selectorTimes } from './bench/datasets.mjs';
import { measureImport } from './bench/import.mjs';
import { APP_MARK, PEER_MARK, compareWithFloor, floorTable, summarize } from './bench/floor.mjs';
import { lighthouse } from './bench/lighthouse.mjs';
import { compareWithoutDevtools } from './bench/no-devtools.mjs';
import { previewHeaders, serveStatic } from './bench/serve.mjs';
import { appTable } from './bench/app-table.mjs';

const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i === -1 ? fallback : argv[i + 1];
};
const list = (s) => s.split(',').filter(Boolean).map(Number);
const FLOOR_RUNS = Number(process.env.BENCH_RUNS ?? 11);
/** Traced rounds of the floor comparison (main-thread CPU time before ready). */
const CPU_RUNS = Number(opt('cpu-runs', '5'));
const RATES = list(opt('rates', '1,4'));
const sizes = list(opt('sizes', '1000,10000,100000'));
const RUNS = Number(opt('runs', String(Math.min(5, FLOOR_RUNS))));
const CLICKS = Number(opt('clicks', '20'));
const PORT = Number(opt('port', '4390'));
const FLOOR_ONLY = argv.includes('--floor-only');
const CHROME_ARGS = [...CHROMIUM_ARGS, '--enable-precise-memory-info'];
const log = (msg) => process.stderr.write(`[bench] ${msg}\n`);

// 1. Builds and data: the app into dist/, the floor into dist-peer/.
if (!argv.includes('--no-build')) {
  log('building the app and the floor');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  execFileSync('npx', ['vite', 'build', '--config', 'bench/peer/vite.config.ts', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
}
const benchSizes = FLOOR_ONLY ? [] : sizes;
mkdirSync('dist/bench/data', { recursive: true });
for (const n of benchSizes) {
  const file = `bench/data/synthetic-${n}.json`;
  if (!existsSync(file)) {
    mkdirSync('bench/data', { recursive: true });
    writeFileSync(file, JSON.stringify(generateSynthetic(n, 1)));
  }
  cpSync(file, `dist/bench/data/synthetic-${n}.json`);
}
const bundleKb = firstLoadChunks('dist').reduce((s, c) => s + c.gzip, 0) / 1024;

// 2. One static host per build, with the headers `vite preview` sends (the app's CSP among them).
const headers = await previewHeaders();
const servers = [await serveStatic('dist', PORT, headers), await serveStatic('dist-peer', PORT + 1, headers)];
const appBase = `http://127.0.0.1:${PORT}/`;
const peerBase = `http://127.0.0.1:${PORT + 1}/`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROME_ARGS });

try {
  // 3. The app against its floor.
  log(`floor comparison: ${FLOOR_RUNS} rounds at CPU ${RATES.join('×, ')}×`);
  const samples = await compareWithFloor(
    browser,
    {
      app: { url: `${appBase}?animation=off`, mark: APP_MARK },
      floor: { url: `${peerBase}?animation=off`, mark: PEER_MARK },
    },
    { runs: FLOOR_RUNS, rates: RATES, cpuRuns: CPU_RUNS, log },
  );
  const floor = Object.fromEntries(RATES.map((r) => [r, summarize(samples[r])]));

  // 3b. The same without the DevTools protocol attached, as a user's browser runs (no-devtools.mjs).
  log(`without DevTools: ${FLOOR_RUNS} rounds`);
  const plainSamples = await compareWithoutDevtools(
    { app: { dir: 'dist', mark: APP_MARK }, floor: { dir: 'dist-peer', mark: PEER_MARK } },
    { runs: FLOOR_RUNS, port: PORT + 2, headers, log },
  );
  const plain = summarize(plainSamples);

  // 4. The app's own budgets, real and synthetic data.
  const rows = [];
  for (const [label, query, file] of FLOOR_ONLY
    ? []
    : [
        ['real (50 efforts)', '', 'data/dataset.json'],
        ...benchSizes.map((n) => [
          `synthetic ${n.toLocaleString('en')}`,
          `&dataset=bench/data/synthetic-${n}.json`,
          `bench/data/synthetic-${n}.json`,
        ]),
      ]) {
    log(`dataset: ${label}`);
    const row = await measureDataset(browser, label, `${appBase}?animation=off${query}`, {
      runs: RUNS,
      clicks: CLICKS,
    });
    rows.push({
      ...row,
      ...(await selectorTimes(file)),
      size: file === 'data/dataset.json' ? 50 : Number(file.match(/\d+/)[0]),
    });
  }

  // 5. A CSV import near the size limit, with the worker and on the page.
  const importCsv =
    FLOOR_ONLY || argv.includes('--no-import')
      ? null
      : await measureImport(browser, `${appBase}?animation=off`, { runs: 3, log });

  // 6. Lighthouse on the real dataset.
  // The floor too: on a slow or busy machine the scores fall for both, and the floor's says how far.
  const lh = {};
  if (!FLOOR_ONLY && !argv.includes('--no-lighthouse')) {
    for (const formFactor of ['desktop', 'mobile']) {
      log(`lighthouse ${formFactor}`);
      const chrome = { chromePath: CHROMIUM_PATH, chromeArgs: CHROME_ARGS };
      lh[formFactor] = await lighthouse(appBase, formFactor, chrome);
      lh[`${formFactor} floor`] = await lighthouse(peerBase, formFactor, chrome);
    }
  }

  // 7. The report.
  const machine = `${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Chromium ${browser.version()}`;
  const sections = [
    `Measured ${new Date().toISOString()} on ${machine}`,
    `Command: \`npm run bench${FLOOR_ONLY ? ' -- --floor-only' : ''}\` (floor: ${FLOOR_RUNS} interleaved cold loads each per CPU rate, served gzip-compressed${FLOOR_ONLY ? '' : `; datasets: ${RUNS} loads each, ${CLICKS} filter clicks`})`,
    '### App / floor (bench/peer), same run',
    floorTable(floor),
    '### App / floor without DevTools attached, same run',
    'Each load in a Chromium of its own with no remote debugging (`scripts/bench/no-devtools.mjs`): ' +
      "the figures a user's browser would give. With DevTools attached (the tables above, Lighthouse, " +
      'the traces) V8 collects source positions for the stacks of the Errors React creates at start-up: ' +
      '140–200 ms of evaluation for both pages that no user pays. No CPU throttling (it needs DevTools).',
    floorTable(
      { 1: plain },
      (rate, n) => `**No DevTools, CPU ${rate}×** (${n} cold loads each, interleaved)`,
    ),
  ];
  if (!FLOOR_ONLY)
    sections.push(
      '### The app',
      appTable({ rows, bundleKb, budgetKb: BUDGET_KB, lighthouse: lh, importCsv }),
    );
  const md = `${sections.join('\n\n')}\n`;
  console.log(`\n${md}`);
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/latest.md', md);
  writeFileSync(
    'bench/results/latest.json',
    JSON.stringify(
      {
        machine,
        bundleKb,
        floor,
        floorSamples: samples,
        noDevtools: plain,
        noDevtoolsSamples: plainSamples,
        rows,
        importCsv,
        lighthouse: lh,
      },
      null,
      2,
    ),
  );
} finally {
  await browser.close();
  for (const s of servers) s.close();
}
