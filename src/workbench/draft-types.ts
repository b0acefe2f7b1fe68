import type {
  EffortDate,
  LocalizedText,
  Organisation,
  Qualifier,
  Source,
  VocabularyEntry,
} from '../data/schema';

/**
 * The annotation workbench's draft (issue 14): a report's text and the efforts a researcher marks in
 * it, kept as offsets into the text so a quote can never say what the text does not. The draft is
 * what is saved (IndexedDB), undone and redone; a dataset (`DatasetJson`) is derived from it on export
 * and validated live with the same checks as an import.
 *
 * Everything here is plain JSON (structured-clone safe): no Maps, no Dates, no class instances.
 */

/** Offsets into `Draft.source.text`, UTF-16 code units, end exclusive; `start < end`. */
export interface Span {
  start: number;
  end: number;
}

/** A figure the user confirmed in an effort's passage (proposed by `detectFigures`, maybe edited). */
export interface DraftFigure {
  /** Stable within the draft (`f-1`, `f-2`, …); never reused after a removal. */
  id: string;
  /** Where the figure is written; `figure` of the exported measure is exactly `text.slice(span)`. */
  span: Span;
  qualifier: Qualifier;
  /** The number for `exact` and `at-least` (the lower bound); null for `approx`. */
  value: number | null;
  /** The range for `approx` (数千 → 2000–9999); `high` null where the words set no upper bound. */
  low: number | null;
  high: number | null;
  /** A `units` id of the draft's vocabulary; null until the user picks one (an export error). */
  unit: string | null;
  /** What is counted (志愿者 / volunteers); empty strings while drafting are an export error. */
  label: LocalizedText;
  /**
   * Where the exported measure's `quote` is, when it is not the whole passage of the effort (a
   * sentence of it): holds `span`, lies inside the effort's span. Optional: absent, the measure
   * quotes the effort's passage (as a CSV without `measure_quote` does).
   */
  quoteSpan?: Span;
}

/** Why a detected figure is not a measure: the same reasons `data/figure-exclusions.json` records. */
export type ExclusionKind = 'date' | 'time' | 'section' | 'name' | 'repeat' | 'other';

/** A detected figure the user dismissed, with the reason (shown in coverage, exported as a note). */
export interface DraftExclusion {
  id: string;
  span: Span;
  kind: ExclusionKind;
  /** The reason in words; for kinds other than `other` it may be the kind's default wording. */
  reason: LocalizedText;
}

/** The date of an effort, read from a date phrase of the text: its quote is `text.slice(span)`. */
export type DraftDate = Omit<EffortDate, 'quote'> & { span: Span };

/** An effort being marked: the exported effort's `quote` is exactly `text.slice(span)`. */
export interface DraftEffort {
  /** Stable within the draft (`e-1`, `e-2`, …); never reused after a removal. */
  id: string;
  span: Span;
  /** A region code of the boundary set (registry); null until chosen (an export error). */
  regionCode: string | null;
  /** Further named places inside the region (optional, exported as `placeCodes` when non-empty). */
  placeCodes: string[];
  /** Actors (≥ 1 for a valid export): ids of `Draft.organisations`. */
  organisationIds: string[];
  /** Addressees of an appeal (never counted as actors); may be empty. */
  addresseeIds: string[];
  /** `activities` vocabulary ids (≥ 1 for a valid export). */
  activities: string[];
  date: DraftDate | null;
  /** zh and en summaries; empty strings while drafting are an export error. */
  summary: LocalizedText;
  figures: DraftFigure[];
}

/** The report the draft annotates. `text` is kept exactly as given: every span points into it. */
export type DraftSource = Omit<Source, 'text'> & { text: string };

export interface Draft {
  draftVersion: 1;
  /** The draft's key in storage and the exported dataset's `id`. */
  id: string;
  title: LocalizedText;
  source: DraftSource;
  /** The vocabularies (from the dataset the draft was started from, or its re-opened file). */
  units: VocabularyEntry[];
  organisationTypes: VocabularyEntry[];
  activities: VocabularyEntry[];
  organisations: Organisation[];
  efforts: DraftEffort[];
  exclusions: DraftExclusion[];
  /** ISO 8601, set by whoever saves (not by the reducer, which is pure). */
  updatedAt: string;
  /**
   * The next number of each kind of generated id (`e-N`, `f-N`, `x-N`; `org-N` in drafts saved before
   * organisation ids were made from the name and type, still counted so they load), so an id is never
   * reused after a removal. Optional: when absent (an older draft), the reducer continues after the
   * highest number in use.
   */
  nextIds?: DraftIdCounters;
}

/** See `Draft.nextIds`. */
export interface DraftIdCounters {
  effort: number;
  figure: number;
  exclusion: number;
  organisation: number;
}

/** The fields of an effort the editor changes with one `updateEffort` (one undo step). */
export type EffortPatch = Partial<
  Pick<
    DraftEffort,
    | 'regionCode'
    | 'placeCodes'
    | 'organisationIds'
    | 'addresseeIds'
    | 'activities'
    | 'date'
    | 'summary'
    | 'span'
  >
>;

export type FigurePatch = Partial<Omit<DraftFigure, 'id' | 'span'>>;

/** Every change to a draft; `reduceDraft(draft, action)` applies one as one undo step. */
export type DraftAction =
  | { type: 'setMeta'; title?: LocalizedText; source?: Partial<Omit<DraftSource, 'text'>> }
  | { type: 'addEffort'; span: Span }
  | { type: 'updateEffort'; effortId: string; patch: EffortPatch }
  | { type: 'removeEffort'; effortId: string }
  | { type: 'confirmFigure'; effortId: string; figure: Omit<DraftFigure, 'id'> }
  | { type: 'updateFigure'; effortId: string; figureId: string; patch: FigurePatch }
  | { type: 'removeFigure'; effortId: string; figureId: string }
  | { type: 'dismissFigure'; span: Span; kind: ExclusionKind; reason: LocalizedText }
  | { type: 'restoreFigure'; exclusionId: string }
  | { type: 'addOrganisation'; organisation: Organisation }
  | { type: 'updateOrganisation'; organisationId: string; patch: Partial<Omit<Organisation, 'id'>> };

/** Undo/redo history: `present` is the draft shown; `past` and `future` are bounded. */
export interface DraftHistory {
  past: Draft[];
  present: Draft;
  future: Draft[];
}

/** Where a problem of a draft is, so the UI can link to the effort and field. */
export interface DraftIssue {
  /** The effort (draft id) the problem is in, or null for the draft's metadata / organisations. */
  effortId: string | null;
  figureId: string | null;
  organisationId: string | null;
  /** The field, in the draft's words: `regionCode`, `summary.en`, `figures.unit`, `source.url`… */
  field: string;
  /** A message code of the data layer's errors (`DatasetErrorCode`) or of the workbench (`draft*`). */
  code: string;
  /** The message's parameters, for the i18n layer. */
  params: Record<string, string | number>;
}

/** Coverage of the report's figures: what the bundled dataset's tests check, made visible. */
export type CoverageStatus = 'covered' | 'excluded' | 'open';

export interface CoverageItem {
  /** A figure the detector finds in the text (absolute span). */
  span: Span;
  text: string;
  status: CoverageStatus;
  /** The effort whose confirmed figure covers it (covered), or null. */
  effortId: string | null;
  /** The exclusion that dismissed it (excluded), or null. */
  exclusionId: string | null;
  /** The sentence it is in (index into `sentencesOf(text)`). */
  sentence: number;
}

export interface Coverage {
  items: CoverageItem[];
  total: number;
  covered: number;
  excluded: number;
  open: number;
}
