/**
 * A Chrome trace of one cold load with no DevTools protocol attached (see no-devtools.mjs for why
 * that matters): Chromium records it itself from its start (`--trace-startup`) and writes it to a
 * file. As in no-devtools.mjs, the browser opens a same-origin waiting page first, which opens the
 * page under test once the browser has settled after its start.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { serveStatic } from './serve.mjs';
import { TRACE_CATEGORIES } from './cpu-trace.mjs';

/** On the waiting page, before it opens the page under test. */
const WAIT_MS = 2500;
/** How long Chromium records (from its start): the wait, the load and its charts. */
const TRACE_SECONDS = 8;

/** Resolves to the trace's events. `dir`: a built site; `query`: what the page is opened with. */
export async function startupTrace(dir, { query, port, headers }) {
  const copy = mkdtempSync(join(tmpdir(), 'bench-startup-trace-'));
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const file = join(copy, '__trace.json');
  cpSync(dir, copy, { recursive: true });
  writeFileSync(
    join(copy, '__bench-wait.js'),
    `setTimeout(() => location.replace(${JSON.stringify(`./${query}`)}), ${WAIT_MS});\n`,
  );
  writeFileSync(
    join(copy, '__bench-wait.html'),
    '<!doctype html><meta charset="utf-8"><script src="./__bench-wait.js"></script>\n',
  );
  const server = await serveStatic(copy, port, headers);
  const chromium = spawn(
    CHROMIUM_PATH,
    [
      '--headless=new',
      `--user-data-dir=${profile}`,
      '--window-size=1440,900',
      '--lang=zh-CN',
      '--accept-lang=zh-CN',
      ...CHROMIUM_ARGS,
      `--trace-startup=${[...TRACE_CATEGORIES, 'loading', 'toplevel'].join(',')}`,
      `--trace-startup-duration=${TRACE_SECONDS}`,
      '--trace-startup-format=json',
      `--trace-startup-file=${file}`,
      `http://127.0.0.1:${port}/__bench-wait.html`,
    ],
    { stdio: 'ignore', detached: true },
  );
  const exited = new Promise((resolve) => chromium.once('exit', resolve));
  try {
    // The file appears when the recording ends; it is complete once it parses.
    for (let waited = 0; waited < (TRACE_SECONDS + 30) * 1000; waited += 500) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      if (!existsSync(file)) continue;
      try {
        const trace = JSON.parse(readFileSync(file, 'utf8'));
        return trace.traceEvents ?? trace;
      } catch {
        // still being written
      }
    }
    throw new Error(`no startup trace from Chromium within ${TRACE_SECONDS + 30} s`);
  } finally {
    process.kill(-chromium.pid, 'SIGKILL');
    await exited;
    server.close();
    rmSync(profile, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
    rmSync(copy, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
  }
}
