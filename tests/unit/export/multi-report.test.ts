// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildUnion } from '../../../src/aggregates/union';
import { buildDataset, type Dataset } from '../../../src/data/model';
import { DEFAULT_VIEW, EMPTY_FILTERS } from '../../../src/domain/view';
import { sourceCitation, viewCitation } from '../../../src/export/citation';
import { csvRows } from '../../../src/export/csv';
import { fullDatasetJson, visibleDataJson } from '../../../src/export/data-json';
import { imageFrameText } from '../../../src/export/frame-text';
import { buildProvenance } from '../../../src/export/provenance';
import { buildReadme } from '../../../src/export/readme';
import { filterEfforts } from '../../../src/aggregates/filter-efforts';
import { bundledDataset, readJson } from '../../fixtures/load';

const NOW = new Date(2025, 0, 2, 10, 30);
const bundled = bundledDataset();
const second: Dataset = buildDataset(readJson('tests/fixtures/multi/second-report.json'));
const union = buildUnion([bundled, second]);
const SECOND = second.id;

describe('exports of the union of reports', () => {
  it('image frames cite every report that contributed, and only those', () => {
    const both = imageFrameText({
      dataset: union,
      view: DEFAULT_VIEW,
      visible: union.efforts,
      target: 'map',
      permalink: 'https://x/?ds=*',
      now: NOW,
    });
    const footer = both.footer.join('\n');
    expect(footer).toContain(sourceCitation(bundled.source, 'zh'));
    expect(footer).toContain(sourceCitation(second.source, 'zh'));
    expect(footer).toContain(`数据集 ${SECOND}`);
    const onlySecond = imageFrameText({
      dataset: union,
      view: { ...DEFAULT_VIEW, lang: 'en', filters: { ...EMPTY_FILTERS, datasets: [SECOND] } },
      visible: filterEfforts(union.efforts, { ...EMPTY_FILTERS, datasets: [SECOND] }),
      target: 'map',
      permalink: 'https://x/',
      now: NOW,
    }).footer.join('\n');
    expect(onlySecond).toContain(sourceCitation(second.source, 'en'));
    expect(onlySecond).not.toContain(sourceCitation(bundled.source, 'en'));
  });

  it('attributes each CSV row and each provenance figure to its report', () => {
    const rows = csvRows(union, union.efforts);
    const ids = new Set(rows.map((r) => r.dataset_id));
    expect([...ids]).toEqual([bundled.id, SECOND]);
    const donation = rows.find((r) => r.figure === '5万元')!;
    expect(donation).toMatchObject({
      dataset_id: SECOND,
      dataset_version: '0.1.0',
      source_url: 'https://example.org/test-fixture',
      effort_id: `${SECOND}/e-2`,
      provenance_path: 'efforts[1].measures[0]',
      unit: 'yuan',
    });
    const provenance = buildProvenance(union, union.efforts);
    expect(provenance.reports.map((r) => r.datasetId)).toEqual([bundled.id, SECOND]);
    const fig = provenance.figures.find((f) => f.figure === '数千人次' && f.datasetId === SECOND)!;
    expect(fig).toMatchObject({ path: 'efforts[2].measures[0]', range: { low: 2000, high: 9999 } });
  });

  it('the README and the view citation list both reports', () => {
    const readme = buildReadme({
      dataset: union,
      lang: 'en',
      now: NOW,
      permalink: 'https://x/?ds=*',
      viewInWords: 'all',
      viewCitation: viewCitation(union, 'all', 'https://x/?ds=*', NOW, 'en'),
      files: [],
    });
    expect(readme).toContain(sourceCitation(bundled.source, 'zh'));
    expect(readme).toContain(sourceCitation(second.source, 'en'));
    expect(readme).toContain(`Dataset: \`${SECOND}\``);
    expect(readme).toContain(`Dataset: \`${bundled.id}\``);
    const cite = viewCitation(union, 'all', 'https://x/?ds=*', NOW, 'zh');
    expect(cite).toContain(bundled.title.zh);
    expect(cite).toContain(second.title.zh);
    expect(cite).not.toContain('数据集 *');
  });

  it('the README and provenance say for each report whether its quotes were checked against its text', () => {
    const quotesOf = (id: string): 'verified' | 'unverified' => (id === SECOND ? 'unverified' : 'verified');
    const readme = buildReadme({
      dataset: union,
      lang: 'en',
      now: NOW,
      permalink: 'https://x/?ds=*',
      viewInWords: 'all',
      viewCitation: viewCitation(union, 'all', 'https://x/?ds=*', NOW, 'en'),
      files: [],
      quotes: 'unverified',
      quotesOf,
    });
    expect(readme).toContain(
      `quotes checked: ${bundled.id} verified; ${SECOND} unverified (no source text).`,
    );
    const provenance = buildProvenance(union, union.efforts, 'unverified', quotesOf);
    expect(provenance.reports.map((r) => [r.datasetId, r.quotes])).toEqual([
      [bundled.id, 'verified'],
      [SECOND, 'unverified'],
    ]);
  });

  it('a view export cites its reports without their (long) texts', () => {
    const withText = { ...second, source: { ...second.source, text: 'x'.repeat(1000) } };
    const visible = visibleDataJson({
      dataset: buildUnion([bundled, withText]),
      efforts: [],
      view: DEFAULT_VIEW,
      viewInWords: '',
      permalink: '',
      now: NOW,
    }) as { reports: Array<{ id: string; source: { text?: string; title: string } }> };
    expect(visible.reports.map((r) => r.id)).toEqual([bundled.id, SECOND]);
    expect(visible.reports.every((r) => r.source.text === undefined && r.source.title !== '')).toBe(true);
  });

  it('JSON exports name the reports; a single dataset still exports as its own file', () => {
    const visible = visibleDataJson({
      dataset: union,
      efforts: union.efforts.filter((e) => e.datasetId === SECOND),
      view: DEFAULT_VIEW,
      viewInWords: '',
      permalink: '',
      now: NOW,
    }) as { reports: Array<{ id: string }>; efforts: Array<{ id: string; datasetId?: string }> };
    expect(visible.reports.map((r) => r.id)).toEqual([SECOND]);
    expect(visible.efforts[0]).toMatchObject({ id: `${SECOND}/e-1`, datasetId: SECOND });
    const own = fullDatasetJson(second);
    expect(own.efforts.map((e) => e.id)).toEqual(['e-1', 'e-2', 'e-3', 'e-4']);
    expect(own.efforts[0]).not.toHaveProperty('datasetId');
    expect(own).not.toHaveProperty('reports');
  });
});
