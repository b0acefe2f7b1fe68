const SAFE_DATASET_PATH = /^[A-Za-z0-9_][A-Za-z0-9_./-]*\.json$/;

/**
 * `?dataset=bench/data/synthetic-100000.json` loads another dataset from the same origin through the
 * same path as the bundled one (used by benchmarks and for linking a published dataset). Only plain
 * relative paths are accepted: no scheme, no host, no `..`. The app and the first-paint script
 * (which starts the download early: src/worker/early-load.ts) both ask this, so they never disagree.
 */
export function datasetPathFromSearch(search: string): { path: string | null; rejected: string | null } {
  const raw = new URLSearchParams(search).get('dataset');
  if (raw === null) return { path: null, rejected: null };
  if (raw.length <= 200 && SAFE_DATASET_PATH.test(raw) && !raw.includes('..') && !raw.includes('//')) {
    return { path: raw, rejected: null };
  }
  return { path: null, rejected: raw.slice(0, 60) };
}
