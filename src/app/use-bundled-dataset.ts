import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Dataset } from '../data/model';
import { datasetQueryOptions } from '../worker/load-dataset';
import { useAtlasStore } from '../store/store';

const SAFE_DATASET_PATH = /^[A-Za-z0-9_][A-Za-z0-9_./-]*\.json$/;

/**
 * `?dataset=bench/data/synthetic-100000.json` loads another dataset from the same origin through the
 * same path as the bundled one (used by benchmarks). Only plain relative paths are accepted: no
 * scheme, no host, no `..`.
 */
export function datasetPathFromSearch(search: string): { path: string | null; rejected: string | null } {
  const raw = new URLSearchParams(search).get('dataset');
  if (raw === null) return { path: null, rejected: null };
  if (raw.length <= 200 && SAFE_DATASET_PATH.test(raw) && !raw.includes('..') && !raw.includes('//')) {
    return { path: raw, rejected: null };
  }
  return { path: null, rejected: raw.slice(0, 60) };
}

/** Load the dataset (bundled, or `?dataset=`) through TanStack Query and register it in the workspace store. */
export function useBundledDataset(): UseQueryResult<Dataset, Error> {
  const { path, rejected } = datasetPathFromSearch(window.location.search);
  const query = useQuery(datasetQueryOptions(path ?? undefined));
  const registerDataset = useAtlasStore((s) => s.registerDataset);
  const pushNotice = useAtlasStore((s) => s.pushNotice);
  useEffect(() => {
    if (rejected !== null)
      pushNotice({ kind: 'warning', key: 'badUrl', params: { details: `dataset=${rejected}` } });
  }, [rejected, pushNotice]);
  useEffect(() => {
    if (query.data) registerDataset(query.data, { origin: { kind: 'bundled' } });
  }, [query.data, registerDataset]);
  return query;
}
