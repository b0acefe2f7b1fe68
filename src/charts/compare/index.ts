import type { ChartSpec } from '../chart-spec';

/**
 * Two loaded reports side by side: a map and region bars each, on one scale and legend (the map's
 * metric). Its own chart folder like every other; the pair is in the URL (`?cmp=a,b`).
 */
export const compareChart: ChartSpec = {
  id: 'compare',
  label: 'tabCompare',
  showsMetric: true,
  // Panel titles are ECharts titles: the component loads with this chart, not at first paint.
  load: () => Promise.all([import('echarts/lib/component/title'), import('./view')]).then(([, view]) => view),
};
