import { queryOptions } from '@tanstack/react-query';
import datasetUrl from '../../data/dataset.json?url';
import sourceTextUrl from '../../data/source/000_85bcb02d0b9cfa40.txt?url';
import { DatasetValidationError } from './dataset-errors';

/** Network failures are retried twice; a dataset that failed validation would only fail again. */
export function shouldRetry(failureCount: number, error: Error): boolean {
  return !(error instanceof DatasetValidationError) && failureCount < 2;
}

/** Query keys from general to specific. */
export const dataKeys = {
  all: ['data'] as const,
  dataset: (url: string) => [...dataKeys.all, 'dataset', url] as const,
  sourceText: (url: string) => [...dataKeys.all, 'source-text', url] as const,
};

export const BUNDLED_DATASET_URL: string = datasetUrl;
export const BUNDLED_SOURCE_TEXT_URL: string = sourceTextUrl;
/** The `source.textFile` of the bundled dataset: the only full text the app carries. */
export const BUNDLED_TEXT_FILE = 'source/000_85bcb02d0b9cfa40.txt';

async function fetchOk(url: string, signal?: AbortSignal): Promise<Response> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

async function fetchText(url: string, signal?: AbortSignal): Promise<string> {
  return (await fetchOk(url, signal)).text();
}

/** A file's bytes as served (after HTTP decompression): what a content hash is taken of. */
export async function fetchBytes(url: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  return (await fetchOk(url, signal)).arrayBuffer();
}

export function sourceTextQueryOptions(url: string = BUNDLED_SOURCE_TEXT_URL) {
  return queryOptions({
    queryKey: dataKeys.sourceText(url),
    queryFn: ({ signal }) => fetchText(url, signal),
    staleTime: Infinity,
  });
}
