import type { Dataset, EffortRecord } from '../data/model';
import { measuresOf } from '../data/model';

export interface ProvenanceEntry {
  effortId: string;
  /** Where the figure lives in the dataset, e.g. `efforts[3].measures[1]`. */
  path: string;
  region: { code: string; zh: string; en: string };
  value: number;
  unit: { id: string; zh: string; en: string };
  qualifier: string;
  /** The figure exactly as written in the source ("350余万元"). */
  figure: string;
  label: { zh: string; en: string };
  /** The verbatim sentence of the source that contains the figure. */
  quote: string;
}

/** Each visible figure → its quote in the source, for `provenance.json`. */
export function buildProvenance(
  dataset: Dataset,
  efforts: readonly EffortRecord[],
): {
  datasetId: string;
  source: { title: string; url: string; publishedAt: string };
  figures: ProvenanceEntry[];
} {
  const regionOf = new Map(efforts.map((e) => [e.id, e.regionCode]));
  const figures = measuresOf(efforts).map((m): ProvenanceEntry => {
    const code = regionOf.get(m.effortId) ?? '';
    const region = dataset.regionByCode.get(code);
    const unit = dataset.unitById.get(m.unit);
    return {
      effortId: m.effortId,
      path: m.path,
      region: { code, zh: region?.zh ?? '', en: region?.en ?? '' },
      value: m.value,
      unit: { id: m.unit, zh: unit?.zh ?? '', en: unit?.en ?? '' },
      qualifier: m.qualifier,
      figure: m.figure,
      label: m.label,
      quote: m.quote,
    };
  });
  const { title, url, publishedAt } = dataset.source;
  return { datasetId: dataset.id, source: { title, url, publishedAt }, figures };
}
