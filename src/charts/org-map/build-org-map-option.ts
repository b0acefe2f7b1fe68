import { joinList } from '../../i18n/i18n';
import type { ChartContext } from '../chart-context';
import { baseOption } from '../chart-common';
import type { ECOption } from '../echarts';
import { plainText } from '../plain-text';

/** Where an organisation took part: each region of the boundary map with its role there, if any. */
export interface OrgMapModel {
  /** Name the GeoJSON was registered under with `echarts.registerMap`. */
  mapName: string;
  /** The organisation's name in the interface language (for the description). */
  organisation: string;
  regions: Array<{
    code: string;
    /** display name, localized */ name: string;
    role: 'actor' | 'addressee' | null;
  }>;
}

/**
 * A small map of an organisation's regions: where it acted in the darkest colour, where it was only
 * addressed in a lighter one, the rest blank. Names only on its regions; no roaming, no selection.
 */
export function buildOrgMapOption(model: OrgMapModel, ctx: ChartContext): ECOption {
  const ramp = ctx.sequentialColors;
  const acted = model.regions.filter((r) => r.role === 'actor').map((r) => r.name);
  const addressed = model.regions.filter((r) => r.role === 'addressee').map((r) => r.name);
  const description = [
    acted.length ? `${ctx.t('orgMapActed')}${ctx.t('labelSep')}${joinList(acted, ctx.lang)}` : '',
    addressed.length ? `${ctx.t('orgMapAddressed')}${ctx.t('labelSep')}${joinList(addressed, ctx.lang)}` : '',
  ]
    .filter(Boolean)
    .join(ctx.t('clauseSep'));
  const fill = (role: 'actor' | 'addressee' | null): string =>
    role === 'actor'
      ? (ramp[ramp.length - 2] ?? '#08519c')
      : role === 'addressee'
        ? (ramp[1] ?? '#c6dbef')
        : ctx.notReportedColor;
  const byCode = new Map(model.regions.map((r) => [r.code, r]));
  return {
    ...baseOption(ctx, plainText(description || ctx.t('orgNone'))),
    series: [
      {
        type: 'map',
        map: model.mapName,
        nameProperty: 'code',
        roam: false,
        silent: true,
        selectedMode: false,
        left: '2%',
        right: '2%',
        top: '2%',
        bottom: '2%',
        data: model.regions.map((r) => ({
          name: r.code,
          value: r.role === null ? 0 : 1,
          itemStyle: { areaColor: fill(r.role) },
          label: { show: r.role !== null },
        })),
        itemStyle: { borderColor: '#ffffff', borderWidth: 0.6 },
        label: {
          show: false,
          fontSize: ctx.compact ? 9 : 10,
          color: ctx.textColor,
          textBorderColor: '#ffffff',
          textBorderWidth: 2,
          formatter: (p: { name: string }): string => plainText(byCode.get(p.name)?.name ?? '', 24),
        },
        labelLayout: { hideOverlap: true },
      },
    ],
  };
}
