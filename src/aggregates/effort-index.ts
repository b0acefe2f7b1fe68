import { lowerBound, upperBound, type Dataset } from '../data/model';
import type { Qualifier } from '../data/schema';
import type { Filters } from '../domain/view';
import { dayNumber, parsePeriod } from '../domain/period';

/**
 * A columnar index of a dataset's efforts and measures, built once per dataset (cached), so that
 * filtering and aggregating 100,000 efforts scans a few typed arrays instead of 100,000 scattered
 * objects. Organisation types and activities become bit masks (up to 32 of each: more falls back
 * to the object path), regions and units small integers, dates day numbers.
 */
export interface EffortIndex {
  size: number;
  typeIds: readonly string[];
  activityIds: readonly string[];
  /** Bit i set: the effort has an organisation of type typeIds[i]. */
  typeMask: Uint32Array;
  activityMask: Uint32Array;
  /** The effort's own region and its prefecture, as positions in `regionCodes`; -1 for none. */
  regionCodes: readonly string[];
  region: Int32Array;
  prefecture: Int32Array;
  /** The effort's report, as a position in `datasetIds` (several only in the union of reports). */
  datasetIds: readonly string[];
  dataset: Int32Array;
  /** Days since 1970-01-01 (UTC); start -1 when undated; end = start for "on", +Infinity-like for "since". */
  start: Int32Array;
  end: Int32Array;
  /** Organisations of effort i: orgs[orgStart[i] .. orgStart[i + 1]), as positions in `orgIds`. */
  orgIds: readonly string[];
  orgType: Int32Array;
  /** How each organisation's type is known: 0 stated, 1 inferred, 2 unrecorded. */
  orgBasis: Uint8Array;
  orgStart: Int32Array;
  orgs: Int32Array;
  /** Measures, grouped by unit: unitMeasures.get(unit) lists measure positions. */
  measureEffort: Int32Array;
  /** The least a figure allows (`lowerBound`) and the most (`upperBound`, +Infinity when unbounded). */
  measureLow: Float64Array;
  measureHigh: Float64Array;
  /** The figure as written ("数千人次"): the words of a total that is one approximate figure. */
  measureFigure: readonly string[];
  /** 0 exact, 1 at-least, 2 approx */
  measureQualifier: Uint8Array;
  unitMeasures: ReadonlyMap<string, Int32Array>;
}

export const OPEN_END = 2 ** 30;
const QUALIFIERS: readonly Qualifier[] = ['exact', 'at-least', 'approx'];
const BASES = ['stated', 'inferred', 'unrecorded'] as const;

export { dayNumber };

const cache = new WeakMap<Dataset, EffortIndex | null>();

/** The index of a dataset, built on first use; null when the vocabularies exceed 32 entries. */
export function effortIndexOf(dataset: Dataset): EffortIndex | null {
  if (cache.has(dataset)) return cache.get(dataset) ?? null;
  const index = buildIndex(dataset);
  cache.set(dataset, index);
  return index;
}

/** Use an index built elsewhere (the loader's worker) for this dataset instead of building it here. */
export function adoptEffortIndex(dataset: Dataset, index: EffortIndex | null): void {
  cache.set(dataset, index);
}

function positions(ids: readonly string[]): Map<string, number> {
  return new Map(ids.map((id, i) => [id, i]));
}

function buildIndex(ds: Dataset): EffortIndex | null {
  const typeIds = ds.organisationTypes.map((t) => t.id);
  const activityIds = ds.activities.map((a) => a.id);
  if (typeIds.length > 32 || activityIds.length > 32) return null;
  const typePos = positions(typeIds);
  const activityPos = positions(activityIds);
  const regionCodes = ds.regions.map((r) => r.code);
  const regionPos = positions(regionCodes);
  const orgIds = ds.organisations.map((o) => o.id);
  const orgPos = positions(orgIds);
  const orgType = Int32Array.from(ds.organisations, (o) => typePos.get(o.type) ?? -1);
  const orgBasis = Uint8Array.from(ds.organisations, (o) => BASES.indexOf(o.typeBasis.kind));
  const n = ds.efforts.length;
  const typeMask = new Uint32Array(n);
  const activityMask = new Uint32Array(n);
  const region = new Int32Array(n);
  const prefecture = new Int32Array(n);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const orgStart = new Int32Array(n + 1);
  const datasetIds: string[] = [];
  const datasetPos = new Map<string, number>();
  const dataset = new Int32Array(n);
  const orgList: number[] = [];
  const measureEffort: number[] = [];
  const measureLow: number[] = [];
  const measureHigh: number[] = [];
  const measureFigure: string[] = [];
  const measureQualifier: number[] = [];
  const byUnit = new Map<string, number[]>();
  ds.efforts.forEach((e, i) => {
    let tm = 0;
    for (const t of e.organisationTypes) tm |= 1 << (typePos.get(t) ?? 31);
    typeMask[i] = tm >>> 0;
    let am = 0;
    for (const a of e.activities) am |= 1 << (activityPos.get(a) ?? 31);
    activityMask[i] = am >>> 0;
    let d = datasetPos.get(e.datasetId);
    if (d === undefined) {
      d = datasetIds.length;
      datasetIds.push(e.datasetId);
      datasetPos.set(e.datasetId, d);
    }
    dataset[i] = d;
    region[i] = regionPos.get(e.regionCode) ?? -1;
    prefecture[i] = e.prefectureCode === null ? -1 : (regionPos.get(e.prefectureCode) ?? -1);
    if (e.date === null) {
      start[i] = -1;
      end[i] = -1;
    } else {
      start[i] = dayNumber(e.date.start);
      end[i] = e.date.end === null ? OPEN_END : dayNumber(e.date.end);
    }
    orgStart[i] = orgList.length;
    for (const id of e.organisationIds) {
      const p = orgPos.get(id);
      if (p !== undefined) orgList.push(p);
    }
    for (const m of e.measures) {
      const k = measureEffort.length;
      measureEffort.push(i);
      measureLow.push(lowerBound(m));
      measureHigh.push(upperBound(m) ?? Infinity);
      measureFigure.push(m.figure);
      measureQualifier.push(QUALIFIERS.indexOf(m.qualifier));
      const list = byUnit.get(m.unit);
      if (list) list.push(k);
      else byUnit.set(m.unit, [k]);
    }
  });
  orgStart[n] = orgList.length;
  return {
    size: n,
    typeIds,
    activityIds,
    typeMask,
    activityMask,
    regionCodes,
    region,
    prefecture,
    datasetIds,
    dataset,
    start,
    end,
    orgIds,
    orgType,
    orgBasis,
    orgStart,
    orgs: Int32Array.from(orgList),
    measureEffort: Int32Array.from(measureEffort),
    measureLow: Float64Array.from(measureLow),
    measureHigh: Float64Array.from(measureHigh),
    measureFigure,
    measureQualifier: Uint8Array.from(measureQualifier),
    unitMeasures: new Map([...byUnit].map(([u, list]) => [u, Int32Array.from(list)])),
  };
}

function maskOf(ids: readonly string[], all: readonly string[]): number {
  let mask = 0;
  for (const id of ids) {
    const p = all.indexOf(id);
    if (p !== -1) mask |= 1 << p;
  }
  return mask >>> 0;
}

/**
 * Which efforts pass the filters (same rules as `filterEfforts`): a byte per effort, and the
 * positions of those that pass, in dataset order.
 */
export function filterIndex(
  index: EffortIndex,
  filters: Filters,
  period: string | null = null,
): { pass: Uint8Array; positions: Int32Array } {
  const n = index.size;
  const pass = new Uint8Array(n);
  const types = filters.organisationTypes.length ? maskOf(filters.organisationTypes, index.typeIds) : -1;
  const acts = filters.activities.length ? maskOf(filters.activities, index.activityIds) : -1;
  const regionSet = filters.regions.length
    ? new Set(filters.regions.map((c) => index.regionCodes.indexOf(c)).filter((p) => p !== -1))
    : null;
  // A period keeps the efforts running at some time in it; a malformed one keeps none.
  const span = period === null ? null : parsePeriod(period);
  const [pStart, pEnd] = span ? [dayNumber(span.start), dayNumber(span.end)] : [1, 0];
  const datasetSet = filters.datasets?.length
    ? new Set(filters.datasets.map((id) => index.datasetIds.indexOf(id)))
    : null;
  const out = new Int32Array(n);
  let count = 0;
  const { typeMask, activityMask, region, prefecture, start, end } = index;
  for (let i = 0; i < n; i += 1) {
    if (datasetSet !== null && !datasetSet.has(index.dataset[i]!)) continue;
    if (types !== -1 && (typeMask[i]! & types) === 0) continue;
    if (acts !== -1 && (activityMask[i]! & acts) === 0) continue;
    if (regionSet !== null && !regionSet.has(region[i]!) && !regionSet.has(prefecture[i]!)) continue;
    if (period !== null && (start[i] === -1 || start[i]! > pEnd || end[i]! < pStart)) continue;
    pass[i] = 1;
    out[count] = i;
    count += 1;
  }
  return { pass, positions: out.subarray(0, count) };
}
