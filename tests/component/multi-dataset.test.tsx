import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ALL_DATASETS } from '../../src/aggregates/union';
import { buildDataset, type Dataset } from '../../src/data/model';
import { AppHeader } from '../../src/features/header/app-header';
import { FilterBar } from '../../src/features/filters/filter-bar';
import { RegionDossier } from '../../src/features/dossier/region-dossier';
import { importDatasetFiles } from '../../src/features/import/import-actions';
import { resetImportServices } from '../../src/features/import/import-backend';
import { memoryBackend } from '../../src/storage/dataset-storage';
import { selectActiveDataset, useAtlasStore } from '../../src/store/store';
import { useVisibleSet } from '../../src/store/visible-set';
import { bundledDataset, readJson } from '../fixtures/load';
import { renderWithDataset } from './support/render';
import { formatIssue } from '../../src/i18n/import-issues';

const SECOND = 'test-fixture-bazhong-2020';
const secondJson = (): unknown => readJson('tests/fixtures/multi/second-report.json');
const second = (): Dataset => buildDataset(secondJson() as never);

function Shell(): React.ReactNode {
  const data = useVisibleSet();
  return (
    <>
      <AppHeader dataset={data?.dataset ?? null} />
      <FilterBar />
      {data ? <RegionDossier data={data} /> : null}
    </>
  );
}

function addSecond(): void {
  act(() =>
    useAtlasStore.getState().registerDataset(second(), {
      origin: {
        kind: 'imported',
        meta: { id: SECOND, fileName: 'second-report.json', kind: 'json', importedAt: '', bytes: 1 },
      },
    }),
  );
}

beforeEach(() => resetImportServices(memoryBackend()));

describe('dataset switcher', () => {
  it('appears with a second report and switches between each report and all of them', async () => {
    renderWithDataset(<Shell />, bundledDataset());
    expect(screen.queryByTestId('dataset-switcher')).toBeNull();
    addSecond();
    const select = screen.getByRole('combobox', { name: '查看的报告' });
    const options = within(select).getAllByRole('option');
    expect(options.map((o) => (o as HTMLOptionElement).value)).toEqual([
      'sctyzx-2022-09-09-tongxin-2',
      SECOND,
      ALL_DATASETS,
    ]);
    expect(options[2]).toHaveTextContent('全部已载入报告（2 份）');
    expect(screen.getByTestId('shown-count')).toHaveTextContent('显示 51 / 51 项行动');

    await userEvent.selectOptions(select, SECOND);
    expect(useAtlasStore.getState().activeDatasetId).toBe(SECOND);
    expect(screen.getByTestId('shown-count')).toHaveTextContent('显示 4 / 4 项行动');
    // Only the second report's organisation types, with its counts: no stale labels of the other.
    const types = screen.getAllByRole('button', { pressed: false }).filter((b) => b.dataset.type);
    expect(types.map((b) => b.dataset.type)).toEqual([
      'united-front-department',
      'democratic-party',
      'federation-of-industry-commerce',
    ]);
    expect(screen.getByTestId('reports-in-view')).toHaveTextContent(
      '【测试夹具】巴中统一战线抗疫（虚构报告）',
    );
    expect(screen.getByTestId('reports-in-view')).not.toHaveTextContent('四川统一战线在行动');

    await userEvent.selectOptions(select, ALL_DATASETS);
    expect(selectActiveDataset(useAtlasStore.getState())?.id).toBe(ALL_DATASETS);
    expect(screen.getByTestId('shown-count')).toHaveTextContent('显示 55 / 55 项行动');
    expect(screen.getByTestId('reports-in-view')).toHaveTextContent('视图中的报告（2 份）');
  });

  it('filters the union by report with "N of M" counts, and the header follows', async () => {
    renderWithDataset(<Shell />, bundledDataset());
    addSecond();
    act(() => useAtlasStore.getState().setActiveDataset(ALL_DATASETS));
    const group = screen.getByTestId('report-filter');
    const chips = within(group).getAllByRole('button');
    expect(chips.map((c) => c.textContent)).toEqual([
      '同心抗疫:四川统一战线在行动(二)51',
      '测试数据：巴中与南充统一战线抗疫（虚构）4',
    ]);
    const unitedFront = (): HTMLElement =>
      screen.getAllByRole('button').find((b) => b.dataset.type === 'united-front-department')!;
    const bundledUfd = bundledDataset().efforts.filter((e) =>
      e.organisationTypes.includes('united-front-department'),
    ).length;
    // The union counts both reports' efforts (the second report has 2 of the UFD's).
    expect(unitedFront().querySelector('.chip__count')).toHaveTextContent(String(bundledUfd + 2));

    await userEvent.click(chips[1]!);
    expect(chips[1]).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('shown-count')).toHaveTextContent('显示 4 / 55 项行动');
    // Type counts are of the reports in view: 2 of the second report's efforts are the UFD's.
    expect(unitedFront().querySelector('.chip__count')).toHaveTextContent(/^2$/);
    const otherType = screen.getAllByRole('button').find((b) => b.dataset.type === 'religious-body')!;
    expect(otherType.querySelector('.chip__count')).toHaveTextContent('0');
    expect(screen.getByTestId('reports-in-view')).not.toHaveTextContent('四川统一战线在行动');

    // The dossier attributes each effort to its report.
    act(() => useAtlasStore.getState().selectRegion('511300'));
    const cards = document.querySelectorAll('[data-dataset-id]');
    expect(cards.length).toBe(2);
    for (const card of cards) {
      expect(card.getAttribute('data-dataset-id')).toBe(SECOND);
      expect(within(card as HTMLElement).getByTestId('effort-report')).toHaveTextContent(
        '来自报告：测试数据：巴中与南充统一战线抗疫（虚构）',
      );
    }
  });
});

describe('importing a report that clashes', () => {
  it('is refused with a located message naming both files, and nothing loaded changes', async () => {
    renderWithDataset(<Shell />, bundledDataset());
    const before = useAtlasStore.getState();
    const text = JSON.stringify(readJson('tests/fixtures/multi/clashing-report.json'));
    await act(() =>
      importDatasetFiles([new File([text], 'clashing-report.json', { type: 'application/json' })]),
    );
    const after = useAtlasStore.getState();
    expect(after.importStatus.kind).toBe('failed');
    expect(after.datasets).toBe(before.datasets);
    expect(after.datasetOrder).toEqual(['sctyzx-2022-09-09-tongxin-2']);
    expect(after.activeDatasetId).toBe(before.activeDatasetId);
    if (after.importStatus.kind !== 'failed') return;
    const lines = after.importStatus.issues.map((i) => formatIssue(i, 'en'));
    expect(lines).toEqual([
      'organisations[0]: the organisations id "rccck-sichuan" means "（测试）另一个组织 / (Test) Another body (democratic-party)" in "clashing-report.json" but "民革四川省委 / Sichuan Provincial Committee of the Revolutionary Committee of the Chinese Kuomintang (democratic-party)" in the loaded "sctyzx-2022-09-09-tongxin-2.json" (dataset sctyzx-2022-09-09-tongxin-2): one id cannot have two meanings; use another id or the same meaning',
    ]);
  });

  it('a report whose shared ids mean the same is merged', async () => {
    renderWithDataset(<Shell />, bundledDataset());
    const text = JSON.stringify(secondJson());
    await act(() =>
      importDatasetFiles([new File([text], 'second-report.json', { type: 'application/json' })]),
    );
    expect(useAtlasStore.getState().datasetOrder).toEqual(['sctyzx-2022-09-09-tongxin-2', SECOND]);
  });
});
