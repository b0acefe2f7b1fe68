import type { ChartSpec } from '../chart-spec';

/** Who → what → where: organisation type → activity → region, in counts of efforts (a Sankey diagram). */
export const flowChart: ChartSpec = {
  id: 'flow',
  label: 'tabFlow',
  showsMetric: false,
  // The Sankey series comes with the view, in its chunk.
  load: () => import('./view'),
};
