import { isDatasetErrorCode } from '../data/dataset-errors';
import type { Lang } from '../domain/view';
import type { Draft, DraftIssue } from '../workbench/draft-types';
import { fillTemplate } from './i18n';
import { formatDatasetError } from './messages-validation';

/**
 * A draft's problems in words (issue 14): the workbench's own checks (`draft*` codes, whole
 * sentences that say what to do) and the import's errors (the data layer's wording, after the name
 * of the field they are in). Also why an exported file cannot be re-opened. Only the workbench's
 * chunk imports this.
 */
type Words = Record<Lang, string>;

const DRAFT: Record<string, Words> = {
  draftEmpty: {
    zh: '还没有行动：在原文中选中一段，新建第一项行动',
    en: 'No efforts yet: select a passage of the text to make the first one',
  },
  draftNoRegion: { zh: '请选择地区', en: 'Choose a region' },
  draftNoActor: {
    zh: '请选择或新建至少一个行动的组织',
    en: 'Choose or create at least one organisation that acted',
  },
  draftNoActivity: { zh: '请选择至少一个行动类别', en: 'Choose at least one activity' },
  draftNoSummary: { zh: '请填写{language}摘要', en: 'Write the summary in {language}' },
  draftNoSummaryAny: { zh: '请填写摘要', en: 'Write the summary' },
  draftFigureNoUnit: { zh: '请选择单位', en: 'Choose a unit' },
  draftFigureNoLabel: {
    zh: '请用{language}写明计数的是什么',
    en: 'Say in {language} what is counted',
  },
  draftFigureNoLabelAny: { zh: '请写明计数的是什么', en: 'Say what is counted' },
  draftNoText: {
    zh: '文件没有附带报告全文（source.text），无法继续标注：请选择工作台导出的 JSON，或 CSV 与其 .txt 原文',
    en: "the file does not carry the report's text (source.text), so marking cannot continue: choose a JSON exported by the workbench, or a CSV with its .txt",
  },
  draftQuoteNotFound: {
    zh: '{path} 的引文不在全文中：“{quote}”',
    en: 'the quote of {path} is not in the text: “{quote}”',
  },
  draftFigureNotFound: {
    zh: '{path} 的数字“{figure}”不在其引文中',
    en: 'the figure “{figure}” of {path} is not in its quote',
  },
};

const LANGUAGE: Record<Lang, Words> = {
  zh: { zh: '中文', en: '英文' },
  en: { zh: 'Chinese', en: 'English' },
};

/** What a draft's field is called (the draft's words: `regionCode`, `summary.en`, `figures.unit`…). */
const FIELDS: Record<string, Words> = {
  efforts: { zh: '行动', en: 'Efforts' },
  span: { zh: '引文', en: 'Quote' },
  regionCode: { zh: '地区', en: 'Region' },
  placeCodes: { zh: '其他地点', en: 'Further places' },
  organisationIds: { zh: '行动的组织', en: 'Organisations that acted' },
  addresseeIds: { zh: '倡议对象', en: 'Addressed to' },
  activities: { zh: '行动类别', en: 'Activities' },
  date: { zh: '日期', en: 'Date' },
  'summary.zh': { zh: '中文摘要', en: 'Summary (Chinese)' },
  'summary.en': { zh: '英文摘要', en: 'Summary (English)' },
  figures: { zh: '数据', en: 'Figures' },
  'figures.span': { zh: '数字', en: 'Figure' },
  'figures.quoteSpan': { zh: '数据的引文', en: "Figure's quote" },
  'figures.unit': { zh: '单位', en: 'Unit' },
  'figures.value': { zh: '数值', en: 'Value' },
  'figures.low': { zh: '下限', en: 'Lower bound' },
  'figures.high': { zh: '上限', en: 'Upper bound' },
  'figures.label.zh': { zh: '计数对象（中文）', en: 'What is counted (Chinese)' },
  'figures.label.en': { zh: '计数对象（英文）', en: 'What is counted (English)' },
  'title.zh': { zh: '标题（中文）', en: 'Title (Chinese)' },
  'title.en': { zh: '标题（英文）', en: 'Title (English)' },
  'source.title': { zh: '标题（中文）', en: 'Title (Chinese)' },
  'source.titleEn': { zh: '标题（英文）', en: 'Title (English)' },
  'source.publisher.zh': { zh: '发布机构（中文）', en: 'Publisher (Chinese)' },
  'source.publisher.en': { zh: '发布机构（英文）', en: 'Publisher (English)' },
  'source.url': { zh: '网址', en: 'URL' },
  'source.publishedAt': { zh: '发布时间', en: 'Published' },
  'source.language': { zh: '报告语言', en: 'Language of the report' },
  'name.zh': { zh: '名称（中文）', en: 'Name (Chinese)' },
  'name.en': { zh: '名称（英文）', en: 'Name (English)' },
  type: { zh: '组织类型', en: 'Organisation type' },
  'typeBasis.reason': { zh: '类型的依据', en: 'Why this type' },
};

/** The name of a draft's field in the interface language (the field as written when unknown). */
export function fieldName(field: string, lang: Lang): string {
  const exact = FIELDS[field];
  if (exact) return exact[lang];
  // `date.start`, `date.span` → date; `typeBasis.reason.zh` → why this type.
  const head = Object.keys(FIELDS)
    .filter((k) => field.startsWith(`${k}.`))
    .sort((a, b) => b.length - a.length)[0];
  return head ? FIELDS[head]![lang] : field;
}

/** The problem in words: what to do (draft checks), or the field and the import's message. */
export function describeDraftIssue(issue: DraftIssue, lang: Lang, draft?: Draft): string {
  // A check about one language names it; without one, the words that need none.
  const language = LANGUAGE[lang][issue.params.lang as Lang] as string | undefined;
  const own = (language === undefined ? DRAFT[`${issue.code}Any`] : undefined) ?? DRAFT[issue.code];
  let message: string;
  if (own) {
    message = fillTemplate(own[lang], { ...issue.params, language: language ?? '' });
  } else {
    const words = isDatasetErrorCode(issue.code)
      ? formatDatasetError({ code: issue.code, params: issue.params }, lang)
      : issue.code;
    message = issue.field ? `${fieldName(issue.field, lang)}${lang === 'zh' ? '：' : ': '}${words}` : words;
  }
  // A figure's problem names the figure ("300余人次"), as the list shows no figure otherwise.
  const figure = draft && issue.figureId !== null ? figureWords(draft, issue) : null;
  return figure ? `“${figure}”${lang === 'zh' ? '：' : ': '}${message}` : message;
}

function figureWords(draft: Draft, issue: DraftIssue): string | null {
  const effort = draft.efforts.find((e) => e.id === issue.effortId);
  const f = effort?.figures.find((x) => x.id === issue.figureId);
  return f ? draft.source.text.slice(f.span.start, f.span.end) : null;
}

/** Why an exported file cannot be continued in the workbench (`draftFromDatasetJson`'s failure). */
export function describeReopenFailure(
  failure: { code: string; params: Record<string, string | number> },
  lang: Lang,
): string {
  const own = DRAFT[failure.code];
  return own ? fillTemplate(own[lang], failure.params) : failure.code;
}
