import type { EffortRecord } from '../data/model';
import type { Filters } from '../domain/view';

function anyIn(values: readonly string[], selected: readonly string[]): boolean {
  return values.some((v) => selected.includes(v));
}

/**
 * The efforts that pass the filters. An empty filter list means "all"; within one filter the
 * choices are alternatives (OR), across filters they combine (AND). A region filter matches an
 * effort in that region or in any of its counties. With a timeline day, only efforts dated on or
 * before it remain — undated efforts cannot be placed on a day, so they drop out.
 */
export function filterEfforts(
  efforts: readonly EffortRecord[],
  filters: Filters,
  day: string | null = null,
): EffortRecord[] {
  const { organisationTypes, activities, regions } = filters;
  const datasets = filters.datasets ?? [];
  return efforts.filter(
    (e) =>
      (datasets.length === 0 || datasets.includes(e.datasetId)) &&
      (organisationTypes.length === 0 || anyIn(e.organisationTypes, organisationTypes)) &&
      (activities.length === 0 || anyIn(e.activities, activities)) &&
      (regions.length === 0 ||
        regions.includes(e.regionCode) ||
        (e.prefectureCode !== null && regions.includes(e.prefectureCode))) &&
      (day === null || (e.date !== null && e.date.start <= day)),
  );
}

/** True when any filter (or the timeline cursor) narrows the view. */
export function isFiltered(filters: Filters, day: string | null = null): boolean {
  return (
    filters.organisationTypes.length > 0 ||
    filters.activities.length > 0 ||
    filters.regions.length > 0 ||
    (filters.datasets?.length ?? 0) > 0 ||
    day !== null
  );
}
