import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SearchBox } from '../../src/features/search/search-box';
import { SearchSlot } from '../../src/features/search/search-slot';
import { useAtlasStore } from '../../src/store/store';
import { renderWithDataset } from './support/render';
import { bundledDataset } from '../fixtures/load';

const store = () => useAtlasStore.getState();
const input = (): HTMLInputElement => screen.getByRole('combobox');
const options = (): HTMLElement[] => screen.queryAllByRole('option');

/** Type into the search field and wait for the results (the matcher loads on first focus). */
async function search(text: string): Promise<void> {
  await userEvent.click(input());
  await userEvent.type(input(), text);
  await waitFor(() => expect(screen.getByTestId('search-results')).not.toHaveAttribute('hidden'));
  await waitFor(() => expect(screen.queryByText('正在建立搜索索引…')).toBeNull());
}

describe('SearchBox', () => {
  it('is a labelled combobox, closed until something is typed', () => {
    renderWithDataset(<SearchBox />);
    expect(input()).toHaveAccessibleName('搜索地区、组织、行动类别和原文');
    expect(input()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByTestId('search-results')).toHaveAttribute('hidden');
  });

  it('finds a region by pinyin and groups results by kind', async () => {
    renderWithDataset(<SearchBox />);
    await search('panzhihua');
    expect(input()).toHaveAttribute('aria-expanded', 'true');
    const groups = screen.getAllByRole('group');
    expect(groups.map((g) => g.getAttribute('data-kind'))).toEqual(['region']);
    expect(within(groups[0]!).getByRole('option')).toHaveTextContent('攀枝花市Panzhihua');
    expect(screen.getByTestId('search-status')).toHaveTextContent('找到 1 项结果');
  });

  it('lists activities and passages under their headings', async () => {
    renderWithDataset(<SearchBox />);
    await search('捐');
    const kinds = screen.getAllByRole('group').map((g) => g.getAttribute('data-kind'));
    expect(kinds).toEqual(['activity', 'text']);
    expect(screen.getByRole('group', { name: '行动类别' })).toHaveTextContent('捐资捐物');
    // The effort's summary (捐款) matched best: it is shown, and opens the effort's passage.
    const text = screen.getByRole('group', { name: '原文与摘要' });
    expect(within(text).getByRole('option')).toHaveTextContent('捐款攀枝花市');
    await userEvent.click(within(text).getByRole('option'));
    expect(store().sourceReader).toEqual({ open: true, quote: '捐资16.8万元', datasetId: 'mini' });
  });

  it('moves through the results with the arrows and opens the chosen one with Enter', async () => {
    renderWithDataset(<SearchBox />);
    await search('某运业');
    expect(options()).toHaveLength(1);
    await userEvent.keyboard('{ArrowDown}');
    expect(options()[0]).toHaveAttribute('aria-selected', 'true');
    expect(input()).toHaveAttribute('aria-activedescendant', options()[0]!.id);
    await userEvent.keyboard('{Enter}');
    expect(store().view.org).toBe('pzh-firm');
    expect(input()).toHaveAttribute('aria-expanded', 'false');
  });

  it('wraps around with the arrows, and Enter with nothing chosen opens the first', async () => {
    renderWithDataset(<SearchBox />);
    await search('m');
    const n = options().length;
    expect(n).toBeGreaterThan(2);
    await userEvent.keyboard('{ArrowUp}');
    expect(options()[n - 1]).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowDown}');
    expect(options()[0]).toHaveAttribute('aria-selected', 'true');
    await userEvent.clear(input());
    await search('miyi');
    await userEvent.keyboard('{Enter}');
    // A county: its dossier opens, on its prefecture's county map.
    expect(store().view).toMatchObject({ selectedRegion: '510421', drill: '510400' });
  });

  it('opens a passage in the source reader, and an activity as a filter', async () => {
    renderWithDataset(<SearchBox />);
    await search('司机');
    await userEvent.click(screen.getByRole('option', { name: /司机58人/ }));
    expect(store().sourceReader).toEqual({ open: true, quote: '司机58人', datasetId: 'mini' });
    await userEvent.clear(input());
    await search('Donations');
    await userEvent.click(within(screen.getByRole('group', { name: '行动类别' })).getByRole('option'));
    expect(store().view.filters.activities).toEqual(['donations']);
  });

  it('closes the list on Escape, then clears the field on a second Escape', async () => {
    renderWithDataset(<SearchBox />);
    await search('chengdu');
    await userEvent.keyboard('{Escape}');
    expect(input()).toHaveAttribute('aria-expanded', 'false');
    expect(input()).toHaveValue('chengdu');
    await userEvent.keyboard('{Escape}');
    expect(input()).toHaveValue('');
  });

  it('says when nothing is found', async () => {
    renderWithDataset(<SearchBox />);
    await search('zzzz');
    expect(screen.getByTestId('search-results')).toHaveTextContent('没有找到“zzzz”');
    expect(options()).toHaveLength(0);
  });

  it('is focused by "/" except while typing in another field', async () => {
    renderWithDataset(
      <>
        <input aria-label="other" />
        <SearchBox />
      </>,
    );
    fireEvent.keyDown(document.body, { key: '/' });
    expect(input()).toHaveFocus();
    const other = screen.getByRole('textbox', { name: 'other' });
    other.focus();
    fireEvent.keyDown(other, { key: '/' });
    expect(other).toHaveFocus();
  });

  it('"/" before the first charts loads the field at once and focuses it; typed in a field, it does not', async () => {
    renderWithDataset(
      <>
        <input aria-label="other" />
        <SearchSlot ready={false} />
      </>,
    );
    expect(screen.queryByRole('combobox')).toBeNull();
    const other = screen.getByRole('textbox', { name: 'other' });
    other.focus();
    fireEvent.keyDown(other, { key: '/' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('combobox')).toBeNull();
    fireEvent.keyDown(document.body, { key: '/' });
    await waitFor(() => expect(input()).toHaveFocus());
  });

  it('lists six hits a group, and its "Show N more" row lists the rest', async () => {
    useAtlasStore.getState().applyView({ lang: 'en' });
    renderWithDataset(<SearchBox />, bundledDataset());
    await userEvent.click(input());
    await userEvent.type(input(), 'united front');
    const group = await screen.findByRole('group', { name: 'Organisations' });
    const before = within(group).getAllByRole('option');
    expect(before).toHaveLength(7);
    const more = before[6]!;
    const rest = Number(/Show (\d+) more/.exec(more.textContent ?? '')?.[1]);
    expect(rest).toBeGreaterThan(0);
    // The arrows reach the "more" row like any result; Enter lists the whole group.
    const steps = screen.getAllByRole('option').indexOf(more) + 1;
    await userEvent.keyboard('{ArrowDown}'.repeat(steps));
    expect(more).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Enter}');
    const after = within(screen.getByRole('group', { name: 'Organisations' })).getAllByRole('option');
    expect(after).toHaveLength(6 + rest);
    expect(after.some((o) => /Show \d+ more/.test(o.textContent ?? ''))).toBe(false);
    expect(store().view.org).toBeNull();
  });
});
