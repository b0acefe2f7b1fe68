import type { ChartSpec } from '../chart-spec';

/** Measures by region for the map's metric (never a sum across units); a click selects the region. */
export const regionBarChart: ChartSpec = {
  id: 'region',
  label: 'tabRegion',
  showsMetric: true,
  load: () => import('./view'),
};
