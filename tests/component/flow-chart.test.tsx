import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useAtlasStore } from '../../src/store/store';
import { clickChart, lastOption, resetChartStub, seriesData } from './support/chart-stub';
import { renderExplorer } from './support/explorer';

vi.mock('../../src/charts/chart', () => import('./support/chart-stub'));

/** The flow diagram (who → what → where) in the charts panel, on the mini dataset's three efforts. */
type Node = { name: string; ref: string; kind: string; efforts: number };
const nodes = (): Node[] => seriesData('flow')[0] as Node[];
const links = (): Array<{ source: string; target: string; value: number }> =>
  (
    lastOption('flow').series as Array<{ links: Array<{ source: string; target: string; value: number }> }>
  )[0]!.links;
const view = () => useAtlasStore.getState().view;

beforeEach(() => resetChartStub());

describe('flow diagram', () => {
  it('is a tab of the charts panel and draws types → activities → regions', async () => {
    useAtlasStore.getState().applyView({ tab: 'flow' });
    await renderExplorer();
    expect(await screen.findByRole('tab', { name: '谁 → 做什么 → 在哪里' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(nodes().map((n) => n.name)).toEqual([
      'type:united-front-department',
      'type:private-enterprise',
      'type:democratic-party',
      'activity:testing-site-support',
      'activity:donations',
      'region:510400',
      'region:510100',
    ]);
    expect(screen.getByTestId('chart-flow')).toHaveAccessibleName(/^谁 → 做什么 → 在哪里/);
  });

  it('a click on a type node filters by it; on a region node selects it, and the diagram follows', async () => {
    useAtlasStore.getState().applyView({ tab: 'flow' });
    await renderExplorer();
    clickChart('flow', { dataType: 'node', data: nodes()[1] });
    expect(view().filters.organisationTypes).toEqual(['private-enterprise']);
    expect(nodes().map((n) => n.name)).not.toContain('region:510100');
    clickChart('flow', { dataType: 'node', data: nodes().find((n) => n.kind === 'region') });
    expect(view().selectedRegion).toBe('510400');
    // A click on a link changes nothing.
    const before = view();
    clickChart('flow', { dataType: 'edge', data: links()[0] });
    expect(view()).toBe(before);
  });

  it('has a table alternative listing every link with its count, in the interface language', async () => {
    useAtlasStore.getState().applyView({ tab: 'flow', presentation: 'table', lang: 'en' });
    await renderExplorer();
    const table = await screen.findByTestId('flow-table');
    expect(within(table).getByRole('columnheader', { name: 'From' })).toBeInTheDocument();
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows).toContain('Organisation type → activity');
    expect(rows).toContain('Private enterprisesDonations1');
    expect(rows).toContain('Testing-site supportPanzhihua1');
    expect(rows.filter((r) => /\d$/.test(r ?? ''))).toHaveLength(7);
  });

  it('switching to the table and back keeps the same counts', async () => {
    useAtlasStore.getState().applyView({ tab: 'flow' });
    await renderExplorer();
    const first = links();
    await userEvent.click(screen.getByRole('button', { name: '表格' }));
    expect(await screen.findByTestId('flow-table')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '图表' }));
    await screen.findByTestId('chart-flow');
    expect(links()).toEqual(first);
  });
});
