import type {
  DatasetJson,
  Effort,
  LocalizedText,
  Measure,
  Organisation,
  Region,
  Source,
  VocabularyEntry,
} from './schema';

/** An effort with what every view needs precomputed once per dataset. */
export interface EffortRecord extends Effort {
  /** Position in the dataset's `efforts` array (stable, for provenance paths). */
  index: number;
  /** The prefecture-level division the effort's region lies in, or null for province-wide efforts. */
  prefectureCode: string | null;
  /** Distinct organisation types of the effort's organisations. */
  organisationTypes: string[];
  /** The dataset (report) the effort comes from: the source reader and the exports find its text by it. */
  datasetId: string;
  /**
   * The effort's id in its own dataset. Equal to `id` in a single dataset; in the union of several
   * datasets `id` is namespaced (`<datasetId>/<localId>`) so two reports' `e-1` never collide.
   */
  localId: string;
}

/** One report of a workspace view: what a citation of it needs. */
export interface DatasetMember {
  id: string;
  datasetVersion: string | null;
  title: LocalizedText;
  source: Source;
}

export type MeasureRecord = Measure & {
  effortId: string;
  /** `efforts[3].measures[1]`: where the figure lives in the dataset. */
  path: string;
  /** The dataset whose `path` it is (the report the figure comes from). */
  datasetId: string;
};

/**
 * The smallest amount a figure allows: its value (exact, or the lower bound of 余/多/超), or the
 * `low` of an approximate range (数千 → 2000). What a total may add; never shown as stated.
 */
export function lowerBound(m: Measure): number {
  return m.qualifier === 'approx' ? m.low : m.value;
}

/** The largest amount a figure allows: its exact value, the `high` of a range, or null (unbounded). */
export function upperBound(m: Measure): number | null {
  if (m.qualifier === 'approx') return m.high ?? null;
  return m.qualifier === 'exact' ? m.value : null;
}

/** The typed domain model of one validated dataset, with lookup indexes built once. */
export interface Dataset {
  id: string;
  /** The data's version (data/CHANGELOG.md), or null when the file gives none (user imports). */
  datasetVersion: string | null;
  title: LocalizedText;
  source: Source;
  units: VocabularyEntry[];
  organisationTypes: VocabularyEntry[];
  activities: VocabularyEntry[];
  regions: Region[];
  organisations: Organisation[];
  efforts: EffortRecord[];
  unitById: ReadonlyMap<string, VocabularyEntry>;
  organisationTypeById: ReadonlyMap<string, VocabularyEntry>;
  activityById: ReadonlyMap<string, VocabularyEntry>;
  regionByCode: ReadonlyMap<string, Region>;
  organisationById: ReadonlyMap<string, Organisation>;
  /** Prefectures the dataset says anything about (the rest are "not reported"). */
  reportedPrefectures: ReadonlySet<string>;
  measureCount: number;
  /**
   * The reports this dataset is made of, in load order: absent (= itself) for one loaded dataset,
   * every member for the union of all loaded reports (`src/aggregates/union.ts`).
   */
  members?: readonly DatasetMember[];
}

/** The reports a dataset is made of: its members in a union, else itself. */
export function membersOf(dataset: Dataset): readonly DatasetMember[] {
  return (
    dataset.members ?? [
      {
        id: dataset.id,
        datasetVersion: dataset.datasetVersion,
        title: dataset.title,
        source: dataset.source,
      },
    ]
  );
}

/** True for the union of several loaded reports (efforts carry namespaced ids). */
export function isUnion(dataset: Dataset): boolean {
  return dataset.members !== undefined;
}

function byId<T>(items: readonly T[], key: (t: T) => string): Map<string, T> {
  return new Map(items.map((item) => [key(item), item]));
}

/** Walk up the parent chain to the prefecture-level ancestor (or the region itself). */
export function prefectureOf(code: string, regionByCode: ReadonlyMap<string, Region>): string | null {
  let region = regionByCode.get(code);
  for (let guard = 0; region && guard < 8; guard += 1) {
    if (region.level === 'prefecture') return region.code;
    if (region.level === 'province' || region.parent === null) return null;
    region = regionByCode.get(region.parent);
  }
  return null;
}

/** Build the domain model from a dataset that has passed `parseDatasetJson`. */
export function buildDataset(json: DatasetJson): Dataset {
  const regionByCode = byId(json.regions, (r) => r.code);
  const organisationById = byId(json.organisations, (o) => o.id);
  const reportedPrefectures = new Set<string>();
  let measureCount = 0;
  const efforts = json.efforts.map((effort, index): EffortRecord => {
    const prefectureCode = prefectureOf(effort.regionCode, regionByCode);
    if (prefectureCode) reportedPrefectures.add(prefectureCode);
    measureCount += effort.measures.length;
    const types = new Set<string>();
    for (const id of effort.organisationIds) {
      const org = organisationById.get(id);
      if (org) types.add(org.type);
    }
    // Object.assign, not a spread: for 100,000 efforts of varying shapes V8 takes ≈ 1 s for the
    // spread and ≈ 0.1 s for this (scripts/bench/worker-phases.mjs). Same keys, same order.
    const extra = {
      index,
      prefectureCode,
      organisationTypes: [...types],
      datasetId: json.id,
      localId: effort.id,
    };
    return Object.assign({}, effort, extra);
  });
  return {
    id: json.id,
    datasetVersion: json.datasetVersion ?? null,
    title: json.title,
    source: json.source,
    units: json.units,
    organisationTypes: json.organisationTypes,
    activities: json.activities,
    regions: json.regions,
    organisations: json.organisations,
    efforts,
    unitById: byId(json.units, (u) => u.id),
    organisationTypeById: byId(json.organisationTypes, (t) => t.id),
    activityById: byId(json.activities, (a) => a.id),
    regionByCode,
    organisationById,
    reportedPrefectures,
    measureCount,
  };
}

/** Every measure of the given efforts, with its provenance path. */
export function measuresOf(efforts: readonly EffortRecord[]): MeasureRecord[] {
  return efforts.flatMap((e) =>
    e.measures.map((m, j) => ({
      ...m,
      effortId: e.id,
      path: `efforts[${e.index}].measures[${j}]`,
      datasetId: e.datasetId,
    })),
  );
}
