import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FilterBar } from '../../src/features/filters/filter-bar';
import { useAtlasStore } from '../../src/store/store';
import { renderWithDataset } from './support/render';

describe('FilterBar', () => {
  it('lists every organisation type with its effort count, all off', () => {
    renderWithDataset(<FilterBar />);
    const group = screen.getByRole('group', { name: '按组织类型' });
    const chips = within(group).getAllByRole('button');
    expect(chips.map((c) => c.textContent)).toEqual(['统战部门1', '民营企业2', '民主党派1']);
    expect(chips.every((c) => c.getAttribute('aria-pressed') === 'false')).toBe(true);
    expect(screen.getByTestId('shown-count')).toHaveTextContent('显示 3 / 3 项行动');
    expect(screen.getByRole('button', { name: '重置筛选' })).toBeDisabled();
  });

  it('toggles a type filter, updates the count and resets', async () => {
    renderWithDataset(<FilterBar />);
    await userEvent.click(screen.getByRole('button', { name: /^民营企业/ }));
    expect(screen.getByRole('button', { name: /^民营企业/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('shown-count')).toHaveTextContent('显示 2 / 3 项行动');
    expect(useAtlasStore.getState().view.filters.organisationTypes).toEqual(['private-enterprise']);
    await userEvent.click(screen.getByRole('button', { name: /^民主党派/ }));
    expect(screen.getByTestId('shown-count')).toHaveTextContent('显示 2 / 3 项行动');
    await userEvent.click(screen.getByRole('button', { name: '重置筛选' }));
    expect(screen.getByTestId('shown-count')).toHaveTextContent('显示 3 / 3 项行动');
    expect(useAtlasStore.getState().view.filters.organisationTypes).toEqual([]);
  });

  it('filters by activity and by region, and combines filters', async () => {
    renderWithDataset(<FilterBar />);
    await userEvent.click(screen.getByText('按行动类别'));
    await userEvent.click(screen.getByRole('checkbox', { name: '捐资捐物' }));
    expect(screen.getByTestId('shown-count')).toHaveTextContent('显示 1 / 3 项行动');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '按地区' }), '510100');
    expect(screen.getByTestId('shown-count')).toHaveTextContent('显示 0 / 3 项行动');
    expect(useAtlasStore.getState().view.filters).toEqual({
      organisationTypes: [],
      activities: ['donations'],
      regions: ['510100'],
    });
  });

  it('offers only regions the report covers and speaks English when asked', () => {
    useAtlasStore.getState().applyView({ lang: 'en' });
    renderWithDataset(<FilterBar />);
    const select = screen.getByRole('combobox', { name: 'By region' });
    const deyang = within(select).getByRole('option', { name: 'Deyang' }) as HTMLOptionElement;
    expect(deyang.disabled).toBe(true);
    expect(screen.getByTestId('shown-count')).toHaveTextContent('3 of 3 efforts shown');
  });
});
