/**
 * The ECharts parts only the flow diagram needs: the Sankey series and the graphic component (its
 * "no efforts" message), registered when this module is imported. Only the flow view imports it,
 * so they load with that chart's chunk, never with the first screen (see `echarts.ts`).
 *
 * (Registered here rather than through a dynamic import from `echarts.ts`: that split the entry's
 * ECharts chunk along the modules both share and cost 2 KB of first-load JavaScript.)
 */
import { SankeyChart } from 'echarts/charts';
import { GraphicComponent } from 'echarts/components';
import { echarts } from './echarts';

echarts.use([SankeyChart, GraphicComponent]);
