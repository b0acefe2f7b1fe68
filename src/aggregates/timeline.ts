import { membersOf, type Dataset, type EffortRecord } from '../data/model';
import {
  dayNumber,
  granularityFor,
  isoDay,
  overlaps,
  periodsCovering,
  type Granularity,
  type Period,
} from '../domain/period';
import { OPEN_END, type EffortIndex } from './effort-index';
import type { EffortSet } from './effort-set';

export interface TimelineCell {
  /** The key of the period (bucket) of the axis. */
  period: string;
  /** Efforts of the row running at some time in this period. */
  active: number;
  /** Efforts of the row starting in this period. */
  started: number;
}

export interface TimelineRow {
  /** Prefecture code, or the province code for province-wide efforts. */
  code: string;
  cells: TimelineCell[];
}

/**
 * The time axis of a set of efforts: from the first to the last day any dated effort or the
 * publication of its report names, cut into days, ISO weeks or months by the length of that span
 * (`granularityFor`). Empty (no periods, `from`/`to` null) when nothing is dated.
 */
export interface TimeAxis {
  granularity: Granularity;
  from: string | null;
  to: string | null;
  periods: Period[];
}

export interface Timeline {
  axis: TimeAxis;
  rows: TimelineRow[];
  /** Efforts with a date: each is placed on every period it overlaps, all inside the axis. */
  dated: EffortRecord[];
  /** Efforts without a date: listed, never placed on the axis. */
  undated: EffortRecord[];
}

/** The publication day(s) of the report(s) the efforts of a set come from. */
export function publicationDays(dataset: Dataset): string[] {
  // The union of reports spans every member's publication, not only the first report's.
  const days = membersOf(dataset).map((m) => m.source.publishedAt.slice(0, 10));
  return [...new Set(days.filter((day) => /^\d{4}-\d{2}-\d{2}$/.test(day)))];
}

/** The axis over a span of day numbers (inclusive); none when there is no dated effort. */
export function timeAxis(first: number | null, last: number | null): TimeAxis {
  if (first === null || last === null) return { granularity: 'day', from: null, to: null, periods: [] };
  const granularity = granularityFor(last - first + 1);
  const from = isoDay(first);
  const to = isoDay(last);
  return { granularity, from, to, periods: periodsCovering(from, to, granularity) };
}

/**
 * First and last day an effort runs: "on" one day, "range" start..end, "since" start..`to` (the end
 * of the axis: a "since" effort is still running when the report is published).
 */
export function effortSpan(effort: EffortRecord, to: string): { start: string; end: string } | null {
  const { date } = effort;
  if (date === null) return null;
  if (date.kind === 'on') return { start: date.start, end: date.start };
  if (date.kind === 'range') return { start: date.start, end: date.end ?? date.start };
  return { start: date.start, end: to > date.start ? to : date.start };
}

/** The first and last day named by the dated efforts and the publication days (plain path). */
function extentOf(
  efforts: readonly EffortRecord[],
  published: readonly string[],
): [number | null, number | null] {
  let first: number | null = null;
  let last: number | null = null;
  const see = (day: string): void => {
    const n = dayNumber(day);
    if (first === null || n < first) first = n;
    if (last === null || n > last) last = n;
  };
  let any = false;
  for (const e of efforts) {
    if (e.date === null) continue;
    any = true;
    see(e.date.start);
    if (e.date.kind === 'range' && e.date.end !== null) see(e.date.end);
  }
  if (!any) return [null, null];
  published.forEach(see);
  return [first, last];
}

/** The time axis of every dated effort of a dataset, whatever the filters (for links and checks). */
export function datasetTimeAxis(dataset: Dataset): TimeAxis {
  const [first, last] = extentOf(dataset.efforts, publicationDays(dataset));
  return timeAxis(first, last);
}

/** The rows of the province then of the prefectures in dataset order. */
function rowOrder(dataset: Dataset): string[] {
  // The province as the data names it: its own region, the parent of its prefectures, or the region
  // of a province-wide effort ('' when none: that row then has no efforts and is not drawn).
  const province =
    dataset.regions.find((r) => r.level === 'province')?.code ??
    dataset.regions.find((r) => r.level === 'prefecture' && r.parent !== null)?.parent ??
    dataset.efforts.find((e) => e.prefectureCode === null)?.regionCode ??
    '';
  return [province, ...dataset.regions.filter((r) => r.level === 'prefecture').map((r) => r.code)];
}

/**
 * Efforts per prefecture and period: how many run at some time in each period and how many start
 * in it. Rows are the province (province-wide efforts) then prefectures in dataset order, only
 * those with a dated effort. The axis spans every dated effort, so none is left out.
 */
export function buildTimeline(dataset: Dataset, efforts: readonly EffortRecord[]): Timeline {
  const dated = efforts.filter((e) => e.date !== null);
  const undated = efforts.filter((e) => e.date === null);
  const axis = timeAxis(...extentOf(dated, publicationDays(dataset)));
  const [province, ...prefectures] = rowOrder(dataset);
  const byRow = new Map<string, EffortRecord[]>();
  for (const e of dated) {
    const code = e.prefectureCode ?? province!;
    byRow.set(code, [...(byRow.get(code) ?? []), e]);
  }
  const rows = [province!, ...prefectures].flatMap((code): TimelineRow[] => {
    const list = byRow.get(code);
    if (!list || axis.to === null) return [];
    const spans = list.flatMap((e) => effortSpan(e, axis.to!) ?? []);
    const cells = axis.periods.map((p) => ({
      period: p.key,
      active: spans.filter((s) => overlaps(s, p)).length,
      started: spans.filter((s) => p.start <= s.start && s.start <= p.end).length,
    }));
    return [{ code, cells }];
  });
  return { axis, rows, dated, undated };
}

// The fast path (the columnar index) and the one name the panels call, beside the plain path.
/** The axis and rows of the timeline (active and starting efforts per prefecture and period). */
export function timelineRowsIndexed(
  dataset: Dataset,
  index: EffortIndex,
  positions: Int32Array,
): { axis: TimeAxis; rows: TimelineRow[] } {
  const { start, end } = index;
  let first: number | null = null;
  let last: number | null = null;
  for (const i of positions) {
    const s = start[i]!;
    if (s === -1) continue;
    const e = end[i] === OPEN_END ? s : end[i]!;
    if (first === null || s < first) first = s;
    if (last === null || e > last) last = e;
  }
  if (first !== null && last !== null) {
    for (const day of publicationDays(dataset)) {
      const n = dayNumber(day);
      first = Math.min(first, n);
      last = Math.max(last, n);
    }
  }
  const axis = timeAxis(first, last);
  if (first === null || last === null) return { axis, rows: [] };
  // The period of every day of the axis, so each effort is placed by two look-ups.
  const periodOfDay = new Int32Array(last - first + 1);
  axis.periods.forEach((p, k) => {
    for (let d = Math.max(dayNumber(p.start), first); d <= Math.min(dayNumber(p.end), last); d += 1)
      periodOfDay[d - first] = k;
  });
  const P = axis.periods.length;
  const order = rowOrder(dataset);
  const slot = new Map(order.map((code, r) => [index.regionCodes.indexOf(code), r]));
  const provinceSlot = 0;
  const active = new Int32Array(order.length * P);
  const started = new Int32Array(order.length * P);
  const hasDated = new Uint8Array(order.length);
  for (const i of positions) {
    const s = start[i]!;
    if (s === -1) continue;
    const row = index.prefecture[i] === -1 ? provinceSlot : slot.get(index.prefecture[i]!);
    if (row === undefined) continue;
    hasDated[row] = 1;
    const e = end[i] === OPEN_END ? Math.max(last, s) : end[i]!;
    const from = periodOfDay[s - first]!;
    const to = periodOfDay[e - first]!;
    for (let k = from; k <= to; k += 1) active[row * P + k]! += 1;
    started[row * P + from]! += 1;
  }
  const rows = order.flatMap((code, r): TimelineRow[] =>
    hasDated[r]
      ? [
          {
            code,
            cells: axis.periods.map((p, k) => ({
              period: p.key,
              active: active[r * P + k]!,
              started: started[r * P + k]!,
            })),
          },
        ]
      : [],
  );
  return { axis, rows };
}

/** The timeline of a set of efforts: the one entry point (indexed when the set has an index). */
export function timelineOf(set: EffortSet): Timeline {
  if (!set.index || !set.positions) return buildTimeline(set.dataset, set.efforts);
  const { axis, rows } = timelineRowsIndexed(set.dataset, set.index, set.positions);
  const dated: EffortRecord[] = [];
  const undated: EffortRecord[] = [];
  // Split by the index's day column: no need to touch the effort objects themselves.
  const { start } = set.index;
  set.positions.forEach((i, k) => (start[i] === -1 ? undated : dated).push(set.efforts[k]!));
  return { axis, rows, dated, undated };
}
