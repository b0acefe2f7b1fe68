// ECharts' side-effect entry points register a part with `use()` when imported; they export nothing.
declare module 'echarts/lib/chart/bar';
declare module 'echarts/lib/chart/heatmap';
declare module 'echarts/lib/component/grid';
declare module 'echarts/lib/component/legendPlain';
declare module 'echarts/lib/component/tooltip';
declare module 'echarts/lib/component/title';
