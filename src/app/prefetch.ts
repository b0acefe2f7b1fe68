import type { QueryClient } from '@tanstack/react-query';
import { loadSecondaryCharts } from '../charts/echarts';
import { mapQueryOptions } from '../charts/geo';
import { datasetQueryOptions } from '../data/queries';
import { chartSpec } from '../charts/registry';
import { DEFAULT_VIEW } from '../domain/view';
import { datasetPathFromSearch } from './use-bundled-dataset';

/**
 * Start everything the first screen needs at once, before React renders: the dataset, the province
 * boundaries and the chart chunks load in parallel instead of one after another.
 */
export function prefetchFirstScreen(client: QueryClient): void {
  const { path } = datasetPathFromSearch(window.location.search);
  void client.prefetchQuery(datasetQueryOptions(path ?? undefined));
  void client.prefetchQuery(mapQueryOptions(null));
  void loadSecondaryCharts();
  // The default tab's chart view (its chunk), with the chart parts above.
  void chartSpec(DEFAULT_VIEW.tab)?.load();
}
