#!/usr/bin/env node
/* global window -- functions passed to page.evaluate run in the browser */
/**
 * One traced cold load of a built page, to see where the first screen's time goes: the network
 * waterfall (Resource Timing: start → end, gzip bytes), the User Timing marks, and every main-thread
 * task over 50 ms with what it spent its time on (from a Chrome trace), all in ms since navigation.
 *
 *   node scripts/trace-first-load.mjs [--dir dist] [--mark tongxin:charts-ready] [--rate 1] [--port 4395]
 *   node scripts/trace-first-load.mjs --dir dist-peer --mark peer:charts-ready
 *   node scripts/trace-first-load.mjs --dir dist-trace --profile [--query '?animation=off&dataset=…']
 *   node scripts/trace-first-load.mjs --min 10   (list tasks from 10 ms, not 50)
 *   node scripts/trace-first-load.mjs --cpu --runs 5 [--dir dist-peer --mark peer:charts-ready]
 *   node scripts/trace-first-load.mjs --no-devtools [--dir dist-peer --mark peer:charts-ready] [--min 10] [--seconds 8]
 * Build first (npm run bench builds both dist/ and dist-peer/). `--profile` takes a V8 CPU profile
 * instead of a trace, up to the mark (build with `--minify false` for function names).
 * `--cpu` prints only the CPU time spent before the mark (thread time from the trace, per thread and by
 * kind of work), as the median of `--runs` loads: on a busy shared machine wall-clock times stretch
 * with the load but thread time hardly does, so it compares two builds where the benchmark cannot.
 * `--no-devtools`: the trace Chromium records itself from its start (`--trace-startup`), with no
 * DevTools attached (bench/startup-trace.mjs): the tasks as a user's browser runs them, without the
 * evaluation DevTools adds (no-devtools.mjs), and the background threads' parsing of the scripts.
 */
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { coldPage, waitForMark } from './bench/page.mjs';
import { previewHeaders, serveStatic } from './bench/serve.mjs';
import { summarizeProfile } from './bench/cpu-profile.mjs';
import { KINDS, TRACE_CATEGORIES, cpuBeforeMark } from './bench/cpu-trace.mjs';
import { startupTrace } from './bench/startup-trace.mjs';

const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i === -1 ? fallback : argv[i + 1];
};
const dir = opt('dir', 'dist');
const mark = opt('mark', 'tongxin:charts-ready');
const rate = Number(opt('rate', '1'));
const port = Number(opt('port', '4395'));
const query = opt('query', '?animation=off');
const runs = Number(opt('runs', '1'));
/** Shortest main-thread task listed, ms (`--min 10` shows the small tasks between the big ones). */
const minTask = Number(opt('min', '50'));
/** `--threads`: with `--cpu`, every thread of every process in the trace, not only the page's main thread and workers. */
const ALL_THREADS = argv.includes('--threads');

/** Wrappers that only repeat their task's time. */
const WRAPPERS = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ProfileChunk', 'Profile']);

if (argv.includes('--no-devtools')) {
  // `--seconds`: how long Chromium records from its start (a 100,000-effort load needs ≈ 12).
  const seconds = Number(opt('seconds', '8'));
  const events = await startupTrace(dir, { query, port, headers: await previewHeaders(), seconds });
  const markEvent = events.find((e) => e.name === mark && e.cat?.includes('blink.user_timing'));
  if (!markEvent) throw new Error(`${mark} is not in the startup trace (record longer: --seconds)`);
  const nav = events
    .filter((e) => e.pid === markEvent.pid && e.name === 'navigationStart' && e.ts <= markEvent.ts)
    .sort((a, b) => b.ts - a.ts)[0];
  if (!nav) throw new Error('no navigationStart before the mark');
  const toPage = (ts) => (ts - nav.ts) / 1000;
  console.log(
    `${dir}${query}, no DevTools (startup trace): ${mark} at ${toPage(markEvent.ts).toFixed(0)} ms`,
  );
  // The page's own marks (the category also carries the navigation's timing points).
  const NAVIGATION_TIMING =
    /^(navigationStart|fetchStart|redirect|domain|connect|secure|request|response|unload|commit|dom|loadEvent)/;
  const marks = events.filter(
    (e) =>
      e.pid === markEvent.pid &&
      e.cat?.includes('blink.user_timing') &&
      !NAVIGATION_TIMING.test(e.name) &&
      e.ts >= nav.ts &&
      e.ts <= markEvent.ts,
  );
  console.log('marks:', [...new Set(marks.map((e) => `${e.name} ${toPage(e.ts).toFixed(0)}`))].join(', '));
  printTasks(events, markEvent, toPage, nav.ts);
  printBackgroundParsing(events, markEvent, toPage, nav.ts);
  process.exit(0);
}

const server = await serveStatic(dir, port, await previewHeaders());
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
try {
  if (argv.includes('--profile')) {
    const { context, page, cdp } = await coldPage(browser, rate);
    // Profile on the page's own origin: a navigation to another site may start a new renderer.
    await page.goto(`http://127.0.0.1:${port}/not-found`);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
    await page.goto(`http://127.0.0.1:${port}/${query}`, { waitUntil: 'commit' });
    const ready = await waitForMark(page, mark, 300_000);
    const { profile } = await cdp.send('Profiler.stop');
    await context.close();
    console.log(`${dir}${query} at CPU ${rate}×: ${mark} at ${ready.toFixed(0)} ms (profiled)\n`);
    console.log(summarizeProfile(profile));
    // PROFILE_SAVE=file.cpuprofile keeps the whole profile (DevTools opens it) for a closer look.
    if (process.env.PROFILE_SAVE) writeFileSync(process.env.PROFILE_SAVE, JSON.stringify(profile));
    process.exit(0);
  }
  if (argv.includes('--cpu')) {
    const loads = [];
    for (let i = 0; i < runs; i += 1) {
      const { context, page } = await coldPage(browser, rate);
      await browser.startTracing(page, {
        categories: TRACE_CATEGORIES,
      });
      await page.goto(`http://127.0.0.1:${port}/${query}`, { waitUntil: 'commit' });
      const ready = await waitForMark(page, mark, 120_000);
      const fcp = await page.evaluate(() => window.__bench.fcp);
      await page.waitForTimeout(300);
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
      await context.close();
      const markEvent = trace.traceEvents.find((e) => e.name === mark && e.cat.includes('blink.user_timing'));
      loads.push({ ready, fcp, ...cpuBeforeMark(trace, markEvent, ready, { allThreads: ALL_THREADS }) });
    }
    const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
    const threads = [...new Set(loads.flatMap((l) => Object.keys(l.perThread)))];
    console.log(`${dir}${query} at CPU ${rate}×, median of ${runs} (thread time before ${mark}):`);
    console.log(
      `  wall: ready ${med(loads.map((l) => l.ready)).toFixed(0)} ms, FCP ${med(loads.map((l) => l.fcp)).toFixed(0)} ms`,
    );
    for (const t of threads)
      console.log(`  cpu ${t}: ${med(loads.map((l) => l.perThread[t] ?? 0)).toFixed(0)} ms`);
    console.log(
      `  main by kind: ${KINDS.map(([k]) => `${k} ${med(loads.map((l) => l.kinds[k])).toFixed(0)}`).join(', ')}`,
    );
    process.exit(0);
  }
  const { context, page } = await coldPage(browser, rate);
  await browser.startTracing(page, {
    categories: TRACE_CATEGORIES,
  });
  await page.goto(`http://127.0.0.1:${port}/${query}`, { waitUntil: 'commit' });
  const ready = await waitForMark(page, mark, 120_000);
  await page.waitForTimeout(1000);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
  const perf = await page.evaluate(() => ({
    resources: performance.getEntriesByType('resource').map((e) => ({
      name: new URL(e.name).pathname,
      type: e.initiatorType,
      start: e.startTime,
      end: e.responseEnd,
      bytes: e.encodedBodySize,
    })),
    marks: performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]),
    nav: performance.getEntriesByType('navigation')[0]?.responseEnd ?? 0,
    fcp: window.__bench.fcp,
    lcp: window.__bench.lcp,
    longTasks: window.__bench.longTasks,
  }));
  await context.close();

  console.log(`${dir}${query} at CPU ${rate}×: ${mark} at ${ready.toFixed(0)} ms`);
  console.log(
    `document ${perf.nav.toFixed(0)} ms, FCP ${perf.fcp?.toFixed(0)} ms, LCP ${perf.lcp?.time.toFixed(0)} ms`,
  );
  console.log('\nnetwork (ms since navigation; gzip bytes):');
  for (const r of perf.resources.sort((a, b) => a.start - b.start))
    console.log(
      `  ${r.start.toFixed(0).padStart(6)} → ${r.end.toFixed(0).padStart(6)}  ${(r.bytes / 1024).toFixed(1).padStart(7)} KB  ${r.type.padEnd(6)} ${r.name}`,
    );
  console.log('\nmarks:', perf.marks.map(([n, t]) => `${n} ${t.toFixed(0)}`).join(', '));

  // Trace time (µs) → page time (ms): the mark appears in both.
  const markEvent = trace.traceEvents.find((e) => e.name === mark && e.cat.includes('blink.user_timing'));
  if (!markEvent) throw new Error('the mark is not in the trace');
  const toPage = (ts) => (ts - markEvent.ts) / 1000 + ready;
  printTasks(trace.traceEvents, markEvent, toPage);
} finally {
  await browser.close();
  server.close();
}

/** Every main-thread task of the page over `minTask` ms, with its largest parts (page time, ms). */
function printTasks(events, markEvent, toPage, from = -Infinity) {
  const main = events.filter((e) => e.pid === markEvent.pid && e.tid === markEvent.tid);
  const tasks = main.filter((e) => e.name === 'RunTask' && e.dur >= minTask * 1000 && e.ts >= from);
  console.log(`\nmain-thread tasks ≥ ${minTask} ms (start, duration, largest parts):`);
  for (const t of tasks) {
    const parts = new Map();
    for (const e of main) {
      if (WRAPPERS.has(e.name) || e.ph !== 'X' || e.ts < t.ts || e.ts + (e.dur ?? 0) > t.ts + t.dur || !e.dur)
        continue;
      const url = e.args?.data?.url ? ` ${e.args.data.url.split('/').pop()}` : '';
      const fn = e.args?.data?.functionName ? ` ${e.args.data.functionName}` : '';
      const key = `${e.name}${url || fn}`;
      parts.set(key, (parts.get(key) ?? 0) + e.dur / 1000);
    }
    const top = [...parts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([k, d]) => `${k} ${d.toFixed(0)}`)
      .join('; ');
    console.log(
      `  ${toPage(t.ts).toFixed(0).padStart(6)} +${(t.dur / 1000).toFixed(0).padStart(4)} ms  ${top}`,
    );
  }
}

/** Script parsing and compiling on the page's other threads (the entry is parsed while it streams in). */
function printBackgroundParsing(events, markEvent, toPage, from) {
  const threadNames = new Map(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name')
      .map((e) => [`${e.pid}:${e.tid}`, e.args.name]),
  );
  const spans = new Map();
  for (const e of events) {
    if (e.pid !== markEvent.pid || e.tid === markEvent.tid || e.ph !== 'X') continue;
    if (e.ts < from || e.ts > markEvent.ts) continue;
    if (!/^v8\.(parseOnBackground|compile)/.test(e.name)) continue;
    const key = `${threadNames.get(`${e.pid}:${e.tid}`) ?? e.tid} ${e.name}`;
    const span = spans.get(key) ?? { ms: 0, from: Infinity, to: -Infinity };
    span.ms += e.dur / 1000;
    span.from = Math.min(span.from, e.ts);
    span.to = Math.max(span.to, e.ts + e.dur);
    spans.set(key, span);
  }
  console.log('\nscript parsing off the main thread (before the mark):');
  for (const [key, { ms, from, to }] of spans)
    if (ms >= 1)
      console.log(`  ${key}: ${ms.toFixed(0)} ms, ${toPage(from).toFixed(0)} → ${toPage(to).toFixed(0)}`);
}
