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

/**
 * The one component that touches ECharts. It sets each new option in full (`notMerge`) and marks
 * the container `data-render-finished="true"` when ECharts reports its `finished` event, so tests
 * and benchmarks wait for drawing, not for timers.
 */
export function EChart({
  option,
  label,
  onEvents,
  className,
  testId,
}: {
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
    // The container carries its instance so browser tests and exports can reach it without globals.
    if (box.current) (box.current as ChartContainer).echartsInstance = instance;
    const done = (): void => {
      box.current?.setAttribute('data-render-finished', 'true');
      markWhenAllDrawn();
    };
    instance.on('finished', done);
    return () => {
      instance.off('finished', done);
    };
  }, [instance]);

  useEffect(() => {
    if (!instance || instance.isDisposed()) return;
    box.current?.setAttribute('data-render-finished', 'false');
    instance.setOption(option, { notMerge: true });
  }, [instance, option, partsReady]);

  const description = describedBy(option);
  return (
    <div
      ref={box}
      className={`chart ${className ?? ''}`}
      role="img"
      aria-label={description ? `${label}. ${description}` : label}
      data-render-finished="false"
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

/** The chart instance of a rendered EChart container (for exports). */
export function chartInstanceOf(container: HTMLElement): EChartsInstance | undefined {
  return (container as ChartContainer).echartsInstance;
}
