/**
 * Thread time (CPU ms) from a Chrome trace of one page load, up to a User Timing mark: on a busy
 * shared machine wall-clock times stretch with whatever else runs, thread time hardly does. Used by
 * scripts/trace-first-load.mjs (--cpu) and by the floor comparison of `npm run bench`.
 */

/** What to record: the timeline (tasks, layout, paint), V8 (evaluation, GC) and User Timing marks. */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'blink.user_timing',
];

/**
 * Kinds of main-thread work, by trace event name. Each kind counts its outermost events; kinds nest
 * (a layout forced by script counts in both), so they do not add up to the total.
 */
export const KINDS = [
  ['compile', /^(v8\.compile|V8\.CompileCode|v8\.compileModule|CompileScript|v8\.parseOnBackground)/],
  // Evaluating the module scripts (their top-level code), apart from the rest of the script time.
  ['evaluate', /^v8\.evaluateModule$/],
  [
    'script',
    /^(v8\.callFunction|FunctionCall|EvaluateScript|v8\.run|TimerFire|FireAnimationFrame|EventDispatch|RunMicrotasks)$/,
  ],
  ['gc', /^(MinorGC|MajorGC|V8\.GC.*|BlinkGC.*)$/],
  ['style+layout', /^(UpdateLayoutTree|Layout|RecalculateStyles|ParseAuthorStyleSheet)$/],
  ['paint', /^(Paint|PrePaint|Layerize|Commit|PaintImage|RasterTask|Decode.*)$/],
  ['html', /^(ParseHTML|HTMLDocumentParser.*)$/],
];

/**
 * Thread time (CPU ms) of every top-level task between navigation and the mark: per thread (the
 * page's main thread, its workers) and, on the main thread, by kind of work (self time of the
 * outermost event of each kind).
 */
export function cpuBeforeMark(trace, markEvent, ready, { allThreads = false } = {}) {
  const navTs = markEvent.ts - ready * 1000;
  const names = new Map(
    trace.traceEvents
      .filter((e) => e.ph === 'M' && e.name === 'thread_name')
      .map((e) => [`${e.pid}:${e.tid}`, e.args.name]),
  );
  const procs = new Map(
    trace.traceEvents
      .filter((e) => e.ph === 'M' && e.name === 'process_name')
      .map((e) => [e.pid, e.args.name]),
  );
  const inWindow = (e) => e.ph === 'X' && e.ts >= navTs && e.ts <= markEvent.ts && e.pid === markEvent.pid;
  const inTime = (e) => e.ph === 'X' && e.ts >= navTs && e.ts <= markEvent.ts;
  const perThread = {};
  for (const e of trace.traceEvents) {
    if (!(allThreads ? inTime(e) : inWindow(e)) || e.name !== 'RunTask' || e.tdur === undefined) continue;
    const inPage = e.pid === markEvent.pid;
    const thread = names.get(`${e.pid}:${e.tid}`) ?? `tid ${e.tid}`;
    const name =
      inPage && e.tid === markEvent.tid
        ? 'main'
        : `${inPage ? 'page' : (procs.get(e.pid) ?? e.pid)} ${thread}`;
    if (!allThreads && !/^main$|Worker/.test(name)) continue;
    perThread[name] = (perThread[name] ?? 0) + e.tdur / 1000;
  }
  // Kinds on the main thread: thread time of the outermost event of a kind (nested ones are inside it).
  const kinds = Object.fromEntries(KINDS.map(([k]) => [k, 0]));
  const main = trace.traceEvents
    .filter((e) => inWindow(e) && e.tid === markEvent.tid && e.tdur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const open = [];
  for (const e of main) {
    while (open.length && open.at(-1).end <= e.ts) open.pop();
    const kind = KINDS.find(([, re]) => re.test(e.name))?.[0];
    if (kind && !open.some((o) => o.kind === kind)) kinds[kind] += e.tdur / 1000;
    open.push({ end: e.ts + e.dur, kind });
  }
  return { perThread, kinds };
}
