import type { ChartSpec } from '../chart-spec';

/**
 * Two loaded reports side by side: a map and region bars each, on one scale and legend (the map's
 * metric). Its own chart folder like every other; the pair is in the URL (`?cmp=a,b`).
 */
export const compareChart: ChartSpec = {
  id: 'compare',
  label: 'tabCompare',
  showsMetric: true,
  // Offered once a second report is loaded (a link to it waits for the import to be restored).
  minDatasets: 2,
  // Panel titles are ECharts titles: the component loads with this chart, not at first paint.
  load: () => Promise.all([import('echarts/lib/component/title'), import('./view')]).then(([, view]) => view),
};
