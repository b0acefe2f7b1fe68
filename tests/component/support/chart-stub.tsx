import { act, useLayoutEffect, type ReactNode } from 'react';
import type { ChartEventHandler, MountedChart } from '../../../src/charts/chart';
import type { ECOption } from '../../../src/charts/echarts';

/**
 * Component tests check DOM behaviour; jsdom has no canvas, so the one chart wrapper is replaced by
 * a labelled placeholder (`vi.mock('…/src/charts/chart', () => import('./support/chart-stub'))`).
 * The placeholder records what each chart was asked to draw, so a test can follow a click through
 * the store to the option a chart receives: `clickChart('type', { data: { typeId } })`, then
 * `lastOption('region')`. Real drawing is covered by the Chromium tests.
 */
export interface RenderedChart {
  option: ECOption;
  label: string;
  onEvents: Record<string, ChartEventHandler>;
  /** How many times an option was committed for this chart id. */
  commits: number;
}

/** The latest option (and handlers) each mounted chart id received, by chart id. */
export const renderedCharts = new Map<string, RenderedChart>();

/** Forget every recorded chart (call in `beforeEach`: the map outlives React trees). */
export function resetChartStub(): void {
  renderedCharts.clear();
}

function rendered(chartId: string): RenderedChart {
  const chart = renderedCharts.get(chartId);
  if (!chart) {
    const ids = [...renderedCharts.keys()].join(', ') || 'none';
    throw new Error(`chart "${chartId}" is not on screen (mounted: ${ids})`);
  }
  return chart;
}

/** The option the chart with this id drew last. */
export function lastOption(chartId: string): ECOption {
  return rendered(chartId).option;
}

/** The `data` of every series of a chart's last option (what it draws, without styling). */
export function seriesData(chartId: string): unknown[][] {
  const series = lastOption(chartId).series;
  const list = Array.isArray(series) ? series : series ? [series] : [];
  return list.map((s) => ((s as { data?: unknown[] }).data ?? []) as unknown[]);
}

/** Act as ECharts would on a click (or another event) on a data item of the chart. */
export function clickChart(chartId: string, params: unknown, event = 'click'): void {
  const handler = rendered(chartId).onEvents[event];
  if (!handler) throw new Error(`chart "${chartId}" has no ${event} handler`);
  act(() => handler(params));
}

function description(option: ECOption): string | null {
  const aria = option.aria as { label?: { description?: unknown } } | undefined;
  const d = aria?.label?.description;
  return typeof d === 'string' && d.length > 0 ? d : null;
}

export function EChart({
  chartId,
  option,
  label,
  onEvents,
  className,
  testId,
}: {
  chartId: string;
  option: ECOption;
  label: string;
  onEvents?: Record<string, ChartEventHandler>;
  className?: string;
  testId?: string;
}): ReactNode {
  // Recorded after commit, as the real wrapper sets the option in an effect.
  useLayoutEffect(() => {
    const previous = renderedCharts.get(chartId);
    renderedCharts.set(chartId, {
      option,
      label,
      onEvents: onEvents ?? {},
      commits: (previous?.commits ?? 0) + 1,
    });
  }, [chartId, option, label, onEvents]);
  useLayoutEffect(() => () => void renderedCharts.delete(chartId), [chartId]);
  const d = description(option);
  return (
    <div
      role="img"
      aria-label={d ? `${label}. ${d}` : label}
      data-testid={testId}
      data-chart-id={chartId}
      className={`chart ${className ?? ''}`}
    />
  );
}

/** No ECharts instance exists in jsdom: exports see "no chart on screen", as for a table view. */
export function mountedChart(_chartId: string): MountedChart | undefined {
  return undefined;
}

export const CHARTS_READY_MARK = 'tongxin:charts-ready';
