import type { ChartSpec } from './chart-spec';
import { flowChart } from './flow';
import { compareChart } from './compare';
import { matrixChart } from './matrix';
import { regionBarChart } from './region-bar';
import { timelineChart } from './timeline';
import { typeBarChart } from './type-bar';

/** Every chart of the charts panel, in tab order. Tabs, labels, export titles and tests read this list. */
export const CHARTS: readonly ChartSpec[] = [
  regionBarChart,
  typeBarChart,
  matrixChart,
  timelineChart,
  flowChart,
  compareChart,
];

export const CHART_IDS: readonly string[] = CHARTS.map((c) => c.id);

/** The chart with this id, or undefined (a tab id from a URL is checked against this). */
export function chartSpec(id: string): ChartSpec | undefined {
  return CHARTS.find((c) => c.id === id);
}
