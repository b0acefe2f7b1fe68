import type { ChartSpec } from '../chart-spec';

/** Efforts and organisations by organisation type; a click toggles that type's filter. */
export const typeBarChart: ChartSpec = {
  id: 'type',
  label: 'tabType',
  showsMetric: false,
  load: () => import('./view'),
};
