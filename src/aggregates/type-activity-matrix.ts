import type { Dataset, EffortRecord } from '../data/model';
import type { VocabularyEntry } from '../data/schema';

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
