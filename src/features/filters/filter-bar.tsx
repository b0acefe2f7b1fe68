import { useMemo, type ReactNode } from 'react';
import { shortRegionName } from '../../i18n/region-names';
import { translate } from '../../i18n/i18n';
import { isFiltered } from '../../aggregates/filter-efforts';
import { effortIndexOf } from '../../aggregates/effort-index';
import type { Dataset } from '../../data/model';
import { useAtlasStore } from '../../store/store';
import { useVisibleSet, useLang } from '../../store/visible-set';
import { effortsPerDataset } from '../../aggregates/union';
import { isUnion, membersOf } from '../../data/model';

/** Efforts per organisation type (an effort counts once for each of its types), from the index's bit masks when there is one. */
function countTypes(dataset: Dataset): Map<string, number> {
  const counts = new Map<string, number>();
  const index = effortIndexOf(dataset);
  if (index) {
    const perBit = new Array<number>(index.typeIds.length).fill(0);
    for (const mask of index.typeMask) {
      for (let bits = mask; bits !== 0; bits &= bits - 1) {
        const bit = 31 - Math.clz32(bits & -bits);
        if (bit < perBit.length) perBit[bit]! += 1;
      }
    }
    index.typeIds.forEach((id, bit) => counts.set(id, perBit[bit]!));
    return counts;
  }
  for (const e of dataset.efforts) {
    for (const t of e.organisationTypes) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return counts;
}

/** Filters by organisation type (the core of the atlas), activity and region, with a count and a reset. */
export function FilterBar(): ReactNode {
  const lang = useLang();
  const data = useVisibleSet();
  const filters = useAtlasStore((s) => s.view.filters);
  const period = useAtlasStore((s) => s.view.period);
  const toggleFilter = useAtlasStore((s) => s.toggleFilter);
  const setFilter = useAtlasStore((s) => s.setFilter);
  const resetFilters = useAtlasStore((s) => s.resetFilters);
  const dataset = data?.dataset;
  const chosenReports = filters.datasets;
  // Counts and totals are of the reports in view: a report filtered out leaves no stale counts.
  const typeCounts = useMemo(() => {
    if (!dataset) return new Map<string, number>();
    const chosen = isUnion(dataset) ? (chosenReports ?? []) : [];
    if (chosen.length === 0) return countTypes(dataset);
    const counts = new Map<string, number>();
    for (const e of dataset.efforts) {
      if (!chosen.includes(e.datasetId)) continue;
      for (const t of e.organisationTypes) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    return counts;
  }, [dataset, chosenReports]);
  const reportCounts = useMemo(
    () => (dataset && isUnion(dataset) ? effortsPerDataset(dataset, dataset.efforts) : []),
    [dataset],
  );
  if (!data || !dataset) return null;
  const { filtered } = data;
  const members = membersOf(dataset);
  const prefectures = dataset.regions.filter((r) => r.level === 'prefecture');
  const regionValue = filters.regions.length === 1 ? filters.regions[0]! : '';
  return (
    <section className="filter-bar" aria-label={translate(lang, 'filters')}>
      {reportCounts.length > 1 ? (
        <fieldset className="filter-group filter-group--reports" data-testid="report-filter">
          <legend>{translate(lang, 'byReport')}</legend>
          <div className="chips">
            {reportCounts.map(({ id, count }) => {
              const on = (filters.datasets ?? []).includes(id);
              const member = members.find((m) => m.id === id);
              return (
                <button
                  key={id}
                  type="button"
                  className={`chip chip--report ${on ? 'chip--on' : ''}`}
                  aria-pressed={on}
                  data-report={id}
                  onClick={() => toggleFilter('datasets', id)}
                >
                  <span className="chip__text">{member ? member.title[lang] : id}</span>
                  <span className="chip__count">{count}</span>
                </button>
              );
            })}
          </div>
        </fieldset>
      ) : null}
      <fieldset className="filter-group filter-group--types">
        <legend>{translate(lang, 'byOrganisationType')}</legend>
        <div className="chips">
          {dataset.organisationTypes.map((t, i) => {
            const on = filters.organisationTypes.includes(t.id);
            return (
              <button
                key={t.id}
                type="button"
                className={`chip ${on ? 'chip--on' : ''}`}
                aria-pressed={on}
                data-type={t.id}
                onClick={() => toggleFilter('organisationTypes', t.id)}
              >
                <span className={`swatch swatch--${i % 10}`} aria-hidden="true" />
                {t[lang]}
                <span className="chip__count">{typeCounts.get(t.id) ?? 0}</span>
              </button>
            );
          })}
        </div>
      </fieldset>
      <div className="filter-row">
        <details className="filter-group dropdown">
          <summary>
            {translate(lang, 'byActivity')}
            {filters.activities.length
              ? `: ${translate(lang, 'activitiesChosen', { count: filters.activities.length })}`
              : ''}
          </summary>
          <fieldset className="dropdown__panel">
            <legend className="visually-hidden">{translate(lang, 'chooseActivities')}</legend>
            {dataset.activities.map((a) => (
              <label key={a.id} className="check">
                <input
                  type="checkbox"
                  checked={filters.activities.includes(a.id)}
                  onChange={() => toggleFilter('activities', a.id)}
                />
                {a[lang]}
              </label>
            ))}
          </fieldset>
        </details>
        <label className="filter-group select-label">
          <span>{translate(lang, 'byRegion')}</span>
          <select
            value={regionValue}
            onChange={(e) => setFilter('regions', e.target.value ? [e.target.value] : [])}
          >
            <option value="">{translate(lang, 'allRegions')}</option>
            {prefectures.map((r) => (
              <option key={r.code} value={r.code} disabled={!dataset.reportedPrefectures.has(r.code)}>
                {shortRegionName(r, lang)}
              </option>
            ))}
          </select>
        </label>
        <p className="filter-count" aria-live="polite" data-testid="shown-count">
          {translate(lang, 'shownOf', { shown: filtered.length, total: dataset.efforts.length })}
        </p>
        <button
          type="button"
          className="button"
          onClick={resetFilters}
          disabled={!isFiltered(filters, period)}
        >
          {translate(lang, 'resetFilters')}
        </button>
      </div>
    </section>
  );
}
