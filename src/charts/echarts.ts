/**
 * The one place ECharts is imported and assembled: only the parts the app uses are registered,
 * which keeps the first-paint bundle small. Everything else imports `echarts` and `ECOption` from here.
 *
 * First paint needs only the map. Tooltips and the cartesian charts below it (bars, heat-maps,
 * legend) are registered by `loadSecondaryCharts()`, in their own chunks, started at once but not
 * waited for: the map draws first and gains its tooltip a moment later.
 */
import {
  MapChart,
  type BarSeriesOption,
  type HeatmapSeriesOption,
  type MapSeriesOption,
} from 'echarts/charts';
import {
  AriaComponent,
  VisualMapPiecewiseComponent,
  type AriaComponentOption,
  type GridComponentOption,
  type LegendComponentOption,
  type TitleComponentOption,
  type TooltipComponentOption,
  type VisualMapComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([MapChart, VisualMapPiecewiseComponent, AriaComponent, CanvasRenderer]);

let secondary: Promise<void> | null = null;
let secondaryDone = false;

/** Whether `loadSecondaryCharts()` has finished (charts mounted later need no second pass). */
export function secondaryChartsLoaded(): boolean {
  return secondaryDone;
}

/** Register tooltips, bars, heat-maps, the cartesian grid and the legend (side-effect modules that call `use`), once. */
export function loadSecondaryCharts(): Promise<void> {
  secondary ??= Promise.all([
    import('echarts/lib/chart/bar'),
    import('echarts/lib/chart/heatmap'),
    import('echarts/lib/component/grid'),
    import('echarts/lib/component/legendPlain'),
    import('echarts/lib/component/tooltip'),
  ]).then(() => {
    secondaryDone = true;
  });
  return secondary;
}

export type ECOption = echarts.ComposeOption<
  | MapSeriesOption
  | BarSeriesOption
  | HeatmapSeriesOption
  | GridComponentOption
  | TitleComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
  | LegendComponentOption
  | AriaComponentOption
>;

export { echarts };
