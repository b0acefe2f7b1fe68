import { measuresOf, type Dataset, type EffortRecord, type MeasureRecord } from '../data/model';

/** How an organisation takes part in an effort: it acts, or the effort is addressed to it (an appeal). */
export type OrganisationRole = 'actor' | 'addressee';

export interface OrganisationEffort {
  effort: EffortRecord;
  role: OrganisationRole;
}

/**
 * Every effort an organisation took part in, across all regions and whatever the filters, in the
 * dataset's order, with its role. An organisation named both as actor and addressee of one effort
 * counts as actor (it did something there).
 */
export function effortsOfOrganisation(dataset: Dataset, id: string): OrganisationEffort[] {
  const out: OrganisationEffort[] = [];
  for (const effort of dataset.efforts) {
    if (effort.organisationIds.includes(id)) out.push({ effort, role: 'actor' });
    else if (effort.addresseeIds?.includes(id)) out.push({ effort, role: 'addressee' });
  }
  return out;
}

/**
 * The figures of the efforts an organisation acted in (not those it was addressed by: an appeal's
 * figures are not the addressee's). A figure of an effort with several actors is shared, never
 * divided among them; `sharedWith` says how many others acted in it.
 */
export function figuresOfOrganisation(
  dataset: Dataset,
  id: string,
): Array<MeasureRecord & { sharedWith: number }> {
  const acted = effortsOfOrganisation(dataset, id).filter((e) => e.role === 'actor');
  return acted.flatMap(({ effort }) =>
    measuresOf([effort]).map((m) => ({ ...m, sharedWith: effort.organisationIds.length - 1 })),
  );
}

export interface OrganisationRegion {
  /** A prefecture code, or the effort's own region code when it has no prefecture (province-wide). */
  code: string;
  /** Efforts there, by role. */
  actor: number;
  addressee: number;
}

/**
 * Where an organisation acted or was addressed, by prefecture (counties roll up to theirs;
 * province-wide efforts stay under the province's code), most efforts first, then by code.
 */
export function regionsOfOrganisation(dataset: Dataset, id: string): OrganisationRegion[] {
  const byCode = new Map<string, OrganisationRegion>();
  for (const { effort, role } of effortsOfOrganisation(dataset, id)) {
    const code = effort.prefectureCode ?? effort.regionCode;
    const row = byCode.get(code) ?? { code, actor: 0, addressee: 0 };
    row[role] += 1;
    byCode.set(code, row);
  }
  return [...byCode.values()].sort(
    (a, b) => b.actor + b.addressee - (a.actor + a.addressee) || a.code.localeCompare(b.code),
  );
}
