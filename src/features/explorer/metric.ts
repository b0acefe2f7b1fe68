import type { Dataset } from '../../data/model';
import { translate } from '../../i18n/i18n';
import { metricUnit } from '../../selectors/aggregate-regions';
import type { Lang, Metric } from '../../store/view-state';

/** The metrics a user can map: counts, and each unit the dataset has figures in. */
const metricsCache = new WeakMap<Dataset, Metric[]>();

/** Computed once per dataset (it scans every figure). */
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

export function metricLabel(metric: Metric, dataset: Dataset, lang: Lang): string {
  if (metric === 'efforts') return translate(lang, 'metricEfforts');
  if (metric === 'organisations') return translate(lang, 'metricOrganisations');
  const unit = dataset.unitById.get(metricUnit(metric) ?? '');
  return translate(lang, 'metricUnit', { unit: unit ? unit[lang] : '?' });
}

export function metricUnitLabel(metric: Metric, dataset: Dataset, lang: Lang): string | null {
  const unit = dataset.unitById.get(metricUnit(metric) ?? '');
  return unit ? unit[lang] : null;
}
