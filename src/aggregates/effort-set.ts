import type { Dataset, EffortRecord } from '../data/model';
import type { Filters, Metric } from '../domain/view';
import { aggregateByPrefecture, type RegionValue } from './aggregate-regions';
import { countByOrganisationType, type OrganisationTypeCount } from './by-organisation-type';
import { effortIndexOf, filterIndex, type EffortIndex } from './effort-index';
import { filterEfforts } from './filter-efforts';
import {
  aggregateByPrefectureIndexed,
  countByOrganisationTypeIndexed,
  timelineRowsIndexed,
  typeActivityMatrixIndexed,
} from './indexed-aggregates';
import { buildTimeline, type Timeline } from './timeline';
import { typeActivityMatrix, type TypeActivityMatrix } from './type-activity-matrix';

/**
 * The efforts that pass the filters, with what the fast path needs: the dataset's columnar index
 * (when it can be built) and a pass byte and position per effort. Every aggregate below gives the
 * same answer on both paths; the indexed one scales to 100,000 efforts.
 */
export interface EffortSet {
  dataset: Dataset;
  efforts: EffortRecord[];
  index: EffortIndex | null;
  pass: Uint8Array | null;
  positions: Int32Array | null;
}

export function selectEffortSet(dataset: Dataset, filters: Filters, day: string | null): EffortSet {
  const index = effortIndexOf(dataset);
  if (index === null) {
    return {
      dataset,
      efforts: filterEfforts(dataset.efforts, filters, day),
      index,
      pass: null,
      positions: null,
    };
  }
  const { pass, positions } = filterIndex(index, filters, day);
  return { dataset, efforts: Array.from(positions, (i) => dataset.efforts[i]!), index, pass, positions };
}

/** Narrow a set to one region (the region itself or anything in it): the cross-filter of a selection. */
export function narrowToRegion(set: EffortSet, code: string): EffortSet {
  const { dataset, index, positions } = set;
  if (index === null || positions === null) {
    const efforts = filterEfforts(set.efforts, { organisationTypes: [], activities: [], regions: [code] });
    return { ...set, efforts };
  }
  const r = index.regionCodes.indexOf(code);
  const pass = new Uint8Array(index.size);
  const kept: number[] = [];
  for (const i of positions) {
    if (index.region[i] === r || index.prefecture[i] === r) {
      pass[i] = 1;
      kept.push(i);
    }
  }
  const narrowed = Int32Array.from(kept);
  return {
    dataset,
    efforts: Array.from(narrowed, (i) => dataset.efforts[i]!),
    index,
    pass,
    positions: narrowed,
  };
}

export function prefectureValues(set: EffortSet, metric: Metric): RegionValue[] {
  return set.index && set.pass && set.positions
    ? aggregateByPrefectureIndexed(set.dataset, set.index, set.pass, set.positions, metric)
    : aggregateByPrefecture(set.dataset, set.efforts, metric);
}

export function organisationTypeCounts(set: EffortSet): OrganisationTypeCount[] {
  return set.index && set.positions
    ? countByOrganisationTypeIndexed(set.dataset, set.index, set.positions)
    : countByOrganisationType(set.dataset, set.efforts);
}

export function typeActivityCounts(set: EffortSet): TypeActivityMatrix {
  return set.index && set.positions
    ? typeActivityMatrixIndexed(set.dataset, set.index, set.positions)
    : typeActivityMatrix(set.dataset, set.efforts);
}

export function timelineOf(set: EffortSet): Timeline {
  if (!set.index || !set.positions) return buildTimeline(set.dataset, set.efforts);
  const { days, rows } = timelineRowsIndexed(set.dataset, set.index, set.positions);
  const dated: EffortRecord[] = [];
  const undated: EffortRecord[] = [];
  // Split by the index's day column: no need to touch the effort objects themselves.
  const { start } = set.index;
  set.positions.forEach((i, k) => (start[i] === -1 ? undated : dated).push(set.efforts[k]!));
  return { days, rows, dated, undated };
}
