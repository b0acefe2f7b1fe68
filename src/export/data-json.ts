import type { Dataset, EffortRecord } from '../data/model';
import type { DatasetJson, Effort } from '../data/schema';
import { measuresOf } from '../data/model';
import type { ViewState } from '../domain/view';

/** An effort as stored in the dataset file (without the fields the model precomputes). */
export function effortJson(e: EffortRecord): Effort {
  const { index: _index, prefectureCode: _prefecture, organisationTypes: _types, ...effort } = e;
  return effort;
}

/** The full dataset in its validated file form (`schemaVersion` 1, as in data/dataset.json). */
export function fullDatasetJson(dataset: Dataset): DatasetJson {
  return {
    schemaVersion: 1,
    id: dataset.id,
    title: dataset.title,
    source: dataset.source,
    units: dataset.units,
    organisationTypes: dataset.organisationTypes,
    activities: dataset.activities,
    regions: dataset.regions,
    organisations: dataset.organisations,
    efforts: dataset.efforts.map(effortJson),
  };
}

/**
 * The visible efforts and their figures, self-describing: the view, its permalink and words, the
 * source, the vocabularies they use (units, types, activities), their regions and organisations,
 * and every figure with value, unit, qualifier, figure text, quote and provenance path.
 */
export function visibleDataJson(args: {
  dataset: Dataset;
  efforts: readonly EffortRecord[];
  view: ViewState;
  viewInWords: string;
  permalink: string;
  now: Date;
}): object {
  const { dataset, efforts } = args;
  const regionCodes = new Set<string>();
  const orgIds = new Set<string>();
  for (const e of efforts) {
    regionCodes.add(e.regionCode);
    if (e.prefectureCode) regionCodes.add(e.prefectureCode);
    for (const c of e.placeCodes ?? []) regionCodes.add(c);
    for (const id of e.organisationIds) orgIds.add(id);
  }
  return {
    kind: 'tongxin-atlas/visible-data',
    schemaVersion: 1,
    exportedAt: args.now.toISOString(),
    datasetId: dataset.id,
    datasetTitle: dataset.title,
    source: dataset.source,
    view: args.view,
    viewInWords: args.viewInWords,
    permalink: args.permalink,
    qualifiers: {
      exact: 'the figure as stated',
      'at-least': 'a lower bound (余/多/超, "more than")',
      approx: 'a vague amount (数千 "several thousand"); value is the lower bound of the magnitude',
    },
    units: dataset.units,
    organisationTypes: dataset.organisationTypes,
    activities: dataset.activities,
    regions: dataset.regions.filter((r) => regionCodes.has(r.code)),
    organisations: dataset.organisations.filter((o) => orgIds.has(o.id)),
    efforts: efforts.map((e) => ({ ...effortJson(e), path: `efforts[${e.index}]` })),
    measures: measuresOf(efforts),
  };
}
