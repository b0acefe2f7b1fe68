import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { View as RegionView } from '../../src/charts/region-bar/view';
import { View as TypeView } from '../../src/charts/type-bar/view';
import type { ChartViewProps } from '../../src/charts/chart-spec';
import { useVisibleSet } from '../../src/store/visible-set';
import { useAtlasStore } from '../../src/store/store';
import { renderWithDataset } from './support/render';

vi.mock('../../src/charts/chart', () => import('./support/chart-stub'));

function Shown({ View }: { View: React.ComponentType<ChartViewProps> }): React.ReactNode {
  const data = useVisibleSet();
  return data ? <View visible={data} /> : null;
}

const rowOf = (table: HTMLElement, name: string): HTMLElement =>
  within(table).getByRole('button', { name }).closest('tr')!;

describe('the tables show ranges and inferred types', () => {
  it('gives a region whose only figure is 数千 its range and words (zh), a bound with 含约数', () => {
    useAtlasStore.getState().applyView({ presentation: 'table', metric: 'unit:person-times' });
    useAtlasStore.getState().setFilter('activities', ['donations']);
    renderWithDataset(<Shown View={RegionView} />);
    const table = screen.getByTestId('region-table');
    const cells = within(rowOf(table, '攀枝花')).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('2,000–9,999（数千人次）');
    expect(cells[1]).toHaveTextContent('约数：范围');
    expect(cells[0]!.textContent).not.toBe('2,000');
  });

  it('says a lower bound includes an approximate figure (en)', () => {
    useAtlasStore.getState().applyView({ presentation: 'table', metric: 'unit:person-times', lang: 'en' });
    renderWithDataset(<Shown View={RegionView} />);
    const cells = within(rowOf(screen.getByTestId('region-table'), 'Panzhihua')).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('2,080+ (incl. approximate figures)');
    expect(cells[1]).toHaveTextContent('at least (incl. approximate figures)');
  });

  it('counts the organisations of each type whose type is inferred', () => {
    useAtlasStore.getState().applyView({ presentation: 'table', tab: 'type', lang: 'en' });
    renderWithDataset(<Shown View={TypeView} />);
    const table = screen.getByTestId('type-table');
    expect(within(table).getByRole('columnheader', { name: 'Type inferred' })).toBeInTheDocument();
    const row = within(table).getByRole('rowheader', { name: 'Private enterprises' }).closest('tr')!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2', '1', '1 of 1']);
    const stated = within(table).getByRole('rowheader', { name: 'Democratic parties' }).closest('tr')!;
    expect(within(stated).getAllByRole('cell').at(-1)).toHaveTextContent('0 of 1');
  });
});
