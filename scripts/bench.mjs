#!/usr/bin/env node
/* global window, document, MutationObserver -- functions passed to page.evaluate run in the browser */
/**
 * npm run bench — build, serve the production build, drive Debian's Chromium with trusted clicks and
 * print one table of every performance budget for the real dataset and synthetic ones (1k, 10k, 100k
 * efforts). Results go to bench/results/latest.{md,json}.
 *
 * Options: --no-build, --sizes 1000,10000,100000, --runs N (page loads per dataset), --clicks N
 * (filter changes per dataset), --no-lighthouse.
 * Chart animations are switched off for the measurement only (`?animation=off`).
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, mkdirSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { chromium } from '@playwright/test';
import { createServer, preview } from 'vite';
import { firstLoadChunks, BUDGET_KB } from './bundle-size.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { generateSynthetic } from './generate-synthetic.mjs';

const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i === -1 ? fallback : argv[i + 1];
};
const sizes = opt('sizes', '1000,10000,100000').split(',').filter(Boolean).map(Number);
const RUNS = Number(opt('runs', '5'));
const CLICKS = Number(opt('clicks', '20'));
const PORT = Number(opt('port', '4180'));
const executablePath = CHROMIUM_PATH;
const CHROME_ARGS = [...CHROMIUM_ARGS, '--enable-precise-memory-info'];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length
    ? s.length % 2
      ? s[(s.length - 1) / 2]
      : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
    : NaN;
};
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] : NaN;
};

// 1. Build and data
if (!argv.includes('--no-build'))
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
mkdirSync('dist/bench/data', { recursive: true });
for (const n of sizes) {
  const file = `bench/data/synthetic-${n}.json`;
  if (!existsSync(file)) {
    mkdirSync('bench/data', { recursive: true });
    writeFileSync(file, JSON.stringify(generateSynthetic(n, 1)));
  }
  cpSync(file, `dist/bench/data/synthetic-${n}.json`);
}
const bundleKb = firstLoadChunks('dist').reduce((s, c) => s + c.gzip, 0) / 1024;

// 2. Filtering + aggregation alone, in Node, on the same modules the app uses
const indexBuildMs = new Map();
async function selectorTimes(file) {
  const vite = await createServer({
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
    logLevel: 'error',
  });
  try {
    const { parseDatasetJson } = await vite.ssrLoadModule('/src/data/parse-dataset.ts');
    const { buildDataset } = await vite.ssrLoadModule('/src/data/model.ts');
    const sets = await vite.ssrLoadModule('/src/selectors/effort-set.ts');
    const { effortIndexOf } = await vite.ssrLoadModule('/src/selectors/effort-index.ts');
    const parsed = parseDatasetJson(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
    const ds = buildDataset(parsed.value);
    // The index is built once per dataset (on load); what a filter change costs is measured below.
    const t0 = performance.now();
    effortIndexOf(ds);
    indexBuildMs.set(file, performance.now() - t0);
    const filters = ds.organisationTypes.map((t) => ({
      organisationTypes: [t.id],
      activities: [],
      regions: [],
    }));
    const times = [];
    for (let i = 0; i < 30; i += 1) {
      const f = filters[i % filters.length];
      const t1 = performance.now();
      const set = sets.selectEffortSet(ds, f, null);
      sets.prefectureValues(set, 'efforts');
      sets.prefectureValues(set, `unit:${ds.units[0].id}`);
      sets.organisationTypeCounts(set);
      sets.typeActivityCounts(set);
      sets.timelineOf(set);
      times.push(performance.now() - t1);
    }
    return median(times.slice(5));
  } finally {
    await vite.close();
  }
}

// 3. The browser
const server = await preview({
  preview: { port: PORT, host: '127.0.0.1', strictPort: true },
  logLevel: 'error',
});
const base = `http://127.0.0.1:${PORT}/`;
const browser = await chromium.launch({ executablePath, headless: true, args: CHROME_ARGS });

const OBSERVERS = () => {
  window.__bench = { cls: 0, events: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__bench.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.interactionId) window.__bench.events.push([e.interactionId, e.duration]);
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
};

async function measureInteraction(page, locator) {
  const wait = page.evaluate(
    () =>
      new Promise((resolve) => {
        let t0 = null;
        let last = null;
        let flips = 0;
        const done = () => !document.querySelector('.chart[data-render-finished="false"], .chart--loading');
        const check = () => {
          if (t0 !== null && flips > 0 && done()) {
            mo.disconnect();
            resolve(last - t0);
          }
        };
        const mo = new MutationObserver((muts) => {
          for (const m of muts) {
            if (m.target.getAttribute('data-render-finished') === 'true') {
              last = performance.now();
              flips += 1;
            }
          }
          check();
        });
        mo.observe(document.body, {
          subtree: true,
          attributes: true,
          attributeFilter: ['data-render-finished'],
        });
        document.addEventListener('click', (e) => (t0 = e.timeStamp), { capture: true, once: true });
        setTimeout(() => {
          mo.disconnect();
          resolve(null);
        }, 15000);
      }),
  );
  const box = await locator.boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  return wait;
}

async function measureDataset(label, query) {
  const firstPaint = [];
  let cls = 0;
  let heapMb = NaN;
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(OBSERVERS);
    await page.goto(`${base}?animation=off${query}`);
    const handle = await page.waitForFunction(
      () => performance.getEntriesByName('tongxin:charts-ready')[0]?.startTime,
      null,
      { timeout: 120_000, polling: 50 },
    );
    firstPaint.push(await handle.jsonValue());
    if (run === RUNS - 1) {
      // Interactions on the last page load: toggle organisation-type filters with trusted clicks.
      const chips = page.locator('.chip');
      const times = [];
      const count = await chips.count();
      for (let i = 0; i < CLICKS; i += 1) {
        const t = await measureInteraction(page, chips.nth(Math.floor(i / 2) % count));
        if (t !== null) times.push(t);
      }
      const bench = await page.evaluate(() => window.__bench);
      cls = bench.cls;
      const byInteraction = new Map();
      for (const [id, d] of bench.events) byInteraction.set(id, Math.max(byInteraction.get(id) ?? 0, d));
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      heapMb = (await cdp.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024;
      await context.close();
      return {
        label,
        firstPaint: median(firstPaint),
        filterMedian: median(times),
        filterP95: quantile(times, 0.95),
        inpP75: byInteraction.size ? quantile([...byInteraction.values()], 0.75) : 0,
        cls,
        heapMb,
        samples: times.length,
      };
    }
    await context.close();
  }
  throw new Error('unreachable');
}

const rows = [];
rows.push({
  ...(await measureDataset('real (50 efforts)', '')),
  selectors: await selectorTimes('data/dataset.json'),
  indexMs: indexBuildMs.get('data/dataset.json'),
});
for (const n of sizes) {
  const r = await measureDataset(
    `synthetic ${n.toLocaleString('en')}`,
    `&dataset=bench/data/synthetic-${n}.json`,
  );
  const file = `bench/data/synthetic-${n}.json`;
  rows.push({ ...r, selectors: await selectorTimes(file), indexMs: indexBuildMs.get(file) });
}

// 4. Lighthouse on the real dataset (desktop preset)
let lighthouse = null;
if (!argv.includes('--no-lighthouse')) {
  try {
    // Asynchronous: the preview server runs in this process and must keep answering Lighthouse.
    const { stdout: out } = await promisify(execFile)(
      process.execPath,
      [
        'node_modules/lighthouse/cli/index.js',
        base,
        '--preset=desktop',
        '--only-categories=performance,accessibility',
        '--output=json',
        '--quiet',
        `--chrome-flags=--headless=new ${CHROME_ARGS.join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: executablePath }, maxBuffer: 64 * 1024 * 1024, timeout: 300_000 },
    );
    const report = JSON.parse(out);
    lighthouse = {
      performance: Math.round(report.categories.performance.score * 100),
      accessibility: Math.round(report.categories.accessibility.score * 100),
    };
  } catch (e) {
    lighthouse = { error: String(e.message).split('\n')[0] };
  }
}

const version = browser.version();
await browser.close();
await server.close();

// 5. The table
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : 'n/a');
const real = rows[0];
const big = rows.find((r) => r.label.includes('100,000'));
const verdict = (ok) => (ok ? 'ok' : '**over**');
const table = [
  '| what | budget | measured | |',
  '| --- | --- | --- | --- |',
  `| JavaScript before the first chart (gzip, all chunks) | ≤ ${BUDGET_KB} KB | ${bundleKb.toFixed(1)} KB | ${verdict(bundleKb <= BUDGET_KB)} |`,
  ...rows.map(
    (r) =>
      `| first paint of all charts, ${r.label} | ≤ 800 ms (real) | ${ms(r.firstPaint)} | ${r === real ? verdict(r.firstPaint <= 800) : ''} |`,
  ),
  ...rows.map(
    (r) =>
      `| filter change → all charts drawn, ${r.label} (median / p95, n=${r.samples}) | ${r === real ? '≤ 60 ms median' : r === big ? '≤ 100 / 150 ms' : '—'} | ${ms(r.filterMedian)} / ${ms(r.filterP95)} | ${r === real ? verdict(r.filterMedian <= 60) : r === big ? verdict(r.filterMedian <= 100 && r.filterP95 <= 150) : ''} |`,
  ),
  ...rows.map(
    (r) =>
      `| filtering + aggregation alone, ${r.label} (median; index built once on load: ${r.indexMs.toFixed(0)} ms) | ${r === big ? '≤ 20 ms' : '—'} | ${r.selectors.toFixed(2)} ms | ${r === big ? verdict(r.selectors <= 20) : ''} |`,
  ),
  ...rows.map(
    (r) =>
      `| interaction to next paint p75, ${r.label} | ≤ 100 ms | ${ms(r.inpP75)} | ${verdict(r.inpP75 <= 100)} |`,
  ),
  ...rows.map(
    (r) => `| layout shift (CLS), ${r.label} | ≤ 0.02 | ${r.cls.toFixed(3)} | ${verdict(r.cls <= 0.02)} |`,
  ),
  ...rows.map(
    (r) =>
      `| JS heap after GC, ${r.label} | ${r === big ? '≤ 150 MB' : '—'} | ${r.heapMb.toFixed(1)} MB | ${r === big ? verdict(r.heapMb <= 150) : ''} |`,
  ),
  lighthouse && !lighthouse.error
    ? `| Lighthouse desktop: performance / accessibility | ≥ 98 / 100 | ${lighthouse.performance} / ${lighthouse.accessibility} | ${verdict(lighthouse.performance >= 98 && lighthouse.accessibility >= 100)} |`
    : `| Lighthouse desktop | ≥ 98 / 100 | ${lighthouse ? `failed: ${lighthouse.error}` : 'skipped'} | |`,
].join('\n');
const machine = `${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Chromium ${version}`;
const md = `Measured ${new Date().toISOString()} on ${machine}\nCommand: \`npm run bench\` (runs: ${RUNS} loads per dataset, ${CLICKS} filter clicks)\n\n${table}\n`;
console.log(`\n${md}`);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.md', md);
writeFileSync('bench/results/latest.json', JSON.stringify({ machine, bundleKb, rows, lighthouse }, null, 2));
