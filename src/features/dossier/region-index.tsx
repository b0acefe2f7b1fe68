import { useMemo, type ReactNode } from 'react';
import { shortRegionName } from '../../charts/region-names';
import { translate } from '../../i18n/i18n';
import { useAtlasStore } from '../../store/store';
import { useLang, type ExplorerData } from '../explorer/use-explorer';

/** The regions the report covers, with their efforts under the filters: a way in without the map. */
export function RegionIndex({ data }: { data: ExplorerData }): ReactNode {
  const lang = useLang();
  const selectRegion = useAtlasStore((s) => s.selectRegion);
  const { dataset, filtered } = data;
  const rows = useMemo(() => {
    const counts = new Map<string, number>();
    for (const e of filtered) {
      const key = e.prefectureCode ?? e.regionCode;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const covered = new Set([
      ...dataset.reportedPrefectures,
      ...dataset.efforts.filter((e) => !e.prefectureCode).map((e) => e.regionCode),
    ]);
    return [...covered]
      .map((code) => ({ code, count: counts.get(code) ?? 0, region: dataset.regionByCode.get(code)! }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  }, [dataset, filtered]);
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
