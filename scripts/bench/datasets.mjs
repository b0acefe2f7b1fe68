/* global window, document, MutationObserver -- functions passed to page.evaluate run in the browser */
/**
 * The app on one dataset (the bundled one or a synthetic one via `?dataset=`): cold loads for the
 * first paint of all charts, FCP and the longest main-thread task while it loads; then, on the last
 * load, filter changes by trusted clicks (latency, INP), layout shift and the heap after GC. Also
 * filtering + aggregation alone in Node, on the app's own modules.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'vite';
import { APP_MARK } from './floor.mjs';
import { coldPage, collectLoad, waitForMark } from './page.mjs';
import { median, quantile } from './stats.mjs';

/** After charts-ready, how long the load is still watched for long tasks (work deferred past the first paint). */
const AFTER_READY_MS = 1000;

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

async function filterClicks(page, clicks) {
  const chips = page.locator('.chip');
  const count = await chips.count();
  const times = [];
  for (let i = 0; i < clicks; i += 1) {
    const t = await measureInteraction(page, chips.nth(Math.floor(i / 2) % count));
    if (t !== null) times.push(t);
  }
  return times;
}

/** `url`: the app with `?animation=off` and, for a synthetic set, `&dataset=…`. */
export async function measureDataset(browser, label, url, { runs, clicks }) {
  const loads = [];
  for (let run = 0; run < runs; run += 1) {
    const { context, page, cdp } = await coldPage(browser);
    try {
      await page.goto(url, { waitUntil: 'commit' });
      const ready = await waitForMark(page, APP_MARK, 120_000);
      await page.waitForTimeout(AFTER_READY_MS);
      const load = await collectLoad(page, ready);
      const all = await page.evaluate(() => window.__bench.longTasks);
      load.longestWhileLoadingMs = all.reduce((m, [, d]) => Math.max(m, d), 0);
      load.over200WhileLoading = all.filter(([, d]) => d > 200).length;
      loads.push(load);
      if (run < runs - 1) continue;
      // Interactions on the last page load: toggle organisation-type filters with trusted clicks.
      const times = await filterClicks(page, clicks);
      const { cls, events } = await page.evaluate(() => window.__bench);
      const byInteraction = new Map();
      for (const [id, d] of events) byInteraction.set(id, Math.max(byInteraction.get(id) ?? 0, d));
      await cdp.send('HeapProfiler.collectGarbage');
      const heapMb = (await cdp.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024;
      return {
        label,
        loads: loads.length,
        firstPaint: median(loads.map((l) => l.ready)),
        fcp: median(loads.map((l) => l.fcp)),
        longestWhileLoading: median(loads.map((l) => l.longestWhileLoadingMs)),
        longestWhileLoadingMax: Math.max(...loads.map((l) => l.longestWhileLoadingMs)),
        over200: Math.max(...loads.map((l) => l.over200WhileLoading)),
        filterMedian: median(times),
        filterP95: quantile(times, 0.95),
        inpP75: byInteraction.size ? quantile([...byInteraction.values()], 0.75) : 0,
        cls,
        heapMb,
        samples: times.length,
      };
    } finally {
      await context.close();
    }
  }
  throw new Error('runs must be at least 1');
}

/** Filtering + aggregation alone, in Node, on the same modules the app uses; and the index build. */
export async function selectorTimes(file) {
  const vite = await createServer({
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
    logLevel: 'error',
  });
  try {
    const { parseDatasetJson } = await vite.ssrLoadModule('/src/data/parse-dataset.ts');
    const { buildDataset } = await vite.ssrLoadModule('/src/data/model.ts');
    const sets = {
      ...(await vite.ssrLoadModule('/src/aggregates/effort-set.ts')),
      ...(await vite.ssrLoadModule('/src/aggregates/aggregate-regions.ts')),
      ...(await vite.ssrLoadModule('/src/aggregates/by-organisation-type.ts')),
      ...(await vite.ssrLoadModule('/src/aggregates/type-activity-matrix.ts')),
      ...(await vite.ssrLoadModule('/src/aggregates/timeline.ts')),
    };
    const { effortIndexOf } = await vite.ssrLoadModule('/src/aggregates/effort-index.ts');
    const parsed = parseDatasetJson(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
    const ds = buildDataset(parsed.value);
    // The index is built once per dataset (on load); what a filter change costs is measured below.
    const t0 = performance.now();
    effortIndexOf(ds);
    const indexMs = performance.now() - t0;
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
    return { selectors: median(times.slice(5)), indexMs };
  } finally {
    await vite.close();
  }
}
