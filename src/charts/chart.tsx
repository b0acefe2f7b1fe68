import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { markWhenAllDrawn } from './charts-ready';
import {
  echarts,
  loadSecondaryChartsWhenIdle,
  secondaryChartsLoaded,
  whenSecondaryChartsLoaded,
  type ECOption,
} from './echarts';

export { CHARTS_READY_MARK } from './charts-ready';

type EChartsInstance = ReturnType<typeof echarts.init>;
export type ChartContainer = HTMLDivElement & { echartsInstance?: EChartsInstance };
export type ChartEventHandler = (params: unknown) => void;

const SIZE = { width: '100%', height: '100%' } as const;
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
  minHeight,
}: {
  /** Registry id ('map', 'region', …): how exports and tests find this chart. */
  chartId: string;
  option: ECOption;
  /** Accessible name of the chart (role="img"); the builder's own description is appended. */
  label: string;
  onEvents?: Record<string, ChartEventHandler>;
  className?: string;
  testId?: string;
  /** At least this tall (px), when the chart needs more than its CSS height (`categoryAxisHeight`). */
  minHeight?: number;
}): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  const [instance, setInstance] = useState<EChartsInstance | null>(null);
  // Tooltips and legends register after the first charts have drawn (see `echarts.ts`): a chart
  // drawn before that gains them by merging only those components, not by drawing again.
  const [partsReady, setPartsReady] = useState(secondaryChartsLoaded);
  const drawnWithoutParts = useRef(false);
  useEffect(() => {
    if (partsReady) return;
    let live = true;
    void whenSecondaryChartsLoaded().then(() => live && setPartsReady(true));
    return () => {
      live = false;
    };
  }, [partsReady]);

  // What the ready callback needs of the latest render (it is called later, by echarts-for-react).
  const latest = useRef({ option, chartId });
  useLayoutEffect(() => {
    latest.current = { option, chartId };
  }, [option, chartId]);
  /** The option last set, and on which instance: an effect does not set it a second time. */
  const drawn = useRef<{ instance: EChartsInstance; option: ECOption } | null>(null);
  /** What the ready callback registered: the entry, the id it is mounted under, its listener. */
  const registered = useRef<{ id: string; entry: MountedChart; done: () => void } | null>(null);
  const unregister = useCallback((): void => {
    const r = registered.current;
    if (!r) return;
    r.entry.instance.off('finished', r.done);
    if (mounted.get(r.id) === r.entry) mounted.delete(r.id);
    registered.current = null;
  }, []);

  const draw = useCallback((chart: EChartsInstance, next: ECOption): void => {
    const id = registered.current?.id;
    const entry = id === undefined ? undefined : mounted.get(id);
    if (entry?.instance === chart) entry.finished = false;
    box.current?.setAttribute('data-render-finished', 'false');
    drawnWithoutParts.current = !secondaryChartsLoaded();
    drawn.current = { instance: chart, option: next };
    chart.setOption(next, { notMerge: true });
  }, []);

  // The instance is registered and its first option set as soon as echarts-for-react has made it,
  // in that same task, as the floor does (issue 12): through a state update and an effect, the
  // first draw waited for React to render again, often a frame later.
  const onChartReady = useCallback(
    (chart: EChartsInstance): void => {
      unregister();
      const { option: first, chartId: id } = latest.current;
      // The container carries its instance so browser tests can reach it without globals.
      if (box.current) (box.current as ChartContainer).echartsInstance = chart;
      const entry: MountedChart = { instance: chart, finished: false };
      mounted.set(id, entry);
      const done = (): void => {
        entry.finished = true;
        box.current?.setAttribute('data-render-finished', 'true');
        markWhenAllDrawn();
        loadSecondaryChartsWhenIdle();
      };
      // Listening before the option is set: `finished` may follow it at once.
      chart.on('finished', done);
      registered.current = { id, entry, done };
      draw(chart, first);
      setInstance(chart);
    },
    [draw, unregister],
  );
  useEffect(() => unregister, [unregister]);

  // The chart id changes while the instance stays when a tab shows another chart of the same kind
  // (the region and type bars): exports find it under the new id.
  useEffect(() => {
    const r = registered.current;
    if (!r || r.id === chartId) return;
    if (mounted.get(r.id) === r.entry) mounted.delete(r.id);
    mounted.set(chartId, r.entry);
    r.id = chartId;
  }, [instance, chartId]);

  useEffect(() => {
    if (!instance || instance.isDisposed()) return;
    const last = drawn.current;
    if (last?.instance === instance && last.option === option) return;
    draw(instance, option);
  }, [instance, option, draw]);

  useEffect(() => {
    if (!partsReady || !drawnWithoutParts.current || !instance || instance.isDisposed()) return;
    drawnWithoutParts.current = false;
    const parts = secondaryParts(option);
    if (parts) instance.setOption(parts, { lazyUpdate: true });
  }, [instance, partsReady, option]);

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
      style={minHeight === undefined ? undefined : { minHeight }}
    >
      <ReactEChartsCore
        echarts={echarts}
        option={NO_OPTION}
        onChartReady={onChartReady}
        onEvents={onEvents}
        style={SIZE}
        opts={{ renderer: 'canvas' }}
      />
    </div>
  );
}

/** The components of an option that need the secondary parts (tooltip, legend), or null. */
function secondaryParts(option: ECOption): ECOption | null {
  const parts: ECOption = {};
  if (option.tooltip !== undefined) parts.tooltip = option.tooltip;
  if (option.legend !== undefined) parts.legend = option.legend;
  return Object.keys(parts).length > 0 ? parts : null;
}

/** The description an option builder wrote for screen readers (`aria.label.description`). */
function describedBy(option: ECOption): string | null {
  const aria = option.aria as { label?: { description?: unknown } } | undefined;
  const d = aria?.label?.description;
  return typeof d === 'string' && d.length > 0 ? d : null;
}
