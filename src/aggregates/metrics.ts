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
  // A plain loop that stops once every unit of the vocabulary is seen: building an array of every
  // figure first (flatMap) took ≈ 130 ms for 100,000 efforts, inside the first render.
  // Only the vocabulary's units count towards stopping: a figure in another unit (validation refuses
  // one) could not end the scan before a unit of the vocabulary is found.
  const vocabulary = new Set(dataset.units.map((u) => u.id));
  const units = new Set<string>();
  scan: for (const effort of dataset.efforts) {
    for (const measure of effort.measures) {
      if (!vocabulary.has(measure.unit)) continue;
      units.add(measure.unit);
      if (units.size === vocabulary.size) break scan;
    }
  }
  const metrics: Metric[] = [
    'efforts',
    'organisations',
    ...dataset.units.filter((u) => units.has(u.id)).map((u): Metric => `unit:${u.id}`),
  ];
  metricsCache.set(dataset, metrics);
  return metrics;
}
