import type { ChartSpec } from '../chart-spec';

/** Who × what: organisation type × activity; a click filters to that pair. */
export const matrixChart: ChartSpec = {
  id: 'matrix',
  label: 'tabMatrix',
  showsMetric: false,
  load: () => import('./view'),
};
