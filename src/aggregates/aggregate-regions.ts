import { prefectureOf, type Dataset, type EffortRecord } from '../data/model';
import type { Qualifier } from '../data/schema';
import { metricUnit, type Metric } from '../domain/view';
import { emptyParts, sumMeasures, totalOf, type Total } from './sum-measures';
import type { EffortIndex } from './effort-index';
import type { EffortSet } from './effort-set';

export type RegionStatus =
  /** The report says nothing about this region at all. */
  | 'not-covered'
  /** The report covers the region, but gives no figure in this unit (not zero!). */
  | 'not-reported'
  | 'value';

/**
 * A region's figure for one metric. A total of figures is a range (see `Total` in sum-measures.ts):
 * counts and totals of exact figures have `low === high`; a lower bound has `high` null; an
 * approximate total (数千) runs from `low` to `high`. Nothing here is a single number that a
 * vague amount could hide in.
 */
export interface RegionValue {
  code: string;
  status: RegionStatus;
  /** The least the figure can be; null unless status is "value". */
  low: number | null;
  /** The most it can be: `low` when exact, null when unbounded (or no value). */
  high: number | null;
  qualifier: Qualifier | null;
  includesApprox: boolean;
  /** The source's words when the value is one approximate figure ("数千人次"), else null. */
  figure: string | null;
  /** Efforts of the region that pass the filters. */
  effortCount: number;
}

const NO_FIGURE = { low: null, high: null, qualifier: null, includesApprox: false, figure: null } as const;

/** A region the report says nothing about: no value, and not zero. */
export function notCoveredValue(code: string): RegionValue {
  return { code, status: 'not-covered', ...NO_FIGURE, effortCount: 0 };
}

/** A count (efforts, organisations): exact. */
function countValue(code: string, count: number, effortCount: number): RegionValue {
  return {
    code,
    status: 'value',
    low: count,
    high: count,
    qualifier: 'exact',
    includesApprox: false,
    figure: null,
    effortCount,
  };
}

/** A total of figures in the metric's unit, or "not reported" when there is none (not zero). */
function totalValue(code: string, total: Total | null, effortCount: number): RegionValue {
  if (total === null) return { code, status: 'not-reported', ...NO_FIGURE, effortCount };
  const { low, high, qualifier, includesApprox, figure } = total;
  return { code, status: 'value', low, high, qualifier, includesApprox, figure, effortCount };
}

function valueFor(code: string, metric: Metric, efforts: readonly EffortRecord[]): RegionValue {
  const unit = metricUnit(metric);
  if (unit === null) {
    const count =
      metric === 'efforts' ? efforts.length : new Set(efforts.flatMap((e) => e.organisationIds)).size;
    return countValue(code, count, efforts.length);
  }
  const total = sumMeasures(efforts.flatMap((e) => e.measures.filter((m) => m.unit === unit)));
  return totalValue(code, total, efforts.length);
}

/**
 * One value per region code in `codes`, from efforts grouped by `keyOf`. Regions in `covered`
 * with no matching effort count zero efforts (a true zero under the filters) but have no figure
 * for a unit metric; regions outside `covered` are "not covered" by the report.
 */
export function aggregateRegions(
  codes: readonly string[],
  efforts: readonly EffortRecord[],
  keyOf: (e: EffortRecord) => readonly string[],
  covered: ReadonlySet<string>,
  metric: Metric,
): RegionValue[] {
  const groups = new Map<string, EffortRecord[]>();
  for (const e of efforts) {
    for (const key of keyOf(e)) {
      const list = groups.get(key);
      if (list) list.push(e);
      else groups.set(key, [e]);
    }
  }
  return codes.map((code) => {
    if (!covered.has(code)) return notCoveredValue(code);
    return valueFor(code, metric, groups.get(code) ?? []);
  });
}

/** Values for the 21 prefectures of the province map. */
export function aggregateByPrefecture(
  dataset: Dataset,
  efforts: readonly EffortRecord[],
  metric: Metric,
): RegionValue[] {
  const prefectures = dataset.regions.filter((r) => r.level === 'prefecture').map((r) => r.code);
  return aggregateRegions(
    prefectures,
    efforts,
    (e) => (e.prefectureCode ? [e.prefectureCode] : []),
    dataset.reportedPrefectures,
    metric,
  );
}

const namedCountiesCache = new WeakMap<Dataset, ReadonlyMap<string, ReadonlySet<string>>>();

/**
 * The counties the dataset's efforts name (as their region or a place), by prefecture; computed
 * once per dataset. Whether a prefecture can be drilled into depends on this, not on the filters.
 */
export function countiesNamedByEfforts(dataset: Dataset): ReadonlyMap<string, ReadonlySet<string>> {
  let named = namedCountiesCache.get(dataset);
  if (named) return named;
  const byPrefecture = new Map<string, Set<string>>();
  const add = (code: string): void => {
    const region = dataset.regionByCode.get(code);
    if (region?.level !== 'county') return;
    const prefecture = prefectureOf(code, dataset.regionByCode);
    if (prefecture === null) return;
    let set = byPrefecture.get(prefecture);
    if (!set) byPrefecture.set(prefecture, (set = new Set()));
    set.add(code);
  };
  for (const e of dataset.efforts) {
    add(e.regionCode);
    e.placeCodes?.forEach(add);
  }
  named = byPrefecture;
  namedCountiesCache.set(dataset, named);
  return named;
}

/** Counties of a prefecture the dataset names; an effort counts for its county and any named places. */
export function countyCodesOf(dataset: Dataset, prefecture: string): string[] {
  return dataset.regions.filter((r) => r.level === 'county' && r.parent === prefecture).map((r) => r.code);
}

/** Values for the counties named in one prefecture (drill-down). */
export function aggregateByCounty(
  dataset: Dataset,
  efforts: readonly EffortRecord[],
  prefecture: string,
  metric: Metric,
): RegionValue[] {
  const counties = countyCodesOf(dataset, prefecture);
  const countySet = new Set(counties);
  const keyOf = (e: EffortRecord): string[] =>
    [e.regionCode, ...(e.placeCodes ?? [])].filter((c) => countySet.has(c));
  const covered = new Set(dataset.efforts.flatMap(keyOf));
  return aggregateRegions(counties, efforts, keyOf, covered, metric);
}

// The fast path (the columnar index) and the one name the panels call, beside the plain path.
/**
 * The same answers as `aggregateByPrefecture`, `countByOrganisationType`, `typeActivityMatrix` and
 * the cells of `buildTimeline`, computed from the columnar index and a pass/fail byte per effort.
 * Unit tests check both paths agree on the real and synthetic datasets.
 */

export function aggregateByPrefectureIndexed(
  dataset: Dataset,
  index: EffortIndex,
  pass: Uint8Array,
  positions: Int32Array,
  metric: Metric,
): RegionValue[] {
  const prefectures = dataset.regions.filter((r) => r.level === 'prefecture').map((r) => r.code);
  const slot = new Map(prefectures.map((code, i) => [index.regionCodes.indexOf(code), i]));
  const P = prefectures.length;
  const efforts = new Int32Array(P);
  for (const i of positions) {
    const s = slot.get(index.prefecture[i]!);
    if (s !== undefined) efforts[s]! += 1;
  }
  const orgCount = new Float64Array(P);
  const parts = prefectures.map(emptyParts);
  const unit = metricUnit(metric);
  if (metric === 'organisations') {
    const O = index.orgIds.length;
    const stamp = new Uint8Array(P * O);
    for (const i of positions) {
      const s = slot.get(index.prefecture[i]!);
      if (s === undefined) continue;
      for (let k = index.orgStart[i]!; k < index.orgStart[i + 1]!; k += 1) {
        const key = s * O + index.orgs[k]!;
        if (stamp[key] === 0) {
          stamp[key] = 1;
          orgCount[s]! += 1;
        }
      }
    }
  } else if (unit !== null) {
    // Same arithmetic as `sumMeasures`, in the same (dataset) order, so the sums agree exactly.
    for (const m of index.unitMeasures.get(unit) ?? []) {
      const e = index.measureEffort[m]!;
      if (pass[e] === 0) continue;
      const s = slot.get(index.prefecture[e]!);
      if (s === undefined) continue;
      const p = parts[s]!;
      p.count += 1;
      p.low += index.measureLow[m]!;
      p.high += index.measureHigh[m]!;
      const q = index.measureQualifier[m]!;
      if (q === 1) p.atLeast = true;
      if (q === 2) {
        p.approx = true;
        p.figure = index.measureFigure[m]!;
      }
    }
  }
  return prefectures.map((code, s): RegionValue => {
    const effortCount = efforts[s]!;
    if (!dataset.reportedPrefectures.has(code)) return notCoveredValue(code);
    if (unit === null)
      return countValue(code, metric === 'efforts' ? effortCount : orgCount[s]!, effortCount);
    return totalValue(code, totalOf(parts[s]!), effortCount);
  });
}

export function prefectureValues(set: EffortSet, metric: Metric): RegionValue[] {
  return set.index && set.pass && set.positions
    ? aggregateByPrefectureIndexed(set.dataset, set.index, set.pass, set.positions, metric)
    : aggregateByPrefecture(set.dataset, set.efforts, metric);
}
