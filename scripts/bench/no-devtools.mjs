/* global document, location -- page-side functions are sent as text */
/**
 * The app against its floor with no DevTools protocol attached (issue 12), as a user's browser runs.
 *
 * Playwright, the traces and Lighthouse all drive Chromium over the DevTools protocol, and with it
 * attached V8 records a detailed stack trace for every Error created — React creates a few while its
 * module is evaluated — for which it collects the source positions of every function on the stack,
 * re-reading the whole script: 140–200 ms of "module evaluation" on this machine, for the app and the
 * floor alike, that no user pays (a trace shows it as V8.CollectSourcePositions). Measured with it,
 * both sides carry the same extra time and their ratio shrinks.
 *
 * Here each load is its own Chromium (fresh profile, no remote debugging), started on a same-origin
 * waiting page so that the browser and its renderer are up, as for a user, which after a pause
 * opens the page under test. The page measures itself with the observers the other loads use
 * (page.mjs: paint, LCP, layout shifts, long tasks) and posts what it saw to the static host.
 * No CPU throttling: that needs the protocol.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { installObservers, loadSummary } from './page.mjs';
import { REPORT_PATH, serveStatic } from './serve.mjs';

/** After the mark, time for a late LCP candidate to paint (as in floor.mjs at 1×). */
const SETTLE_MS = 1000;
/** On the waiting page, before it opens the page under test: the browser settles after its start. */
const WAIT_MS = 2500;
const LOAD_TIMEOUT_MS = 60_000;
/** The waiting page's file in the copy of a build (`writeWaitingPage`). */
export const WAITING_PAGE = '__bench-wait.html';

/** Page side: report `summary(mark time)` once the mark is set and the page has settled. */
function reportWhenReady(mark, summary, settleMs, reportPath) {
  new PerformanceObserver((list, observer) => {
    const entry = list.getEntries().find((e) => e.name === mark);
    if (!entry) return;
    observer.disconnect();
    setTimeout(() => navigator.sendBeacon(reportPath, JSON.stringify(summary(entry.startTime))), settleMs);
  }).observe({ type: 'mark', buffered: true });
}

/** Page side (the waiting page): open the page under test after `waitMs`. */
function openLater(target, waitMs) {
  setTimeout(() => location.replace(target), waitMs);
  document.title = 'waiting';
}

/** The waiting page `WAITING_PAGE` in a copy of a build: it opens `./<query>` after `WAIT_MS`. */
export function writeWaitingPage(copy, query) {
  writeFileSync(
    join(copy, '__bench-wait.js'),
    `(${openLater})(${JSON.stringify(`./${query}`)}, ${WAIT_MS});\n`,
  );
  writeFileSync(
    join(copy, WAITING_PAGE),
    '<!doctype html><meta charset="utf-8"><title>…</title><script src="./__bench-wait.js"></script>\n',
  );
}

/**
 * A copy of the build whose index.html runs the observers first (a same-origin script: the CSP
 * stays `script-src 'self'`), and the waiting page.
 */
function instrumentedCopy(dir, mark, query) {
  const copy = mkdtempSync(join(tmpdir(), 'bench-no-devtools-'));
  cpSync(dir, copy, { recursive: true });
  writeFileSync(
    join(copy, '__bench-observe.js'),
    `(${installObservers})();\n(${reportWhenReady})(${JSON.stringify(mark)}, ${loadSummary}, ${SETTLE_MS}, ${JSON.stringify(REPORT_PATH)});\n`,
  );
  writeWaitingPage(copy, query);
  const index = join(copy, 'index.html');
  const html = readFileSync(index, 'utf8');
  const charset = /<meta charset="UTF-8" ?\/?>/i;
  if (!charset.test(html)) throw new Error(`${dir}/index.html: no <meta charset> to put the observers after`);
  writeFileSync(
    index,
    html.replace(charset, (m) => `${m}<script src="./__bench-observe.js"></script>`),
  );
  return copy;
}

/**
 * A Chromium of its own (fresh profile, no remote debugging, `extraArgs` added) opened on `url`, for
 * as long as `until()` takes; then it is killed with its helpers and its profile removed.
 */
export async function withChromium(url, extraArgs, until) {
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const chromium = spawn(
    CHROMIUM_PATH,
    [
      '--headless=new',
      `--user-data-dir=${profile}`,
      '--window-size=1440,900',
      '--lang=zh-CN',
      '--accept-lang=zh-CN',
      ...CHROMIUM_ARGS,
      ...extraArgs,
      url,
    ],
    // Its own process group: the renderer and the other helpers are killed with it.
    { stdio: 'ignore', detached: true },
  );
  const exited = new Promise((resolve) => chromium.once('exit', resolve));
  try {
    return await until();
  } finally {
    process.kill(-chromium.pid, 'SIGKILL');
    await exited;
    // Its helpers may still be closing files: rmSync retries on ENOTEMPTY/EBUSY.
    rmSync(profile, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
  }
}

/** One load in a Chromium of its own; resolves to what the page reported. */
function loadWithoutDevtools(url, waitFor) {
  let timer;
  return withChromium(url, [], () =>
    Promise.race([
      waitFor,
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no report from ${url} within ${LOAD_TIMEOUT_MS} ms`)),
          LOAD_TIMEOUT_MS,
        );
      }),
    ]).finally(() => clearTimeout(timer)),
  );
}

/**
 * `targets`: { app: { dir, mark }, floor: { dir, mark } } (built sites). `runs` rounds, app and floor
 * in alternating order, after one unmeasured load each. Resolves to { app: [summary], floor: [summary] }
 * (the shape `summarize` in floor.mjs takes).
 */
export async function compareWithoutDevtools(
  targets,
  { runs, port, headers, query = '?animation=off', log = () => {} },
) {
  const samples = { app: [], floor: [] };
  const sites = {};
  let pending = null;
  try {
    for (const [name, t] of Object.entries(targets)) {
      const dir = instrumentedCopy(t.dir, t.mark, query);
      const p = port + Object.keys(sites).length;
      const server = await serveStatic(dir, p, headers, { onReport: (json) => pending?.(json) });
      sites[name] = { dir, server, url: `http://127.0.0.1:${p}/${WAITING_PAGE}` };
    }
    const once = (name) =>
      loadWithoutDevtools(
        sites[name].url,
        new Promise((resolve) => {
          pending = resolve;
        }),
      );
    for (const name of ['app', 'floor']) await once(name);
    for (let round = 0; round < runs; round += 1) {
      const order = round % 2 === 0 ? ['app', 'floor'] : ['floor', 'app'];
      for (const name of order) samples[name].push(await once(name));
      log(`without DevTools: round ${round + 1}/${runs}`);
    }
    return samples;
  } finally {
    for (const site of Object.values(sites)) {
      site.server.close();
      rmSync(site.dir, { recursive: true, force: true });
    }
  }
}
