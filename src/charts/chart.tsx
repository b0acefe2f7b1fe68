import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { echarts, loadSecondaryCharts, secondaryChartsLoaded, type ECOption } from './echarts';

type EChartsInstance = ReturnType<typeof echarts.init>;
export type ChartContainer = HTMLDivElement & { echartsInstance?: EChartsInstance };
export type ChartEventHandler = (params: unknown) => void;

const SIZE = { width: '100%', height: '100%' } as const;
export const CHARTS_READY_MARK = 'tongxin:charts-ready';

/** User Timing mark, once, when every chart on the page has drawn (for benchmarks and audits). */
function markWhenAllDrawn(): void {
  if (document.querySelector('.chart--loading, .chart[data-render-finished="false"]')) return;
  if (performance.getEntriesByName(CHARTS_READY_MARK).length === 0) performance.mark(CHARTS_READY_MARK);
}
const NO_OPTION = {};

/** A drawn chart, registered under its chart id while it is mounted (exports ask for it by id). */
export interface MountedChart {
  instance: EChartsInstance;
  /** True once ECharts has reported `finished` for the current option. */
  finished: boolean;
}

const mounted = new Map<string, MountedChart>();

/** The mounted chart with this id ('map', or a chart id of the registry), if it is on screen. */
export function mountedChart(chartId: string): MountedChart | undefined {
  const chart = mounted.get(chartId);
  return chart && !chart.instance.isDisposed() ? chart : undefined;
}

/**
 * The one component that touches ECharts. It sets each new option in full (`notMerge`) and marks
 * the container `data-render-finished="true"` when ECharts reports its `finished` event, so tests
 * and benchmarks wait for drawing, not for timers.
 */
export function EChart({
  chartId,
  option,
  label,
  onEvents,
  className,
  testId,
}: {
  /** Registry id ('map', 'region', …): how exports and tests find this chart. */
  chartId: string;
  option: ECOption;
  /** Accessible name of the chart (role="img"); the builder's own description is appended. */
  label: string;
  onEvents?: Record<string, ChartEventHandler>;
  className?: string;
  testId?: string;
}): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  const [instance, setInstance] = useState<EChartsInstance | null>(null);
  // Tooltips register after first paint; set the option again once they are there.
  const [partsReady, setPartsReady] = useState(secondaryChartsLoaded);
  useEffect(() => {
    if (partsReady) return;
    let live = true;
    void loadSecondaryCharts().then(() => live && setPartsReady(true));
    return () => {
      live = false;
    };
  }, [partsReady]);

  useEffect(() => {
    if (!instance) return;
    // The container carries its instance so browser tests can reach it without globals.
    if (box.current) (box.current as ChartContainer).echartsInstance = instance;
    const entry: MountedChart = { instance, finished: false };
    mounted.set(chartId, entry);
    const done = (): void => {
      entry.finished = true;
      box.current?.setAttribute('data-render-finished', 'true');
      markWhenAllDrawn();
    };
    instance.on('finished', done);
    return () => {
      instance.off('finished', done);
      if (mounted.get(chartId) === entry) mounted.delete(chartId);
    };
  }, [instance, chartId]);

  useEffect(() => {
    if (!instance || instance.isDisposed()) return;
    const entry = mounted.get(chartId);
    if (entry?.instance === instance) entry.finished = false;
    box.current?.setAttribute('data-render-finished', 'false');
    instance.setOption(option, { notMerge: true });
  }, [instance, option, partsReady, chartId]);

  const description = describedBy(option);
  return (
    <div
      ref={box}
      className={`chart ${className ?? ''}`}
      role="img"
      aria-label={description ? `${label}. ${description}` : label}
      data-render-finished="false"
      data-chart-id={chartId}
      data-testid={testId}
    >
      <ReactEChartsCore
        echarts={echarts}
        option={NO_OPTION}
        onChartReady={setInstance}
        onEvents={onEvents}
        style={SIZE}
        opts={{ renderer: 'canvas' }}
      />
    </div>
  );
}

/** The description an option builder wrote for screen readers (`aria.label.description`). */
function describedBy(option: ECOption): string | null {
  const aria = option.aria as { label?: { description?: unknown } } | undefined;
  const d = aria?.label?.description;
  return typeof d === 'string' && d.length > 0 ? d : null;
}
