import { useEffect, useRef, useState, type ReactNode } from 'react';
import {
  echarts,
  loadSecondaryChartsWhenIdle,
  secondaryChartsLoaded,
  whenSecondaryChartsLoaded,
  type ECOption,
} from './echarts';

type EChartsInstance = ReturnType<typeof echarts.init>;
export type ChartContainer = HTMLDivElement & { echartsInstance?: EChartsInstance };
export type ChartEventHandler = (params: unknown) => void;

export const CHARTS_READY_MARK = 'tongxin:charts-ready';

let allDrawn: () => void = () => undefined;
const firstChartsDrawn = new Promise<void>((resolve) => {
  allDrawn = resolve;
});

/** Resolves once every chart of the first screen has drawn (what can wait for it, does). */
export function whenFirstChartsDrawn(): Promise<void> {
  return firstChartsDrawn;
}

/** User Timing mark, once, when every chart on the page has drawn (for benchmarks and audits). */
function markWhenAllDrawn(): void {
  if (document.querySelector('.chart--loading, .chart[data-render-finished="false"]')) return;
  if (performance.getEntriesByName(CHARTS_READY_MARK).length === 0) performance.mark(CHARTS_READY_MARK);
  allDrawn();
}

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
 * The one component that touches ECharts. It creates the instance itself (no wrapper library: the
 * one the app used made a throw-away instance and waited a frame for it before the real one), sets
 * each new option in full (`notMerge`) and marks the container `data-render-finished="true"` when
 * ECharts reports its `finished` event, so tests and benchmarks wait for drawing, not for timers.
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
  const canvasHost = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsInstance | null>(null);
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

  // The instance, created after the page has painted its DOM (a passive effect: the text of the
  // page does not wait for the drawing), registered under its id, redrawn when its box is resized.
  useEffect(() => {
    const host = canvasHost.current;
    const container = box.current as ChartContainer | null;
    if (!host || !container) return;
    const instance = echarts.init(host, undefined, { renderer: 'canvas' });
    chart.current = instance;
    // The container carries its instance so browser tests can reach it without globals.
    container.echartsInstance = instance;
    const entry: MountedChart = { instance, finished: false };
    mounted.set(chartId, entry);
    instance.on('finished', () => {
      entry.finished = true;
      container.setAttribute('data-render-finished', 'true');
      markWhenAllDrawn();
      loadSecondaryChartsWhenIdle();
    });
    // Not on the first observation (the size it was drawn at): a resize redraws everything.
    let size = [host.clientWidth, host.clientHeight];
    const observer = new ResizeObserver(() => {
      const next = [host.clientWidth, host.clientHeight];
      if (next[0] === size[0] && next[1] === size[1]) return;
      size = next;
      instance.resize();
    });
    observer.observe(host);
    return () => {
      observer.disconnect();
      if (mounted.get(chartId) === entry) mounted.delete(chartId);
      chart.current = null;
      instance.dispose();
    };
  }, [chartId]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onEvents) return;
    const bound = Object.entries(onEvents);
    for (const [name, handler] of bound) instance.on(name, handler);
    return () => {
      if (!instance.isDisposed()) for (const [name, handler] of bound) instance.off(name, handler);
    };
  }, [onEvents, chartId]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    const entry = mounted.get(chartId);
    if (entry?.instance === instance) entry.finished = false;
    box.current?.setAttribute('data-render-finished', 'false');
    drawnWithoutParts.current = !secondaryChartsLoaded();
    instance.setOption(option, { notMerge: true });
  }, [option, chartId]);

  useEffect(() => {
    const instance = chart.current;
    if (!partsReady || !drawnWithoutParts.current || !instance) return;
    drawnWithoutParts.current = false;
    const parts = secondaryParts(option);
    if (parts) instance.setOption(parts, { lazyUpdate: true });
  }, [partsReady, option, chartId]);

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
      <div ref={canvasHost} className="chart__canvas" />
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
