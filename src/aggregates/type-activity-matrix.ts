import type { Dataset, EffortRecord } from '../data/model';
import type { VocabularyEntry } from '../data/schema';
import type { EffortIndex } from './effort-index';
import type { EffortSet } from './effort-set';

export interface TypeActivityCell {
  type: string;
  activity: string;
  /** Efforts in which an organisation of `type` did `activity`. */
  efforts: number;
}

export interface TypeActivityMatrix {
  types: VocabularyEntry[];
  activities: VocabularyEntry[];
  /** Every type × activity pair (zeros included), types outer, both in vocabulary order. */
  cells: TypeActivityCell[];
}

/** Who × what: for each organisation type and activity, how many efforts combine them. */
export function typeActivityMatrix(dataset: Dataset, efforts: readonly EffortRecord[]): TypeActivityMatrix {
  const counts = new Map<string, number>();
  const key = (type: string, activity: string): string => `${type}\u0000${activity}`;
  for (const effort of efforts) {
    for (const type of new Set(effort.organisationTypes)) {
      for (const activity of new Set(effort.activities)) {
        counts.set(key(type, activity), (counts.get(key(type, activity)) ?? 0) + 1);
      }
    }
  }
  const cells = dataset.organisationTypes.flatMap((t) =>
    dataset.activities.map((a) => ({
      type: t.id,
      activity: a.id,
      efforts: counts.get(key(t.id, a.id)) ?? 0,
    })),
  );
  return { types: dataset.organisationTypes, activities: dataset.activities, cells };
}

// The fast path (the columnar index) and the one name the panels call, beside the plain path.
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

export function typeActivityCounts(set: EffortSet): TypeActivityMatrix {
  return set.index && set.positions
    ? typeActivityMatrixIndexed(set.dataset, set.index, set.positions)
    : typeActivityMatrix(set.dataset, set.efforts);
}
