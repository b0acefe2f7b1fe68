/**
 * The app against its floor (bench/peer, issue 12): cold loads of both, interleaved round-robin so
 * that whatever else the shared machine is doing slows both alike, each in a fresh browser context,
 * at every CPU throttling rate. The ratio app / floor of medians is the figure that counts.
 */
import { TRACE_CATEGORIES, cpuBeforeMark } from './cpu-trace.mjs';
import { coldPage, collectLoad, waitForMark } from './page.mjs';
import { median, mode, quantile } from './stats.mjs';

export const APP_MARK = 'tongxin:charts-ready';
export const PEER_MARK = 'peer:charts-ready';

/** After the mark, time for a late LCP candidate to paint (scaled with the CPU rate). */
const SETTLE_MS = 1000;

async function load(browser, target, rate) {
  const { context, page } = await coldPage(browser, rate);
  try {
    await page.goto(target.url, { waitUntil: 'commit' });
    const ready = await waitForMark(page, target.mark, 60_000 * rate);
    await page.waitForTimeout(SETTLE_MS * Math.sqrt(rate));
    return await collectLoad(page, ready);
  } finally {
    await context.close();
  }
}

/** One traced cold load: the page's main-thread CPU time (thread time) before the mark. */
async function tracedLoad(browser, target, rate) {
  const { context, page } = await coldPage(browser, rate);
  try {
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.goto(target.url, { waitUntil: 'commit' });
    const ready = await waitForMark(page, target.mark, 60_000 * rate);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    const mark = trace.traceEvents.find((e) => e.name === target.mark && e.cat.includes('blink.user_timing'));
    if (!mark) throw new Error(`${target.mark} is not in the trace`);
    return cpuBeforeMark(trace, mark, ready).perThread.main ?? NaN;
  } finally {
    await context.close();
  }
}

/**
 * `targets`: { app: { url, mark }, floor: { url, mark } }. Runs `runs` rounds; in each round every
 * rate, and within it app and floor in alternating order. One unmeasured warm-up load each first.
 * Then `cpuRuns` traced rounds (same order) for the main thread's CPU time before the mark: on a
 * shared machine it drifts far less than wall-clock time, so its ratio is the steadier one.
 */
export async function compareWithFloor(browser, targets, { runs, rates, cpuRuns = 0, log = () => {} }) {
  const samples = Object.fromEntries(
    rates.map((r) => [r, { app: [], floor: [], cpu: { app: [], floor: [] } }]),
  );
  for (const name of ['app', 'floor']) await load(browser, targets[name], 1);
  for (let round = 0; round < runs; round += 1) {
    for (const rate of rates) {
      const order = round % 2 === 0 ? ['app', 'floor'] : ['floor', 'app'];
      for (const name of order) samples[rate][name].push(await load(browser, targets[name], rate));
    }
    log(`floor comparison: round ${round + 1}/${runs}`);
  }
  for (let round = 0; round < cpuRuns; round += 1) {
    for (const rate of rates) {
      const order = round % 2 === 0 ? ['app', 'floor'] : ['floor', 'app'];
      for (const name of order) samples[rate].cpu[name].push(await tracedLoad(browser, targets[name], rate));
    }
    log(`floor comparison: traced round ${round + 1}/${cpuRuns}`);
  }
  return samples;
}

const METRICS = [
  { key: 'ready', label: 'charts-ready (all charts drawn)', unit: 'ms', goal: 1.15 },
  { key: 'fcp', label: 'First Contentful Paint', unit: 'ms' },
  { key: 'lcp', label: 'Largest Contentful Paint', unit: 'ms', goal: 1.15, get: (s) => s.lcp?.time },
  { key: 'jsBytes', label: 'JS transferred before ready (gzip)', unit: 'KB', scale: 1 / 1024 },
  { key: 'longTaskMs', label: 'long-task time before ready', unit: 'ms' },
  { key: 'longestTaskMs', label: 'longest task before ready', unit: 'ms' },
  { key: 'cls', label: 'Cumulative Layout Shift', unit: '', digits: 3, goal: 'zero' },
];

const fmt = (x, m) =>
  Number.isFinite(x)
    ? `${x.toFixed(m.digits ?? (m.unit === 'KB' ? 1 : 0))}${m.unit ? ` ${m.unit}` : ''}`
    : 'n/a';

/** The LCP element as `tag.class "text…"`, or `#id` when it has one (it may have left the page). */
function describeLcp(lcp) {
  if (lcp?.id) return `#${lcp.id}`;
  if (!lcp?.tag) return 'none';
  const cls = lcp.className ? `.${lcp.className.trim().split(/\s+/).join('.')}` : '';
  return `${lcp.tag}${cls}${lcp.text ? ` "${lcp.text}"` : ''}`.replaceAll('|', '\\|');
}

/** Medians, p90 and ratios for one rate, ready to print and to store. */
export function summarize(samples) {
  const rows = METRICS.map((m) => {
    const values = (name) => samples[name].map((s) => (m.get ? m.get(s) : s[m.key]) * (m.scale ?? 1));
    const app = { median: median(values('app')), p90: quantile(values('app'), 0.9) };
    const floor = { median: median(values('floor')), p90: quantile(values('floor'), 0.9) };
    const ratio = floor.median > 0 ? app.median / floor.median : NaN;
    // Per round: app and floor loaded back to back saw the same machine; robust to load drifting over the run.
    const a = values('app');
    const f = values('floor');
    const paired = median(a.map((x, i) => (f[i] > 0 ? x / f[i] : NaN)));
    // CLS must be 0 in every load, not only in the median one.
    const ok =
      m.goal === 'zero'
        ? Math.max(...values('app')) === 0
        : typeof m.goal === 'number'
          ? ratio <= m.goal
          : null;
    return { ...m, app, floor, ratio, paired, ok };
  });
  // Main-thread CPU before ready, from the traced rounds (absent when there were none).
  const cpu = samples.cpu?.app.length ? samples.cpu : null;
  if (cpu) {
    const app = { median: median(cpu.app), p90: quantile(cpu.app, 0.9) };
    const floor = { median: median(cpu.floor), p90: quantile(cpu.floor, 0.9) };
    rows.push({
      key: 'cpuMain',
      label: `main-thread CPU time before ready (traced loads, n=${cpu.app.length})`,
      unit: 'ms',
      app,
      floor,
      ratio: app.median / floor.median,
      paired: median(cpu.app.map((x, i) => x / cpu.floor[i])),
      ok: null,
    });
  }
  const lcpElement = (name) => {
    const { value, count } = mode(samples[name].map((s) => describeLcp(s.lcp)));
    return `${value} (${count}/${samples[name].length})`;
  };
  return { rows, lcpElement: { app: lcpElement('app'), floor: lcpElement('floor') }, n: samples.app.length };
}

/** One markdown table per rate (`heading(rate, loads)`: the line above each). */
export function floorTable(
  summaries,
  heading = (rate, n) => `**CPU ${rate}×** (${n} cold loads each, interleaved)`,
) {
  return Object.entries(summaries)
    .map(([rate, s]) => {
      const lines = [
        heading(rate, s.n),
        '',
        '| what | app median | app p90 | floor median | floor p90 | app / floor | paired | goal |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        ...s.rows.map((r) => {
          const goal = r.goal === 'zero' ? '0' : typeof r.goal === 'number' ? `≤ ${r.goal.toFixed(2)}×` : '—';
          const verdict = r.ok === null ? '' : r.ok ? ' ok' : ' **over**';
          const x = (v) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : 'n/a');
          return `| ${r.label} | ${fmt(r.app.median, r)} | ${fmt(r.app.p90, r)} | ${fmt(r.floor.median, r)} | ${fmt(r.floor.p90, r)} | ${x(r.ratio)} | ${x(r.paired)} | ${goal}${verdict} |`;
        }),
        `| LCP element (most frequent) | ${s.lcpElement.app} | | ${s.lcpElement.floor} | | | | a chart or the title |`,
        '',
        '_app / floor_: ratio of the medians (the goal); _paired_: median of the per-round ratios.',
      ];
      return lines.join('\n');
    })
    .join('\n\n');
}
