import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { ImportPanel } from '../../src/features/import/import-panel';
import { resetImportServices } from '../../src/features/import/import-backend';
import { memoryBackend } from '../../src/storage/dataset-storage';
import { useAtlasStore } from '../../src/store/store';
import { bundledDataset, repoPath } from '../fixtures/load';
import { miniDatasetJson } from '../fixtures/mini-dataset';
import { renderWithDataset } from './support/render';

let backend: ReturnType<typeof memoryBackend>;

beforeEach(() => {
  backend = memoryBackend();
  resetImportServices(backend);
});

function file(name: string, text: string): File {
  return new File([text], name, { type: name.endsWith('.csv') ? 'text/csv' : 'application/json' });
}

/** The panel starts collapsed; its body (picker, drop zone, list) loads when it is opened. */
async function openPanel(): Promise<void> {
  if (!screen.queryByTestId('import-drop')) {
    await userEvent.click(within(screen.getByTestId('import-panel')).getAllByRole('heading')[0]!);
  }
  // The body is a lazy chunk: on a busy machine its first import takes more than a second.
  await screen.findByTestId('import-drop', {}, { timeout: 10_000 });
}

async function upload(name: string, text: string): Promise<void> {
  await openPanel();
  const input = screen.getByTestId('import-input') as HTMLInputElement;
  await userEvent.upload(input, file(name, text), { applyAccept: false });
}

describe('ImportPanel', () => {
  it('imports a JSON dataset, lists it with source and counts, keeps it, and removes it', async () => {
    renderWithDataset(<ImportPanel />, bundledDataset());
    await upload('mini.json', JSON.stringify(miniDatasetJson()));
    await screen.findByText('已导入“小数据集”：3 项行动，5 项数据。');
    const item = screen.getByText('小数据集').closest('li')!;
    expect(item).toHaveTextContent('导入自 mini.json（JSON');
    expect(item).toHaveTextContent('3 项行动 · 5 项数据 · 3 个组织 · 6 个地区');
    expect(useAtlasStore.getState().datasetOrder).toEqual(['sctyzx-2022-09-09-tongxin-2', 'mini']);
    // The bundled dataset stays active until the user chooses.
    expect(useAtlasStore.getState().activeDatasetId).toBe('sctyzx-2022-09-09-tongxin-2');
    expect(backend.records.has('mini')).toBe(true);

    await userEvent.click(within(item).getByRole('button', { name: '在地图和图表中显示“小数据集”' }));
    expect(useAtlasStore.getState().activeDatasetId).toBe('mini');
    await userEvent.click(within(item).getByRole('button', { name: '移除数据集“小数据集”' }));
    await waitFor(() => expect(backend.records.has('mini')).toBe(false));
    expect(useAtlasStore.getState().datasetOrder).toEqual(['sctyzx-2022-09-09-tongxin-2']);
    expect(useAtlasStore.getState().activeDatasetId).toBe('sctyzx-2022-09-09-tongxin-2');
  });

  it('lists located errors for a bad file, in the interface language, and changes nothing', async () => {
    renderWithDataset(<ImportPanel />, bundledDataset());
    const before = useAtlasStore.getState().datasets;
    const bad = miniDatasetJson() as unknown as {
      efforts: Array<{ measures: Array<Record<string, unknown>> }>;
    };
    bad.efforts[0]!.measures[0]!.unit = 'bananas';
    await upload('bad.json', JSON.stringify(bad));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('“bad.json”未导入：发现 1 个问题。已加载的数据没有改变。');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['efforts[0].measures[0].unit：未知的单位“bananas”']);
    act(() => useAtlasStore.getState().applyView({ lang: 'en' }));
    expect(within(screen.getByRole('alert')).getByRole('listitem')).toHaveTextContent(
      'efforts[0].measures[0].unit: unknown unit "bananas"',
    );
    expect(useAtlasStore.getState().datasets).toBe(before);
    expect(backend.records.size).toBe(0);
  });

  it('refuses a file that reuses the bundled dataset id', async () => {
    renderWithDataset(<ImportPanel />, bundledDataset());
    const json = { ...miniDatasetJson(), id: 'sctyzx-2022-09-09-tongxin-2' };
    await upload('copy.json', JSON.stringify(json));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'id：数据集标识“sctyzx-2022-09-09-tongxin-2”已被内置数据集使用，请改用其他标识',
    );
    expect(useAtlasStore.getState().datasetOrder).toHaveLength(1);
  });

  it('accepts a dropped CSV file', async () => {
    renderWithDataset(<ImportPanel />, bundledDataset());
    const csv = [
      'effort_id,region_code,organisation_names,organisation_types,activities,summary_zh,summary_en,quote',
      'cd-x,510100,某队,united-front-department,donations,捐款,Donation,捐款若干',
    ].join('\n');
    await openPanel();
    const zone = screen.getByTestId('import-drop');
    const dropped = file('drop.csv', csv);
    await act(async () => {
      const event = new Event('drop', { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'dataTransfer', { value: { files: [dropped], types: ['Files'] } });
      zone.dispatchEvent(event);
    });
    await screen.findByText('已导入“drop”：1 项行动，0 项数据。');
  });

  it('accepts a CSV and its report text dropped together', async () => {
    const dir = 'tests/fixtures/with-text';
    renderWithDataset(<ImportPanel />, bundledDataset());
    await openPanel();
    const dropped = [
      file('report.txt', readFileSync(repoPath(`${dir}/report.txt`), 'utf8')),
      file('dataset.csv', readFileSync(repoPath(`${dir}/dataset.csv`), 'utf8')),
    ];
    await act(async () => {
      const event = new Event('drop', { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'dataTransfer', { value: { files: dropped, types: ['Files'] } });
      screen.getByTestId('import-drop').dispatchEvent(event);
    });
    await screen.findByTestId('import-done');
    expect(useAtlasStore.getState().datasets['fixture-with-text-csv']?.source.textFile).toBe('report.txt');
  });

  it('renders hostile names as text, never as markup', async () => {
    renderWithDataset(<ImportPanel />, bundledDataset());
    await upload('hostile.json', readFileSync(repoPath('tests/fixtures/hostile-dataset.json'), 'utf8'));
    await screen.findByTestId('import-done');
    const panel = screen.getByTestId('import-panel');
    expect(panel.querySelector('img, script, svg, iframe')).toBeNull();
    expect(panel).toHaveTextContent('敌意数据 <img src=x onerror="window.__pwned=1;alert(1)">');
  });

  it('restores stored datasets once, and discards damaged ones with a notice', async () => {
    backend.records.set('mini', {
      id: 'mini',
      fileName: 'mini.json',
      kind: 'json',
      importedAt: '2024-01-01T00:00:00Z',
      bytes: 10,
      text: JSON.stringify(miniDatasetJson()),
    });
    backend.records.set('broken', {
      id: 'broken',
      fileName: 'b.json',
      kind: 'json',
      importedAt: '2024-01-01T00:00:00Z',
      bytes: 10,
      text: '{"trunc',
    });
    renderWithDataset(<ImportPanel />, bundledDataset());
    await screen.findByText('小数据集');
    const origin = useAtlasStore.getState().origins.mini;
    expect(origin?.kind === 'imported' ? origin.meta.fileName : null).toBe('mini.json');
    expect(useAtlasStore.getState().notices.map((n) => [n.key, n.params])).toEqual([
      ['importStorageCorrupt', { count: 1 }],
    ]);
    expect(backend.records.has('broken')).toBe(false);
  });

  it('imports a CSV with its report text chosen together, keeps the text, and restores it', async () => {
    const dir = 'tests/fixtures/with-text';
    const csv = readFileSync(repoPath(`${dir}/dataset.csv`), 'utf8');
    const report = readFileSync(repoPath(`${dir}/report.txt`), 'utf8');
    renderWithDataset(<ImportPanel />, bundledDataset());
    await openPanel();
    const input = screen.getByTestId('import-input') as HTMLInputElement;
    expect(input).toHaveAttribute('multiple');
    await userEvent.upload(input, [file('dataset.csv', csv), file('report.txt', report)], {
      applyAccept: false,
    });
    await screen.findByTestId('import-done');
    const id = 'fixture-with-text-csv';
    expect(useAtlasStore.getState().datasets[id]?.source.text).toBe(report);
    const item = screen.getByTestId('dataset-list').querySelector(`[data-dataset-id="${id}"]`)!;
    expect(item).toHaveTextContent('导入自 dataset.csv（CSV');
    expect(within(item as HTMLElement).getByTestId('source-status')).toHaveTextContent(
      '附带原文“report.txt” · 引文已核对',
    );
    const bundledItem = screen.getByTestId('dataset-list').querySelector('li')!;
    expect(within(bundledItem).getByTestId('source-status')).toHaveTextContent('内置原文 · 引文已核对');
    // Kept with its text: a new page restores it from storage, text and all.
    const stored = backend.records.get(id) as { text: string };
    expect((JSON.parse(stored.text) as { source: { text: string } }).source.text).toBe(report);
    useAtlasStore.getState().removeDataset(id);
    resetImportServices(backend);
    const { restoreImportedDatasets } = await import('../../src/features/import/import-actions');
    await restoreImportedDatasets();
    expect(useAtlasStore.getState().datasets[id]?.source.text).toBe(report);
  });

  it('marks a dataset without text unverified, and a lone report text asks for its dataset', async () => {
    renderWithDataset(<ImportPanel />, bundledDataset());
    await upload('mini.json', JSON.stringify(miniDatasetJson()));
    await screen.findByTestId('import-done');
    const item = screen.getByTestId('dataset-list').querySelector('[data-dataset-id="mini"]') as HTMLElement;
    expect(within(item).getByTestId('source-status')).toHaveTextContent('未核验：无原文');
    await upload('report.txt', '一段报告原文。');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“report.txt”是报告原文，不是数据集：请添加它所属的 CSV 或 JSON 文件（两个文件一起选择或拖放）',
    );
    expect(useAtlasStore.getState().datasetOrder).toHaveLength(2);
  });
});
