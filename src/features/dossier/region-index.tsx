import { useMemo, type ReactNode } from 'react';
import { shortRegionName } from '../../i18n/region-names';
import { translate } from '../../i18n/i18n';
import type { EffortSet } from '../../aggregates/effort-set';
import { useAtlasStore } from '../../store/store';
import { useLang, type VisibleSet } from '../../store/visible-set';

/** Efforts per prefecture (or per region, for province-wide ones); from the index's columns when there is one. */
function countByRegion(set: EffortSet): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (code: string): void => void counts.set(code, (counts.get(code) ?? 0) + 1);
  if (set.index && set.positions) {
    const { prefecture, region, regionCodes } = set.index;
    for (const i of set.positions) add(regionCodes[prefecture[i]! !== -1 ? prefecture[i]! : region[i]!]!);
  } else {
    for (const e of set.efforts) add(e.prefectureCode ?? e.regionCode);
  }
  return counts;
}

/** The regions the report covers, with their efforts under the filters: a way in without the map. */
export function RegionIndex({ data }: { data: VisibleSet }): ReactNode {
  const lang = useLang();
  const selectRegion = useAtlasStore((s) => s.selectRegion);
  const { dataset, filteredSet } = data;
  // Which regions the report covers depends on the dataset only, not on the filters.
  const covered = useMemo(
    () => [
      ...new Set([
        ...dataset.reportedPrefectures,
        ...dataset.efforts.filter((e) => !e.prefectureCode).map((e) => e.regionCode),
      ]),
    ],
    [dataset],
  );
  const rows = useMemo(() => {
    const counts = countByRegion(filteredSet);
    return covered
      .map((code) => ({ code, count: counts.get(code) ?? 0, region: dataset.regionByCode.get(code)! }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  }, [dataset, covered, filteredSet]);
  return (
    <ul className="region-index" aria-label={translate(lang, 'regionList')}>
      {rows.map((r) => (
        <li key={r.code}>
          <button type="button" className="region-index__button" onClick={() => selectRegion(r.code)}>
            <span>{r.region.level === 'province' ? r.region[lang] : shortRegionName(r.region, lang)}</span>
            <span className="region-index__count">
              {translate(lang, 'effortsInRegion', { count: r.count })}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
