import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { effortSetStats } from '../../src/aggregates/effort-set';
import { CHARTS } from '../../src/charts/registry';
import { useAtlasStore } from '../../src/store/store';
import { lastOption, resetChartStub } from './support/chart-stub';
import { renderApp } from './support/explorer';

vi.mock('../../src/charts/chart', () => import('./support/chart-stub'));
vi.mock('../../src/features/import/import-actions', () => ({
  restoreImportedDatasets: async (): Promise<void> => undefined,
}));

beforeEach(() => {
  resetChartStub();
  window.history.replaceState(null, '', '/');
});
afterEach(() => vi.unstubAllGlobals());

/** Filter passes run by `action` (after the page has settled). */
async function passesDuring(action: () => Promise<void> | void): Promise<number> {
  const before = effortSetStats.filterPasses;
  await action();
  return effortSetStats.filterPasses - before;
}

describe('one visible set per view change, with every panel of the app on screen', () => {
  // The charts offered with one dataset loaded (compare needs two reports and filters each itself).
  it.each(CHARTS.filter((c) => (c.minDatasets ?? 1) <= 1).map((c) => c.id))(
    'a filter chip click runs exactly one filter pass (%s tab open), and the charts redraw',
    async (tab) => {
      // The app reads its view from the URL.
      window.history.replaceState(null, '', `/?tab=${tab}`);
      await renderApp();
      const mapBefore = lastOption('map');
      const tabBefore = lastOption(tab);
      const chip = screen.getByRole('button', { name: /^民营企业/ });
      expect(await passesDuring(() => userEvent.click(chip))).toBe(1);
      expect(screen.getByTestId('shown-count')).toHaveTextContent('显示 2 / 3 项行动');
      // Every panel read the new set: the map and the open chart drew a new option.
      expect(lastOption('map')).not.toBe(mapBefore);
      if (tab !== 'region') expect(lastOption(tab)).not.toBe(tabBefore);
      // A second click (off again) is again one pass, not two.
      expect(await passesDuring(() => userEvent.click(chip))).toBe(1);
    },
  );

  it('moving the day cursor or selecting a region narrows the set without a filter pass', async () => {
    window.history.replaceState(null, '', '/?tab=timeline');
    await renderApp();
    expect(
      await passesDuring(() => act(() => useAtlasStore.getState().applyView({ period: '2022-09-03' }))),
    ).toBe(0);
    expect(screen.getByTestId('shown-count')).toHaveTextContent('显示 1 / 3 项行动');
    expect(await passesDuring(() => act(() => useAtlasStore.getState().selectRegion('510400')))).toBe(0);
    expect(await passesDuring(() => act(() => useAtlasStore.getState().applyView({ period: null })))).toBe(0);
    expect(screen.getByTestId('shown-count')).toHaveTextContent('显示 3 / 3 项行动');
  });
});
