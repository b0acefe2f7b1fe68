import type { Dataset, EffortRecord } from '../data/model';
import type { VocabularyEntry } from '../data/schema';
import type { EffortIndex } from './effort-index';
import type { EffortSet } from './effort-set';

export interface OrganisationTypeCount {
  type: VocabularyEntry;
  /** Efforts with at least one organisation of this type. */
  efforts: number;
  /** Distinct organisations of this type involved in those efforts. */
  organisations: number;
  /** Of those, how many are of this type by inference (`typeBasis.kind` "inferred"), not by the text. */
  inferredOrganisations: number;
  /** Of those, how many have no recorded type basis (files from before schema 2). */
  unrecordedOrganisations: number;
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
  const basisCount = new Map<string, number>();
  for (const effort of efforts) {
    for (const orgId of effort.organisationIds) {
      const org = dataset.organisationById.get(orgId);
      if (!org) continue;
      const es = effortsByType.get(org.type) ?? new Set<string>();
      es.add(effort.id);
      effortsByType.set(org.type, es);
      const os = orgsByType.get(org.type) ?? new Set<string>();
      if (!os.has(org.id)) {
        const key = `${org.type}|${org.typeBasis.kind}`;
        basisCount.set(key, (basisCount.get(key) ?? 0) + 1);
      }
      os.add(org.id);
      orgsByType.set(org.type, os);
    }
  }
  return dataset.organisationTypes.map((type) => ({
    type,
    efforts: effortsByType.get(type.id)?.size ?? 0,
    organisations: orgsByType.get(type.id)?.size ?? 0,
    inferredOrganisations: basisCount.get(`${type.id}|inferred`) ?? 0,
    unrecordedOrganisations: basisCount.get(`${type.id}|unrecorded`) ?? 0,
  }));
}

// The fast path (the columnar index) and the one name the panels call, beside the plain path.
export function countByOrganisationTypeIndexed(
  dataset: Dataset,
  index: EffortIndex,
  positions: Int32Array,
): OrganisationTypeCount[] {
  const T = index.typeIds.length;
  const efforts = new Int32Array(T);
  const orgs = new Int32Array(T);
  // Per type: organisations whose type basis is stated (0), inferred (1), unrecorded (2).
  const bases = new Int32Array(T * 3);
  const seenOrg = new Uint8Array(index.orgIds.length);
  for (const i of positions) {
    const mask = index.typeMask[i]!;
    for (let t = 0; t < T; t += 1) if (mask & (1 << t)) efforts[t]! += 1;
    for (let k = index.orgStart[i]!; k < index.orgStart[i + 1]!; k += 1) {
      const o = index.orgs[k]!;
      if (seenOrg[o] === 0) {
        seenOrg[o] = 1;
        const t = index.orgType[o]!;
        if (t >= 0) {
          orgs[t]! += 1;
          bases[t * 3 + index.orgBasis[o]!]! += 1;
        }
      }
    }
  }
  return dataset.organisationTypes.map((type, t) => ({
    type,
    efforts: efforts[t]!,
    organisations: orgs[t]!,
    inferredOrganisations: bases[t * 3 + 1]!,
    unrecordedOrganisations: bases[t * 3 + 2]!,
  }));
}

export function organisationTypeCounts(set: EffortSet): OrganisationTypeCount[] {
  return set.index && set.positions
    ? countByOrganisationTypeIndexed(set.dataset, set.index, set.positions)
    : countByOrganisationType(set.dataset, set.efforts);
}
