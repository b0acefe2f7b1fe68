import type { ChartSpec } from '../chart-spec';
import { loadFlowCharts } from '../echarts';

/** Who → what → where: organisation type → activity → region, in counts of efforts (a Sankey diagram). */
export const flowChart: ChartSpec = {
  id: 'flow',
  label: 'tabFlow',
  showsMetric: false,
  // The Sankey series comes in its own chunk, with the view.
  load: () => Promise.all([loadFlowCharts(), import('./view')]).then(([, module]) => module),
};
