/**
 * Files in schema 1 (the 1.0.0 data, exports made before 2.0.0, datasets researchers imported and
 * the browser kept) are read by upgrading them to schema 2 before validation, saying no more than
 * they said:
 * - an `approx` measure's `value` was the lower bound of its words, so it becomes `low` (no `high`:
 *   schema 1 did not record one);
 * - an organisation without `typeBasis` gets `{ kind: 'unrecorded' }` (not "stated": nobody said);
 * - `organisationIds` stay the actors; schema 1 had no addressees.
 * Anything malformed is left as it is, so that validation reports it at the same path.
 */

type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function upgradeOrganisation(o: unknown): unknown {
  return isRecord(o) && !('typeBasis' in o) ? { ...o, typeBasis: { kind: 'unrecorded' } } : o;
}

function upgradeMeasure(m: unknown): unknown {
  if (!isRecord(m) || m.qualifier !== 'approx' || typeof m.value !== 'number' || 'low' in m) return m;
  const { value, ...rest } = m;
  return { low: value, ...rest };
}

function upgradeEffort(e: unknown): unknown {
  return isRecord(e) && Array.isArray(e.measures) ? { ...e, measures: e.measures.map(upgradeMeasure) } : e;
}

/** A schema-1 dataset as schema 2; anything else unchanged. Pure: the input is not modified. */
export function upgradeSchema1(json: unknown): unknown {
  if (!isRecord(json) || json.schemaVersion !== 1) return json;
  return {
    ...json,
    schemaVersion: 2,
    ...(Array.isArray(json.organisations)
      ? { organisations: json.organisations.map(upgradeOrganisation) }
      : {}),
    ...(Array.isArray(json.efforts) ? { efforts: json.efforts.map(upgradeEffort) } : {}),
  };
}
