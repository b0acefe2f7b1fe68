import type { DatasetError } from '../data/dataset-errors';
import { checkReferences, fromZodIssue } from '../data/parse-dataset';
import { registryConflicts, withRegistryRegions, type RegionRegistry } from '../data/region-registry';
import { datasetSchema, type DatasetJson } from '../data/schema';
import { checkQuotes } from '../data/source-text';
import type { Draft, DraftIssue } from './draft-types';

/**
 * Live validation of a draft (issue 14, "Always valid"): the dataset it exports goes through the
 * checks of an import — schema, references (with the region registry), quotes against the text —
 * and each error's JSON path is mapped back to the draft's effort, figure, organisation and field.
 * Draft checks (codes `draft*`) say in the workbench's words what is still missing; where one names
 * a field, the import's error for the same field is not repeated. Pure.
 */

export const DRAFT_ISSUE_CODES = [
  /** The draft has no effort yet. */
  'draftEmpty',
  /** An effort without a region. */
  'draftNoRegion',
  /** An effort without an actor (organisation). */
  'draftNoActor',
  /** An effort without an activity. */
  'draftNoActivity',
  /** An effort's summary is empty in `params.lang` (zh or en). */
  'draftNoSummary',
  /** A figure without a unit. */
  'draftFigureNoUnit',
  /** A figure's label is empty in `params.lang` (zh or en). */
  'draftFigureNoLabel',
] as const;
export type DraftIssueCode = (typeof DRAFT_ISSUE_CODES)[number];

const issue = (
  at: Pick<DraftIssue, 'effortId' | 'figureId' | 'organisationId'>,
  field: string,
  code: DraftIssueCode,
  params: DraftIssue['params'] = {},
): DraftIssue => ({ ...at, field, code, params });

const blank = (s: string): boolean => s.trim() === '';

function draftChecks(draft: Draft): DraftIssue[] {
  const none = { effortId: null, figureId: null, organisationId: null };
  if (draft.efforts.length === 0) return [issue(none, 'efforts', 'draftEmpty')];
  return draft.efforts.flatMap((e) => {
    const at = { ...none, effortId: e.id };
    const out: DraftIssue[] = [];
    if (e.regionCode === null) out.push(issue(at, 'regionCode', 'draftNoRegion'));
    if (e.organisationIds.length === 0) out.push(issue(at, 'organisationIds', 'draftNoActor'));
    if (e.activities.length === 0) out.push(issue(at, 'activities', 'draftNoActivity'));
    for (const lang of ['zh', 'en'] as const) {
      if (blank(e.summary[lang])) out.push(issue(at, `summary.${lang}`, 'draftNoSummary', { lang }));
    }
    for (const f of e.figures) {
      const atFigure = { ...at, figureId: f.id };
      if (f.unit === null) out.push(issue(atFigure, 'figures.unit', 'draftFigureNoUnit'));
      for (const lang of ['zh', 'en'] as const) {
        if (blank(f.label[lang]))
          out.push(issue(atFigure, `figures.label.${lang}`, 'draftFigureNoLabel', { lang }));
      }
    }
    return out;
  });
}

/** `efforts[3].measures[1].label.zh` → effort 3's figure 1, field `figures.label.zh`. */
function locate(draft: Draft, error: DatasetError): DraftIssue {
  const base = {
    effortId: null,
    figureId: null,
    organisationId: null,
    code: error.code,
    params: error.params,
  };
  const noIndex = (p: string): string => p.replace(/\[\d+\]/g, '');
  const effort = /^efforts\[(\d+)\](?:\.(.*))?$/.exec(error.path);
  if (effort) {
    const e = draft.efforts[Number(effort[1])];
    const rest = effort[2] ?? '';
    const measure = /^measures\[(\d+)\](?:\.(.*))?$/.exec(rest);
    if (measure) {
      const f = e?.figures[Number(measure[1])];
      const sub = noIndex(measure[2] ?? '');
      // The figure's words and quote are cut from the text at its spans.
      const field =
        sub === 'figure' ? 'figures.span' : sub === 'quote' ? 'figures.quoteSpan' : `figures.${sub}`;
      return {
        ...base,
        effortId: e?.id ?? null,
        figureId: f?.id ?? null,
        field: sub === '' ? 'figures' : field,
      };
    }
    const sub = noIndex(rest);
    const field = sub === 'quote' ? 'span' : sub === 'date.quote' ? 'date.span' : sub;
    return { ...base, effortId: e?.id ?? null, field };
  }
  const organisation = /^organisations\[(\d+)\](?:\.(.*))?$/.exec(error.path);
  if (organisation) {
    const o = draft.organisations[Number(organisation[1])];
    return { ...base, organisationId: o?.id ?? null, field: noIndex(organisation[2] ?? '') };
  }
  return { ...base, field: error.path === '(root)' ? '' : noIndex(error.path) };
}

const whereKey = (i: DraftIssue): string => `${i.effortId}|${i.figureId}|${i.organisationId}|${i.field}`;
const issueKey = (i: DraftIssue): string => `${whereKey(i)}|${i.code}|${JSON.stringify(i.params)}`;

/**
 * Every problem of the draft, located: its own checks first, then the import's (schema, references,
 * quotes) on `json`, the dataset it exports, without repeating a problem. `registry` null (still
 * loading): region codes are not checked. (`validateDraft` in draft-export.ts derives `json`.)
 */
export function draftIssues(draft: Draft, json: DatasetJson, registry: RegionRegistry | null): DraftIssue[] {
  const parsed = datasetSchema.safeParse(json, { reportInput: true });
  const structural = parsed.success ? [] : parsed.error.issues.flatMap(fromZodIssue);
  const withRegions = registry === null ? json : withRegistryRegions(json, registry);
  let references = [
    ...(registry === null ? [] : registryConflicts(json.regions, registry)),
    ...checkReferences(withRegions),
  ];
  if (registry === null)
    references = references.filter((e) => e.code !== 'unknownRegion' && e.code !== 'regionParent');
  const quotes = checkQuotes(json, draft.source.text);

  const own = draftChecks(draft);
  const named = new Set(own.map(whereKey));
  const seen = new Set<string>();
  const out: DraftIssue[] = [];
  for (const i of [...own, ...[...structural, ...references, ...quotes].map((e) => locate(draft, e))]) {
    const key = issueKey(i);
    if (seen.has(key) || (!i.code.startsWith('draft') && named.has(whereKey(i)))) continue;
    seen.add(key);
    out.push(i);
  }
  return out;
}
