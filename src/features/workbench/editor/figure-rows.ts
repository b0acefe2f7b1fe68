import type { DetectedFigure } from '../../../workbench/figures';
import type { Draft, DraftEffort, DraftExclusion, DraftFigure, Span } from '../../../workbench/draft-types';
import { proposeFigures } from '../../../workbench/proposals';
import type { FigureValues } from './figure-form';

/** What the detector read of a figure (absent for a confirmed figure it no longer proposes). */
export type Detected = Pick<
  DetectedFigure,
  'value' | 'low' | 'high' | 'qualifier' | 'unit' | 'withNoun' | 'measureWord'
>;

/** One figure of the passage as the editor lists it: to review, confirmed, or dismissed. */
export type FigureRow =
  | { state: 'new'; span: Span; text: string; detected: Detected }
  | { state: 'confirmed'; span: Span; text: string; figure: DraftFigure; detected: Detected | null }
  | { state: 'dismissed'; span: Span; text: string; exclusion: DraftExclusion; detected: Detected | null };

const inside = (a: Span, b: Span): boolean => a.start >= b.start && a.end <= b.end;

/**
 * The figures of an effort's passage, in the order of the text: every proposal of the detector,
 * marked with what the user did with it, and any confirmed figure or dismissal it no longer proposes.
 */
export function figureRows(draft: Draft, effort: DraftEffort): FigureRow[] {
  const text = draft.source.text;
  const slice = (span: Span): string => text.slice(span.start, span.end);
  const rows: FigureRow[] = [];
  for (const p of proposeFigures(draft, effort.id)) {
    const figure = effort.figures.find((f) => f.id === p.figureId);
    const exclusion = draft.exclusions.find((x) => x.id === p.exclusionId);
    const detected: Detected = p;
    // A confirmed figure is listed with its own span (the user's), a proposal with the detector's.
    if (figure)
      rows.push({ state: 'confirmed', span: figure.span, text: slice(figure.span), figure, detected });
    else if (exclusion)
      rows.push({ state: 'dismissed', span: p.span, text: slice(p.span), exclusion, detected });
    else rows.push({ state: 'new', span: p.span, text: slice(p.span), detected });
  }
  const figureIds = new Set(rows.flatMap((r) => (r.state === 'confirmed' ? [r.figure.id] : [])));
  const exclusionIds = new Set(rows.flatMap((r) => (r.state === 'dismissed' ? [r.exclusion.id] : [])));
  for (const figure of effort.figures) {
    if (!figureIds.has(figure.id)) {
      figureIds.add(figure.id);
      rows.push({ state: 'confirmed', span: figure.span, text: slice(figure.span), figure, detected: null });
    }
  }
  for (const exclusion of draft.exclusions) {
    if (inside(exclusion.span, effort.span) && !exclusionIds.has(exclusion.id)) {
      const { span } = exclusion;
      rows.push({ state: 'dismissed', span, text: slice(span), exclusion, detected: null });
    }
  }
  // One row a confirmed figure even when the detector read two overlapping figures there.
  const seen = new Set<string>();
  return rows
    .filter((r) => {
      const key = r.state === 'confirmed' ? `f:${r.figure.id}` : `${r.span.start}-${r.span.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/** Words that end the run of text after a figure (general Chinese: conjunctions, particles, verbs). */
const RUN_END = /[的和及与或等在到对向为从于把被将已都也还并是了着过]|[^\u4e00-\u9fff]/u;
const RUN_MAX = 8;
/** 48个小时, 3个月: durations, not a noun counted. */
const DURATION = /^个(?:小时|钟头|月|星期|礼拜|工作日)$/u;
/**
 * Endings of nouns for people and bodies (general Chinese), so that the words after a figure are
 * taken as what it counts only when they name such a thing: 户居民 → 居民, not 居民配送鸡蛋.
 */
const COUNTED =
  /(?:志愿者|工作者|者|人员|人士|干部|代表|群众|居民|党员|会员|委员|成员|职工|员工|员|企业|商户|家庭|单位|组织|机构|团体|场所|社区)/gu;

/**
 * What a figure counts, in Chinese, when the text says it right by the figure: the noun after a
 * 名/位 count (63名统战干部 → 统战干部), the noun inside a 个/家 figure (6个民主党派 → 民主党派),
 * or a noun for people or bodies written right after it (2100多户居民 → 居民). '' when there is none.
 */
export function suggestLabel(text: string, span: Span, detected: Detected | null): string {
  const figure = text.slice(span.start, span.end);
  let noun = '';
  if (detected?.withNoun && detected.withNoun.startsWith(figure)) {
    noun = detected.withNoun.slice(figure.length);
  } else if (detected && /^[个家]./u.test(detected.measureWord) && !DURATION.test(detected.measureWord)) {
    noun = detected.measureWord.slice(1);
  } else if (detected && (detected.measureWord === '个' || detected.measureWord === '家')) {
    noun = figure.slice(figure.lastIndexOf(detected.measureWord) + 1);
  }
  if (noun === '') {
    const after = text.slice(span.end, span.end + RUN_MAX);
    const stop = after.search(RUN_END);
    const run = stop < 0 ? after : after.slice(0, stop);
    const endings = [...run.matchAll(COUNTED)];
    const last = endings[endings.length - 1];
    noun = last ? run.slice(0, last.index + last[0].length) : '';
  }
  return noun.replace(/们$/u, '');
}

/** The values a proposal is confirmed with (the label suggested from the text, English to write). */
export function proposedValues(text: string, row: { span: Span; detected: Detected }): FigureValues {
  const d = row.detected;
  const approx = d.qualifier === 'approx';
  return {
    qualifier: d.qualifier,
    value: approx ? null : d.value,
    low: approx ? d.low : null,
    high: approx ? d.high : null,
    unit: d.unit,
    label: { zh: suggestLabel(text, row.span, d), en: '' },
  };
}
