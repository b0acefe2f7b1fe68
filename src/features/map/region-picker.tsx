import type { ReactNode } from 'react';
import { shortRegionName } from '../../i18n/region-names';
import type { Dataset } from '../../data/model';
import { translate } from '../../i18n/i18n';
import { useAtlasStore } from '../../store/store';
import { useLang } from '../../store/visible-set';

/** Every region reachable without the map: a native select, grouped by prefecture (keyboard-friendly). */
export function RegionPicker({ dataset }: { dataset: Dataset }): ReactNode {
  const lang = useLang();
  const selected = useAtlasStore((s) => s.view.selectedRegion);
  const selectRegion = useAtlasStore((s) => s.selectRegion);
  const province = dataset.regions.find((r) => r.level === 'province');
  const prefectures = dataset.regions.filter((r) => r.level === 'prefecture');
  return (
    <label className="select-label region-picker">
      <span>{translate(lang, 'goToRegion')}</span>
      <select
        value={selected ?? ''}
        onChange={(e) => selectRegion(e.target.value === '' ? null : e.target.value)}
        data-testid="region-picker"
      >
        <option value="">{translate(lang, 'chooseRegion')}</option>
        {province ? <option value={province.code}>{province[lang]}</option> : null}
        {prefectures.map((p) => {
          const counties = dataset.regions.filter((r) => r.parent === p.code);
          const reported = dataset.reportedPrefectures.has(p.code);
          const label = `${shortRegionName(p, lang)}${reported ? '' : ` (${translate(lang, 'notCovered')})`}`;
          return counties.length === 0 ? (
            <option key={p.code} value={p.code}>
              {label}
            </option>
          ) : (
            <optgroup key={p.code} label={shortRegionName(p, lang)}>
              <option value={p.code}>{label}</option>
              {counties.map((c) => (
                <option key={c.code} value={c.code}>
                  {`· ${shortRegionName(c, lang)}`}
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
    </label>
  );
}
