import { SCRIPTS } from '../../i18n/script';
import { useMemo, useState, type ReactNode } from 'react';
import { shortRegionName } from '../../i18n/region-names';
import { translate } from '../../i18n/i18n';
import { regionEffortCount } from '../../aggregates/effort-set';
import { useAtlasStore } from '../../store/store';
import { useLang, type VisibleSet } from '../../store/visible-set';
import { canDrill } from '../../charts/geo';
import { EffortCard } from '../../ui/effort-card';
import { RegionIndex } from './region-index';

const PAGE = 30;

/** The story of the selected region: its efforts under the current filters, each figure with its quote. */
export function RegionDossier({ data }: { data: VisibleSet }): ReactNode {
  const lang = useLang();
  const selected = useAtlasStore((s) => s.view.selectedRegion);
  const drill = useAtlasStore((s) => s.view.drill);
  const selectRegion = useAtlasStore((s) => s.selectRegion);
  const applyView = useAtlasStore((s) => s.applyView);
  const { dataset, inScope } = data;
  const region = selected ? dataset.regionByCode.get(selected) : undefined;
  // Large datasets: render a page of efforts at a time, never thousands of cards at once.
  const [shown, setShown] = useState(PAGE);
  const [shownFor, setShownFor] = useState(selected);
  // All efforts of the region, whatever the filters (for "N more hidden by the filters").
  const regionTotal = useMemo(
    () => (selected === null ? 0 : regionEffortCount(dataset, selected)),
    [dataset, selected],
  );
  if (shownFor !== selected) {
    setShownFor(selected);
    setShown(PAGE);
  }
  if (!region) {
    return (
      <section className="panel dossier dossier--empty" aria-labelledby="dossier-title">
        <h2 id="dossier-title">{translate(lang, 'dossierTitle')}</h2>
        <p>{translate(lang, 'dossierEmpty')}</p>
        <RegionIndex data={data} />
      </section>
    );
  }
  const hidden = regionTotal - inScope.length;
  const parent = region.parent ? dataset.regionByCode.get(region.parent) : undefined;
  const other = SCRIPTS[lang].other;
  return (
    <section className="panel dossier" aria-labelledby="dossier-title" data-testid="dossier">
      <div className="panel__head">
        <div>
          <h2 id="dossier-title">{region[lang]}</h2>
          <p className="dossier__alt" lang={SCRIPTS[other].tag}>
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
        {regionTotal === 0
          ? translate(lang, 'noEffortsInRegion')
          : inScope.length === 0
            ? translate(lang, 'noEffortsMatch')
            : translate(lang, 'effortsInRegion', { count: inScope.length })}
        {hidden > 0 && inScope.length > 0 ? ` ${translate(lang, 'hiddenByFilters', { count: hidden })}` : ''}
      </p>
      <div className="dossier__efforts">
        {inScope.slice(0, shown).map((e) => (
          <EffortCard key={e.id} effort={e} dataset={dataset} lang={lang} />
        ))}
      </div>
      {inScope.length > shown ? (
        <button type="button" className="button" onClick={() => setShown((n) => n + PAGE)}>
          {translate(lang, 'showMore', {
            count: Math.min(PAGE, inScope.length - shown),
            rest: inScope.length - shown,
          })}
        </button>
      ) : null}
    </section>
  );
}
