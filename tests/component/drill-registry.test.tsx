import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildDataset } from '../../src/data/model';
import { parseDatasetJsonFile } from '../../src/import/json-import';
import { useAtlasStore } from '../../src/store/store';
import { readJson, regionRegistry } from '../fixtures/load';
import { lastOption, resetChartStub, seriesData } from './support/chart-stub';
import { MINI_PROVINCE_MAP, renderExplorer } from './support/explorer';

vi.mock('../../src/charts/chart', () => import('./support/chart-stub'));

/**
 * Drill-down into a prefecture that is not one of the bundled report's five: the test dataset
 * (tests/fixtures/regions/bazhong.json) lists no regions at all and names 巴州区 and 通江县, which the
 * import fills in from the region registry. Boundaries: Bazhong's counties as small squares, with
 * the zh and English names the real boundary files carry.
 */
function square(code: string, name: string, en: string, lng: number): object {
  const ring = [
    [lng, 31.8],
    [lng + 0.3, 31.8],
    [lng + 0.3, 32.1],
    [lng, 32.1],
    [lng, 31.8],
  ];
  return {
    type: 'Feature',
    properties: { code, name, en },
    geometry: { type: 'Polygon', coordinates: [ring] },
  };
}
const BAZHONG_COUNTIES = {
  type: 'FeatureCollection',
  features: [
    square('511902', '巴州区', 'Bazhou District', 106.6),
    square('511903', '恩阳区', 'Enyang District', 106.3),
    square('511921', '通江县', 'Tongjiang County', 107.1),
  ],
};
const PROVINCE_WITH_BAZHONG = {
  ...MINI_PROVINCE_MAP,
  features: [...MINI_PROVINCE_MAP.features, square('511900', '巴中市', 'Bazhong', 106.8)],
};

function importedBazhong() {
  const result = parseDatasetJsonFile(
    JSON.stringify(readJson('tests/fixtures/regions/bazhong.json')),
    regionRegistry(),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return buildDataset(result.value);
}

function serveBazhong(): ReturnType<typeof vi.fn> {
  const fetchMock = vi.fn(async (input: string | URL) => {
    const url = String(input);
    if (url.includes('511900')) return new Response(JSON.stringify(BAZHONG_COUNTIES));
    if (url.includes('sichuan')) return new Response(JSON.stringify(PROVINCE_WITH_BAZHONG));
    return new Response('not found', { status: 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** The label the map draws for a region code. */
function mapLabel(code: string): string {
  const series = (
    lastOption('map').series as Array<{ label: { formatter: (p: { name: string }) => string } }>
  )[0]!;
  // The region's name, without the value a covered region shows after it (` {v|1}`).
  return series.label.formatter({ name: code }).replace(/ \{v\|[^}]*\}$/, '');
}

const view = () => useAtlasStore.getState().view;

beforeEach(() => resetChartStub());
afterEach(() => vi.unstubAllGlobals());

describe('drill-down into a prefecture outside the bundled report', () => {
  it('is offered for Bazhong, draws its counties named in zh and en, and goes back', async () => {
    const dataset = importedBazhong();
    await renderExplorer(dataset);
    const fetchMock = serveBazhong();
    const nav = screen.getByRole('navigation');

    // The region picker offers Bazhong with the two counties the data names (from the registry).
    const picker = within(nav).getByTestId('region-picker');
    const group = within(picker).getByRole('group', { name: '巴中' });
    expect(
      within(group)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['巴中', '· 巴州区', '· 通江县']);
    await userEvent.selectOptions(picker, '511900');
    expect(view().selectedRegion).toBe('511900');

    await userEvent.click(within(nav).getByRole('button', { name: /巴中/ }));
    expect(view().drill).toBe('511900');
    await screen.findByRole('heading', { name: '巴中（区县）' });
    await vi.waitFor(() => expect(lastOption('map').series).toMatchObject([{ map: 'sichuan-511900' }]));
    expect(fetchMock.mock.calls.some(([url]) => String(url).includes('511900'))).toBe(true);
    const counts = Object.fromEntries(
      (seriesData('map')[0] as Array<{ name: string; effortCount: number }>).map((d) => [
        d.name,
        d.effortCount,
      ]),
    );
    expect(counts).toEqual({ '511902': 1, '511903': 0, '511921': 1 });
    expect(mapLabel('511902')).toBe('巴州区');
    // 恩阳区 is not in the dataset: its name comes from the boundary data.
    expect(mapLabel('511903')).toBe('恩阳区');

    act(() => useAtlasStore.getState().applyView({ lang: 'en' }));
    await screen.findByRole('heading', { name: 'Bazhong (counties)' });
    await vi.waitFor(() => expect(mapLabel('511902')).toBe('Bazhou District'));
    expect(mapLabel('511903')).toBe('Enyang District');
    expect(mapLabel('511921')).toBe('Tongjiang');

    await userEvent.click(within(nav).getByRole('button', { name: /Sichuan|province/i }));
    expect(view().drill).toBeNull();
    await vi.waitFor(() => expect(lastOption('map').series).toMatchObject([{ map: 'sichuan' }]));
  });
});
