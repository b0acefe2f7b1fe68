import type { ReactNode } from 'react';
import type { ECOption } from '../../charts/echarts';
import { EChart, type ChartEventHandler } from '../../charts/chart';
import { MAP_CHART_ID } from '../../charts/chart-spec';
import type { Lang } from '../../domain/view';
import { translate } from '../../i18n/i18n';

/**
 * The map itself, in the map panel and in an embed: the boundaries' error, the drawn map, or a
 * loading box of the map's size while its option is being built.
 */
export function MapBody({
  status,
  error,
  option,
  title,
  onEvents,
  lang,
}: {
  status: 'pending' | 'error' | 'success';
  error: Error | null;
  option: ECOption | null;
  title: string;
  onEvents: Record<string, ChartEventHandler>;
  lang: Lang;
}): ReactNode {
  if (status === 'error') {
    return (
      <p className="status status--error" role="alert">
        {error?.message}
      </p>
    );
  }
  return option ? (
    <EChart
      chartId={MAP_CHART_ID}
      option={option}
      label={title}
      onEvents={onEvents}
      className="chart--map"
      testId={`chart-${MAP_CHART_ID}`}
    />
  ) : (
    <div className="chart chart--map chart--loading" role="status">
      {translate(lang, 'loading')}
    </div>
  );
}
