import type { Dataset } from '../../data/model';
import { translate } from '../../i18n/i18n';
import { metricUnit } from '../../selectors/aggregate-regions';
import type { Lang, Metric } from '../../store/view-state';

/** The metrics a user can map: counts, and each unit the dataset has figures in. */
export function availableMetrics(dataset: Dataset): Metric[] {
  const units = new Set(dataset.efforts.flatMap((e) => e.measures.map((m) => m.unit)));
  return [
    'efforts',
    'organisations',
    ...dataset.units.filter((u) => units.has(u.id)).map((u): Metric => `unit:${u.id}`),
  ];
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
