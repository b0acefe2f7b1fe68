import type { Dataset, EffortRecord } from '../data/model';
import type { VocabularyEntry } from '../data/schema';

export interface OrganisationTypeCount {
  type: VocabularyEntry;
  /** Efforts with at least one organisation of this type. */
  efforts: number;
  /** Distinct organisations of this type involved in those efforts. */
  organisations: number;
}

/**
 * One row per organisation type, in vocabulary order. Types with no effort under the filters are
 * kept with zeros: that is a real zero, not a missing figure.
 */
export function countByOrganisationType(
  dataset: Dataset,
  efforts: readonly EffortRecord[],
): OrganisationTypeCount[] {
  const effortsByType = new Map<string, Set<string>>();
  const orgsByType = new Map<string, Set<string>>();
  for (const effort of efforts) {
    for (const orgId of effort.organisationIds) {
      const org = dataset.organisationById.get(orgId);
      if (!org) continue;
      const es = effortsByType.get(org.type) ?? new Set<string>();
      es.add(effort.id);
      effortsByType.set(org.type, es);
      const os = orgsByType.get(org.type) ?? new Set<string>();
      os.add(org.id);
      orgsByType.set(org.type, os);
    }
  }
  return dataset.organisationTypes.map((type) => ({
    type,
    efforts: effortsByType.get(type.id)?.size ?? 0,
    organisations: orgsByType.get(type.id)?.size ?? 0,
  }));
}
