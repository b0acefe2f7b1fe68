import type { Dataset, EffortRecord } from '../data/model';
import type { Qualifier } from '../data/schema';
import { metricUnit, type Metric } from '../domain/view';
import { sumMeasures } from './sum-measures';
import type { EffortIndex } from './effort-index';
import type { EffortSet } from './effort-set';

export type RegionStatus =
  /** The report says nothing about this region at all. */
  | 'not-covered'
  /** The report covers the region, but gives no figure in this unit (not zero!). */
  | 'not-reported'
  | 'value';

export interface RegionValue {
  code: string;
  status: RegionStatus;
  /** null unless status is "value". */
  value: number | null;
  qualifier: Qualifier | null;
  includesApprox: boolean;
  /** Efforts of the region that pass the filters. */
  effortCount: number;
}

/** A region the report says nothing about: no value, and not zero. */
export function notCoveredValue(code: string): RegionValue {
  return { code, status: 'not-covered', value: null, qualifier: null, includesApprox: false, effortCount: 0 };
}

function valueFor(metric: Metric, efforts: readonly EffortRecord[]): Omit<RegionValue, 'code'> {
  const unit = metricUnit(metric);
  if (unit === null) {
    const value =
      metric === 'efforts' ? efforts.length : new Set(efforts.flatMap((e) => e.organisationIds)).size;
    return { status: 'value', value, qualifier: 'exact', includesApprox: false, effortCount: efforts.length };
  }
  const total = sumMeasures(efforts.flatMap((e) => e.measures.filter((m) => m.unit === unit)));
  if (total === null) {
    return {
      status: 'not-reported',
      value: null,
      qualifier: null,
      includesApprox: false,
      effortCount: efforts.length,
    };
  }
  return {
    status: 'value',
    value: total.value,
    qualifier: total.qualifier,
    includesApprox: total.includesApprox,
    effortCount: efforts.length,
  };
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
    return { code, ...valueFor(metric, groups.get(code) ?? []) };
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
  const value = new Float64Array(P);
  const seen = new Uint8Array(P);
  const inexact = new Uint8Array(P);
  const approx = new Uint8Array(P);
  const count = new Int32Array(P);
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
          value[s]! += 1;
        }
      }
    }
  } else if (unit !== null) {
    for (const m of index.unitMeasures.get(unit) ?? []) {
      const e = index.measureEffort[m]!;
      if (pass[e] === 0) continue;
      const s = slot.get(index.prefecture[e]!);
      if (s === undefined) continue;
      value[s]! += index.measureValue[m]!;
      seen[s] = 1;
      count[s]! += 1;
      const q = index.measureQualifier[m]!;
      if (q !== 0) inexact[s] = 1;
      if (q === 2) approx[s] = 1;
    }
  }
  return prefectures.map((code, s): RegionValue => {
    const effortCount = efforts[s]!;
    if (!dataset.reportedPrefectures.has(code)) return notCoveredValue(code);
    if (unit === null) {
      const v = metric === 'efforts' ? effortCount : value[s]!;
      return { code, status: 'value', value: v, qualifier: 'exact', includesApprox: false, effortCount };
    }
    if (seen[s] === 0) {
      return {
        code,
        status: 'not-reported',
        value: null,
        qualifier: null,
        includesApprox: false,
        effortCount,
      };
    }
    const qualifier: Qualifier =
      inexact[s] === 0 ? 'exact' : approx[s] === 1 && count[s] === 1 ? 'approx' : 'at-least';
    return {
      code,
      status: 'value',
      value: value[s]!,
      qualifier,
      includesApprox: approx[s] === 1,
      effortCount,
    };
  });
}

export function prefectureValues(set: EffortSet, metric: Metric): RegionValue[] {
  return set.index && set.pass && set.positions
    ? aggregateByPrefectureIndexed(set.dataset, set.index, set.pass, set.positions, metric)
    : aggregateByPrefecture(set.dataset, set.efforts, metric);
}
