import { queryOptions } from '@tanstack/react-query';
import { adoptEffortIndex } from '../aggregates/effort-index';
import { isBuildValidated } from '../data/build-validated';
import { DatasetValidationError } from '../data/dataset-errors';
import { buildDataset, type Dataset } from '../data/model';
import { BUNDLED_DATASET_URL, dataKeys, fetchBytes } from '../data/queries';
import type { DatasetJson } from '../data/schema';
import { loadUrlInWorker, validateInWorker, warmUpWorker } from './client';
import type { Validated } from './validate';
import type { LoadProgress } from './protocol';

export type { LoadProgress, LoadPhase } from './protocol';

/**
 * Fetch, validate and model a dataset. The bundled file skips validation only when its bytes are
 * the ones the build validated (src/data/build-validated.ts); every other file is validated, in
 * the worker. Validation failures reject with a DatasetValidationError.
 */
export async function loadDataset(
  url: string,
  { signal, onProgress = () => {} }: { signal?: AbortSignal; onProgress?: (p: LoadProgress) => void } = {},
): Promise<Dataset> {
  onProgress({ phase: 'download' });
  let result: Validated;
  if (url === BUNDLED_DATASET_URL) {
    const bytes = await fetchBytes(url, signal);
    if (await isBuildValidated(bytes)) {
      return buildDataset(JSON.parse(new TextDecoder().decode(bytes)) as DatasetJson);
    }
    result = await validateInWorker(bytes, onProgress);
  } else {
    result = await (loadUrlInWorker(url, onProgress) ??
      fetchBytes(url, signal).then((bytes) => validateInWorker(bytes, onProgress)));
  }
  if (!result.ok) throw new DatasetValidationError(result.errors);
  adoptEffortIndex(result.dataset, result.index);
  return result.dataset;
}

/** Start the worker early when the data is not the bundled file (it will be validated there). */
export function prepareDatasetLoad(url: string = BUNDLED_DATASET_URL): void {
  if (url !== BUNDLED_DATASET_URL) warmUpWorker();
}

export function datasetQueryOptions(
  url: string = BUNDLED_DATASET_URL,
  onProgress?: (progress: LoadProgress) => void,
) {
  return queryOptions({
    queryKey: dataKeys.dataset(url),
    queryFn: ({ signal }) => loadDataset(url, { signal, onProgress }),
    staleTime: Infinity,
  });
}
