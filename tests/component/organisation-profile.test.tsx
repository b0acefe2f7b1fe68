import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useUrlSync } from '../../src/app/use-url-sync';
import { buildDataset } from '../../src/data/model';
import OrganisationProfile from '../../src/features/organisation/organisation-profile';
import { useAtlasStore } from '../../src/store/store';
import { miniDatasetJson } from '../fixtures/mini-dataset';
import { lastOption, resetChartStub, seriesData } from './support/chart-stub';
import { serveMini } from './support/explorer';
import { renderWithDataset } from './support/render';
import { RegionDossier } from '../../src/features/dossier/region-dossier';
import { useVisibleSet } from '../../src/store/visible-set';

vi.mock('../../src/charts/chart', () => import('./support/chart-stub'));

/**
 * The mini dataset, with Chengdu's volunteering addressed to the democratic parties, and with its
 * report's text embedded (its quotes, one per line), so "show in source" can open it.
 */
function dataset({ withText = true } = {}) {
  const json = miniDatasetJson();
  json.efforts[0]!.addresseeIds = ['parties'];
  if (withText)
    json.source.text = json.efforts.flatMap((e) => [e.quote, ...e.measures.map((m) => m.quote)]).join('\n');
  return buildDataset(json);
}

function Page(): ReactNode {
  const data = useVisibleSet();
  return data ? (
    <>
      <RegionDossier data={data} />
      <OrganisationProfile dataset={data.dataset} />
    </>
  ) : null;
}

const store = () => useAtlasStore.getState();

beforeEach(() => {
  resetChartStub();
  serveMini();
});
afterEach(() => vi.unstubAllGlobals());

describe('OrganisationProfile', () => {
  it('opens from an organisation named in the dossier, with focus on its heading', async () => {
    store().selectRegion('510400');
    renderWithDataset(<Page />, dataset());
    const transport = screen.getByText('转运').closest('article')!;
    await userEvent.click(within(transport).getByRole('button', { name: '某运业公司' }));
    expect(store().view.org).toBe('pzh-firm');
    const profile = screen.getByTestId('org-profile');
    const heading = within(profile).getByRole('heading', { level: 2 });
    expect(heading).toHaveTextContent('某运业公司');
    expect(heading).toHaveFocus();
    expect(within(profile).getByText('A transport firm')).toBeInTheDocument();
  });

  it('shows type and basis, region, roles, figures with quotes and every effort across regions', async () => {
    store().applyView({ org: 'pzh-firm' });
    const ds = dataset();
    renderWithDataset(<OrganisationProfile dataset={ds} />, ds);
    const profile = screen.getByTestId('org-profile');
    expect(profile).toHaveTextContent('民营企业 (推断：按所在章节推断)');
    expect(profile).toHaveTextContent('所在地区米易县');
    expect(screen.getByTestId('org-roles')).toHaveTextContent('参与行动 2 项 · 作为倡议对象 0 项');
    const figures = within(screen.getByTestId('org-figures')).getAllByRole('listitem');
    expect(figures.map((f) => f.querySelector('strong')!.textContent)).toEqual([
      '80余人次',
      '58人',
      '16.8万元',
      '数千人次 · 2,000–9,999',
    ]);
    expect(figures[0]).toHaveTextContent('下限');
    expect(figures[2]).toHaveTextContent('与另外 1 个组织共同');
    expect(within(figures[1]!).getByText('司机58人', { selector: 'blockquote' })).toBeInTheDocument();
    await userEvent.click(within(figures[1]!).getByRole('button', { name: '在原文中查看' }));
    expect(store().sourceReader).toEqual({ open: true, quote: '司机58人', datasetId: 'mini' });
    // Both efforts, in Miyi county and in Panzhihua, as effort cards; no addressed section.
    expect(profile.querySelectorAll('article.effort')).toHaveLength(2);
    expect(screen.getByRole('heading', { name: '参与的行动（2）' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /作为倡议对象/ })).toBeNull();
  });

  it('separates the efforts it acted in from those addressed to it, on the list and the map', async () => {
    store().applyView({ org: 'parties', lang: 'en' });
    renderWithDataset(<OrganisationProfile dataset={dataset()} />);
    expect(screen.getByTestId('org-roles')).toHaveTextContent('Efforts taken part in: 1 · addressed by: 1');
    expect(screen.getByRole('heading', { name: 'Addressed by (1)' })).toBeInTheDocument();
    // Figures of the appeal addressed to it are not its own.
    expect(within(screen.getByTestId('org-figures')).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByTestId('org-regions')).toHaveTextContent('Chengdu: 1 · Addressed only');
    await waitFor(() => expect(seriesData('org-map')[0]).toHaveLength(3));
    const areas = Object.fromEntries(
      (seriesData('org-map')[0] as Array<{ name: string; value: number; label: { show: boolean } }>).map(
        (d) => [d.name, d.label.show],
      ),
    );
    expect(areas).toEqual({ '510100': true, '510400': true, '510600': false });
    const description = (lastOption('org-map').aria as { label: { description: string } }).label.description;
    expect(description).toBe('Took part: Panzhihua; Addressed only: Chengdu');
  });

  it('opens a region of the list in the dossier and closes itself', async () => {
    store().applyView({ org: 'pzh-firm' });
    renderWithDataset(<OrganisationProfile dataset={dataset()} />);
    await userEvent.click(screen.getByRole('button', { name: '攀枝花：2 项' }));
    expect(store().view).toMatchObject({ selectedRegion: '510400', org: null });
    expect(screen.getByTestId('org-profile')).not.toHaveAttribute('open');
  });

  it('closes with its button and on Escape (the dialog closes), clearing ?org', async () => {
    store().applyView({ org: 'cd-ufd' });
    renderWithDataset(<OrganisationProfile dataset={dataset()} />);
    await userEvent.click(screen.getByRole('button', { name: '关闭组织档案' }));
    expect(store().view.org).toBeNull();
    act(() => store().openOrganisation('cd-ufd'));
    expect(screen.getByTestId('org-profile')).toHaveAttribute('open');
    // jsdom has no Escape handling for dialogs: the browser's cancel ends in this close event.
    act(() => {
      screen.getByTestId('org-profile').dispatchEvent(new Event('close'));
    });
    expect(store().view.org).toBeNull();
  });
});

describe('?org= in the URL', () => {
  function Sync(): ReactNode {
    useUrlSync();
    return null;
  }

  it('reports an unknown organisation as a broken link and opens nothing', () => {
    window.history.replaceState(null, '', '/?org=nobody');
    render(<Sync />);
    act(() => store().registerDataset(dataset(), { origin: { kind: 'bundled' } }));
    expect(store().view.org).toBeNull();
    expect(store().notices.map((n) => n.params?.details)).toEqual(['org="nobody"']);
    window.history.replaceState(null, '', '/');
  });

  it('marks quotes unverified, with no "show in source", when the dataset has no report text', () => {
    store().applyView({ org: 'pzh-firm' });
    const ds = dataset({ withText: false });
    renderWithDataset(<OrganisationProfile dataset={ds} />, ds);
    const figures = within(screen.getByTestId('org-figures')).getAllByRole('listitem');
    expect(within(figures[1]!).queryByRole('button', { name: '在原文中查看' })).toBeNull();
    expect(figures[1]).toHaveTextContent('未核验：无原文');
  });
});
