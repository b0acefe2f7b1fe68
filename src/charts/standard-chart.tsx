import { useMemo, type ComponentType, type ReactNode } from 'react';
import { translate } from '../i18n/i18n';
import { useAtlasStore } from '../store/store';
import { useLang } from '../store/visible-set';
import { EChart } from './chart';
import type { ChartParts, ChartSpec, ChartViewProps } from './chart-spec';
import { useChartContext } from './use-chart-context';

/**
 * The view of a standard chart: model → option → the one ECharts wrapper, or the table when the
 * user asked for tables. Every chart of the registry that needs no extra controls uses this.
 */
export function standardChartView<M>(
  spec: Pick<ChartSpec, 'id' | 'label'>,
  parts: ChartParts<M>,
): ComponentType<ChartViewProps> {
  const { useModel, buildOption, Table, useEvents, className, minHeight } = parts;
  function StandardChart({ visible }: ChartViewProps): ReactNode {
    const lang = useLang();
    const ctx = useChartContext();
    const presentation = useAtlasStore((s) => s.view.presentation);
    const model = useModel(visible);
    const option = useMemo(() => buildOption(model, ctx), [model, ctx]);
    const onEvents = useEvents(model, visible);
    const height = useMemo(() => minHeight?.(model, ctx), [model, ctx]);
    if (presentation === 'table') return <Table model={model} visible={visible} />;
    return (
      <EChart
        chartId={spec.id}
        option={option}
        label={translate(lang, spec.label)}
        onEvents={onEvents}
        className={className}
        testId={`chart-${spec.id}`}
        minHeight={height}
      />
    );
  }
  StandardChart.displayName = `Chart(${spec.id})`;
  return StandardChart;
}
