import type { ChartSpec } from '../chart-spec';

/**
 * Dated efforts by region and day, with play controls that move the cursor (and with it the map
 * and the other charts). Undated efforts are listed, never placed on a guessed day.
 */
export const timelineChart: ChartSpec = {
  id: 'timeline',
  label: 'tabTimeline',
  showsMetric: false,
  load: () => import('./view'),
};
