import type { RegionRegistry } from '../data/region-registry';
import type { Region } from '../data/schema';
import { findDatePhrases, parseDatePhrase, type ParsedDate } from './dates';
import { effortById, sameSpan, spanInside, spansOverlap, textOf } from './draft-ops';
import type { Draft, DraftExclusion, Span } from './draft-types';
import { detectFigures, type DetectedFigure } from './figures';

/**
 * What the workbench proposes in a passage the user marked: figures (with their state in the draft),
 * date phrases (parsed with the report's publication date), and the regions the passage names.
 * Pure; every span is ABSOLUTE (an offset into the draft's text), never relative to the passage.
 */

export type ProposalState = 'new' | 'confirmed' | 'dismissed';

/** A detected figure of an effort's passage, placed in the text and in the draft. */
export interface ProposedFigure extends Omit<DetectedFigure, 'start' | 'end'> {
  span: Span;
  /** `confirmed`: a figure of the effort has this span or overlaps it; `dismissed`: an exclusion covers it. */
  state: ProposalState;
  /** The effort's figure that confirms it (state `confirmed`), else null. */
  figureId: string | null;
  /** The exclusion that dismissed it (state `dismissed`), else null. */
  exclusionId: string | null;
}

/** The detector's figures of a passage, with absolute spans. */
export function detectIn(draft: Draft, span: Span): Array<DetectedFigure & { span: Span }> {
  return detectFigures(textOf(draft, span), draft.units).map((d) => ({
    ...d,
    span: { start: span.start + d.start, end: span.start + d.end },
  }));
}

/** The exclusion that dismisses a detected figure: one with its span, or one whose span holds it. */
export function exclusionFor(exclusions: readonly DraftExclusion[], span: Span): DraftExclusion | undefined {
  return exclusions.find((x) => sameSpan(x.span, span)) ?? exclusions.find((x) => spanInside(span, x.span));
}

/** Every figure the detector finds in the effort's passage, marked new / confirmed / dismissed. */
export function proposeFigures(draft: Draft, effortId: string): ProposedFigure[] {
  const effort = effortById(draft, effortId);
  if (!effort) return [];
  return detectIn(draft, effort.span).map(({ start: _s, end: _e, ...d }) => {
    const confirmed =
      effort.figures.find((f) => sameSpan(f.span, d.span)) ??
      effort.figures.find((f) => spansOverlap(f.span, d.span));
    const excluded = confirmed ? undefined : exclusionFor(draft.exclusions, d.span);
    return {
      ...d,
      state: confirmed ? 'confirmed' : excluded ? 'dismissed' : 'new',
      figureId: confirmed?.id ?? null,
      exclusionId: excluded?.id ?? null,
    };
  });
}

/** The date phrases of a passage, each parsed (year from the publication date), or null when it is no date. */
export function proposeDates(
  draft: Draft,
  span: Span,
): Array<{ span: Span; text: string; parsed: ParsedDate | null }> {
  return findDatePhrases(textOf(draft, span)).map((p) => ({
    span: { start: span.start + p.start, end: span.start + p.end },
    text: p.text,
    parsed: parseDatePhrase(p.text, draft.source.publishedAt),
  }));
}

// ---------------------------------------------------------------------------------------------
// Regions named in a passage

/** Ethnic groups in the names of autonomous prefectures and counties (阿坝藏族羌族自治州 → 阿坝). */
const ETHNIC =
  /(?:藏|羌|彝|回|苗|土家|蒙古|傈僳|纳西|傣|白|哈尼|布依|侗|瑶|壮|满|朝鲜|维吾尔|哈萨克|黎|畲|仡佬|水|土)族/gu;
const LEVEL_RANK: Record<Region['level'], number> = { county: 0, prefecture: 1, province: 2 };

/** The names a region goes by: its full name; without 市/州/县/区/省 (≥ 2 characters left); 阿坝 and 阿坝州. */
export function regionNames(region: Pick<Region, 'zh'>): string[] {
  const full = region.zh;
  const names = [full];
  const autonomous = /^(.+?)自治([州县])$/u.exec(full);
  if (autonomous) {
    const base = autonomous[1]!.replace(ETHNIC, '');
    if (base.length >= 2 && base !== autonomous[1]) names.push(base, `${base}${autonomous[2]!}`);
  } else {
    const short = full.replace(/[市州县区省]$/u, '');
    if (short !== full && short.length >= 2) names.push(short);
  }
  return [...new Set(names)];
}

interface NameEntry {
  name: string;
  region: Region;
}

const nameTables = new WeakMap<RegionRegistry, Map<string, Region[]>>();

/**
 * Name → regions. A short name two regions of the same level share (市中: two 市中区) is dropped:
 * it says too little, and it occurs inside ordinary words (全市中…). Full names are always kept.
 */
function nameTable(registry: RegionRegistry): Map<string, Region[]> {
  const cached = nameTables.get(registry);
  if (cached) return cached;
  const entries: NameEntry[] = registry.regions.flatMap((region) =>
    regionNames(region).map((name) => ({ name, region })),
  );
  const table = new Map<string, Region[]>();
  for (const { name, region } of entries) table.set(name, [...(table.get(name) ?? []), region]);
  for (const [name, regions] of table) {
    const fullOf = regions.filter((r) => r.zh === name);
    const levels = regions.map((r) => r.level);
    if (fullOf.length === 0 && new Set(levels).size !== levels.length) {
      const kept = regions.filter((r) => levels.filter((l) => l === r.level).length === 1);
      if (kept.length === 0) table.delete(name);
      else table.set(name, kept);
    }
  }
  nameTables.set(registry, table);
  return table;
}

/**
 * Codes of the regions the passage names, most specific first (counties, then prefectures, then the
 * province; each level in order of first mention). At each place the longest name wins (攀枝花市 over
 * 攀枝花, 阿坝州 over 阿坝); a name two regions share (阿坝: the county and the prefecture) gives both,
 * the county first.
 */
export function suggestRegions(draft: Draft, span: Span, registry: RegionRegistry): string[] {
  const passage = textOf(draft, span);
  const table = nameTable(registry);
  const lengths = [...new Set([...table.keys()].map((n) => n.length))].sort((a, b) => b - a);
  const found: Array<{ region: Region; at: number }> = [];
  let i = 0;
  while (i < passage.length) {
    const length = lengths.find((n) => table.has(passage.slice(i, i + n)));
    if (length === undefined) {
      i += 1;
      continue;
    }
    for (const region of table.get(passage.slice(i, i + length)) ?? []) found.push({ region, at: i });
    i += length;
  }
  const order = found
    .map((f, k) => ({ ...f, k }))
    .sort((a, b) => LEVEL_RANK[a.region.level] - LEVEL_RANK[b.region.level] || a.at - b.at || a.k - b.k);
  return [...new Set(order.map((f) => f.region.code))];
}

export { sentenceAt } from './sentences';
