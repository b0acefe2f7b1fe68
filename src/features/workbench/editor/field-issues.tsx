import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import { isDatasetErrorCode } from '../../../data/dataset-errors';
import type { Lang } from '../../../domain/view';
import { formatDatasetError } from '../../../i18n/messages-validation';
import { translateEditor } from '../../../i18n/messages-workbench-editor';
import { describeDraftIssue } from '../../../i18n/workbench-issues';
import type { DraftIssue } from '../../../workbench/draft-types';

/**
 * Where an issue is shown and where `focusField` moves the focus: a section of the editor, one
 * figure (`figure:<id>`) or one organisation (`org:<id>`).
 */
export type FieldKey =
  | 'passage'
  | 'figures'
  | 'region'
  | 'places'
  | 'actors'
  | 'addressees'
  | 'activities'
  | 'date'
  | 'summary.zh'
  | 'summary.en'
  | `figure:${string}`
  | `org:${string}`;

/** The editor's place for a field in the draft's words (`regionCode`, `summary.en`, `figures.unit`…). */
export function fieldKeyOf(
  field: string,
  figureId: string | null = null,
  organisationId: string | null = null,
): FieldKey | null {
  if (figureId !== null) return `figure:${figureId}`;
  if (organisationId !== null) return `org:${organisationId}`;
  // A dataset path (`efforts[2].measures[0].unit`) reads like the draft's field it came from.
  const f = field.replace(/^efforts\[\d+\]\./, '');
  const head = f.split(/[.[]/)[0] ?? '';
  switch (head) {
    case 'span':
    case 'quote':
      return 'passage';
    case 'figures':
    case 'measures':
      return 'figures';
    case 'regionCode':
      return 'region';
    case 'placeCodes':
      return 'places';
    case 'organisationIds':
      return 'actors';
    case 'addresseeIds':
      return 'addressees';
    case 'activities':
      return 'activities';
    case 'date':
      return 'date';
    case 'summary':
      return f === 'summary.en' ? 'summary.en' : 'summary.zh';
    default:
      return null;
  }
}

export function issueKey(issue: DraftIssue): FieldKey | null {
  return fieldKeyOf(issue.field, issue.figureId, issue.organisationId);
}

/** An issue's message in the interface language: the data layer's wording when it has the code. */
export function issueMessage(issue: DraftIssue, lang: Lang): string {
  if (isDatasetErrorCode(issue.code))
    return formatDatasetError({ code: issue.code, params: issue.params }, lang);
  // The workbench's own checks (`draft*`) in the words the issue list uses.
  if (issue.code.startsWith('draft')) return describeDraftIssue(issue, lang);
  return translateEditor(lang, 'issueGeneric', { code: issue.code });
}

/** The issues of one place of the editor, under its field; `id` is what the field's `aria-describedby` names. */
export function FieldIssues(props: { id: string; issues: readonly DraftIssue[]; lang: Lang }): ReactNode {
  if (props.issues.length === 0) return null;
  return (
    <ul id={props.id} className="wb-issues" data-testid="field-issues">
      {props.issues.map((issue, i) => (
        <li key={`${issue.code}-${i}`}>{issueMessage(issue, props.lang)}</li>
      ))}
    </ul>
  );
}

/** The elements `focusField` can move the focus to, registered by the fields as they render. */
export type FocusTargets = Map<FieldKey, HTMLElement>;

/**
 * Moves the focus to the field `focusField` names (a field in the draft's words, as an issue's
 * `field`; a figure's or organisation's issue is found among `issues`) whenever it changes.
 */
export function useFocusField(
  focusField: string | null | undefined,
  issues: readonly DraftIssue[],
): {
  register: (key: FieldKey) => (el: HTMLElement | null) => void;
} {
  const targets = useRef<FocusTargets>(new Map());
  const issuesRef = useRef(issues);
  useEffect(() => {
    issuesRef.current = issues;
  });
  useEffect(() => {
    if (!focusField) return;
    // A place of the editor itself (`figure:f-3`, `org:org-1`), or a field as an issue names it.
    const own = /^(?:figure|org):./.test(focusField) ? (focusField as FieldKey) : null;
    const issue = issuesRef.current.find((i) => i.field === focusField);
    const key = own ?? (issue ? issueKey(issue) : fieldKeyOf(focusField));
    const section: FieldKey | null = key?.startsWith('figure:')
      ? 'figures'
      : key?.startsWith('org:')
        ? 'actors'
        : null;
    const el = (key && targets.current.get(key)) ?? (section && targets.current.get(section));
    if (!el) return;
    el.focus();
    el.scrollIntoView?.({ block: 'center' });
  }, [focusField]);
  // One callback a key, so React does not detach and re-attach the refs on every render.
  const callbacks = useRef(new Map<FieldKey, (el: HTMLElement | null) => void>());
  const register = useCallback((key: FieldKey) => {
    let callback = callbacks.current.get(key);
    if (!callback) {
      callback = (el) => {
        if (el) targets.current.set(key, el);
        else targets.current.delete(key);
      };
      callbacks.current.set(key, callback);
    }
    return callback;
  }, []);
  return { register };
}
