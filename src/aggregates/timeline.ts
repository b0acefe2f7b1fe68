import type { Dataset, EffortRecord } from '../data/model';
import { dayNumber, OPEN_END, type EffortIndex } from './effort-index';
import type { EffortSet } from './effort-set';

/** The day the report was published: a "since 2 September" effort is shown as running until then. */
export const PUBLICATION_DAY = '2022-09-09';
/** The first day of the period the report covers. */
export const TIMELINE_START = '2022-08-28';
/** Row key of efforts that name no prefecture (province-wide). */
export const PROVINCE_CODE = '510000';

export interface TimelineCell {
  day: string;
  /** Efforts of the row running on this day. */
  active: number;
  /** Efforts of the row starting on this day. */
  started: number;
}

export interface TimelineRow {
  /** Prefecture code, or the province code for province-wide efforts. */
  code: string;
  cells: TimelineCell[];
}

export interface Timeline {
  days: string[];
  rows: TimelineRow[];
  /** Efforts with a date (placed on the days they span that fall inside the window). */
  dated: EffortRecord[];
  /** Efforts without a date: listed, never placed on a day. */
  undated: EffortRecord[];
}

const DAY_MS = 86_400_000;

/** Every ISO day from `from` to `to`, inclusive (UTC arithmetic, no clock involved). */
export function daysBetween(from: string, to: string): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  const days: string[] = [];
  for (let t = start; t <= end && days.length < 3660; t += DAY_MS)
    days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/** First and last day an effort runs: "on" one day, "range" start..end, "since" start..`to`. */
export function effortSpan(effort: EffortRecord, to: string): { start: string; end: string } | null {
  const { date } = effort;
  if (date === null) return null;
  if (date.kind === 'on') return { start: date.start, end: date.start };
  if (date.kind === 'range') return { start: date.start, end: date.end ?? date.start };
  return { start: date.start, end: to };
}

/**
 * Efforts per prefecture and day: how many run on each day and how many start. Rows are the
 * province (province-wide efforts) then prefectures in dataset order, only those with a dated effort.
 */
export function buildTimeline(
  dataset: Dataset,
  efforts: readonly EffortRecord[],
  { from = TIMELINE_START, to = PUBLICATION_DAY }: { from?: string; to?: string } = {},
): Timeline {
  const days = daysBetween(from, to);
  const dated = efforts.filter((e) => e.date !== null);
  const undated = efforts.filter((e) => e.date === null);
  const province = dataset.regions.find((r) => r.level === 'province')?.code ?? PROVINCE_CODE;
  const byRow = new Map<string, EffortRecord[]>();
  for (const e of dated) {
    const code = e.prefectureCode ?? province;
    byRow.set(code, [...(byRow.get(code) ?? []), e]);
  }
  const order = [province, ...dataset.regions.filter((r) => r.level === 'prefecture').map((r) => r.code)];
  const rows = order.flatMap((code): TimelineRow[] => {
    const list = byRow.get(code);
    if (!list) return [];
    const spans = list.flatMap((e) => effortSpan(e, to) ?? []);
    const cells = days.map((day) => ({
      day,
      active: spans.filter((s) => s.start <= day && day <= s.end).length,
      started: spans.filter((s) => s.start === day).length,
    }));
    return [{ code, cells }];
  });
  return { days, rows, dated, undated };
}

// The fast path (the columnar index) and the one name the panels call, beside the plain path.
/** The rows of the timeline (active and starting efforts per prefecture and day). */
export function timelineRowsIndexed(
  dataset: Dataset,
  index: EffortIndex,
  positions: Int32Array,
  { from = TIMELINE_START, to = PUBLICATION_DAY }: { from?: string; to?: string } = {},
): { days: string[]; rows: TimelineRow[] } {
  const days = daysBetween(from, to);
  const D = days.length;
  const first = dayNumber(from);
  const last = dayNumber(to);
  const province = dataset.regions.find((r) => r.level === 'province')?.code ?? PROVINCE_CODE;
  const order = [province, ...dataset.regions.filter((r) => r.level === 'prefecture').map((r) => r.code)];
  const slot = new Map(order.map((code, r) => [index.regionCodes.indexOf(code), r]));
  const provinceSlot = 0;
  const active = new Int32Array(order.length * D);
  const started = new Int32Array(order.length * D);
  const hasDated = new Uint8Array(order.length);
  for (const i of positions) {
    const s = index.start[i]!;
    if (s === -1) continue;
    const row = index.prefecture[i] === -1 ? provinceSlot : slot.get(index.prefecture[i]!);
    if (row === undefined) continue;
    hasDated[row] = 1;
    const e = index.end[i] === OPEN_END ? last : index.end[i]!;
    for (let d = Math.max(s, first); d <= Math.min(e, last); d += 1) active[row * D + (d - first)]! += 1;
    if (s >= first && s <= last) started[row * D + (s - first)]! += 1;
  }
  const rows = order.flatMap((code, r): TimelineRow[] =>
    hasDated[r]
      ? [
          {
            code,
            cells: days.map((day, d) => ({ day, active: active[r * D + d]!, started: started[r * D + d]! })),
          },
        ]
      : [],
  );
  return { days, rows };
}

export function timelineOf(set: EffortSet): Timeline {
  if (!set.index || !set.positions) return buildTimeline(set.dataset, set.efforts);
  const { days, rows } = timelineRowsIndexed(set.dataset, set.index, set.positions);
  const dated: EffortRecord[] = [];
  const undated: EffortRecord[] = [];
  // Split by the index's day column: no need to touch the effort objects themselves.
  const { start } = set.index;
  set.positions.forEach((i, k) => (start[i] === -1 ? undated : dated).push(set.efforts[k]!));
  return { days, rows, dated, undated };
}
