import type { ReactNode } from 'react';
import { shortRegionName } from '../../charts/region-names';
import { translate } from '../../i18n/i18n';
import { filterEfforts } from '../../selectors/filter-efforts';
import { useAtlasStore } from '../../store/store';
import { useLang, type ExplorerData } from '../explorer/use-explorer';
import { canDrill } from '../map/map-panel';
import { EffortCard } from './effort-card';
import { RegionIndex } from './region-index';

/** The story of the selected region: its efforts under the current filters, each figure with its quote. */
export function RegionDossier({ data }: { data: ExplorerData }): ReactNode {
  const lang = useLang();
  const selected = useAtlasStore((s) => s.view.selectedRegion);
  const drill = useAtlasStore((s) => s.view.drill);
  const selectRegion = useAtlasStore((s) => s.selectRegion);
  const applyView = useAtlasStore((s) => s.applyView);
  const { dataset, inScope } = data;
  const region = selected ? dataset.regionByCode.get(selected) : undefined;
  if (!region) {
    return (
      <section className="panel dossier dossier--empty" aria-labelledby="dossier-title">
        <h2 id="dossier-title">{translate(lang, 'dossierTitle')}</h2>
        <p>{translate(lang, 'dossierEmpty')}</p>
        <RegionIndex data={data} />
      </section>
    );
  }
  const all = filterEfforts(dataset.efforts, {
    organisationTypes: [],
    activities: [],
    regions: [region.code],
  });
  const hidden = all.length - inScope.length;
  const parent = region.parent ? dataset.regionByCode.get(region.parent) : undefined;
  const other = lang === 'zh' ? 'en' : 'zh';
  return (
    <section className="panel dossier" aria-labelledby="dossier-title" data-testid="dossier">
      <div className="panel__head">
        <div>
          <h2 id="dossier-title">{region[lang]}</h2>
          <p className="dossier__alt" lang={other === 'zh' ? 'zh-CN' : 'en'}>
            {region[other]}
            {parent && parent.level !== 'province' ? ` · ${shortRegionName(parent, lang)}` : ''}
          </p>
        </div>
        <button
          type="button"
          className="button button--small"
          aria-label={translate(lang, 'closeDossier')}
          onClick={() => selectRegion(null)}
        >
          ✕
        </button>
      </div>
      {drill === null && canDrill(dataset, region.code) ? (
        <button type="button" className="button" onClick={() => applyView({ drill: region.code })}>
          {translate(lang, 'drillInto', { name: shortRegionName(region, lang) })} →
        </button>
      ) : null}
      <p className="dossier__count" data-testid="dossier-count">
        {all.length === 0
          ? translate(lang, 'noEffortsInRegion')
          : inScope.length === 0
            ? translate(lang, 'noEffortsMatch')
            : translate(lang, 'effortsInRegion', { count: inScope.length })}
        {hidden > 0 && inScope.length > 0 ? ` ${translate(lang, 'hiddenByFilters', { count: hidden })}` : ''}
      </p>
      <div className="dossier__efforts">
        {inScope.map((e) => (
          <EffortCard key={e.id} effort={e} dataset={dataset} lang={lang} />
        ))}
      </div>
    </section>
  );
}
