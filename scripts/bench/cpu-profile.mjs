/**
 * A V8 CPU profile (CDP Profiler) reduced to what a person reads: self time per script file and
 * inclusive time per function (a function counted once per sample even when recursive). Build
 * unminified (`vite build --minify false --outDir dist-trace`) to get real function names.
 */
const frameKey = (f) =>
  `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() || ''}:${f.lineNumber + 1}`;
const fileOf = (f) =>
  f.url
    ? f.url
        .split('/')
        .pop()
        .replace(/-[\w-]{8}\.js$/, '.js')
    : f.functionName;

export function summarizeProfile(profile, top = Number(process.env.PROFILE_TOP ?? 40)) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byFile = new Map();
  const inclusive = new Map();
  const add = (m, k, v) => m.set(k, (m.get(k) ?? 0) + v);
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    add(byFile, fileOf(byId.get(id).callFrame), ms);
    const seen = new Set();
    for (let p = id; p !== undefined; p = parent.get(p)) {
      const key = frameKey(byId.get(p).callFrame);
      if (!seen.has(key)) add(inclusive, key, ms);
      seen.add(key);
    }
  });
  const lines = (m, n) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `  ${v.toFixed(0).padStart(6)} ms  ${k}`)
      .join('\n');
  return `self time by file:\n${lines(byFile, 15)}\n\ninclusive time by function:\n${lines(inclusive, top)}`;
}
