import type { Dataset } from '../data/model';
import type { Metric } from '../domain/view';

const metricsCache = new WeakMap<Dataset, Metric[]>();

/**
 * The metrics a user can map: counts, and each unit the dataset has figures in.
 * Computed once per dataset (it scans every figure).
 */
export function availableMetrics(dataset: Dataset): Metric[] {
  const cached = metricsCache.get(dataset);
  if (cached) return cached;
  const units = new Set(dataset.efforts.flatMap((e) => e.measures.map((m) => m.unit)));
  const metrics: Metric[] = [
    'efforts',
    'organisations',
    ...dataset.units.filter((u) => units.has(u.id)).map((u): Metric => `unit:${u.id}`),
  ];
  metricsCache.set(dataset, metrics);
  return metrics;
}
