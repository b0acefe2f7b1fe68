import type { Dataset } from '../data/model';
import type { Qualifier } from '../data/schema';
import type { Metric } from '../domain/view';
import { metricUnit } from '../domain/view';
import { notCoveredValue, type RegionValue } from './aggregate-regions';
import type { OrganisationTypeCount } from './by-organisation-type';
import { dayNumber, OPEN_END, type EffortIndex } from './effort-index';
import { daysBetween, PUBLICATION_DAY, PROVINCE_CODE, TIMELINE_START, type TimelineRow } from './timeline';
import type { TypeActivityMatrix } from './type-activity-matrix';

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

export function countByOrganisationTypeIndexed(
  dataset: Dataset,
  index: EffortIndex,
  positions: Int32Array,
): OrganisationTypeCount[] {
  const T = index.typeIds.length;
  const efforts = new Int32Array(T);
  const orgs = new Int32Array(T);
  const seenOrg = new Uint8Array(index.orgIds.length);
  for (const i of positions) {
    const mask = index.typeMask[i]!;
    for (let t = 0; t < T; t += 1) if (mask & (1 << t)) efforts[t]! += 1;
    for (let k = index.orgStart[i]!; k < index.orgStart[i + 1]!; k += 1) {
      const o = index.orgs[k]!;
      if (seenOrg[o] === 0) {
        seenOrg[o] = 1;
        const t = index.orgType[o]!;
        if (t >= 0) orgs[t]! += 1;
      }
    }
  }
  return dataset.organisationTypes.map((type, t) => ({
    type,
    efforts: efforts[t]!,
    organisations: orgs[t]!,
  }));
}

export function typeActivityMatrixIndexed(
  dataset: Dataset,
  index: EffortIndex,
  positions: Int32Array,
): TypeActivityMatrix {
  const T = index.typeIds.length;
  const A = index.activityIds.length;
  const counts = new Int32Array(T * A);
  for (const i of positions) {
    const tm = index.typeMask[i]!;
    const am = index.activityMask[i]!;
    for (let t = 0; t < T; t += 1) {
      if ((tm & (1 << t)) === 0) continue;
      for (let a = 0; a < A; a += 1) if (am & (1 << a)) counts[t * A + a]! += 1;
    }
  }
  const cells = dataset.organisationTypes.flatMap((type, t) =>
    dataset.activities.map((activity, a) => ({
      type: type.id,
      activity: activity.id,
      efforts: counts[t * A + a]!,
    })),
  );
  return { types: dataset.organisationTypes, activities: dataset.activities, cells };
}

/** The rows of the timeline (active and starting efforts per prefecture and day). */
export function timelineRowsIndexed(
  dataset: Dataset,
  index: EffortIndex,
  positions: Int32Array,
  { from = TIMELINE_START, to = PUBLICATION_DAY }: { from?: string; to?: string } = {},
): { days: string[]; rows: TimelineRow[] } {
  const days = daysBetween(from, to);
  const D = days.length;
  const first = dayNumber(from);
  const last = dayNumber(to);
  const province = dataset.regions.find((r) => r.level === 'province')?.code ?? PROVINCE_CODE;
  const order = [province, ...dataset.regions.filter((r) => r.level === 'prefecture').map((r) => r.code)];
  const slot = new Map(order.map((code, r) => [index.regionCodes.indexOf(code), r]));
  const provinceSlot = 0;
  const active = new Int32Array(order.length * D);
  const started = new Int32Array(order.length * D);
  const hasDated = new Uint8Array(order.length);
  for (const i of positions) {
    const s = index.start[i]!;
    if (s === -1) continue;
    const row = index.prefecture[i] === -1 ? provinceSlot : slot.get(index.prefecture[i]!);
    if (row === undefined) continue;
    hasDated[row] = 1;
    const e = index.end[i] === OPEN_END ? last : index.end[i]!;
    for (let d = Math.max(s, first); d <= Math.min(e, last); d += 1) active[row * D + (d - first)]! += 1;
    if (s >= first && s <= last) started[row * D + (s - first)]! += 1;
  }
  const rows = order.flatMap((code, r): TimelineRow[] =>
    hasDated[r]
      ? [
          {
            code,
            cells: days.map((day, d) => ({ day, active: active[r * D + d]!, started: started[r * D + d]! })),
          },
        ]
      : [],
  );
  return { days, rows };
}
