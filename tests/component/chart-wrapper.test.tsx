import { act, render, screen } from '@testing-library/react';
import { useEffect, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { EChart, mountedChart } from '../../src/charts/chart';
import type { ECOption } from '../../src/charts/echarts';

/**
 * The real wrapper around a fake ECharts instance (jsdom has no canvas): what the wrapper asks of
 * ECharts, and what it tells tests and exports. Drawing itself is covered in Chromium.
 */
type Listener = () => void;
interface FakeInstance {
  setOption: ReturnType<typeof vi.fn>;
  on: (event: string, fn: Listener) => void;
  off: (event: string, fn: Listener) => void;
  isDisposed: () => boolean;
  emit: (event: string) => void;
  /** Listeners of an event still attached. */
  count: (event: string) => number;
  disposed: boolean;
}

const created: FakeInstance[] = [];
const lastProps: { onEvents?: unknown } = {};
/** How many options each instance had been given when its ready callback returned. */
const optionsAtReady: number[] = [];
/** When true, fake instances emit `finished` inside setOption, as ECharts may. */
let finishInsideSetOption = false;

function fakeInstance(): FakeInstance {
  const listeners = new Map<string, Set<Listener>>();
  const inst: FakeInstance = {
    setOption: vi.fn(() => {
      if (finishInsideSetOption) inst.emit('finished');
    }),
    on: (event, fn) => {
      const set = listeners.get(event) ?? new Set();
      set.add(fn);
      listeners.set(event, set);
    },
    off: (event, fn) => void listeners.get(event)?.delete(fn),
    isDisposed: () => inst.disposed,
    emit: (event) => listeners.get(event)?.forEach((fn) => fn()),
    count: (event) => listeners.get(event)?.size ?? 0,
    disposed: false,
  };
  return inst;
}

vi.mock('echarts-for-react/esm/core', () => ({
  default: function FakeECharts(props: {
    onChartReady: (inst: FakeInstance) => void;
    onEvents?: unknown;
  }): ReactNode {
    lastProps.onEvents = props.onEvents;
    const { onChartReady } = props;
    useEffect(() => {
      const inst = fakeInstance();
      created.push(inst);
      onChartReady(inst);
      optionsAtReady.push(inst.setOption.mock.calls.length);
      return () => {
        inst.disposed = true;
      };
    }, [onChartReady]);
    return null;
  },
}));

const optionA: ECOption = {
  series: [{ type: 'bar', data: [1, 2] }],
  aria: { label: { description: 'Two bars.' } },
};
const optionB: ECOption = { series: [{ type: 'bar', data: [3] }] };

describe('EChart (the one wrapper)', () => {
  it('replaces the whole option on every change (notMerge), so dropped series disappear', () => {
    const click = vi.fn();
    const onEvents = { click };
    const { rerender } = render(
      <EChart
        chartId="region"
        option={optionA}
        label="By region"
        onEvents={onEvents}
        testId="chart-region"
      />,
    );
    const inst = created.at(-1)!;
    expect(inst.setOption).toHaveBeenLastCalledWith(optionA, { notMerge: true });
    rerender(
      <EChart
        chartId="region"
        option={optionB}
        label="By region"
        onEvents={onEvents}
        testId="chart-region"
      />,
    );
    expect(inst.setOption).toHaveBeenLastCalledWith(optionB, { notMerge: true });
    expect(
      inst.setOption.mock.calls.every((call) => (call[1] as { notMerge?: boolean }).notMerge === true),
    ).toBe(true);
    // Click handlers reach ECharts unchanged.
    expect(lastProps.onEvents).toBe(onEvents);
  });

  it("marks the container drawn on ECharts' finished event, and not drawn again for a new option", () => {
    const { rerender } = render(
      <EChart chartId="type" option={optionA} label="By type" testId="chart-type" />,
    );
    const box = screen.getByTestId('chart-type');
    const inst = created.at(-1)!;
    expect(box).toHaveAttribute('data-render-finished', 'false');
    act(() => inst.emit('finished'));
    expect(box).toHaveAttribute('data-render-finished', 'true');
    expect(mountedChart('type')?.finished).toBe(true);
    rerender(<EChart chartId="type" option={optionB} label="By type" testId="chart-type" />);
    expect(box).toHaveAttribute('data-render-finished', 'false');
    expect(mountedChart('type')?.finished).toBe(false);
  });

  it('registers its instance under its chart id while mounted (exports ask by id)', () => {
    const { unmount } = render(<EChart chartId="matrix" option={optionA} label="Heat-map" />);
    const inst = created.at(-1)!;
    expect(mountedChart('matrix')?.instance).toBe(inst);
    expect(mountedChart('map')).toBeUndefined();
    unmount();
    expect(mountedChart('matrix')).toBeUndefined();
  });

  it('is at least as tall as asked (a category axis that needs more room), and no taller otherwise', () => {
    const { rerender } = render(
      <EChart chartId="type" option={optionA} label="By type" testId="chart-type" minHeight={522} />,
    );
    expect(screen.getByTestId('chart-type').style.minHeight).toBe('522px');
    rerender(<EChart chartId="type" option={optionA} label="By type" testId="chart-type" />);
    expect(screen.getByTestId('chart-type').style.minHeight).toBe('');
  });

  it("names the chart with its label and the builder's description", () => {
    render(<EChart chartId="region" option={optionA} label="By region" testId="chart-region" />);
    expect(screen.getByTestId('chart-region')).toHaveAccessibleName('By region. Two bars.');
    expect(screen.getByTestId('chart-region')).toHaveAttribute('data-chart-id', 'region');
  });

  it('sets the first option in the ready callback, once (not again after React renders)', () => {
    render(<EChart chartId="region" option={optionA} label="By region" />);
    const inst = created.at(-1)!;
    expect(optionsAtReady.at(-1)).toBe(1);
    expect(inst.setOption).toHaveBeenCalledTimes(1);
    expect(inst.setOption).toHaveBeenCalledWith(optionA, { notMerge: true });
  });

  it('listens for finished before the first option is set (it may follow at once)', () => {
    finishInsideSetOption = true;
    try {
      render(<EChart chartId="type" option={optionA} label="By type" testId="chart-type" />);
    } finally {
      finishInsideSetOption = false;
    }
    expect(created.at(-1)!.setOption).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('chart-type')).toHaveAttribute('data-render-finished', 'true');
    expect(mountedChart('type')?.finished).toBe(true);
  });

  it('is found under its new id when the id changes and the instance stays (a tab of the same kind)', () => {
    const { rerender, unmount } = render(<EChart chartId="region" option={optionA} label="By region" />);
    const inst = created.at(-1)!;
    rerender(<EChart chartId="type" option={optionA} label="By type" />);
    expect(created.at(-1)).toBe(inst);
    expect(mountedChart('type')?.instance).toBe(inst);
    expect(mountedChart('region')).toBeUndefined();
    expect(inst.count('finished')).toBe(1);
    unmount();
    expect(mountedChart('type')).toBeUndefined();
    // Unmounted, it leaves no listener on the instance.
    expect(inst.count('finished')).toBe(0);
  });
});
