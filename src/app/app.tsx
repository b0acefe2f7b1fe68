import { SCRIPTS } from '../i18n/script';
import { lazy, Suspense, type ReactNode } from 'react';
import { useVisibleSet } from '../store/visible-set';
import { AppHeader } from '../features/header/app-header';
import { Notices } from '../features/header/notices';
import { FilterBar } from '../features/filters/filter-bar';
import { MapPanel } from '../features/map/map-panel';
import { RegionDossier } from '../features/dossier/region-dossier';
import { ChartTabs } from '../features/charts/chart-tabs';
import { useAtlasStore } from '../store/store';
import { useUrlSync } from './use-url-sync';
import { LoadStatus } from './load-status';
import { PanelBoundary } from './panel-boundary';
import { useBundledDataset } from './use-bundled-dataset';
import { SiteFooter } from './site-footer';
import { ImportPanel } from '../features/import/import-panel';
import { ExportMenu } from '../features/export/export-menu';

const SourceReader = lazy(() => import('../features/source-reader/source-reader'));
// Below the charts, out of the first screen: loads after it.
const ExportBar = lazy(() => import('../features/export/export-bar').then((m) => ({ default: m.ExportBar })));

export function App(): ReactNode {
  useUrlSync();
  const query = useBundledDataset();
  const lang = useAtlasStore((s) => s.view.lang);
  const readerWanted = useAtlasStore((s) => s.sourceReader.open || s.sourceReader.quote !== null);
  const data = useVisibleSet();
  return (
    <div className="app" lang={SCRIPTS[lang].tag} data-ready={data ? 'true' : 'false'}>
      <AppHeader dataset={data?.dataset ?? null} />
      <Notices />
      {data ? (
        <main className="explorer">
          <PanelBoundary name="filters">
            <FilterBar />
          </PanelBoundary>
          <PanelBoundary name="import">
            <ImportPanel />
          </PanelBoundary>
          <div className="explorer__top">
            <PanelBoundary name="map">
              <MapPanel data={data} exportMenu={ExportMenu} />
            </PanelBoundary>
            <PanelBoundary name="dossier">
              <RegionDossier data={data} />
            </PanelBoundary>
          </div>
          <PanelBoundary name="charts">
            <ChartTabs data={data} exportMenu={ExportMenu} />
          </PanelBoundary>
        </main>
      ) : (
        <main className="explorer">
          <LoadStatus
            lang={lang}
            status={query.status === 'error' ? 'error' : 'pending'}
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        </main>
      )}
      {data ? (
        <Suspense fallback={null}>
          <ExportBar />
        </Suspense>
      ) : null}
      {data ? <SiteFooter dataset={data.dataset} /> : null}
      {data && readerWanted ? (
        <Suspense fallback={null}>
          <SourceReader source={data.dataset.source} />
        </Suspense>
      ) : null}
    </div>
  );
}
