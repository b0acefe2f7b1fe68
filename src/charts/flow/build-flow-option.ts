import type { FlowCounts, FlowLink } from '../../aggregates/flow';
import { translateLater } from '../../i18n/messages-later';
import type { Region, VocabularyEntry } from '../../data/schema';
import { joinList, joinSentences, pick } from '../../i18n/i18n';
import { shortRegionName } from '../../i18n/region-names';
import { lineWidth } from '../../i18n/script';
import type { ChartContext } from '../chart-context';
import { baseOption, effortCountText, firstParams, itemTooltip } from '../chart-common';
import type { ECOption } from '../echarts';
import { plainText } from '../plain-text';

/** What the flow diagram draws: the counts, and the vocabularies and regions that name their ids. */
export interface FlowModel {
  counts: FlowCounts;
  /** In vocabulary order (the order of the filter chips and their colours). */
  organisationTypes: readonly VocabularyEntry[];
  activities: readonly VocabularyEntry[];
  regionByCode: ReadonlyMap<string, Region>;
}

export type FlowKind = 'type' | 'activity' | 'region';

/** A node of the diagram: `name` is its unique key (`type:…`), `text` what is shown. */
export interface FlowNodeItem {
  name: string;
  kind: FlowKind;
  /** The type or activity id or region code (not `id`: ECharts would key the node by it). */
  ref: string;
  text: string;
  efforts: number;
  depth: number;
  itemStyle: { color: string };
}

export interface FlowLinkItem {
  source: string;
  target: string;
  value: number;
}

const KIND_DEPTH: Record<FlowKind, number> = { type: 0, activity: 1, region: 2 };
const nodeKey = (kind: FlowKind, id: string): string => `${kind}:${id}`;
/** Activities and regions are neutral: colour belongs to the organisation types. */
const ACTIVITY_COLOR = '#8a8a8a';
const REGION_COLOR = '#b3261e';

/** The nodes in reading order: types and activities in vocabulary order, regions by efforts. */
export function flowNodes(model: FlowModel, ctx: ChartContext): FlowNodeItem[] {
  const { lang } = ctx;
  const { counts } = model;
  const byId = (list: readonly { id: string; efforts: number }[]) =>
    new Map(list.map((n) => [n.id, n.efforts]));
  const typeCounts = byId(counts.types);
  const activityCounts = byId(counts.activities);
  const node = (kind: FlowKind, id: string, label: string, efforts: number, color: string): FlowNodeItem => ({
    name: nodeKey(kind, id),
    kind,
    ref: id,
    text: label,
    efforts,
    depth: KIND_DEPTH[kind],
    itemStyle: { color },
  });
  const types = model.organisationTypes.flatMap((t, i) => {
    const n = typeCounts.get(t.id);
    return n
      ? [node('type', t.id, pick(t, lang), n, ctx.categoryColors[i % ctx.categoryColors.length]!)]
      : [];
  });
  const activities = model.activities.flatMap((a) => {
    const n = activityCounts.get(a.id);
    return n ? [node('activity', a.id, pick(a, lang), n, ACTIVITY_COLOR)] : [];
  });
  const regions = [...counts.regions]
    .sort((a, b) => b.efforts - a.efforts)
    .map((r) => {
      const region = model.regionByCode.get(r.id);
      return node('region', r.id, region ? shortRegionName(region, lang) : r.id, r.efforts, REGION_COLOR);
    });
  // An id no vocabulary knows (an imported file may be inconsistent) is still drawn, under its id.
  const known = new Set([...types, ...activities].map((n) => n.name));
  const unknown = [
    ...counts.types
      .filter((t) => !known.has(nodeKey('type', t.id)))
      .map((t) => node('type', t.id, t.id, t.efforts, ACTIVITY_COLOR)),
    ...counts.activities
      .filter((a) => !known.has(nodeKey('activity', a.id)))
      .map((a) => node('activity', a.id, a.id, a.efforts, ACTIVITY_COLOR)),
  ];
  return [...types, ...activities, ...unknown, ...regions];
}

export function flowLinks(counts: FlowCounts): FlowLinkItem[] {
  const link =
    (fromKind: FlowKind, toKind: FlowKind) =>
    (l: FlowLink): FlowLinkItem => ({
      source: nodeKey(fromKind, l.from),
      target: nodeKey(toKind, l.to),
      value: l.efforts,
    });
  return [
    ...counts.typeActivity.map(link('type', 'activity')),
    ...counts.activityRegion.map(link('activity', 'region')),
  ];
}

function describe(model: FlowModel, nodes: readonly FlowNodeItem[], ctx: ChartContext): string {
  const { t, lang } = ctx;
  if (model.counts.total === 0)
    return joinSentences([translateLater(lang, 'flowDescribeEmpty'), t('chartNoEfforts')], lang);
  const label = new Map(nodes.map((n) => [n.name, n.text]));
  const top = flowLinks(model.counts)
    .sort((a, b) => b.value - a.value)
    .slice(0, 3)
    .map((l) => `${label.get(l.source) ?? l.source} → ${label.get(l.target) ?? l.target} ${l.value}`);
  return joinSentences(
    [
      translateLater(lang, 'flowDescribe', {
        count: model.counts.total,
        types: model.counts.types.length,
        activities: model.counts.activities.length,
        regions: model.counts.regions.length,
      }),
      translateLater(lang, 'flowLinkNote'),
      t('chartMost', { list: joinList(top, lang) }),
    ],
    lang,
  );
}

/**
 * Who → what → where as a Sankey diagram: organisation types, activities, regions (columns), each
 * link as wide as the number of efforts that combine its ends. Counts of efforts only: figures in
 * different units are never added. Names from data are plain text (never markup).
 */
export function buildFlowOption(model: FlowModel, ctx: ChartContext): ECOption {
  const { lang, t, compact } = ctx;
  const nodes = flowNodes(model, ctx);
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const links = flowLinks(model.counts);
  const labelWidth = compact ? 84 : 150;
  // On a phone a name wraps to two lines (a third of 360 px is too narrow for one); cut after that.
  const nameChars = compact ? lineWidth(lang, 10, 26) : lineWidth(lang, 10, 22);

  const tooltipFormatter = (params: unknown): string => {
    const p = firstParams(params) as { dataType?: string; data?: unknown };
    if (p.dataType === 'edge') {
      const l = p.data as FlowLinkItem;
      const from = byName.get(l.source);
      const to = byName.get(l.target);
      return [
        `${plainText(from?.text ?? '')} → ${plainText(to?.text ?? '')}`,
        effortCountText(l.value, lang),
      ].join('\n');
    }
    const n = p.data as FlowNodeItem | undefined;
    if (!n) return '';
    return [plainText(n.text), effortCountText(n.efforts, lang)].join('\n');
  };

  const empty = model.counts.total === 0;
  return {
    ...baseOption(ctx, describe(model, nodes, ctx)),
    tooltip: itemTooltip(ctx, tooltipFormatter),
    ...(empty
      ? {
          graphic: [
            {
              type: 'text',
              left: 'center',
              top: 'middle',
              style: { text: t('chartNoEfforts'), fill: ctx.mutedTextColor, fontSize: 14 },
            },
          ],
        }
      : {}),
    series: [
      {
        type: 'sankey',
        data: nodes,
        links,
        // Columns by kind, whatever links exist (a type with no activity still sits on the left).
        // No reordering: types and activities stay in vocabulary order (as the chips), regions by efforts.
        layoutIterations: 0,
        nodeAlign: 'justify',
        draggable: false,
        left: compact ? 4 : 8,
        right: labelWidth + 8,
        top: 8,
        bottom: 8,
        nodeWidth: compact ? 8 : 12,
        nodeGap: compact ? 12 : 6,
        emphasis: { focus: 'adjacency' },
        lineStyle: { color: 'source', opacity: 0.35, curveness: 0.5 },
        label: {
          position: 'right',
          fontSize: compact ? 9 : 11,
          color: ctx.textColor,
          textBorderColor: '#ffffff',
          textBorderWidth: 2,
          width: labelWidth,
          ...(compact ? { overflow: 'break', lineHeight: 10 } : { overflow: 'truncate', ellipsis: '…' }),
          formatter: (p: { data?: unknown }): string => {
            const n = p.data as FlowNodeItem | undefined;
            // The name is cut, never the count; the whole name is in the tooltip and the table.
            return n ? `${plainText(n.text, nameChars)} ${n.efforts}` : '';
          },
        },
      },
    ],
  };
}
