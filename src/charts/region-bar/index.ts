import type { ChartSpec } from '../chart-spec';
import { REGION_BAR } from './id';
import { View } from './view';

/**
 * Measures by region for the map's metric (never a sum across units); a click selects the region.
 * The default tab, drawn on the first screen beside the map: its view is in the entry chunk.
 */
export const regionBarChart: ChartSpec = {
  ...REGION_BAR,
  showsMetric: true,
  View,
  load: () => Promise.resolve({ View }),
};
