import { isDatasetErrorCode } from '../data/dataset-errors';
import type { Lang } from '../domain/view';
import type { ImportIssue, ImportIssueCode, IssueLocation } from '../import/issues';
import { formatDatasetError } from './messages-validation';

/**
 * Import issues in words: each code's message in Chinese and English, and where in the file it is.
 * Issues carry a code and params, never a sentence; this is the only place they become text.
 */
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

type Params = ImportIssue['params'];
const MESSAGES: Record<ImportIssueCode, Record<Lang, (p: Params, lang: Lang) => string>> = {
  fileTooLarge: {
    zh: (p) => `文件过大（${formatBytes(p.size)}），上限为 ${formatBytes(p.max)}`,
    en: (p) => `the file is too large (${formatBytes(p.size)}); the limit is ${formatBytes(p.max)}`,
  },
  fileEmpty: { zh: () => '文件为空', en: () => 'the file is empty' },
  unsupportedType: {
    zh: (p) => `无法识别文件“${p.name}”的格式：应为 .json 或 .csv 文件`,
    en: (p) => `cannot tell the format of "${p.name}": expected a .json or .csv file`,
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
  badChoice: {
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
  unknownRegionCode: {
    zh: (p) => `“${p.value}”不是四川省、其市州或县级行政区划的代码（本应用的地区表，见边界数据）`,
    en: (p) =>
      `"${p.value}" is not the code of Sichuan, one of its prefectures or county-level divisions (the app's list of regions, from the boundary data)`,
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
  csvRangeOnlyApprox: {
    zh: () => '只有约数（approx）才有 value_low 与 value_high；确数和下限请填 value',
    en: () =>
      'only an approximate figure has value_low and value_high; an exact or at-least figure has value',
  },
  conflict: {
    zh: (p) => `与第 ${p.row} 行（同一行动“${p.effort}”）的值不一致`,
    en: (p) => `differs from row ${p.row} (the same effort "${p.effort}")`,
  },
  idTaken: {
    zh: (p) => `数据集标识“${p.id}”已被内置数据集使用，请改用其他标识`,
    en: (p) => `the dataset id "${p.id}" is used by the bundled dataset; choose another id`,
  },
  sourceTextAlone: {
    zh: (p) => `“${p.name}”是报告原文，不是数据集：请添加它所属的 CSV 或 JSON 文件（两个文件一起选择或拖放）`,
    en: (p) =>
      `"${p.name}" is a report text, not a dataset: add the CSV or JSON it belongs to (choose or drop both files together)`,
  },
  tooManyFiles: {
    zh: (p) =>
      `一次只能导入一个数据集文件（CSV 或 JSON），可另附一个报告原文（.txt 或 .md）；实际选择了 ${p.data} 个数据集文件和 ${p.texts} 个原文文件`,
    en: (p) =>
      `import one dataset file (CSV or JSON) at a time, optionally with one report text (.txt or .md); got ${p.data} dataset file(s) and ${p.texts} text file(s)`,
  },
  sourceTextTwice: {
    zh: (p) => `此 JSON 文件已内嵌报告原文（source.text），不能再附加“${p.name}”`,
    en: (p) => `this JSON file already embeds its report text (source.text); do not add "${p.name}" as well`,
  },
  sourceTextEmpty: {
    zh: (p) => `报告原文“${p.name}”为空`,
    en: (p) => `the report text "${p.name}" is empty`,
  },
  sourceTextTooLong: {
    zh: (p) => `报告原文“${p.name}”过长（${p.length} 个字符），上限为 ${p.max}`,
    en: (p) => `the report text "${p.name}" is too long (${p.length} characters); the limit is ${p.max}`,
  },
  datasetClash: {
    zh: (p, l) =>
      `${what(p.list, l)}标识“${p.id}”在“${p.file}”中为“${p.incoming}”，但在已载入的“${p.otherFile}”（数据集 ${p.otherDataset}）中为“${p.existing}”：同一标识不能有两种含义，请改用其他标识或统一含义`,
    en: (p, l) =>
      `the ${what(p.list, l)} id "${p.id}" means "${p.incoming}" in "${p.file}" but "${p.existing}" in the loaded "${p.otherFile}" (dataset ${p.otherDataset}): one id cannot have two meanings; use another id or the same meaning`,
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
  const { code, params } = issue;
  const message = isDatasetErrorCode(code)
    ? formatDatasetError({ code, params }, lang)
    : MESSAGES[code][lang](params, lang);
  return `${formatLocation(issue.location, lang)}${message}`;
}
