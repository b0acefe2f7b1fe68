import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Dataset } from '../data/model';
import { datasetQueryOptions } from '../data/queries';
import { useAtlasStore } from '../store/store';

/** Load the bundled dataset through TanStack Query and register it in the workspace store. */
export function useBundledDataset(url?: string): UseQueryResult<Dataset, Error> {
  const query = useQuery(datasetQueryOptions(url));
  const registerDataset = useAtlasStore((s) => s.registerDataset);
  useEffect(() => {
    if (query.data) registerDataset(query.data);
  }, [query.data, registerDataset]);
  return query;
}
