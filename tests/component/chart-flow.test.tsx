import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildDataset } from '../../src/data/model';
import { useAtlasStore } from '../../src/store/store';
import { miniWithProvinceJson } from '../fixtures/chart-fixtures';
import { clickChart, lastOption, resetChartStub, seriesData } from './support/chart-stub';
import { renderExplorer } from './support/explorer';

vi.mock('../../src/charts/chart', () => import('./support/chart-stub'));

/**
 * Click → store → option: what each chart is asked to draw after a click on another chart, a filter
 * or the view controls. The mini dataset: Chengdu (undated, united-front department), Panzhihua
 * (a transport effort in Miyi county on 4 Sep by a private firm; a donation since 2 Sep by the
 * firm and the democratic parties).
 */

type Item = Record<string, unknown> & { value: unknown };
const items = (chartId: string, series = 0): Item[] => seriesData(chartId)[series] as Item[];

/** Efforts per organisation type, as the type bars draw them. */
const typeBars = (): Record<string, unknown> =>
  Object.fromEntries(items('type').map((d) => [d.typeId as string, d.value]));
/** Value per prefecture, as the region bars draw them. */
const regionBars = (): Record<string, unknown> =>
  Object.fromEntries(items('region').map((d) => [d.code as string, d.value]));
/** Efforts per prefecture, as the map colours them. */
const mapCounts = (): Record<string, unknown> =>
  Object.fromEntries(items('map').map((d) => [d.name as string, d.effortCount]));
const description = (chartId: string): string =>
  (lastOption(chartId).aria as { label: { description: string } }).label.description;
const yLabels = (chartId: string): unknown => (lastOption(chartId).yAxis as { data: unknown[] }).data;

const view = () => useAtlasStore.getState().view;
const setView = (patch: Parameters<ReturnType<typeof useAtlasStore.getState>['applyView']>[0]): void =>
  act(() => useAtlasStore.getState().applyView(patch));

beforeEach(() => resetChartStub());
afterEach(() => vi.unstubAllGlobals());

describe('type bars', () => {
  it('count only the selected region (the cross-filter), and follow a click on a region bar', async () => {
    useAtlasStore.getState().applyView({ tab: 'type', selectedRegion: '510400' });
    await renderExplorer();
    expect(typeBars()).toEqual({
      'united-front-department': 0,
      'private-enterprise': 2,
      'democratic-party': 1,
    });
    act(() => useAtlasStore.getState().selectRegion('510100'));
    expect(typeBars()).toEqual({
      'united-front-department': 1,
      'private-enterprise': 0,
      'democratic-party': 0,
    });
  });

  it('toggle the type filter on a click, outline the type, and the map redraws with it', async () => {
    useAtlasStore.getState().applyView({ tab: 'type' });
    await renderExplorer();
    expect(mapCounts()).toMatchObject({ '510100': 1, '510400': 2 });
    clickChart('type', { data: { typeId: 'united-front-department' } });
    expect(view().filters.organisationTypes).toEqual(['united-front-department']);
    expect(mapCounts()).toMatchObject({ '510100': 1, '510400': 0 });
    const outlined = items('type').filter((d) => (d.itemStyle as { borderWidth?: number }).borderWidth);
    expect(outlined.map((d) => d.typeId)).toEqual(['united-front-department']);
    clickChart('type', { data: { typeId: 'united-front-department' } });
    expect(view().filters.organisationTypes).toEqual([]);
    // A click beside the bars (no data item) changes nothing.
    clickChart('type', {});
    expect(view().filters.organisationTypes).toEqual([]);
  });
});

describe('region bars', () => {
  it('draw the chosen metric and select the clicked region (the dossier opens on it)', async () => {
    await renderExplorer();
    expect(regionBars()).toMatchObject({ '510100': 1, '510400': 2 });
    setView({ metric: 'unit:yuan' });
    expect(regionBars()).toMatchObject({ '510100': null, '510400': 168000 });
    setView({ metric: 'organisations' });
    expect(regionBars()).toMatchObject({ '510100': 1, '510400': 2 });
    clickChart('region', { data: { code: '510100' } });
    expect(view().selectedRegion).toBe('510100');
    expect(screen.getByRole('heading', { level: 2, name: /成都市/ })).toBeInTheDocument();
  });

  it('follow the timeline cursor, which drops undated efforts', async () => {
    await renderExplorer();
    setView({ period: '2022-09-03' });
    // Only the donation (since 2 Sep) has started by 3 Sep; Chengdu's undated effort drops out.
    expect(regionBars()).toMatchObject({ '510100': 0, '510400': 1 });
    expect(mapCounts()).toMatchObject({ '510100': 0, '510400': 1 });
  });

  it('redraw in the new language when the language changes', async () => {
    await renderExplorer();
    const han = /\p{Script=Han}/u;
    expect(yLabels('region')).toContain('成都');
    expect(description('region')).toMatch(han);
    setView({ lang: 'en' });
    expect(yLabels('region')).toContain('Chengdu');
    // Names, series and the description for screen readers: nothing left in Chinese.
    expect(description('region')).not.toMatch(han);
    expect(JSON.stringify(lastOption('region').series)).not.toMatch(han);
    expect(screen.getByTestId('chart-region')).toHaveAccessibleName(/^By region\. /);
  });
});

describe('heat-map', () => {
  it('a click on a cell filters by its type and its activity', async () => {
    useAtlasStore.getState().applyView({ tab: 'matrix' });
    await renderExplorer();
    clickChart('matrix', {
      data: { typeId: 'private-enterprise', activityId: 'donations', value: [1, 1, 1] },
    });
    expect(view().filters).toMatchObject({
      organisationTypes: ['private-enterprise'],
      activities: ['donations'],
    });
    // One effort passes: the donation, by the firm and the democratic parties.
    const cells = items('matrix').map((d) => [d.typeId, d.activityId, (d.value as number[])[2]]);
    expect(cells.filter((c) => c[2] !== 0)).toEqual([
      ['private-enterprise', 'donations', 1],
      ['democratic-party', 'donations', 1],
    ]);
  });

  it('counts only the selected region', async () => {
    useAtlasStore.getState().applyView({ tab: 'matrix', selectedRegion: '510100' });
    await renderExplorer();
    const cells = items('matrix').filter((d) => (d.value as number[])[2] !== 0);
    expect(cells.map((d) => [d.typeId, d.activityId])).toEqual([
      ['united-front-department', 'testing-site-support'],
    ]);
  });
});

describe('timeline', () => {
  it('shows only the selected region, and a click selects the period and the region', async () => {
    useAtlasStore.getState().applyView({ tab: 'timeline' });
    await renderExplorer(buildDataset(miniWithProvinceJson()));
    expect(yLabels('timeline')).toEqual(['四川', '攀枝花']);
    clickChart('timeline', { data: { code: '510400', period: '2022-09-04' } });
    expect(view()).toMatchObject({ period: '2022-09-04', selectedRegion: '510400' });
    expect(yLabels('timeline')).toEqual(['攀枝花']);
    // The timeline ignores its own selection: it draws every day, the selected day outlined.
    const running = items('timeline').filter((d) => (d.value as number[])[2]! > 0);
    expect(running.some((d) => (d.period as string) > '2022-09-04')).toBe(true);
    const cursor = items('timeline').filter((d) => d.itemStyle);
    expect(cursor.map((d) => d.period)).toEqual(['2022-09-04']);
  });

  it('steps the cursor day by day; reset filters clears it', async () => {
    useAtlasStore.getState().applyView({ tab: 'timeline' });
    await renderExplorer();
    const days = (lastOption('timeline').xAxis as { data: string[] }).data;
    await userEvent.click(screen.getByRole('button', { name: '后一天' }));
    expect(view().period).toBe(days[0]);
    await userEvent.click(screen.getByRole('button', { name: '后一天' }));
    expect(view().period).toBe(days[1]);
    expect(screen.getByTestId('timeline-day')).not.toBeEmptyDOMElement();
    await userEvent.click(screen.getByRole('button', { name: '前一天' }));
    expect(view().period).toBe(days[0]);
    await userEvent.click(screen.getByRole('button', { name: /^民营企业/ }));
    await userEvent.click(screen.getByRole('button', { name: '重置筛选' }));
    expect(view().period).toBeNull();
    expect(screen.getByTestId('shown-count')).toHaveTextContent('显示 3 / 3 项行动');
  });
  it('plays through the days to the last one, then stops', async () => {
    useAtlasStore.getState().applyView({ tab: 'timeline' });
    await renderExplorer();
    const days = (lastOption('timeline').xAxis as { data: string[] }).data;
    vi.useFakeTimers();
    try {
      fireEvent.click(screen.getByRole('button', { name: /播放/ }));
      expect(view().period).toBe(days[0]);
      expect(useAtlasStore.getState().playing).toBe(true);
      act(() => vi.advanceTimersByTime(900));
      expect(view().period).toBe(days[1]);
      act(() => vi.advanceTimersByTime(900 * days.length));
      expect(view().period).toBe(days.at(-1));
      expect(useAtlasStore.getState().playing).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('map', () => {
  it('a click on a region selects it; a click outside the dataset selects nothing', async () => {
    await renderExplorer();
    clickChart('map', { name: '510600', data: { name: '510600' } });
    expect(view().selectedRegion).toBe('510600');
    clickChart('map', { name: '519999' });
    expect(view().selectedRegion).toBe('510600');
    expect(items('map').find((d) => d.name === '510600')).toMatchObject({ selected: true });
  });

  it('drills into a prefecture and back to the province', async () => {
    useAtlasStore.getState().applyView({ selectedRegion: '510400' });
    await renderExplorer();
    const nav = screen.getByRole('navigation');
    await userEvent.click(within(nav).getByRole('button', { name: /攀枝花/ }));
    expect(view().drill).toBe('510400');
    await screen.findByRole('heading', { name: '攀枝花（区县）' });
    await vi.waitFor(() => expect(lastOption('map').series).toMatchObject([{ map: 'sichuan-510400' }]));
    expect(mapCounts()).toEqual({ '510402': 0, '510421': 1 });
    await userEvent.click(within(nav).getByRole('button', { name: /返回全省/ }));
    expect(view().drill).toBeNull();
    await vi.waitFor(() => expect(lastOption('map').series).toMatchObject([{ map: 'sichuan' }]));
    expect(screen.getByRole('heading', { name: '四川省地图' })).toBeInTheDocument();
  });
});

describe('dossier', () => {
  it('lists the efforts of the selected region and its counties, not of others', async () => {
    useAtlasStore.getState().applyView({ selectedRegion: '510400' });
    await renderExplorer();
    const dossier = screen.getByTestId('dossier');
    const articles = within(dossier).getAllByRole('article');
    expect(articles).toHaveLength(2);
    expect(articles.map((a) => a.textContent).join('|')).toMatch(/转运.*\|.*捐款|捐款.*\|.*转运/);
    expect(within(dossier).queryByText('志愿服务')).toBeNull();
    expect(screen.getByTestId('dossier-count')).toHaveTextContent('2 项行动');
  });
});
