import type { QueryClient } from '@tanstack/react-query';
import { loadSecondaryCharts } from '../charts/echarts';
import { mapQueryOptions } from '../charts/geo';
import { datasetQueryOptions, prepareDatasetLoad } from '../worker/load-dataset';
import { chartSpec } from '../charts/registry';
import { DEFAULT_VIEW } from '../domain/view';
import { useAtlasStore } from '../store/store';
import { reportLoadProgress } from './load-progress';
import { datasetPathFromSearch } from './dataset-path';

/**
 * Start everything the first screen needs at once, before React renders: the dataset and the
 * province boundaries (already requested by the preload links of index.html: these calls reuse
 * those responses) and, when the URL opens another tab than the default one, that tab's chunks.
 * The default tab's chart is in the entry chunk.
 */
export function prefetchFirstScreen(client: QueryClient): void {
  const { path } = datasetPathFromSearch(window.location.search);
  prepareDatasetLoad(path ?? undefined);
  // Registered as soon as it is there (not one render later, from the app's effect).
  client.fetchQuery(datasetQueryOptions(path ?? undefined, reportLoadProgress)).then(
    (dataset) => useAtlasStore.getState().registerDataset(dataset, { origin: { kind: 'bundled' } }),
    // A failure is the app's to show (its query hook holds the error and retries).
    () => undefined,
  );
  void client.prefetchQuery(mapQueryOptions(null));
  const tab = new URLSearchParams(window.location.search).get('tab');
  const spec = tab !== null && tab !== DEFAULT_VIEW.tab ? chartSpec(tab) : undefined;
  if (spec) {
    void loadSecondaryCharts().catch(() => undefined);
    void spec.load().catch(() => undefined);
  }
}
