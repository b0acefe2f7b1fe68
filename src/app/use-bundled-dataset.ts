import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Dataset } from '../data/model';
import { datasetQueryOptions } from '../worker/load-dataset';
import { useAtlasStore } from '../store/store';
import { datasetPathFromSearch } from './dataset-path';

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
