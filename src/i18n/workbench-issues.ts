import { isDatasetErrorCode } from '../data/dataset-errors';
import type { Lang } from '../domain/view';
import type { DraftIssue } from '../workbench/draft-types';
import { fillTemplate } from './i18n';
import { formatDatasetError } from './messages-validation';

export function describeDraftIssue(issue: DraftIssue, lang: Lang): string {
  const what = isDatasetErrorCode(issue.code)
    ? formatDatasetError({ code: issue.code, params: issue.params as never }, lang)
    : fillTemplate(issue.code, issue.params);
  return `${issue.field}: ${what}`;
}

export function describeReopenFailure(
  failure: { code: string; params: Record<string, string | number> },
  _lang: Lang,
): string {
  return fillTemplate(failure.code, failure.params);
}
