import type { DatasetError, DatasetErrorCode } from '../data/dataset-errors';

export type IssueLocation =
  | { kind: 'file' }
  /** A JSON path such as `efforts[3].measures[1].unit`. */
  | { kind: 'path'; path: string }
  /** A spreadsheet row (the header is row 1, the first data row is row 2) and optionally a column. */
  | { kind: 'row'; row: number; column?: string };

/** Problems only an import finds (file, CSV cells); the dataset validator's codes are the others. */
export type ImportIssueCode =
  | 'fileTooLarge'
  | 'fileEmpty'
  | 'unsupportedType'
  | 'csvSyntax'
  | 'tooMany'
  | 'textTooLong'
  | 'missingColumn'
  | 'unknownColumn'
  | 'duplicateColumn'
  | 'required'
  /** A cell's text is not one of the allowed words (the dataset's own is `notOneOf`). */
  | 'badChoice'
  | 'badNumber'
  | 'badDate'
  | 'badCode'
  /** A six-digit code that is neither a region of the app's registry (Sichuan) nor of the dataset. */
  | 'unknownRegionCode'
  | 'badId'
  | 'countMismatch'
  /** organisation_type_reasons_*: one reason per "inferred" organisation. */
  | 'reasonCount'
  /** organisation_roles: every effort has at least one actor. */
  | 'noActor'
  /** value given for an approx figure (which has value_low/value_high instead). */
  | 'approxValue'
  /** value_low/value_high given for an exact or at-least figure. */
  | 'csvRangeOnlyApprox'
  | 'conflict'
  | 'idTaken'
  /** A report text (.txt, .md) chosen without the CSV or JSON file it belongs to. */
  | 'sourceTextAlone'
  /** More than one dataset file, or more than one report text, chosen at once. */
  | 'tooManyFiles'
  /** A JSON file that embeds its report text (`source.text`) was given another one. */
  | 'sourceTextTwice'
  /** The report text file is empty. */
  | 'sourceTextEmpty'
  /** The report text is longer than the text limit. */
  | 'sourceTextTooLong'
  /**
   * An id the file gives another meaning than an already loaded report does (names, type, parent):
   * the two cannot be merged, so the file is refused. Params name both files and both meanings.
   */
  | 'datasetClash'
  | 'moreIssues'
  /** The importer's safety net caught an exception (a bug): reported, never thrown. */
  | 'unexpected';

/** Every code an import reports: its own, and the dataset validator's (rendered by the same catalogue). */
export type IssueCode = ImportIssueCode | DatasetErrorCode;

// The two sets of codes must not overlap, or a code would have two meanings.
const _disjoint: [Extract<ImportIssueCode, DatasetErrorCode>] extends [never] ? true : never = true;
void _disjoint;

/**
 * A located problem in an imported file. Issues carry a `code` and `params`, never a finished
 * sentence, so the interface renders each one in Chinese or English (see `formatIssue`). Values
 * from the file are kept as plain strings (clipped) and are only ever rendered as text.
 */
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

/** Errors of `parseDatasetJson` as issues: the same code and params, located by their JSON path. */
export function fromDatasetErrors(errors: readonly DatasetError[]): ImportIssue[] {
  return errors.map((e) => ({
    location: e.path === '(file)' || e.path === '(root)' ? { kind: 'file' } : { kind: 'path', path: e.path },
    code: e.code,
    params: e.params,
  }));
}
