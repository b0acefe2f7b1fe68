/**
 * The one place ECharts is imported and assembled: only the parts the app uses are registered,
 * which keeps the first-paint bundle small. Everything else imports `echarts` and `ECOption` from here.
 *
 * The first screen draws the map and the region bars, so map, bar, the grid (without its axis
 * pointer, which comes with the tooltip) and the piecewise visual map are registered up front, in
 * the entry chunk (a second round of chunks before the first charts cost more than their bytes).
 * Tooltips, legends and heat-maps are registered by `loadSecondaryCharts()`, in their own chunks,
 * once the first charts have drawn (see `chart.tsx`) or when a chart that needs them is opened.
 */
import {
  BarChart,
  MapChart,
  type BarSeriesOption,
  type HeatmapSeriesOption,
  type MapSeriesOption,
  type SankeySeriesOption,
} from 'echarts/charts';
import {
  AriaComponent,
  GridSimpleComponent,
  VisualMapPiecewiseComponent,
  type AriaComponentOption,
  type GraphicComponentOption,
  type GridComponentOption,
  type LegendComponentOption,
  type TitleComponentOption,
  type TooltipComponentOption,
  type VisualMapComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  MapChart,
  BarChart,
  GridSimpleComponent,
  VisualMapPiecewiseComponent,
  AriaComponent,
  CanvasRenderer,
]);

let secondary: Promise<void> | null = null;
let secondaryDone = false;
let markLoaded: () => void = () => undefined;
const loaded = new Promise<void>((resolve) => {
  markLoaded = resolve;
});

/** Whether `loadSecondaryCharts()` has finished (charts mounted later need no second pass). */
export function secondaryChartsLoaded(): boolean {
  return secondaryDone;
}

/** Resolves once the secondary parts are registered (it does not start loading them). */
export function whenSecondaryChartsLoaded(): Promise<void> {
  return loaded;
}

/** Register tooltips, heat-maps and the legend (side-effect modules that call `use`), once. */
export function loadSecondaryCharts(): Promise<void> {
  secondary ??= Promise.all([
    import('echarts/lib/chart/heatmap'),
    import('echarts/lib/component/legendPlain'),
    import('echarts/lib/component/tooltip'),
  ]).then(
    () => {
      secondaryDone = true;
      markLoaded();
    },
    (error: unknown) => {
      // A failed chunk (network) is tried again by the next caller.
      secondary = null;
      throw error;
    },
  );
  return secondary;
}

let scheduled = false;

/**
 * Load the secondary parts when the page is idle, once: called when a chart has drawn, so the
 * tooltips' chunks never compete with the first charts for the network or the main thread.
 */
export function loadSecondaryChartsWhenIdle(): void {
  if (scheduled || secondaryDone) return;
  scheduled = true;
  const run = (): void => {
    loadSecondaryCharts().catch(() => {
      scheduled = false;
    });
  };
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: 2000 });
  else window.setTimeout(run, 0);
}

export type ECOption = echarts.ComposeOption<
  | MapSeriesOption
  | BarSeriesOption
  | HeatmapSeriesOption
  | SankeySeriesOption
  | GraphicComponentOption
  | GridComponentOption
  | TitleComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
  | LegendComponentOption
  | AriaComponentOption
>;

export { echarts };
