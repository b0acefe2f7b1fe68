import type { DatasetError } from '../data/parse-dataset';
import type { Lang } from '../store/view-state';

/**
 * A located problem in an imported file. Issues carry a `code` and `params`, never a finished
 * sentence, so the interface renders each one in Chinese or English (see `formatIssue`). Values
 * from the file are kept as plain strings (clipped) and are only ever rendered as text.
 */
export type IssueLocation =
  | { kind: 'file' }
  /** A JSON path such as `efforts[3].measures[1].unit`. */
  | { kind: 'path'; path: string }
  /** A spreadsheet row (the header is row 1, the first data row is row 2) and optionally a column. */
  | { kind: 'row'; row: number; column?: string };

export type IssueCode =
  | 'fileTooLarge'
  | 'fileEmpty'
  | 'unsupportedType'
  | 'jsonSyntax'
  | 'csvSyntax'
  | 'tooMany'
  | 'textTooLong'
  | 'missingColumn'
  | 'unknownColumn'
  | 'duplicateColumn'
  | 'required'
  | 'notOneOf'
  | 'badNumber'
  | 'badDate'
  | 'badCode'
  | 'badId'
  | 'countMismatch'
  /** organisation_type_reasons_*: one reason per "inferred" organisation. */
  | 'reasonCount'
  /** organisation_roles: every effort has at least one actor. */
  | 'noActor'
  /** value given for an approx figure (which has value_low/value_high instead). */
  | 'approxValue'
  /** value_low/value_high given for an exact or at-least figure. */
  | 'rangeOnlyApprox'
  | 'conflict'
  | 'dataset'
  | 'idTaken'
  | 'moreIssues'
  /** The importer's safety net caught an exception (a bug): reported, never thrown. */
  | 'unexpected';

export interface ImportIssue {
  location: IssueLocation;
  code: IssueCode;
  params: Record<string, string | number>;
}

/** At most this many issues are reported (then one "and N more" line). */
export const MAX_ISSUES = 50;

export const fileIssue = (code: IssueCode, params: ImportIssue['params'] = {}): ImportIssue => ({
  location: { kind: 'file' },
  code,
  params,
});

/** Show at most 60 characters of a value from the file (as text). */
export function clip(value: string, max = 60): string {
  const chars = [...value];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : value;
}

/** Keep the first MAX_ISSUES issues and say how many more there were. */
export function capIssues(issues: ImportIssue[]): ImportIssue[] {
  if (issues.length <= MAX_ISSUES) return issues;
  return [...issues.slice(0, MAX_ISSUES), fileIssue('moreIssues', { count: issues.length - MAX_ISSUES })];
}

/** Errors of `parseDatasetJson` (English sentences located by a JSON path) as issues. */
export function fromDatasetErrors(errors: readonly DatasetError[]): ImportIssue[] {
  return errors.map((e) => ({
    location: e.path === '(file)' || e.path === '(root)' ? { kind: 'file' } : { kind: 'path', path: e.path },
    code: e.path === '(file)' ? 'jsonSyntax' : 'dataset',
    params: { message: e.message.replace(/^not valid JSON: /, '') },
  }));
}

const WHAT: Record<string, { zh: string; en: string }> = {
  efforts: { zh: '行动', en: 'efforts' },
  measures: { zh: '数据项', en: 'measures' },
  organisations: { zh: '组织', en: 'organisations' },
  regions: { zh: '地区', en: 'regions' },
  units: { zh: '单位', en: 'units' },
  organisationTypes: { zh: '组织类型', en: 'organisation types' },
  activities: { zh: '行动类别', en: 'activities' },
  rows: { zh: '数据行', en: 'rows' },
  columns: { zh: '列', en: 'columns' },
  datasets: { zh: '导入的数据集', en: 'imported datasets' },
};

function what(key: string | number | undefined, lang: Lang): string {
  const entry = WHAT[String(key)];
  return entry ? entry[lang] : String(key);
}

/** 5242880 → "5.0 MB"; small sizes in KB. */
export function formatBytes(n: string | number | undefined): string {
  const mb = Number(n) / (1024 * 1024);
  return mb >= 0.1 ? `${mb.toFixed(1)} MB` : `${Math.max(1, Math.round(Number(n) / 1024))} KB`;
}

/**
 * The English sentences of `parseDatasetJson` (src/data/parse-dataset.ts and the zod schema), in
 * Chinese. Unknown sentences are shown in English rather than guessed.
 */
const DATASET_PATTERNS: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
  [/^expected one of (.+), got (.+)$/s, (m) => `应为以下之一：${m[1]}；实际为${received(m[2] ?? '')}`],
  [/^expected (\w+), got (.+)$/s, (m) => `应为${typeName(m[1] ?? '')}，实际为${received(m[2] ?? '')}`],
  [/^unknown fields? (.+)$/s, (m) => `未知字段 ${m[1]}`],
  [/^expected at least (\d+) items?$/, (m) => `至少应有 ${m[1]} 项`],
  [/^expected a non-empty string$/, () => '应为非空文本'],
  [/^expected a number ≥ 0$/, () => '应为不小于 0 的数字'],
  [/^expected a six-digit GB\/T 2260 region code/, () => '应为六位 GB/T 2260 行政区划代码，如 "510100"'],
  [/^expected a date as YYYY-MM-DD$/, () => '应为 YYYY-MM-DD 格式的日期'],
  [/^expected a real calendar date$/, () => '应为真实存在的日期'],
  [/^expected an id of lower-case letters/, () => '应为由小写字母、数字和连字符组成的标识'],
  [/^expected null for a "since" date$/, () => '“since”（以来）类日期的 end 应为 null'],
  [/^expected a date for kind "(.+)"$/, (m) => `类型为“${m[1]}”时应有结束日期`],
  [/^expected end = start for kind "on"$/, () => '类型为“on”时结束日期应等于开始日期'],
  [/^expected end on or after start$/, () => '结束日期不应早于开始日期'],
  [/^expected an http\(s\) URL$/, () => '应为 http(s) 网址'],
  [/^expected an ISO 8601 date-time with offset$/, () => '应为带时区的 ISO 8601 日期时间'],
  [/^expected at least one organisation$/, () => '至少应有一个组织'],
  [/^expected at least one activity$/, () => '至少应有一个行动类别'],
  [/^duplicate id "(.*)"$/s, (m) => `重复的标识“${m[1]}”`],
  [/^unknown region code "(.*)"$/s, (m) => `未知的地区代码“${m[1]}”`],
  [/^a province has no parent; every other region has one$/, () => '省级地区没有上级，其他地区必须有上级'],
  [/^unknown organisation type "(.*)"$/s, (m) => `未知的组织类型“${m[1]}”`],
  [/^unknown organisation id "(.*)"$/s, (m) => `未知的组织标识“${m[1]}”`],
  [/^unknown activity "(.*)"$/s, (m) => `未知的行动类别“${m[1]}”`],
  [/^unknown unit "(.*)"$/s, (m) => `未知的单位“${m[1]}”`],
  [/^the figure does not occur in its quote$/, () => '数字原文（figure）未出现在引文（quote）中'],
];

function typeName(t: string): string {
  return (
    (
      { string: '文本', number: '数字', object: '对象', array: '列表', boolean: '布尔值' } as Record<
        string,
        string
      >
    )[t] ?? t
  );
}

function received(text: string): string {
  if (text === 'nothing (the field is missing)') return '缺失（没有该字段）';
  if (text === 'a list') return '列表';
  if (text === 'an object') return '对象';
  if (text === 'null') return 'null';
  const quoted = /^the text (.*)$/s.exec(text);
  if (quoted) return `文本 ${quoted[1] ?? ''}`;
  const other = /^the (\w+) (.*)$/s.exec(text);
  if (other) return `${typeName(other[1] ?? '')} ${other[2] ?? ''}`;
  return text;
}

export function localizeDatasetMessage(message: string, lang: Lang): string {
  if (lang === 'en') return message;
  for (const [pattern, render] of DATASET_PATTERNS) {
    const m = message.match(pattern);
    if (m) return render(m);
  }
  return message;
}

type Params = ImportIssue['params'];
const MESSAGES: Record<IssueCode, Record<Lang, (p: Params, lang: Lang) => string>> = {
  fileTooLarge: {
    zh: (p) => `文件过大（${formatBytes(p.size)}），上限为 ${formatBytes(p.max)}`,
    en: (p) => `the file is too large (${formatBytes(p.size)}); the limit is ${formatBytes(p.max)}`,
  },
  fileEmpty: { zh: () => '文件为空', en: () => 'the file is empty' },
  unsupportedType: {
    zh: (p) => `无法识别文件“${p.name}”的格式：应为 .json 或 .csv 文件`,
    en: (p) => `cannot tell the format of "${p.name}": expected a .json or .csv file`,
  },
  jsonSyntax: {
    zh: (p) => `不是有效的 JSON：${p.message}`,
    en: (p) => `not valid JSON: ${p.message}`,
  },
  csvSyntax: {
    zh: (p) => `CSV 格式错误：${p.message}`,
    en: (p) => `malformed CSV: ${p.message}`,
  },
  tooMany: {
    zh: (p, l) => `${what(p.what, l)}过多（${p.count}），上限为 ${p.max}`,
    en: (p, l) => `too many ${what(p.what, l)} (${p.count}); the limit is ${p.max}`,
  },
  textTooLong: {
    zh: (p) => `文本过长（${p.length} 个字符），上限为 ${p.max}`,
    en: (p) => `the text is too long (${p.length} characters); the limit is ${p.max}`,
  },
  missingColumn: {
    zh: (p) => `缺少必需的列“${p.column}”`,
    en: (p) => `the required column "${p.column}" is missing`,
  },
  unknownColumn: {
    zh: (p) => `未知的列“${p.column}”；可用的列见模板 CSV`,
    en: (p) => `unknown column "${p.column}"; see the template CSV for the columns`,
  },
  duplicateColumn: {
    zh: (p) => `列“${p.column}”出现了不止一次`,
    en: (p) => `the column "${p.column}" appears more than once`,
  },
  required: { zh: () => '此处不能为空', en: () => 'expected a value, found an empty cell' },
  notOneOf: {
    zh: (p) => `应为以下之一：${p.allowed}；实际为“${p.value}”`,
    en: (p) => `expected one of ${p.allowed}; got "${p.value}"`,
  },
  badNumber: {
    zh: (p) => `应为不小于 0 的数字（如 16800 或 16,800）；实际为“${p.value}”`,
    en: (p) => `expected a number ≥ 0 (such as 16800 or 16,800); got "${p.value}"`,
  },
  badDate: {
    zh: (p) => `应为 YYYY-MM-DD 格式的真实日期；实际为“${p.value}”`,
    en: (p) => `expected a real date as YYYY-MM-DD; got "${p.value}"`,
  },
  badCode: {
    zh: (p) => `应为六位行政区划代码（如 510100）；实际为“${p.value}”`,
    en: (p) => `expected a six-digit region code (such as 510100); got "${p.value}"`,
  },
  badId: {
    zh: (p) => `应为由小写字母、数字和连字符组成的标识；实际为“${p.value}”`,
    en: (p) => `expected an id of lower-case letters, digits and hyphens; got "${p.value}"`,
  },
  countMismatch: {
    zh: (p) => `应有 1 个或 ${p.expected} 个以分号分隔的值；实际为 ${p.count} 个`,
    en: (p) => `expected 1 or ${p.expected} values separated by ";"; got ${p.count}`,
  },
  reasonCount: {
    zh: (p) => `应为每个类型依据为 inferred 的组织各写一条理由，共 ${p.expected} 条；实际为 ${p.count} 条`,
    en: (p) =>
      `expected one reason per organisation whose type basis is "inferred" (${p.expected}); got ${p.count}`,
  },
  noActor: {
    zh: () => '至少应有一个组织的角色为 actor（行动者）',
    en: () => 'expected at least one organisation with the role "actor"',
  },
  approxValue: {
    zh: () => '约数（approx，如“数千”）没有单一数值：请把范围填在 value_low 与 value_high 中，value 留空',
    en: () =>
      'an approximate figure (such as 数千) has no single value: give value_low (and value_high), leave value empty',
  },
  rangeOnlyApprox: {
    zh: () => '只有约数（approx）才有 value_low 与 value_high；确数和下限请填 value',
    en: () =>
      'only an approximate figure has value_low and value_high; an exact or at-least figure has value',
  },
  conflict: {
    zh: (p) => `与第 ${p.row} 行（同一行动“${p.effort}”）的值不一致`,
    en: (p) => `differs from row ${p.row} (the same effort "${p.effort}")`,
  },
  dataset: {
    zh: (p) => localizeDatasetMessage(String(p.message), 'zh'),
    en: (p) => String(p.message),
  },
  idTaken: {
    zh: (p) => `数据集标识“${p.id}”已被内置数据集使用，请改用其他标识`,
    en: (p) => `the dataset id "${p.id}" is used by the bundled dataset; choose another id`,
  },
  unexpected: {
    zh: (p) => `读取文件时发生意外错误：${p.message}`,
    en: (p) => `an unexpected error occurred while reading the file: ${p.message}`,
  },
  moreIssues: {
    zh: (p) => `另有 ${p.count} 个问题未列出`,
    en: (p) => `${p.count} more problems not listed`,
  },
};

export function formatLocation(location: IssueLocation, lang: Lang): string {
  switch (location.kind) {
    case 'file':
      return '';
    case 'path':
      return `${location.path}${lang === 'zh' ? '：' : ': '}`;
    case 'row':
      if (lang === 'zh') {
        return location.column
          ? `第 ${location.row} 行，“${location.column}”列：`
          : `第 ${location.row} 行：`;
      }
      return location.column ? `row ${location.row}, column "${location.column}": ` : `row ${location.row}: `;
  }
}

/** One issue as a line of text in the interface language, e.g. `row 12, column "unit": expected one of …`. */
export function formatIssue(issue: ImportIssue, lang: Lang): string {
  return `${formatLocation(issue.location, lang)}${MESSAGES[issue.code][lang](issue.params, lang)}`;
}
