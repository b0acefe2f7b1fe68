import { normaliseQuote, normaliseText } from '../data/quote-match';
import type { RegionRegistry } from '../data/region-registry';
import type { DatasetJson, Effort, Measure, Region } from '../data/schema';
import { sameSpan, textOf } from './draft-ops';
import type { Draft, DraftEffort, DraftFigure, DraftIssue, Span } from './draft-types';
import { draftIssues } from './draft-validate';

export { DRAFT_ISSUE_CODES, type DraftIssueCode } from './draft-validate';

/**
 * A draft becomes a dataset (`draftToDatasetJson`) and an exported dataset a draft again
 * (`draftFromDatasetJson`). Every quote of the dataset is cut from the text at the draft's spans,
 * so it is verbatim by construction. Pure.
 */

const LEVEL_ORDER: Record<Region['level'], number> = { province: 0, prefecture: 1, county: 2 };

/**
 * The registry regions a draft names (efforts' regions and places, organisations' regions) with
 * their ancestors: province, prefectures, counties, each by code. A code the registry lacks is left
 * out (validation reports it as an unknown region).
 */
function regionsOf(draft: Draft, registry: RegionRegistry | null): Region[] {
  if (registry === null) return [];
  const wanted = new Map<string, Region>();
  const need = (code: string | null): void => {
    let current = code === null ? undefined : registry.byCode.get(code);
    while (current !== undefined && !wanted.has(current.code)) {
      wanted.set(current.code, current);
      current = current.parent === null ? undefined : registry.byCode.get(current.parent);
    }
  };
  for (const e of draft.efforts) {
    need(e.regionCode);
    e.placeCodes.forEach(need);
  }
  for (const o of draft.organisations) need(o.regionCode);
  return [...wanted.values()]
    .sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || (a.code < b.code ? -1 : 1))
    .map((r) => ({ ...r }));
}

/** A figure as the schema's measure: exact / at-least with `value`, approx with `low` and optional `high`. */
function measureOf(draft: Draft, effort: DraftEffort, f: DraftFigure): Measure {
  const common = {
    unit: f.unit ?? '',
    qualifier: f.qualifier,
    figure: textOf(draft, f.span),
    label: { ...f.label },
    quote: textOf(draft, f.quoteSpan ?? effort.span),
  };
  // Null amounts stay null in the file, so validation names the field that lacks its number.
  if (f.qualifier === 'approx') {
    const { unit, qualifier, figure, label, quote } = common;
    return {
      low: f.low as number,
      ...(f.high === null ? {} : { high: f.high }),
      unit,
      qualifier,
      figure,
      label,
      quote,
    } as Measure;
  }
  return { value: f.value as number, ...common } as Measure;
}

function effortOf(draft: Draft, e: DraftEffort): Effort {
  return {
    id: e.id,
    regionCode: e.regionCode ?? '',
    ...(e.placeCodes.length > 0 ? { placeCodes: [...e.placeCodes] } : {}),
    organisationIds: [...e.organisationIds],
    ...(e.addresseeIds.length > 0 ? { addresseeIds: [...e.addresseeIds] } : {}),
    activities: [...e.activities],
    date:
      e.date === null
        ? null
        : { kind: e.date.kind, start: e.date.start, end: e.date.end, quote: textOf(draft, e.date.span) },
    summary: { ...e.summary },
    quote: textOf(draft, e.span),
    measures: e.figures.map((f) => measureOf(draft, e, f)),
  };
}

/**
 * The dataset of a draft, with its text embedded (`source.text`). Not validated: a draft in progress
 * gives a file with empty fields, which `validateDraft` reports. `registry` may be null while it
 * loads (then no regions are listed).
 */
export function draftToDatasetJson(draft: Draft, registry: RegionRegistry | null): DatasetJson {
  const { text, ...source } = draft.source;
  return {
    schemaVersion: 2,
    id: draft.id,
    title: { ...draft.title },
    source: { ...source, text },
    units: structuredClone(draft.units),
    organisationTypes: structuredClone(draft.organisationTypes),
    activities: structuredClone(draft.activities),
    regions: regionsOf(draft, registry),
    organisations: structuredClone(draft.organisations),
    efforts: draft.efforts.map((e) => effortOf(draft, e)),
  };
}

/**
 * Every problem of the draft, located to its effort, figure, organisation and field: the import's
 * checks on the dataset it exports, and the draft's own (`DRAFT_ISSUE_CODES`). Empty: exportable.
 */
export function validateDraft(draft: Draft, registry: RegionRegistry | null): DraftIssue[] {
  return draftIssues(draft, draftToDatasetJson(draft, registry), registry);
}

// ---------------------------------------------------------------------------------------------
// Re-opening an exported file

export type DraftFromJsonResult =
  | { ok: true; draft: Draft }
  | {
      ok: false;
      code: 'draftNoText' | 'draftQuoteNotFound' | 'draftFigureNotFound';
      params: Record<string, string>;
    };

/** Finds quotes in a text under the whitespace rule of `quote-match.ts`, the text normalised once. */
function quoteFinder(
  text: string,
): (quote: string, within: Span | null, used: readonly Span[]) => Span | null {
  const n = normaliseText(text);
  /** The first normalised index whose character starts at or after `offset` of the text. */
  const indexAt = (offset: number): number => {
    let lo = 0;
    let hi = n.offsets.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (n.offsets[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return (quote, within, used) => {
    const q = normaliseQuote(quote);
    if (q === '') return null;
    let first: Span | null = null;
    for (
      let at = n.text.indexOf(q, within ? indexAt(within.start) : 0);
      at >= 0;
      at = n.text.indexOf(q, at + 1)
    ) {
      const span = { start: n.offsets[at]!, end: n.offsets[at + q.length - 1]! + 1 };
      if (within && span.end > within.end) break;
      first ??= span;
      // The first occurrence not already taken; when all are, the first (two efforts may share a passage).
      if (!used.some((u) => sameSpan(u, span))) return span;
    }
    return first;
  };
}

const maxNumber = (ids: readonly string[], prefix: string): number =>
  Math.max(0, ...ids.map((id) => Number(new RegExp(`^${prefix}-(\\d+)$`).exec(id)?.[1] ?? 0)));

/**
 * A draft from an exported dataset (call it with a validated dataset): the text is `source.text`,
 * every quote becomes a span (the first occurrence not already used by an effort; a figure inside its
 * effort's passage, preferably inside its own quote). Efforts keep their ids; figures get `f-1`, ….
 * Exclusions are not in a dataset file: the draft starts with none. `updatedAt` is left empty for the
 * saver to set.
 */
export function draftFromDatasetJson(json: DatasetJson): DraftFromJsonResult {
  const { text, ...source } = json.source;
  if (text === undefined || text.trim() === '') return { ok: false, code: 'draftNoText', params: {} };
  const find = quoteFinder(text);
  const effortSpans: Span[] = [];
  const efforts: DraftEffort[] = [];
  let figureCount = 0;
  for (const [i, e] of json.efforts.entries()) {
    const span = find(e.quote, null, effortSpans);
    if (span === null) {
      return {
        ok: false,
        code: 'draftQuoteNotFound',
        params: { path: `efforts[${i}].quote`, quote: e.quote },
      };
    }
    effortSpans.push(span);
    let date: DraftEffort['date'] = null;
    if (e.date !== null) {
      const dateSpan = find(e.date.quote, span, []) ?? find(e.date.quote, null, []);
      if (dateSpan === null) {
        const path = `efforts[${i}].date.quote`;
        return { ok: false, code: 'draftQuoteNotFound', params: { path, quote: e.date.quote } };
      }
      date = { kind: e.date.kind, start: e.date.start, end: e.date.end, span: dateSpan };
    }
    const figures: DraftFigure[] = [];
    for (const [j, m] of e.measures.entries()) {
      const sameQuote = normaliseQuote(m.quote) === normaliseQuote(e.quote);
      const quoteSpan = sameQuote ? null : find(m.quote, span, []);
      const used = figures.map((f) => f.span);
      const inQuote = quoteSpan && find(m.figure, quoteSpan, used);
      const figureSpan = inQuote ?? find(m.figure, span, used);
      if (figureSpan === null) {
        const path = `efforts[${i}].measures[${j}].figure`;
        return { ok: false, code: 'draftFigureNotFound', params: { path, figure: m.figure } };
      }
      figureCount += 1;
      figures.push({
        id: `f-${figureCount}`,
        span: figureSpan,
        qualifier: m.qualifier,
        value: m.qualifier === 'approx' ? null : m.value,
        low: m.qualifier === 'approx' ? m.low : null,
        high: m.qualifier === 'approx' ? (m.high ?? null) : null,
        unit: m.unit,
        label: { ...m.label },
        ...(quoteSpan && inQuote ? { quoteSpan } : {}),
      });
    }
    efforts.push({
      id: e.id,
      span,
      regionCode: e.regionCode,
      placeCodes: [...(e.placeCodes ?? [])],
      organisationIds: [...e.organisationIds],
      addresseeIds: [...(e.addresseeIds ?? [])],
      activities: [...e.activities],
      date,
      summary: { ...e.summary },
      figures,
    });
  }
  const draft: Draft = {
    draftVersion: 1,
    id: json.id,
    title: { ...json.title },
    source: { ...source, text },
    units: structuredClone(json.units),
    organisationTypes: structuredClone(json.organisationTypes),
    activities: structuredClone(json.activities),
    organisations: structuredClone(json.organisations),
    efforts,
    exclusions: [],
    updatedAt: '',
    nextIds: {
      effort:
        maxNumber(
          efforts.map((e) => e.id),
          'e',
        ) + 1,
      figure: figureCount + 1,
      exclusion: 1,
      organisation:
        maxNumber(
          json.organisations.map((o) => o.id),
          'org',
        ) + 1,
    },
  };
  return { ok: true, draft };
}
