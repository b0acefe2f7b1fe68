import type { ComponentType } from 'react';
import type { MessageKey } from '../i18n/messages';
import type { VisibleSet } from '../store/visible-set';
import type { ChartEventHandler } from './chart';
import type { ChartContext } from './chart-context';
import type { ECOption } from './echarts';

/**
 * What the registry knows of a chart before its code is loaded: enough for the tab, its label, the
 * export title and the test lists. Adding a chart = one folder with an `index.ts` exporting a
 * `ChartSpec`, one line in `registry.ts`, and its messages.
 */
export interface ChartSpec {
  /** Tab id in the URL (`?tab=`), chart id for exports (`mountedChart(id)`) and tests (`chart-<id>`). */
  id: string;
  /** Message key of the tab label and of the chart's name in export titles. */
  label: MessageKey;
  /** Whether the chart draws the map's metric (its export title then names the metric). */
  showsMetric: boolean;
  /** How many loaded datasets the chart needs to be offered (default 1; compare needs 2). */
  minDatasets?: number;
  /** The chart's view and the ECharts parts it needs, on demand. */
  load: () => Promise<{ View: ComponentType<ChartViewProps> }>;
  /**
   * The view itself, for the chart of the first screen only: it is then in the entry chunk and is
   * rendered without Suspense (React holds a Suspense reveal back for 300 ms after its fallback).
   */
  View?: ComponentType<ChartViewProps>;
}

export interface ChartViewProps {
  visible: VisibleSet;
}

/**
 * The parts of a standard chart: a model derived from the visible set (a hook, so it may read the
 * view state; the derivation itself is a pure aggregate), a pure option builder, the table that
 * is its accessible alternative, and what a click does.
 */
export interface ChartParts<M> {
  useModel: (visible: VisibleSet) => M;
  buildOption: (model: M, ctx: ChartContext) => ECOption;
  Table: ComponentType<{ model: M; visible: VisibleSet }>;
  useEvents: (model: M, visible: VisibleSet) => Record<string, ChartEventHandler>;
  className?: string;
  /** The height (px) the chart needs for this model, when it may need more than its CSS height. */
  minHeight?: (model: M, ctx: ChartContext) => number;
}

/** The chart id of the map (exports ask the chart wrapper for it by this id). */
export const MAP_CHART_ID = 'map';

/** The string field of a clicked data item (ECharts hands the item back as `params.data`). */
export function clickedField(params: unknown, key: string): string | null {
  const data = (params as { data?: Record<string, unknown> }).data;
  const v = data?.[key];
  return typeof v === 'string' ? v : null;
}
