import type { Dataset } from '../data/model';
import { metricUnit, type Lang, type Metric } from '../domain/view';
import { translate } from './i18n';

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
