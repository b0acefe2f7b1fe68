import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { splitSource } from '../../src/features/source-reader/highlight';
import { buildDataset } from '../../src/data/model';
import { BUNDLED_TEXT_FILE } from '../../src/data/queries';
import type { DatasetJson } from '../../src/data/schema';
import SourceReader from '../../src/features/source-reader/source-reader';
import type { StoredMeta } from '../../src/storage/dataset-storage';
import { useAtlasStore } from '../../src/store/store';
import { readJson } from '../fixtures/load';
import { miniDatasetJson } from '../fixtures/mini-dataset';
import { renderWithDataset } from './support/render';

const TEXT = '标题\n\n第一段。参与志愿活动200余人次。\n第二段，捐资16.8万元。\n';

const withText = (): DatasetJson => readJson<DatasetJson>('tests/fixtures/with-text/dataset.json');
const bundledMini = () =>
  buildDataset({
    ...miniDatasetJson(),
    source: { ...miniDatasetJson().source, textFile: BUNDLED_TEXT_FILE },
  });
const meta = (id: string): StoredMeta => ({
  id,
  fileName: `${id}.json`,
  kind: 'json',
  importedAt: '2024-01-02T03:04:05.000Z',
  bytes: 1,
});
/** Load `json` as an import next to the bundled mini dataset (which stays active). */
function addImport(json: DatasetJson): void {
  useAtlasStore
    .getState()
    .registerDataset(buildDataset(json), { origin: { kind: 'imported', meta: meta(json.id) } });
}

afterEach(() => vi.unstubAllGlobals());

describe('splitSource', () => {
  it('marks the quote inside its paragraph', () => {
    const { paragraphs, found } = splitSource(TEXT, '捐资16.8万元');
    expect(found).toBe(true);
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[2]).toEqual({ before: '第二段，', mark: '捐资16.8万元', after: '。' });
  });

  it('marks nothing when the quote is absent', () => {
    expect(splitSource(TEXT, '不存在').found).toBe(false);
  });

  it('marks a quote over a CRLF line break in each paragraph, by the import check’s whitespace rule', () => {
    const { paragraphs, found } = splitSource('甲。乙丙\r\n\r\n丁戊。己', '乙丙 丁戊');
    expect(found).toBe(true);
    expect(paragraphs).toEqual([
      { before: '甲。', mark: '乙丙', after: '' },
      { before: '', mark: '丁戊', after: '。己' },
    ]);
  });
});

describe('SourceReader', () => {
  it('shows the whole report with the quoted passage highlighted, and closes', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(TEXT)),
    );
    Element.prototype.scrollIntoView = vi.fn();
    useAtlasStore.getState().openSource('参与志愿活动200余人次');
    renderWithDataset(<SourceReader />, bundledMini());
    const mark = await screen.findByText('参与志愿活动200余人次', { selector: 'mark' });
    expect(mark.parentElement).toHaveTextContent('第一段。参与志愿活动200余人次。');
    expect(screen.getByText('第二段，捐资16.8万元。')).toBeInTheDocument();
    expect(Element.prototype.scrollIntoView).toHaveBeenCalled();
    expect(screen.getByText(/测试报告/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '关闭原文' }));
    expect(useAtlasStore.getState().sourceReader.open).toBe(false);
  });

  it('says so when the quotation is not in the text', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(TEXT)),
    );
    Element.prototype.scrollIntoView = vi.fn();
    useAtlasStore.getState().openSource('并不存在的引文');
    renderWithDataset(<SourceReader />, bundledMini());
    expect(await screen.findByText('未在原文中找到该引文。')).toBeInTheDocument();
  });
});

describe('SourceReader for an imported dataset', () => {
  it('shows the imported report’s own text, highlighted, when the quote is one of that dataset’s', async () => {
    const fetchSpy = vi.fn(async () => new Response(TEXT));
    vi.stubGlobal('fetch', fetchSpy);
    Element.prototype.scrollIntoView = vi.fn();
    const json = withText();
    const quote = json.efforts[2]!.measures[0]!.quote;
    renderWithDataset(<SourceReader />, bundledMini());
    addImport(json);
    // The bundled dataset stays active: the reader follows the quote's dataset, not the active one.
    useAtlasStore.getState().openSource(quote, json.id);
    const mark = await screen.findByText(quote, { selector: 'mark' });
    expect(mark.parentElement).toHaveTextContent(quote);
    expect(screen.getByText('雅安市侨联联系海外侨胞，募集防护物资一批，送往一线。')).toBeInTheDocument();
    expect(
      screen.getByText('【同心助农】三市统一战线在行动（测试）', { selector: 'span' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('source-reader')).toHaveAttribute('data-dataset-id', json.id);
    expect(screen.queryByText(/测试报告/)).toBeNull();
    expect(screen.queryByText('第二段，捐资16.8万元。')).toBeNull();
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(Element.prototype.scrollIntoView).toHaveBeenCalled();
  });

  it('says the quotes are unverified for an import without text, showing the recorded quotation', async () => {
    const fetchSpy = vi.fn(async () => new Response(TEXT));
    vi.stubGlobal('fetch', fetchSpy);
    const json = {
      ...miniDatasetJson(),
      id: 'no-text',
      source: { ...miniDatasetJson().source, textFile: 'imported' },
    };
    renderWithDataset(<SourceReader />, bundledMini());
    addImport(json);
    useAtlasStore.getState().openSource('参与志愿活动200余人次', 'no-text');
    expect(await screen.findByText(/^未核验：此数据集没有附带报告原文/)).toBeInTheDocument();
    expect(screen.getByText('参与志愿活动200余人次', { selector: 'blockquote' })).toBeInTheDocument();
    expect(screen.queryByText('第二段，捐资16.8万元。')).toBeNull();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('never shows the bundled report for an import that only names its file', async () => {
    const fetchSpy = vi.fn(async () => new Response(TEXT));
    vi.stubGlobal('fetch', fetchSpy);
    const json = {
      ...miniDatasetJson(),
      id: 'claims-bundled',
      source: { ...miniDatasetJson().source, textFile: BUNDLED_TEXT_FILE },
    };
    renderWithDataset(<SourceReader />, bundledMini());
    addImport(json);
    useAtlasStore.getState().openSource('参与志愿活动200余人次', 'claims-bundled');
    expect(await screen.findByText(/^未核验/)).toBeInTheDocument();
    expect(screen.queryByText('参与志愿活动200余人次', { selector: 'mark' })).toBeNull();
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
