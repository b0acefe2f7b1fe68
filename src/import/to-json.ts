import type { Dataset } from '../data/model';
import type { DatasetJson, Effort } from '../data/schema';

/** The domain model back to the JSON schema (the precomputed fields dropped). */
export function datasetToJson(ds: Dataset): DatasetJson {
  return {
    schemaVersion: 2,
    id: ds.id,
    ...(ds.datasetVersion === null ? {} : { datasetVersion: ds.datasetVersion }),
    title: ds.title,
    source: ds.source,
    units: ds.units,
    organisationTypes: ds.organisationTypes,
    activities: ds.activities,
    regions: ds.regions,
    organisations: ds.organisations,
    // The model's own fields (its report, its id there) are not part of the file.
    efforts: ds.efforts.map(
      ({
        index: _i,
        prefectureCode: _p,
        organisationTypes: _t,
        datasetId: _d,
        localId: _l,
        ...effort
      }): Effort => effort,
    ),
  };
}
