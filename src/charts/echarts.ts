/**
 * The one place ECharts is imported and assembled: only the parts the app uses are registered,
 * which keeps the first-paint bundle small. Everything else imports `echarts` and `ECOption` from here.
 */
import {
  BarChart,
  HeatmapChart,
  MapChart,
  type BarSeriesOption,
  type HeatmapSeriesOption,
  type MapSeriesOption,
} from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  type AriaComponentOption,
  type GridComponentOption,
  type LegendComponentOption,
  type MarkAreaComponentOption,
  type TitleComponentOption,
  type TooltipComponentOption,
  type VisualMapComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  MapChart,
  BarChart,
  HeatmapChart,
  GridComponent,
  TooltipComponent,
  VisualMapComponent,
  TitleComponent,
  LegendComponent,
  MarkAreaComponent,
  AriaComponent,
  CanvasRenderer,
]);

export type ECOption = echarts.ComposeOption<
  | MapSeriesOption
  | BarSeriesOption
  | HeatmapSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
  | TitleComponentOption
  | LegendComponentOption
  | MarkAreaComponentOption
  | AriaComponentOption
>;

export { echarts };
