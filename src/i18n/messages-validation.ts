import type { DatasetErrorCode, ReceivedKind } from '../data/dataset-errors';
import type { Lang } from '../domain/view';
import { fillTemplate } from './i18n';

/**
 * The dataset validator's errors in both interface languages, one template per code with `{name}`
 * placeholders for the error's parameters. The English text is for people (and developer output
 * such as test failures); nothing reads it back, so rewording it cannot change the Chinese.
 * A `Record` over every code: a code without zh or en text does not compile.
 */
export const validationMessages: Record<Lang, Record<DatasetErrorCode, string>> = {
  zh: {
    jsonSyntax: '不是有效的 JSON：{message}',
    wrongType: '应为{expected}，实际为{received}',
    notOneOf: '应为以下之一：{allowed}；实际为{received}',
    tooFew: '至少应有 {minimum} 项',
    unknownKey: '未知字段“{key}”',
    invalidValue: '值无效',
    nonEmpty: '应为非空文本',
    regionCode: '应为六位 GB/T 2260 行政区划代码，如 "510100"',
    isoDate: '应为 YYYY-MM-DD 格式的日期',
    calendarDate: '应为真实存在的日期',
    idFormat: '应为由小写字母、数字和连字符组成的标识',
    nonNegative: '应为不小于 0 的数字',
    httpUrl: '应为 http(s) 网址',
    isoDateTime: '应为带时区的 ISO 8601 日期时间',
    dateEndNotNull: '“since”（以来）类日期的结束日期（end）应为 null',
    dateEndMissing: '类型为“{kind}”时应有结束日期',
    dateEndNotStart: '类型为“on”时结束日期应等于开始日期',
    dateEndBeforeStart: '结束日期不应早于开始日期',
    datasetVersion: '应为“2.0.0”这样的版本号',
    approxHasValue: '约数（如“数千”“数家”）没有单一数值：应给出下限 low（文字隐含上限时再给出 high）',
    approxNeedsLow: '缺少 low：约数的文字所允许的最小数量',
    rangeOrder: '上限 high 不应小于下限 low',
    valueMissing: '“{qualifier}”数字应有数值 value',
    rangeOnlyApprox: '只有约数才有“{field}”；“{qualifier}”数字应使用 value',
    inferredNeedsReason: '推断的组织类型需要给出依据 reason（中英文）：推断自何处',
    reasonOnlyInferred: '只有推断的组织类型才有依据 reason，“{kind}”类型不应有',
    duplicateId: '重复的标识“{id}”',
    unknownRegion: '未知的地区代码“{code}”：既不在数据集的地区表中，也不是四川的省、市州或县级行政区划代码',
    regionParent: '省级地区没有上级，其他地区必须有上级',
    regionDisagrees:
      '与本应用的四川地区表（边界数据）不符：地区“{code}”的 {field} 应为“{expected}”，此处为“{received}”',
    unknownOrganisationType: '未知的组织类型“{id}”',
    unknownOrganisation: '未知的组织标识“{id}”',
    unknownActivity: '未知的行动类别“{id}”',
    unknownUnit: '未知的单位“{id}”',
    figureNotInQuote: '数字原文（figure）未出现在引文（quote）中',
    quoteNotInSource: '引文未逐字出现在原文中：“{quote}”（仅前 {matched} 个字符与原文一致）',
    addresseeIsActor: '“{id}”已是本行动的执行方；受倡议方不能同时是执行方',
    addresseeTwice: '“{id}”重复列出',
  },
  en: {
    jsonSyntax: 'not valid JSON: {message}',
    wrongType: 'expected {expected}, got {received}',
    notOneOf: 'expected one of {allowed}, got {received}',
    tooFew: 'expected at least {minimum} item(s)',
    unknownKey: 'unknown field "{key}"',
    invalidValue: 'the value is not valid',
    nonEmpty: 'expected a non-empty string',
    regionCode: 'expected a six-digit GB/T 2260 region code such as "510100"',
    isoDate: 'expected a date as YYYY-MM-DD',
    calendarDate: 'expected a real calendar date',
    idFormat: 'expected an id of lower-case letters, digits and hyphens',
    nonNegative: 'expected a number ≥ 0',
    httpUrl: 'expected an http(s) URL',
    isoDateTime: 'expected an ISO 8601 date-time with offset',
    dateEndNotNull: 'expected null for the end of a "since" date',
    dateEndMissing: 'expected an end date for kind "{kind}"',
    dateEndNotStart: 'expected end = start for kind "on"',
    dateEndBeforeStart: 'expected end on or after start',
    datasetVersion: 'expected a version such as "2.0.0"',
    approxHasValue:
      'an approximate figure (数千, 数家) has no single value: give "low" (and "high" where the words imply one)',
    approxNeedsLow: 'expected "low", the smallest amount the words of an approximate figure allow',
    rangeOrder: 'expected "high" to be at least "low"',
    valueMissing: 'expected a number: a "{qualifier}" figure has a value',
    rangeOnlyApprox: 'only an approximate figure has "{field}"; a "{qualifier}" figure has "value"',
    inferredNeedsReason: 'an inferred type needs a reason (in zh and en): what it is inferred from',
    reasonOnlyInferred: 'only an inferred type has a reason, not a "{kind}" one',
    duplicateId: 'duplicate id "{id}"',
    unknownRegion:
      'unknown region code "{code}": neither in the dataset\'s regions nor a code of Sichuan, its prefectures or counties',
    regionParent: 'a province has no parent; every other region has one',
    regionDisagrees:
      'disagrees with the app\'s list of Sichuan regions (the boundary data): region "{code}" has {field} "{expected}" there, "{received}" here',
    unknownOrganisationType: 'unknown organisation type "{id}"',
    unknownOrganisation: 'unknown organisation id "{id}"',
    unknownActivity: 'unknown activity "{id}"',
    unknownUnit: 'unknown unit "{id}"',
    figureNotInQuote: 'the figure does not occur in its quote',
    quoteNotInSource:
      'the quote is not verbatim in the source text: "{quote}" (only its first {matched} characters match)',
    addresseeIsActor: '"{id}" is an actor of this effort; an addressee is not also an actor',
    addresseeTwice: '"{id}" is listed twice among the addressees',
  },
};

/** The `received` parameter in words; `{value}` is the value as JSON. */
export const receivedWords: Record<Lang, Record<ReceivedKind, string>> = {
  zh: {
    missing: '缺失（没有该字段）',
    null: 'null',
    array: '列表',
    object: '对象',
    string: '文本 {value}',
    number: '数字 {value}',
    boolean: '布尔值 {value}',
    other: '其他类型的值',
  },
  en: {
    missing: 'nothing (the field is missing)',
    null: 'null',
    array: 'a list',
    object: 'an object',
    string: 'the text {value}',
    number: 'the number {value}',
    boolean: 'the boolean {value}',
    other: 'a value of another kind',
  },
};

/** The `expected` parameter (a zod type name) in words; a name not listed is shown as it is. */
export const typeWords: Record<Lang, Record<string, string>> = {
  zh: {
    string: '文本',
    number: '数字',
    boolean: '布尔值（true 或 false）',
    object: '对象',
    array: '列表',
    null: 'null',
  },
  en: {
    string: 'a string',
    number: 'a number',
    boolean: 'true or false',
    object: 'an object',
    array: 'a list',
    null: 'null',
  },
};

/** What `formatDatasetError` needs: a `DatasetError`, or an import issue that carries a dataset code. */
export interface CodedError {
  code: DatasetErrorCode;
  params: Readonly<Record<string, string | number>>;
}

const wordFor = (table: Record<string, string>, key: string): string =>
  Object.hasOwn(table, key) ? table[key]! : key;

/** A dataset error's message (without its path) in the interface language, from its code and params. */
export function formatDatasetError(error: CodedError, lang: Lang): string {
  const { params } = error;
  const words: Record<string, string | number> = { ...params };
  if (typeof params.received === 'string') {
    words.received = fillTemplate(wordFor(receivedWords[lang], params.received), {
      value: params.value ?? '',
    });
  }
  if (typeof params.expected === 'string') words.expected = wordFor(typeWords[lang], params.expected);
  return fillTemplate(validationMessages[lang][error.code], words);
}
