import type { Dataset, EffortRecord } from '../data/model';
import type { DatasetJson, Effort, Source } from '../data/schema';
import { measuresOf, membersOf, type DatasetMember } from '../data/model';
import { contributingMembers } from '../aggregates/union';
import type { ViewState } from '../domain/view';

/**
 * An effort as stored in the dataset file (without the fields the model precomputes). In the union
 * of reports its id is namespaced and it names its report (`datasetId`).
 */
export function effortJson(e: EffortRecord): Effort {
  const {
    index: _index,
    prefectureCode: _prefecture,
    organisationTypes: _types,
    datasetId,
    localId,
    ...effort
  } = e;
  return effort.id === localId ? effort : ({ ...effort, datasetId } as Effort);
}

function sourceWithoutText({ text: _text, ...source }: Source): Omit<Source, 'text'> {
  return source;
}

/** A report as a view's export names it: its citation, without its text. */
function memberWithoutText(m: DatasetMember): DatasetMember {
  return { ...m, source: sourceWithoutText(m.source) as Source };
}

/** The full dataset in its validated file form (`schemaVersion` 2, as in data/dataset.json). */
export function fullDatasetJson(dataset: Dataset): DatasetJson {
  return {
    schemaVersion: 2,
    id: dataset.id,
    ...(dataset.datasetVersion === null ? {} : { datasetVersion: dataset.datasetVersion }),
    title: dataset.title,
    source: dataset.source,
    units: dataset.units,
    organisationTypes: dataset.organisationTypes,
    activities: dataset.activities,
    regions: dataset.regions,
    organisations: dataset.organisations,
    efforts: dataset.efforts.map(effortJson),
    // The union of reports names its members (not a file to import: import each report's own file).
    ...(dataset.members ? { reports: membersOf(dataset) } : {}),
  } as DatasetJson;
}

/**
 * The full dataset for the evidence pack, with its report's text embedded (`source.text`) when the
 * app has it, so that importing `dataset.json` gives the same dataset back — its quotes checked
 * against that text again. `text` is the bundled report for the bundled dataset (which names its text
 * file instead of embedding it); a dataset that embeds its text keeps it; without text it is left out.
 */
export function packDatasetJson(dataset: Dataset, bundledText: string | null): DatasetJson {
  const json = fullDatasetJson(dataset);
  if (json.source.text !== undefined || bundledText === null) return json;
  return { ...json, source: { ...json.source, text: bundledText } };
}

/**
 * The visible efforts and their figures, self-describing: the dataset and its version, the view,
 * its permalink and words, the source, the vocabularies they use (units, types, activities), their
 * regions and organisations (actors and addressees, each with its type basis), and every figure with
 * value or range, unit, qualifier, figure text, quote and provenance path. Format version 2: from
 * dataset 2.0.0 on, an approximate figure has `low`/`high` and no `value`.
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
    for (const id of [...e.organisationIds, ...(e.addresseeIds ?? [])]) orgIds.add(id);
  }
  return {
    kind: 'tongxin-atlas/visible-data',
    schemaVersion: 2,
    exportedAt: args.now.toISOString(),
    datasetId: dataset.id,
    datasetVersion: dataset.datasetVersion,
    datasetTitle: dataset.title,
    // The report's text (up to 200,000 characters) belongs to the full dataset, not to a view of it.
    source: sourceWithoutText(dataset.source),
    // Every report that contributed to the view (one, or several in the union of reports).
    reports: contributingMembers(dataset, efforts).map(memberWithoutText),
    view: args.view,
    viewInWords: args.viewInWords,
    permalink: args.permalink,
    qualifiers: {
      exact: 'the figure as stated',
      'at-least': 'a lower bound (余/多/超, "more than")',
      approx:
        'a vague amount (数千 "several thousand", 数家 "several"): no value; low and high are the range its words allow, inclusive (数千: 2000 to 9999); high is absent when the words set no upper bound',
    },
    typeBasis: {
      stated: "the text's own words for the organisation name its type",
      inferred: 'the type is inferred; reason says from what',
      unrecorded: 'the file does not record how the type is known',
    },
    roles: {
      organisationIds: 'the actors of an effort (counted as organisations involved)',
      addresseeIds: 'bodies an appeal or mobilisation was addressed to (never counted as actors)',
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
