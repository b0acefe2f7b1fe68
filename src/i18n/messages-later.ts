import type { Lang } from '../domain/view';
import { fillTemplate } from './i18n';

/**
 * Strings only the views loaded later need (the flow diagram's descriptions and table, the embed
 * page and the embed codes of the Cite panel): kept out of the first screen's catalogue, in the
 * chunks of the views that import this module. zh and en must have the same keys.
 */
export const laterMessages = {
  zh: {
    flowDescribe: '流向图：{count} 项行动，从 {types} 类组织经 {activities} 类行动流向 {regions} 个地区。',
    flowDescribeEmpty: '流向图：组织类型 → 行动类别 → 地区。',
    flowLinkNote:
      '每条连线的宽度是兼有两端的行动数；一项行动有几类组织或几类行动，就出现在几条连线里，节点上的数字是其行动数（每项只计一次）。',
    flowFrom: '从',
    flowTo: '到',
    flowStageTypeActivity: '组织类型 → 行动类别',
    flowStageActivityRegion: '行动类别 → 地区',
    embedCode: '嵌入代码：{name}',
    embedHint:
      '把这段 HTML 粘贴到网页中，即可单独显示该图及其标题、筛选条件和引用（宽度 320 像素起自适应）。',
    embedFrameTitle: '同心地图：{name}',
    embedOpenFull: '在同心地图中打开',
    embedSourceLabel: '来源',
    embedUnknown: '没有名为“{name}”的图表，显示地图。',
  },
  en: {
    flowDescribe:
      'Flow diagram of {count} efforts from {types} organisation types through {activities} activities to {regions} regions.',
    flowDescribeEmpty: 'Flow diagram: organisation type → activity → region.',
    flowLinkNote:
      'Each link is as wide as the number of efforts that combine its two ends; an effort with several organisation types or activities is in several links, and the number on a node counts its efforts once each.',
    flowFrom: 'From',
    flowTo: 'To',
    flowStageTypeActivity: 'Organisation type → activity',
    flowStageActivityRegion: 'Activity → region',
    embedCode: 'Embed code: {name}',
    embedHint:
      'Paste this HTML into a web page to show this chart alone, with its title, filters and citation (responsive from 320 px wide).',
    embedFrameTitle: 'Tongxin Atlas: {name}',
    embedOpenFull: 'Open in Tongxin Atlas',
    embedSourceLabel: 'Source',
    embedUnknown: 'There is no chart called “{name}”: showing the map.',
  },
} as const;

export type LaterMessageKey = keyof (typeof laterMessages)['zh'];

/** `translate` for the strings of views loaded later; `{name}` placeholders are filled as text. */
export function translateLater(
  lang: Lang,
  key: LaterMessageKey,
  params?: Record<string, string | number>,
): string {
  const template: string = laterMessages[lang][key];
  return params ? fillTemplate(template, params) : template;
}
