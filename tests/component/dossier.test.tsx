import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { groupByQuote } from '../../src/ui/effort-card';
import { RegionDossier } from '../../src/features/dossier/region-dossier';
import { useVisibleSet } from '../../src/store/visible-set';
import { buildDataset } from '../../src/data/model';
import { useAtlasStore } from '../../src/store/store';
import { miniDatasetJson } from '../fixtures/mini-dataset';
import type { DatasetJson } from '../../src/data/schema';
import { renderWithDataset } from './support/render';

/** The mini dataset with a report text that holds every one of its quotes. */
function miniWithText(): DatasetJson {
  const json = miniDatasetJson();
  const quotes = json.efforts.flatMap((e) => [
    e.quote,
    e.date?.quote ?? '',
    ...e.measures.map((m) => m.quote),
  ]);
  return { ...json, source: { ...json.source, text: quotes.join('。\n') } };
}

function Dossier(): React.ReactNode {
  const data = useVisibleSet();
  return data ? <RegionDossier data={data} /> : null;
}

describe('RegionDossier', () => {
  it('invites a choice when no region is selected', () => {
    renderWithDataset(<Dossier />);
    expect(screen.getByText(/点击地图上的地区/)).toBeInTheDocument();
  });

  it('shows the region, its efforts, organisations with types and each figure with qualifier and quote', () => {
    useAtlasStore.getState().selectRegion('510400');
    renderWithDataset(<Dossier />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('攀枝花市');
    expect(screen.getByTestId('dossier-count')).toHaveTextContent('2 项行动');
    const transport = screen.getByText('转运').closest('article')!;
    const actors = transport.querySelector<HTMLElement>('.tags--actor')!;
    expect(within(actors).getByText('某运业公司')).toBeInTheDocument();
    expect(within(transport).getByText(/· 民营企业/)).toBeInTheDocument();
    expect(within(transport).getByRole('time')).toHaveTextContent('9月4日');
    // Two figures from two different sentences: two quote groups, each figure with its qualifier.
    const groups = within(transport)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('measure-group'));
    expect(groups).toHaveLength(2);
    const figures = [...transport.querySelectorAll('.measure')];
    expect(figures.map((f) => f.querySelector('strong')!.textContent)).toEqual(['80余人次', '58人']);
    expect(figures[0]).toHaveTextContent('下限');
    expect(within(groups[0]!).getByText('医务人员80余人次', { selector: 'blockquote' })).toBeInTheDocument();
    expect(within(groups[1]!).getByText('司机58人', { selector: 'blockquote' })).toBeInTheDocument();
    const donation = screen.getByText('捐款').closest('article')!;
    expect(within(donation).getByRole('time')).toHaveTextContent('9月2日以来');
    expect([...donation.querySelectorAll('.measure strong')].map((f) => f.textContent)).toEqual([
      '16.8万元',
      '数千人次 · 2,000–9,999',
    ]);
  });

  it('says how many efforts the filters hide, and opens the source reader at a quote', async () => {
    useAtlasStore.getState().selectRegion('510400');
    useAtlasStore.getState().toggleFilter('activities', 'donations');
    renderWithDataset(<Dossier />, buildDataset(miniWithText()));
    expect(screen.getByTestId('dossier-count')).toHaveTextContent('1 项行动 另有 1 项行动被筛选隐藏。');
    expect(screen.queryByText('未核验：无原文')).toBeNull();
    await userEvent.click(screen.getAllByRole('button', { name: '在原文中查看' })[0]!);
    expect(useAtlasStore.getState().sourceReader).toEqual({
      open: true,
      quote: '捐资16.8万元',
      datasetId: 'mini',
    });
  });

  it('marks every quote unverified, with no "show in source", for a dataset without its text', () => {
    useAtlasStore.getState().selectRegion('510400');
    renderWithDataset(<Dossier />);
    const badges = screen.getAllByText('未核验：无原文');
    // Three quotes with figures (医务人员…, 司机…, 捐资…) and one more figure quote (核酸检测…).
    expect(badges).toHaveLength(4);
    expect(badges[0]).toHaveAttribute('title', '导入时未附带报告原文，此引文未经核对。');
    expect(screen.queryByRole('button', { name: '在原文中查看' })).toBeNull();
  });

  it('renders hostile text from data as text', () => {
    const json = miniDatasetJson();
    const hostile = '<img src=x onerror="window.__pwned=1">';
    json.efforts[0]!.summary.zh = hostile;
    json.efforts[0]!.measures[0]!.label.zh = '<script>alert(1)</script>';
    useAtlasStore.getState().selectRegion('510100');
    renderWithDataset(<Dossier />, buildDataset(json));
    expect(screen.getByText(hostile)).toBeInTheDocument();
    expect(screen.getByText('<script>alert(1)</script>')).toBeInTheDocument();
    expect(document.querySelector('img, script')).toBeNull();
  });
});

describe('groupByQuote', () => {
  it('puts consecutive figures of one passage under one quote, keeping order', () => {
    const m = (quote: string, value: number) => ({
      value,
      unit: 'persons',
      qualifier: 'exact' as const,
      figure: String(value),
      label: { zh: 'x', en: 'x' },
      quote,
    });
    const groups = groupByQuote([m('a', 1), m('a', 2), m('b', 3), m('a', 4)]);
    expect(groups.map((g) => [g.quote, g.first, g.measures.map((x) => x.figure)])).toEqual([
      ['a', 0, ['1', '2']],
      ['b', 2, ['3']],
      ['a', 3, ['4']],
    ]);
  });
});
