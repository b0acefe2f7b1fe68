import type { EffortRecord } from '../data/model';
import type { Filters } from '../domain/view';
import { parsePeriod, type Period } from '../domain/period';

/** Whether an effort runs at some time in a period ("since" runs on; undated never). */
export function activeIn(e: EffortRecord, period: Period): boolean {
  const { date } = e;
  if (date === null || date.start > period.end) return false;
  if (date.kind === 'since') return true;
  const end = date.kind === 'range' ? (date.end ?? date.start) : date.start;
  return end >= period.start;
}

function anyIn(values: readonly string[], selected: readonly string[]): boolean {
  return values.some((v) => selected.includes(v));
}

/**
 * The efforts that pass the filters. An empty filter list means "all"; within one filter the
 * choices are alternatives (OR), across filters they combine (AND). A region filter matches an
 * effort in that region or in any of its counties. With a timeline period (a day, ISO week or month,
 * `domain/period`), only efforts running at some time in it remain — undated efforts cannot be placed
 * in time, so they drop out; a malformed period keeps nothing.
 */
export function filterEfforts(
  efforts: readonly EffortRecord[],
  filters: Filters,
  period: string | null = null,
): EffortRecord[] {
  const { organisationTypes, activities, regions } = filters;
  const span = period === null ? null : parsePeriod(period);
  const datasets = filters.datasets ?? [];
  return efforts.filter(
    (e) =>
      (datasets.length === 0 || datasets.includes(e.datasetId)) &&
      (organisationTypes.length === 0 || anyIn(e.organisationTypes, organisationTypes)) &&
      (activities.length === 0 || anyIn(e.activities, activities)) &&
      (regions.length === 0 ||
        regions.includes(e.regionCode) ||
        (e.prefectureCode !== null && regions.includes(e.prefectureCode))) &&
      (period === null || (span !== null && activeIn(e, span))),
  );
}

/** True when any filter (or the timeline period) narrows the view. */
export function isFiltered(filters: Filters, period: string | null = null): boolean {
  return (
    filters.organisationTypes.length > 0 ||
    filters.activities.length > 0 ||
    filters.regions.length > 0 ||
    (filters.datasets?.length ?? 0) > 0 ||
    period !== null
  );
}
