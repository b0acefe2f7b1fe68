import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { splitSource } from '../../src/features/source-reader/highlight';
import { BUNDLED_TEXT_FILE } from '../../src/data/queries';
import SourceReader from '../../src/features/source-reader/source-reader';
import { useAtlasStore } from '../../src/store/store';
import { miniDatasetJson } from '../fixtures/mini-dataset';
import { renderWithDataset } from './support/render';

const TEXT = '标题\n\n第一段。参与志愿活动200余人次。\n第二段，捐资16.8万元。\n';

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
});

describe('SourceReader', () => {
  it('shows the whole report with the quoted passage highlighted, and closes', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(TEXT)),
    );
    Element.prototype.scrollIntoView = vi.fn();
    useAtlasStore.getState().openSource('参与志愿活动200余人次');
    renderWithDataset(<SourceReader source={{ ...miniDatasetJson().source, textFile: BUNDLED_TEXT_FILE }} />);
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
    renderWithDataset(<SourceReader source={{ ...miniDatasetJson().source, textFile: BUNDLED_TEXT_FILE }} />);
    expect(await screen.findByText('未在原文中找到该引文。')).toBeInTheDocument();
  });
});

describe('SourceReader for an imported dataset', () => {
  it('shows the recorded quotation instead of another report', async () => {
    const fetchSpy = vi.fn(async () => new Response(TEXT));
    vi.stubGlobal('fetch', fetchSpy);
    useAtlasStore.getState().openSource('参与志愿活动200余人次');
    renderWithDataset(<SourceReader source={{ ...miniDatasetJson().source, textFile: 'imported.csv' }} />);
    expect(await screen.findByText('此数据集未附带原文全文；以下是数据集中记录的引文。')).toBeInTheDocument();
    expect(screen.getByText('参与志愿活动200余人次', { selector: 'blockquote' })).toBeInTheDocument();
    expect(screen.queryByText('第二段，捐资16.8万元。')).toBeNull();
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
