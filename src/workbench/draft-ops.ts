import type { DatasetJson, LocalizedText, Organisation } from '../data/schema';
import { defaultOrganisationId } from '../data/organisation-id';
import type {
  Draft,
  DraftAction,
  DraftEffort,
  DraftFigure,
  DraftHistory,
  DraftIdCounters,
  DraftSource,
  EffortPatch,
  FigurePatch,
  Span,
} from './draft-types';

/**
 * The workbench's draft as a value: `reduceDraft` applies one `DraftAction` and returns a new draft,
 * or THE SAME OBJECT when the action is invalid or changes nothing, so the UI (and the history) can
 * tell that nothing happened. Pure: no clock, no storage; `updatedAt` is set by whoever saves.
 *
 * Ids (`e-N`, `f-N`, `x-N`) come from counters kept in the draft (`nextIds`), so an id is never
 * reused after a removal; a new organisation's id is made from its name and type
 * (`defaultOrganisationId`), so two drafts opened together never clash. Spans are checked: inside the
 * text, `start < end`, integers; a figure inside its effort's passage. Organisations are never removed (an effort may point to one).
 */

export interface NewDraftInput {
  id?: string;
  text: string;
  title: LocalizedText;
  source: Omit<DraftSource, 'text'>;
  vocabularies: Pick<DatasetJson, 'units' | 'organisationTypes' | 'activities'>;
  /** ISO 8601; defaults to now. */
  updatedAt?: string;
}

/** At most this many undo steps are kept. */
export const HISTORY_LIMIT = 200;

function randomDraftId(): string {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  return `draft-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** A new, empty draft of a report's text (kept exactly as given). Not pure: a random id and the time. */
export function newDraft(input: NewDraftInput): Draft {
  return {
    draftVersion: 1,
    id: input.id ?? randomDraftId(),
    title: { ...input.title },
    source: { ...input.source, text: input.text },
    units: structuredClone(input.vocabularies.units),
    organisationTypes: structuredClone(input.vocabularies.organisationTypes),
    activities: structuredClone(input.vocabularies.activities),
    organisations: [],
    efforts: [],
    exclusions: [],
    updatedAt: input.updatedAt ?? new Date().toISOString(),
    nextIds: { effort: 1, figure: 1, exclusion: 1, organisation: 1 },
  };
}

/** The words of the text at `span`. */
export function textOf(draft: Draft, span: Span): string {
  return draft.source.text.slice(span.start, span.end);
}

export function effortById(draft: Draft, id: string): DraftEffort | undefined {
  return draft.efforts.find((e) => e.id === id);
}

// ---------------------------------------------------------------------------------------------
// Checks

/** A span of the text: integers, 0 ≤ start < end ≤ length. */
export function isSpanOf(text: string, span: Span | null | undefined): span is Span {
  return (
    span !== null &&
    span !== undefined &&
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.start < span.end &&
    span.end <= text.length
  );
}

export const spanInside = (inner: Span, outer: Span): boolean =>
  inner.start >= outer.start && inner.end <= outer.end;

export const spansOverlap = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export const sameSpan = (a: Span, b: Span): boolean => a.start === b.start && a.end === b.end;

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

const isLocalized = (t: unknown): t is LocalizedText =>
  typeof t === 'object' &&
  t !== null &&
  typeof (t as LocalizedText).zh === 'string' &&
  typeof (t as LocalizedText).en === 'string';

const isAmount = (n: unknown): n is number | null =>
  n === null || (typeof n === 'number' && Number.isFinite(n));

/** A list of known ids, each once. */
function idList(ids: unknown, known: ReadonlySet<string>): ids is string[] {
  return (
    Array.isArray(ids) &&
    ids.every((id) => typeof id === 'string' && known.has(id)) &&
    new Set(ids).size === ids.length
  );
}

function validPatch(draft: Draft, effort: DraftEffort, patch: EffortPatch): boolean {
  const text = draft.source.text;
  const orgs = new Set(draft.organisations.map((o) => o.id));
  if (patch.span !== undefined) {
    if (!isSpanOf(text, patch.span)) return false;
    const span = patch.span;
    const holds = (f: DraftFigure): boolean =>
      spanInside(f.span, span) && (f.quoteSpan === undefined || spanInside(f.quoteSpan, span));
    if (!effort.figures.every(holds)) return false;
  }
  if (patch.regionCode !== undefined && patch.regionCode !== null && typeof patch.regionCode !== 'string')
    return false;
  if (patch.placeCodes !== undefined) {
    const codes = patch.placeCodes;
    if (
      !Array.isArray(codes) ||
      !codes.every((c) => typeof c === 'string') ||
      new Set(codes).size !== codes.length
    )
      return false;
  }
  if (patch.organisationIds !== undefined && !idList(patch.organisationIds, orgs)) return false;
  if (patch.addresseeIds !== undefined && !idList(patch.addresseeIds, orgs)) return false;
  if (patch.activities !== undefined && !idList(patch.activities, new Set(draft.activities.map((a) => a.id))))
    return false;
  if (patch.date !== undefined && patch.date !== null && !isSpanOf(text, patch.date.span)) return false;
  if (patch.summary !== undefined && !isLocalized(patch.summary)) return false;
  return true;
}

/** A figure's quote: in the text, around the figure, inside the effort's passage. */
function validQuoteSpan(draft: Draft, effort: DraftEffort, span: Span, quoteSpan: Span | undefined): boolean {
  if (quoteSpan === undefined) return true;
  return (
    isSpanOf(draft.source.text, quoteSpan) &&
    spanInside(span, quoteSpan) &&
    spanInside(quoteSpan, effort.span)
  );
}

function validFigureFields(draft: Draft, f: FigurePatch): boolean {
  if (f.qualifier !== undefined && !['exact', 'at-least', 'approx'].includes(f.qualifier)) return false;
  if (![f.value, f.low, f.high].every((n) => n === undefined || isAmount(n))) return false;
  if (f.unit !== undefined && f.unit !== null && !draft.units.some((u) => u.id === f.unit)) return false;
  if (f.label !== undefined && !isLocalized(f.label)) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Ids

const numberOf = (id: string, prefix: string): number => {
  const m = new RegExp(`^${prefix}-(\\d+)$`).exec(id);
  return m ? Number(m[1]) : 0;
};

/** The counters of a draft: its own, never below the highest number in use plus one. */
function countersOf(draft: Draft): DraftIdCounters {
  const max = (ids: string[], prefix: string): number =>
    Math.max(0, ...ids.map((id) => numberOf(id, prefix)));
  const own = draft.nextIds;
  return {
    effort: Math.max(
      own?.effort ?? 1,
      max(
        draft.efforts.map((e) => e.id),
        'e',
      ) + 1,
    ),
    figure: Math.max(
      own?.figure ?? 1,
      max(
        draft.efforts.flatMap((e) => e.figures.map((f) => f.id)),
        'f',
      ) + 1,
    ),
    exclusion: Math.max(
      own?.exclusion ?? 1,
      max(
        draft.exclusions.map((x) => x.id),
        'x',
      ) + 1,
    ),
    organisation: Math.max(
      own?.organisation ?? 1,
      max(
        draft.organisations.map((o) => o.id),
        'org',
      ) + 1,
    ),
  };
}

function withEffort(draft: Draft, effortId: string, change: (e: DraftEffort) => DraftEffort | null): Draft {
  const effort = effortById(draft, effortId);
  if (!effort) return draft;
  const next = change(effort);
  if (next === null || next === effort || sameJson(next, effort)) return draft;
  return { ...draft, efforts: draft.efforts.map((e) => (e.id === effortId ? next : e)) };
}

// ---------------------------------------------------------------------------------------------
// The reducer

/** Applies one action; returns the same draft object when the action is invalid or changes nothing. */
export function reduceDraft(draft: Draft, action: DraftAction): Draft {
  const text = draft.source.text;
  switch (action.type) {
    case 'setMeta': {
      if (action.title !== undefined && !isLocalized(action.title)) return draft;
      // The text is what every span points into: it is never changed here.
      const { text: _ignored, ...sourcePatch } = (action.source ?? {}) as Partial<DraftSource>;
      const title = action.title === undefined ? draft.title : { ...action.title };
      const source = { ...draft.source, ...sourcePatch, text };
      if (sameJson(title, draft.title) && sameJson(source, draft.source)) return draft;
      return { ...draft, title, source };
    }
    case 'addEffort': {
      if (!isSpanOf(text, action.span)) return draft;
      const counters = countersOf(draft);
      const effort: DraftEffort = {
        id: `e-${counters.effort}`,
        span: { start: action.span.start, end: action.span.end },
        regionCode: null,
        placeCodes: [],
        organisationIds: [],
        addresseeIds: [],
        activities: [],
        date: null,
        summary: { zh: '', en: '' },
        figures: [],
      };
      return {
        ...draft,
        efforts: [...draft.efforts, effort],
        nextIds: { ...counters, effort: counters.effort + 1 },
      };
    }
    case 'updateEffort':
      return withEffort(draft, action.effortId, (e) =>
        validPatch(draft, e, action.patch) ? { ...e, ...structuredClone(action.patch) } : null,
      );
    case 'removeEffort': {
      if (!effortById(draft, action.effortId)) return draft;
      return {
        ...draft,
        efforts: draft.efforts.filter((e) => e.id !== action.effortId),
        nextIds: countersOf(draft),
      };
    }
    case 'confirmFigure': {
      const effort = effortById(draft, action.effortId);
      const { span } = action.figure;
      if (!effort || !isSpanOf(text, span) || !spanInside(span, effort.span)) return draft;
      if (effort.figures.some((f) => spansOverlap(f.span, span))) return draft;
      if (!validFigureFields(draft, action.figure)) return draft;
      if (!validQuoteSpan(draft, effort, span, action.figure.quoteSpan)) return draft;
      const counters = countersOf(draft);
      const figure: DraftFigure = { ...structuredClone(action.figure), id: `f-${counters.figure}` };
      return {
        ...draft,
        efforts: draft.efforts.map((e) => (e === effort ? { ...e, figures: [...e.figures, figure] } : e)),
        // Confirming a dismissed figure takes back its dismissal (one step).
        exclusions: draft.exclusions.filter((x) => !sameSpan(x.span, span)),
        nextIds: { ...counters, figure: counters.figure + 1 },
      };
    }
    case 'updateFigure':
      return withEffort(draft, action.effortId, (e) => {
        const figure = e.figures.find((f) => f.id === action.figureId);
        if (!figure || !validFigureFields(draft, action.patch)) return null;
        if ('quoteSpan' in action.patch && !validQuoteSpan(draft, e, figure.span, action.patch.quoteSpan))
          return null;
        const { id: _id, span: _span, ...patch } = action.patch as FigurePatch & Partial<DraftFigure>;
        const next: DraftFigure = { ...figure, ...structuredClone(patch) };
        // `quoteSpan: undefined` in a patch goes back to quoting the whole passage.
        if (next.quoteSpan === undefined) delete next.quoteSpan;
        return { ...e, figures: e.figures.map((f) => (f === figure ? next : f)) };
      });
    case 'removeFigure': {
      const next = withEffort(draft, action.effortId, (e) =>
        e.figures.some((f) => f.id === action.figureId)
          ? { ...e, figures: e.figures.filter((f) => f.id !== action.figureId) }
          : null,
      );
      // The removed id stays counted: it is never given again.
      return next === draft ? draft : { ...next, nextIds: countersOf(draft) };
    }
    case 'dismissFigure': {
      const { span } = action;
      if (!isSpanOf(text, span) || !isLocalized(action.reason)) return draft;
      if (!['date', 'time', 'section', 'name', 'repeat', 'other'].includes(action.kind)) return draft;
      if (draft.exclusions.some((x) => sameSpan(x.span, span))) return draft;
      const counters = countersOf(draft);
      return {
        ...draft,
        exclusions: [
          ...draft.exclusions,
          {
            id: `x-${counters.exclusion}`,
            span: { start: span.start, end: span.end },
            kind: action.kind,
            reason: { ...action.reason },
          },
        ],
        nextIds: { ...counters, exclusion: counters.exclusion + 1 },
      };
    }
    case 'restoreFigure': {
      if (!draft.exclusions.some((x) => x.id === action.exclusionId)) return draft;
      return {
        ...draft,
        exclusions: draft.exclusions.filter((x) => x.id !== action.exclusionId),
        nextIds: countersOf(draft),
      };
    }
    case 'addOrganisation': {
      const counters = countersOf(draft);
      const given = action.organisation;
      // An empty id asks for a new one, made from the name and type (`defaultOrganisationId`: two
      // drafts' bodies never clash when both are opened); an id already in the draft is refused.
      const inDraft = (id: string): boolean => draft.organisations.some((o) => o.id === id);
      const id = given.id === '' ? defaultOrganisationId(given.name.zh, given.type, inDraft) : given.id;
      if (typeof id !== 'string' || inDraft(id)) return draft;
      const organisation: Organisation = { ...structuredClone(given), id };
      return { ...draft, organisations: [...draft.organisations, organisation], nextIds: counters };
    }
    case 'updateOrganisation': {
      const organisation = draft.organisations.find((o) => o.id === action.organisationId);
      if (!organisation) return draft;
      const { id: _id, ...patch } = action.patch as Partial<Organisation>;
      const next = { ...organisation, ...structuredClone(patch) };
      if (sameJson(next, organisation)) return draft;
      return { ...draft, organisations: draft.organisations.map((o) => (o === organisation ? next : o)) };
    }
    default:
      return draft;
  }
}

// ---------------------------------------------------------------------------------------------
// History

export function historyOf(draft: Draft): DraftHistory {
  return { past: [], present: draft, future: [] };
}

/** One action as one undo step; an action that changes nothing returns the same history. */
export function applyAction(h: DraftHistory, action: DraftAction): DraftHistory {
  const next = reduceDraft(h.present, action);
  if (next === h.present) return h;
  return { past: [...h.past, h.present].slice(-HISTORY_LIMIT), present: next, future: [] };
}

export const canUndo = (h: DraftHistory): boolean => h.past.length > 0;
export const canRedo = (h: DraftHistory): boolean => h.future.length > 0;

export function undo(h: DraftHistory): DraftHistory {
  const previous = h.past[h.past.length - 1];
  if (previous === undefined) return h;
  return { past: h.past.slice(0, -1), present: previous, future: [h.present, ...h.future] };
}

export function redo(h: DraftHistory): DraftHistory {
  const [next, ...rest] = h.future;
  if (next === undefined) return h;
  return { past: [...h.past, h.present].slice(-HISTORY_LIMIT), present: next, future: rest };
}
