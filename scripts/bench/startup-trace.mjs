/**
 * A Chrome trace of one cold load with no DevTools protocol attached (see no-devtools.mjs for why
 * that matters): Chromium records it itself from its start (`--trace-startup`) and writes it to a
 * file. As in no-devtools.mjs, the browser opens a same-origin waiting page first, which opens the
 * page under test once the browser has settled after its start.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from './serve.mjs';
import { TRACE_CATEGORIES } from './cpu-trace.mjs';
import { WAITING_PAGE, withChromium, writeWaitingPage } from './no-devtools.mjs';

/**
 * Resolves to the trace's events. `dir`: a built site; `query`: what the page is opened with;
 * `seconds`: how long Chromium records from its start — the wait (2.5 s), the load and its charts
 * (a 100,000-effort dataset needs ≈ 12).
 */
export async function startupTrace(dir, { query, port, headers, seconds = 8 }) {
  const copy = mkdtempSync(join(tmpdir(), 'bench-startup-trace-'));
  const file = join(copy, '__trace.json');
  cpSync(dir, copy, { recursive: true });
  writeWaitingPage(copy, query);
  const server = await serveStatic(copy, port, headers);
  const args = [
    `--trace-startup=${[...TRACE_CATEGORIES, 'loading', 'toplevel'].join(',')}`,
    `--trace-startup-duration=${seconds}`,
    '--trace-startup-format=json',
    `--trace-startup-file=${file}`,
  ];
  try {
    return await withChromium(`http://127.0.0.1:${port}/${WAITING_PAGE}`, args, async () => {
      // The file appears when the recording ends; it is complete once it parses.
      for (let waited = 0; waited < (seconds + 30) * 1000; waited += 500) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        if (!existsSync(file)) continue;
        try {
          const trace = JSON.parse(readFileSync(file, 'utf8'));
          return trace.traceEvents ?? trace;
        } catch {
          // still being written
        }
      }
      throw new Error(`no startup trace from Chromium within ${seconds + 30} s`);
    });
  } finally {
    server.close();
    rmSync(copy, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
  }
}
