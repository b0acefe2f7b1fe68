import type { Dataset, EffortRecord } from '../data/model';

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
