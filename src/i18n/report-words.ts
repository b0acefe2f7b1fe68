import { memberById } from '../aggregates/union';
import type { Dataset, EffortRecord } from '../data/model';
import { reportsByRegion } from '../aggregates/union';
import type { Lang } from '../domain/view';
import { joinList } from './i18n';

/** A report's title, short enough for a tooltip line. */
function shortTitle(title: string): string {
  const chars = [...title];
  return chars.length > 16 ? `${chars.slice(0, 15).join('')}…` : title;
}

/**
 * In the union of reports: each region's reports in words with their effort counts
 * ("同心抗疫:四川统一战线在行动(二) 9、测试数据… 2"), for tooltips. Empty for one report.
 */
export function reportsByRegionInWords(
  dataset: Dataset,
  efforts: readonly EffortRecord[],
  level: 'prefecture' | 'region',
  lang: Lang,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const [code, list] of reportsByRegion(dataset, efforts, level)) {
    const words = list.map(({ id, count }) => {
      const title = memberById(dataset, id)?.title[lang] ?? id;
      return `${shortTitle(title)} ${count}`;
    });
    out.set(code, joinList(words, lang));
  }
  return out;
}
