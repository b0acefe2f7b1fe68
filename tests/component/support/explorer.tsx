import { QueryClient } from '@tanstack/react-query';
import { render, screen, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { App } from '../../../src/app/app';
import { AppProviders } from '../../../src/app/providers';
import { buildDataset, type Dataset } from '../../../src/data/model';
import type { DatasetJson } from '../../../src/data/schema';
import { ChartTabs } from '../../../src/features/charts/chart-tabs';
import { RegionDossier } from '../../../src/features/dossier/region-dossier';
import { FilterBar } from '../../../src/features/filters/filter-bar';
import { MapPanel } from '../../../src/features/map/map-panel';
import { useAtlasStore } from '../../../src/store/store';
import { useVisibleSet } from '../../../src/store/visible-set';
import { miniDatasetJson } from '../../fixtures/mini-dataset';

/** A square polygon around a point: enough geometry for ECharts to register a map. */
function square(code: string, name: string, lng: number, lat: number): object {
  const ring = [
    [lng, lat],
    [lng + 0.5, lat],
    [lng + 0.5, lat + 0.5],
    [lng, lat + 0.5],
    [lng, lat],
  ];
  return { type: 'Feature', properties: { code, name }, geometry: { type: 'Polygon', coordinates: [ring] } };
}

/** The province map of the mini dataset: its three prefectures. */
export const MINI_PROVINCE_MAP = {
  type: 'FeatureCollection',
  features: [
    square('510100', '成都市', 104, 30.5),
    square('510400', '攀枝花市', 101.5, 26.5),
    square('510600', '德阳市', 104.3, 31.1),
  ],
};

/** The county map of Panzhihua (the one prefecture of the mini dataset with counties). */
export const MINI_PANZHIHUA_MAP = {
  type: 'FeatureCollection',
  features: [square('510402', '东区', 101.7, 26.5), square('510421', '米易县', 102, 26.9)],
};

/**
 * Serve the app's requests from memory: `dataset` for the dataset, the mini maps for boundary files
 * (the county file for any URL naming 5104…), 404 for anything else. Returns the fetch mock.
 */
export function serveMini(dataset: DatasetJson = miniDatasetJson()): ReturnType<typeof vi.fn> {
  const fetchMock = vi.fn(async (input: string | URL) => {
    const url = String(input);
    if (url.includes('dataset')) return new Response(JSON.stringify(dataset));
    if (url.includes('counties')) return new Response(JSON.stringify(MINI_PANZHIHUA_MAP));
    if (url.includes('sichuan')) return new Response(JSON.stringify(MINI_PROVINCE_MAP));
    return new Response('not found', { status: 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** The app's explorer panels (as `App` lays them out), reading the one visible set. */
export function ExplorerPanels(): ReactNode {
  const data = useVisibleSet();
  if (!data) return null;
  return (
    <main className="explorer">
      <FilterBar />
      <MapPanel data={data} />
      <RegionDossier data={data} />
      <ChartTabs data={data} />
    </main>
  );
}

function client(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false } } });
}

/**
 * Render the explorer panels over a registered dataset (no URL sync, no loading states), with the
 * boundary files served from memory. Resolves once the map and the open chart tab have drawn.
 */
export async function renderExplorer(
  dataset: Dataset = buildDataset(miniDatasetJson()),
): Promise<RenderResult> {
  serveMini();
  useAtlasStore.getState().registerDataset(dataset, { origin: { kind: 'bundled' } });
  const result = render(
    <AppProviders client={client()}>
      <ExplorerPanels />
    </AppProviders>,
  );
  await chartsDrawn();
  return result;
}

/** The whole app, loading the mini dataset through its query (URL sync included). */
export async function renderApp(dataset: DatasetJson = miniDatasetJson()): Promise<RenderResult> {
  serveMini(dataset);
  const result = render(
    <AppProviders client={client()}>
      <App />
    </AppProviders>,
  );
  await screen.findByTestId('count-efforts', {}, { timeout: 5000 });
  await chartsDrawn();
  return result;
}

/** Wait until the map and the open tab's chart (or table) are on screen. */
export async function chartsDrawn(): Promise<void> {
  const { view } = useAtlasStore.getState();
  if (view.presentation === 'table') return;
  await screen.findByTestId('chart-map', {}, { timeout: 5000 });
  await screen.findByTestId(`chart-${view.tab}`, {}, { timeout: 5000 });
}
