import { SCRIPTS } from '../i18n/script';
import { lazy, Suspense, useState, type ReactNode, type SyntheticEvent } from 'react';
import { useVisibleSet } from '../store/visible-set';
import { AppHeader } from '../features/header/app-header';
import { Notices } from '../features/header/notices';
import { FilterBar } from '../features/filters/filter-bar';
import { MapPanel } from '../features/map/map-panel';
import { ChartTabs } from '../features/charts/chart-tabs';
import { useAtlasStore } from '../store/store';
import { useUrlSync } from './use-url-sync';
import { LoadStatus } from './load-status';
import { PanelBoundary } from './panel-boundary';
import { useBundledDataset } from './use-bundled-dataset';
import { SiteFooter } from './site-footer';
import { useAfterFirstCharts } from './use-after-first-charts';
import { useLoadProgress } from './load-progress';
import { ImportPanel } from '../features/import/import-panel';
import { ExportMenu } from '../features/export/export-menu';
import { SearchSlot } from '../features/search/search-slot';
import { translate } from '../i18n/i18n';
import { useWorkbenchRoute, workbenchHref } from './workbench-route';

const OrganisationProfile = lazy(() => import('../features/organisation/organisation-profile'));
const SourceReader = lazy(() => import('../features/source-reader/source-reader'));
// Beside the map, mounted after the first charts (in space kept for it): its chunk loads then.
const RegionDossier = lazy(() =>
  import('../features/dossier/region-dossier').then((m) => ({ default: m.RegionDossier })),
);
// One chart alone, for a frame on another page (`?embed=map`): its own chunk.
const EmbedPage = lazy(() => import('./embed-page'));
// The annotation workbench (`?workbench`): its own chunk, with its messages and the draft model.
const WorkbenchPage = lazy(() => import('./workbench-page'));
// Below the charts, out of the first screen: loads after it.
const ExportBar = lazy(() => import('../features/export/export-bar').then((m) => ({ default: m.ExportBar })));

/** The workbench link's address from the URL as it is now (see its use below). */
function refreshWorkbenchHref(event: SyntheticEvent<HTMLAnchorElement>): void {
  event.currentTarget.href = workbenchHref('');
}

export function App(): ReactNode {
  useUrlSync();
  const query = useBundledDataset();
  const lang = useAtlasStore((s) => s.view.lang);
  const readerWanted = useAtlasStore((s) => s.sourceReader.open || s.sourceReader.quote !== null);
  const data = useVisibleSet();
  const later = useAfterFirstCharts();
  const progress = useLoadProgress();
  // The profile stays mounted once opened, so closing it can hand focus back to what opened it.
  const org = useAtlasStore((s) => s.view.org);
  const [profileWanted, setProfileWanted] = useState(false);
  if (org !== null && !profileWanted) setProfileWanted(true);
  // `?embed=map`: the page shows that chart alone (which names are charts: the embed page checks).
  const [embed] = useState(() => new URLSearchParams(window.location.search).get('embed'));
  const [workbench, goWorkbench] = useWorkbenchRoute();
  if (embed !== null) {
    return data ? (
      <Suspense fallback={null}>
        <EmbedPage asked={embed} data={data} />
      </Suspense>
    ) : (
      <main className="embed" lang={SCRIPTS[lang].tag}>
        <LoadStatus
          lang={lang}
          status={query.status === 'error' ? 'error' : 'pending'}
          error={query.error}
          onRetry={() => void query.refetch()}
          progress={progress}
        />
      </main>
    );
  }
  return (
    <div className="app" lang={SCRIPTS[lang].tag} data-ready={data ? 'true' : 'false'}>
      <AppHeader
        dataset={data?.dataset ?? null}
        search={workbench === null ? <SearchSlot ready={later} /> : null}
        workbench={
          <a
            className="button"
            href={workbenchHref('')}
            // The view changes the URL without redrawing the header: the link is brought up to date
            // whenever it may be followed or copied (hover, focus, press, context menu).
            onMouseEnter={refreshWorkbenchHref}
            onFocus={refreshWorkbenchHref}
            onPointerDown={refreshWorkbenchHref}
            onContextMenu={refreshWorkbenchHref}
            aria-current={workbench === null ? undefined : 'page'}
            onClick={(e) => {
              e.preventDefault();
              goWorkbench('');
            }}
          >
            {translate(lang, 'workbench')}
          </a>
        }
      />
      <Notices />
      {workbench !== null ? (
        <Suspense fallback={<main className="workbench" />}>
          <WorkbenchPage route={workbench} go={goWorkbench} />
        </Suspense>
      ) : data ? (
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
              {/* After the first charts, in the space the map's row keeps for it (styles.css). */}
              {later ? (
                <Suspense fallback={<section className="panel dossier" />}>
                  <RegionDossier data={data} />
                </Suspense>
              ) : (
                <section className="panel dossier" />
              )}
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
            progress={progress}
          />
        </main>
      )}
      {workbench === null && data && later ? (
        <Suspense fallback={null}>
          <ExportBar />
        </Suspense>
      ) : null}
      {data && workbench === null ? <SiteFooter dataset={data.dataset} /> : null}
      {data && profileWanted ? (
        <PanelBoundary name="organisation">
          <Suspense fallback={null}>
            <OrganisationProfile dataset={data.dataset} />
          </Suspense>
        </PanelBoundary>
      ) : null}
      {data && readerWanted ? (
        <Suspense fallback={null}>
          <SourceReader />
        </Suspense>
      ) : null}
    </div>
  );
}
