import type { Dataset, DatasetMember, EffortRecord } from '../data/model';
import { membersOf } from '../data/model';
import type { Organisation, Region, VocabularyEntry } from '../data/schema';
import type { Filters } from '../domain/view';

/**
 * Several loaded reports as one workspace. The union is an ordinary `Dataset` (every view, aggregate
 * and export works on it unchanged) whose `members` name the reports it is made of:
 * - organisations, vocabularies (organisation types, activities, units) and regions are merged by
 *   id; the same id must mean the same thing in every report (see `findClashes`);
 * - efforts are concatenated, each keeps its `datasetId` and its `localId`, and its `id` is
 *   namespaced (`<datasetId>/<localId>`) so two reports' `e-1` never collide;
 * - figures keep their units: nothing here adds anything, the aggregates never sum across units.
 *
 * Clashes are refused at import time (an import that clashes with any loaded report is not
 * loaded), so every loaded pair can be put together; `buildUnion` still keeps the first meaning
 * if handed clashing datasets, and `findClashes` says which.
 */

/** The id of "all loaded reports" in the store and in the URL (`?ds=*`); no dataset id can be `*`. */
export const ALL_DATASETS = '*';

/** What kind of entry clashes. */
export type ClashKind = 'organisation' | 'organisationType' | 'activity' | 'unit' | 'region';

/** The same id with a different meaning in two datasets. */
export interface Clash {
  kind: ClashKind;
  id: string;
  /** The dataset already loaded, and its entry as a short text (names, type, parent). */
  existingDataset: string;
  existing: string;
  /** The dataset being added, its entry, and where that entry lives in its file. */
  incomingDataset: string;
  incoming: string;
  path: string;
}

/**
 * What an entry means, for the clash check. A vocabulary entry: its Chinese name (the reports' own
 * term); an organisation: its Chinese name and its type. English names are our translations and
 * may be worded otherwise ("Democratic parties" / "democratic party") without another meaning:
 * they do not clash. A region: its level and parent — a GB/T 2260 code names one division whatever
 * a file calls it, so its names are labels, not its meaning. Where labels differ, the union shows
 * the first loaded report's.
 */
const vocabularyMeaning = (v: VocabularyEntry): string => v.zh;
const organisationMeaning = (o: Organisation): string => `${o.name.zh} (${o.type})`;
const regionMeaning = (r: Region): string => `${r.level}, ${r.parent ?? '-'}`;

/** An entry as a clash message shows it: both names, and the type or place. */
const vocabularyText = (v: VocabularyEntry): string => `${v.zh} / ${v.en}`;
const organisationText = (o: Organisation): string => `${o.name.zh} / ${o.name.en} (${o.type})`;
const regionText = (r: Region): string => `${r.zh} / ${r.en} (${r.level}, ${r.parent ?? '-'})`;

interface Kind<T> {
  kind: ClashKind;
  list: string;
  pick: (d: Dataset) => readonly T[];
  key: (t: T) => string;
  meaning: (t: T) => string;
  text: (t: T) => string;
}

function clashesOf<T>(k: Kind<T>, existing: Dataset, incoming: Dataset): Clash[] {
  const known = new Map(k.pick(existing).map((t) => [k.key(t), t]));
  const out: Clash[] = [];
  k.pick(incoming).forEach((entry, i) => {
    const other = known.get(k.key(entry));
    if (other === undefined || k.meaning(other) === k.meaning(entry)) return;
    out.push({
      kind: k.kind,
      id: k.key(entry),
      existingDataset: existing.id,
      existing: k.text(other),
      incomingDataset: incoming.id,
      incoming: k.text(entry),
      path: `${k.list}[${i}]`,
    });
  });
  return out;
}

const vocabulary = (
  kind: ClashKind,
  list: 'units' | 'organisationTypes' | 'activities',
): Kind<VocabularyEntry> => ({
  kind,
  list,
  pick: (d) => d[list],
  key: (v) => v.id,
  meaning: vocabularyMeaning,
  text: vocabularyText,
});

const KINDS = [
  vocabulary('unit', 'units'),
  vocabulary('organisationType', 'organisationTypes'),
  vocabulary('activity', 'activities'),
  {
    kind: 'region',
    list: 'regions',
    pick: (d) => d.regions,
    key: (r) => r.code,
    meaning: regionMeaning,
    text: regionText,
  } satisfies Kind<Region>,
  {
    kind: 'organisation',
    list: 'organisations',
    pick: (d) => d.organisations,
    key: (o) => o.id,
    meaning: organisationMeaning,
    text: organisationText,
  } satisfies Kind<Organisation>,
] as const;

/**
 * Where `incoming` gives an id a different meaning than a loaded dataset: another Chinese name,
 * another organisation type, or another region level or parent (see the meanings above). A dataset
 * with the same id as `incoming` is not compared (an import of the same id replaces it).
 */
export function findClashes(loaded: readonly Dataset[], incoming: Dataset): Clash[] {
  return loaded
    .filter((d) => d.id !== incoming.id)
    .flatMap((d) => KINDS.flatMap((k) => clashesOf(k as Kind<unknown>, d, incoming)));
}

/** Entries of several lists merged by key, first occurrence kept, in order of first appearance. */
function mergeBy<T>(lists: ReadonlyArray<readonly T[]>, key: (t: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const list of lists) for (const t of list) if (!seen.has(key(t))) seen.set(key(t), t);
  return [...seen.values()];
}

function byId<T>(items: readonly T[], key: (t: T) => string): Map<string, T> {
  return new Map(items.map((item) => [key(item), item]));
}

/** The namespaced id of an effort in the union. */
export function unionEffortId(datasetId: string, localId: string): string {
  return `${datasetId}/${localId}`;
}

/**
 * The union of the given datasets (at least one), as one dataset whose members are all of them.
 * Its title joins the members' titles; its `source` is the first member's (cite `membersOf`).
 */
export function buildUnion(datasets: readonly Dataset[]): Dataset {
  const first = datasets[0];
  if (!first) throw new Error('buildUnion needs at least one dataset');
  const members: DatasetMember[] = datasets.flatMap((d) => [...membersOf(d)]);
  const units = mergeBy(
    datasets.map((d) => d.units),
    (v) => v.id,
  );
  const organisationTypes = mergeBy(
    datasets.map((d) => d.organisationTypes),
    (v) => v.id,
  );
  const activities = mergeBy(
    datasets.map((d) => d.activities),
    (v) => v.id,
  );
  const regions = mergeBy(
    datasets.map((d) => d.regions),
    (r) => r.code,
  );
  const organisations = mergeBy(
    datasets.map((d) => d.organisations),
    (o) => o.id,
  );
  const efforts: EffortRecord[] = datasets.flatMap((d) =>
    d.efforts.map((e) => ({ ...e, id: unionEffortId(e.datasetId, e.localId) })),
  );
  const reportedPrefectures = new Set<string>();
  for (const d of datasets) for (const p of d.reportedPrefectures) reportedPrefectures.add(p);
  const join = (lang: 'zh' | 'en'): string => members.map((m) => m.title[lang]).join(' · ');
  return {
    id: ALL_DATASETS,
    datasetVersion: null,
    title: { zh: join('zh'), en: join('en') },
    source: first.source,
    units,
    organisationTypes,
    activities,
    regions,
    organisations,
    efforts,
    unitById: byId(units, (u) => u.id),
    organisationTypeById: byId(organisationTypes, (t) => t.id),
    activityById: byId(activities, (a) => a.id),
    regionByCode: byId(regions, (r) => r.code),
    organisationById: byId(organisations, (o) => o.id),
    reportedPrefectures,
    measureCount: datasets.reduce((n, d) => n + d.measureCount, 0),
    members,
  };
}

/** Efforts per report among `efforts` (every member listed, 0 when it has none). */
export function effortsPerDataset(
  dataset: Dataset,
  efforts: readonly EffortRecord[],
): Array<{ id: string; count: number }> {
  const counts = new Map(membersOf(dataset).map((m) => [m.id, 0]));
  for (const e of efforts) counts.set(e.datasetId, (counts.get(e.datasetId) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, count }));
}

/**
 * The reports that contributed to a view: the members with at least one of `efforts`, in member
 * order; every member when none has any (an empty view still cites what it looked at).
 */
export function contributingMembers(dataset: Dataset, efforts: readonly EffortRecord[]): DatasetMember[] {
  const all = membersOf(dataset);
  const ids = new Set(efforts.map((e) => e.datasetId));
  const some = all.filter((m) => ids.has(m.id));
  return some.length > 0 ? some : [...all];
}

/** A member of a dataset by id (the dataset itself when it is not a union). */
export function memberById(dataset: Dataset, id: string): DatasetMember | undefined {
  return membersOf(dataset).find((m) => m.id === id);
}

/** The reports a view shows: the members of its dataset, narrowed by the report filter when it has one. */
export function membersInView(dataset: Dataset, filters: Filters): DatasetMember[] {
  const all = membersOf(dataset);
  const chosen = filters.datasets ?? [];
  if (dataset.members === undefined || chosen.length === 0) return [...all];
  return all.filter((m) => chosen.includes(m.id));
}

/**
 * In the union of reports: for each region (the prefecture of each effort, or its own region when
 * `level` is 'region'), how many of `efforts` each report contributes — for tooltips that say where
 * a region's figures come from. Empty for a single dataset.
 */
export function reportsByRegion(
  dataset: Dataset,
  efforts: readonly EffortRecord[],
  level: 'prefecture' | 'region',
): Map<string, Array<{ id: string; count: number }>> {
  const out = new Map<string, Array<{ id: string; count: number }>>();
  if (dataset.members === undefined) return out;
  for (const e of efforts) {
    const code = level === 'prefecture' ? e.prefectureCode : e.regionCode;
    if (code === null) continue;
    const list = out.get(code) ?? [];
    const entry = list.find((x) => x.id === e.datasetId);
    if (entry) entry.count += 1;
    else list.push({ id: e.datasetId, count: 1 });
    out.set(code, list);
  }
  return out;
}
