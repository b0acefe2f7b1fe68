import { membersOf, type Dataset, type DatasetMember } from '../data/model';
import type { Source } from '../data/schema';
import { citationDay, formatDay, languageNameKey } from '../i18n/format';
import { translate } from '../i18n/i18n';
import { serializeViewState } from '../store/url-state';
import type { Lang, ViewState } from '../domain/view';
import { localIsoDay, localTime } from './text';

/** The permalink of a view: the page address without query or hash, plus the view's query. */
export function permalinkFor(
  origin: string,
  pathname: string,
  view: ViewState,
  datasetId: string | null = null,
): string {
  return `${origin}${pathname}${serializeViewState(view, datasetId)}`;
}

/**
 * The source report, cited. zh: "四川统一战线网. 【同心抗疫】四川统一战线在行动(二). 2022-09-09.
 * http://www.sctyzx.gov.cn/ (来源：四川在线)."; en gives the English title in brackets and notes
 * that the text is in Chinese.
 */
export function sourceCitation(source: Source, lang: Lang): string {
  const reprint = source.reprintedFrom
    ? translate(lang, 'citeReprint', { name: source.reprintedFrom[lang] })
    : '';
  const language =
    source.language === lang
      ? ''
      : translate(lang, 'citeWrittenIn', { language: translate(lang, languageNameKey(source.language)) });
  return translate(lang, 'citeSourceText', {
    publisher: source.publisher[lang],
    title: source.title,
    titleEn: source.titleEn,
    day: citationDay(source.publishedAt.slice(0, 10), lang),
    url: source.url,
    reprint,
    language,
  });
}

/**
 * The dataset and its version, so that a figure cited from an export can be traced to the data as
 * it was (data/CHANGELOG.md): "数据集 sctyzx-2022-09-09-tongxin-2，版本 2.0.0" / "dataset
 * sctyzx-2022-09-09-tongxin-2, version 2.0.0". A file that gives no version says so.
 */
export function datasetVersionText(dataset: Pick<Dataset, 'id' | 'datasetVersion'>, lang: Lang): string {
  const version = dataset.datasetVersion;
  return version
    ? translate(lang, 'datasetVersioned', { id: dataset.id, version })
    : translate(lang, 'datasetUnversioned', { id: dataset.id });
}

/** "2025年1月2日 10:30" / "2 Jan 2025, 10:30": when a file was made (local time of the clock). */
export function exportDateText(now: Date, lang: Lang): string {
  const day = formatDay(localIsoDay(now), lang, { year: true });
  return translate(lang, 'dateTime', { day, time: localTime(now) });
}

/**
 * The current view, cited: app title, dataset with its version, the view in words, the permalink and
 * the access date. zh: "同心地图. 同心抗疫:四川统一战线在行动(二)（数据集 …，版本 2.0.0）：筛选：无；….
 * <permalink> (访问日期：2025年1月2日)."
 */
export function viewCitation(
  dataset: Dataset,
  viewWords: string,
  permalink: string,
  now: Date,
  lang: Lang,
  reports: readonly DatasetMember[] = membersOf(dataset),
): string {
  const app = translate(lang, 'appTitle');
  const accessed = translate(lang, 'accessed', { date: formatDay(localIsoDay(now), lang, { year: true }) });
  // Each report of the view with its dataset and version (several in the union of reports).
  const title = reports
    .map((m) => translate(lang, 'withNote', { text: m.title[lang], note: datasetVersionText(m, lang) }))
    .join(translate(lang, 'reportSep'));
  return `${app}. ${title}${translate(lang, 'labelSep')}${viewWords}. ${permalink} (${accessed}).`;
}
