import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { echarts, type ECOption } from './echarts';

type EChartsInstance = ReturnType<typeof echarts.init>;
export type ChartContainer = HTMLDivElement & { echartsInstance?: EChartsInstance };
export type ChartEventHandler = (params: unknown) => void;

const SIZE = { width: '100%', height: '100%' } as const;
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
  /** Accessible name of the chart (role="img"). */
  label: string;
  onEvents?: Record<string, ChartEventHandler>;
  className?: string;
  testId?: string;
}): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  const [instance, setInstance] = useState<EChartsInstance | null>(null);

  useEffect(() => {
    if (!instance) return;
    // The container carries its instance so browser tests and exports can reach it without globals.
    if (box.current) (box.current as ChartContainer).echartsInstance = instance;
    const done = (): void => box.current?.setAttribute('data-render-finished', 'true');
    instance.on('finished', done);
    return () => {
      instance.off('finished', done);
    };
  }, [instance]);

  useEffect(() => {
    if (!instance || instance.isDisposed()) return;
    box.current?.setAttribute('data-render-finished', 'false');
    instance.setOption(option, { notMerge: true });
  }, [instance, option]);

  return (
    <div
      ref={box}
      className={`chart ${className ?? ''}`}
      role="img"
      aria-label={label}
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

/** The chart instance of a rendered EChart container (for exports). */
export function chartInstanceOf(container: HTMLElement): EChartsInstance | undefined {
  return (container as ChartContainer).echartsInstance;
}
