// @vitest-environment jsdom
import Papa from 'papaparse';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDataset, type Dataset } from '../../../src/data/model';
import { permalinkFor, sourceCitation, viewCitation, exportDateText } from '../../../src/export/citation';
import { BOM, CSV_COLUMNS, csvRows, neutraliseCell, toCsv } from '../../../src/export/csv';
import { fullDatasetJson, visibleDataJson } from '../../../src/export/data-json';
import { exportTitle, filtersInWords, viewInWords } from '../../../src/export/describe';
import { exportFileName, slug } from '../../../src/export/file-names';
import { frameLayout, frameSvg } from '../../../src/export/frame';
import { imageFrameText } from '../../../src/export/frame-text';
import { zipPack } from '../../../src/export/pack';
import { buildProvenance } from '../../../src/export/provenance';
import { buildReadme } from '../../../src/export/readme';
import { escapeXml, wrapText } from '../../../src/export/text';
import { filterEfforts } from '../../../src/aggregates/filter-efforts';
import { DEFAULT_VIEW, type ViewState } from '../../../src/domain/view';
import { bundledDataset, bundledJson } from '../../fixtures/load';
import { miniDatasetJson } from '../../fixtures/mini-dataset';

const NOW = new Date(2025, 0, 2, 10, 30); // local time: deterministic in any time zone
const mini = (): Dataset => buildDataset(miniDatasetJson());

/** A dataset whose text fields hold everything that breaks naive CSV writers. */
function hostileDataset(): Dataset {
  const json = miniDatasetJson();
  const e = json.efforts[0]!;
  e.summary = { zh: '=HYPERLINK("http://evil","点我"),含逗号', en: '+1 line one\nline two, "quoted"' };
  e.quote = '-2+3 原文，带“引号”';
  if (e.measures[0]) {
    e.measures[0].figure = '@SUM(A1)';
    e.measures[0].quote = '\t制表符开头';
  }
  json.organisations[0]!.name = { zh: '组织,甲', en: 'Org "A"\r\nsecond line' };
  return buildDataset(json);
}

describe('file names', () => {
  it('builds safe, dated names', () => {
    expect(
      exportFileName({
        datasetId: 'sctyzx-2022-09-09-tongxin-2',
        what: 'map',
        lang: 'zh',
        now: NOW,
        ext: 'png',
      }),
    ).toBe('tongxin-atlas_sctyzx-2022-09-09-tongxin-2_map_zh_20250102-1030.png');
    expect(
      exportFileName({
        datasetId: '../Evil Name/..',
        what: 'chart region',
        lang: 'en',
        now: NOW,
        ext: 'CSV',
      }),
    ).toBe('tongxin-atlas_evil-name_chart-region_en_20250102-1030.csv');
    expect(slug('同心')).toBe('x');
  });
});

describe('citations', () => {
  const dataset = bundledDataset();
  it('cites the source in Chinese and English', () => {
    expect(sourceCitation(dataset.source, 'zh')).toBe(
      '四川统一战线网. 【同心抗疫】四川统一战线在行动(二). 2022-09-09. http://www.sctyzx.gov.cn/ (来源：四川在线).',
    );
    expect(sourceCitation(dataset.source, 'en')).toBe(
      "Sichuan United Front website. 【同心抗疫】四川统一战线在行动(二) [[United against the epidemic] Sichuan's united front in action (part 2)]. 9 Sep 2022. http://www.sctyzx.gov.cn/ (reprinted from Sichuan Online). In Chinese.",
    );
  });
  it('cites the view with permalink, filters in words and access date', () => {
    const view: ViewState = {
      ...DEFAULT_VIEW,
      lang: 'en',
      filters: { organisationTypes: ['democratic-party'], activities: [], regions: ['510100'] },
      period: '2022-09-04',
    };
    const permalink = permalinkFor('https://atlas.example', '/app/', view);
    expect(permalink).toBe(
      'https://atlas.example/app/?lang=en&types=democratic-party&regions=510100&period=2022-09-04',
    );
    const visible = filterEfforts(dataset.efforts, view.filters, view.period);
    const words = viewInWords(dataset, view, visible, 'en');
    expect(words).toMatch(
      /^Filters: organisation types: democratic party; regions: Chengdu; period: 4 Sep 2022; \d+ of 51 efforts shown, \d+ figures$/,
    );
    const cite = viewCitation(dataset, words, permalink, NOW, 'en');
    expect(cite).toContain('Tongxin Atlas. ');
    expect(cite).toContain(permalink);
    expect(cite).toContain('(accessed 2 Jan 2025).');
    expect(cite).toContain('(dataset sctyzx-2022-09-09-tongxin-2, version 2.0.0): ');
    expect(viewCitation(dataset, words, permalink, NOW, 'zh')).toContain(
      '（数据集 sctyzx-2022-09-09-tongxin-2，版本 2.0.0）：',
    );
    expect(viewCitation(mini(), words, permalink, NOW, 'en')).toContain('(dataset mini, version not given)');
    expect(exportDateText(NOW, 'zh')).toBe('2025年1月2日 10:30');
  });
  it('describes no filters and titles charts by target', () => {
    expect(filtersInWords(dataset, DEFAULT_VIEW, 'zh')).toBe('筛选：无');
    expect(exportTitle(dataset, DEFAULT_VIEW, 'map', 'zh')).toBe('四川省地图：行动数');
    expect(exportTitle(dataset, { ...DEFAULT_VIEW, selectedRegion: '510400' }, 'type', 'en')).toBe(
      'Organisation types (Panzhihua)',
    );
  });
});

describe('CSV rows', () => {
  it('neutralises formula injection', () => {
    for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])
      expect(neutraliseCell(bad)).toBe(`'${bad}`);
    expect(neutraliseCell('1-2')).toBe('1-2');
    expect(neutraliseCell('成都')).toBe('成都');
  });

  it('has one row per figure plus one per effort without figures, with provenance', () => {
    const dataset = bundledDataset();
    const rows = csvRows(dataset, dataset.efforts);
    const expected = dataset.efforts.reduce((n, e) => n + Math.max(1, e.measures.length), 0);
    expect(rows).toHaveLength(expected);
    const yaan = rows.find((r) => r.figure === '16.8万元');
    expect(yaan).toMatchObject({ value: 168000, unit: 'yuan', unit_zh: '元', qualifier: 'exact' });
    expect(String(yaan?.quote)).toContain('16.8万元');
    expect(String(yaan?.provenance_path)).toMatch(/^efforts\[\d+\]\.measures\[\d+\]$/);
    expect(rows.every((r) => r.dataset_version === '2.0.0')).toBe(true);
    // An approximate figure exports its range, never a single value.
    expect(rows.find((r) => r.figure === '数千人次')).toMatchObject({
      value: '',
      low: 2000,
      high: 9999,
      qualifier: 'approx',
    });
    // Addressees are listed apart from the actors; type bases follow the actors' order.
    expect(rows.find((r) => r.effort_id === 'nanchong-ocf-initiative')).toMatchObject({
      organisations_zh: '南充市侨联',
      addressees_zh: '南充市侨商会',
      organisation_type_bases: 'stated',
    });
    expect(rows.find((r) => r.effort_id === 'jiangyang-volunteer-brands')?.organisation_type_bases).toBe(
      'inferred; inferred; stated',
    );
    const noFigures = rows.find((r) => r.effort_id === 'sichuan-initiative-letters');
    expect(noFigures).toMatchObject({
      value: '',
      figure: '',
      provenance_path: 'efforts[0]',
      date_kind: 'since',
    });
  });

  it('round-trips commas, quotes, newlines and Chinese through papaparse, with a BOM', () => {
    const dataset = hostileDataset();
    const text = toCsv(csvRows(dataset, dataset.efforts));
    expect(text.startsWith(BOM)).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    const first = parsed.data[0]!;
    expect(first.summary_zh).toBe('\'=HYPERLINK("http://evil","点我"),含逗号');
    expect(first.summary_en).toBe('\'+1 line one\nline two, "quoted"');
    expect(first.organisations_zh?.startsWith('组织,甲')).toBe(true);
    expect(first.organisations_en).toContain('Org "A"\r\nsecond line');
    expect(first.figure).toBe("'@SUM(A1)");
    expect(first.quote).toBe("'\t制表符开头");
    expect(parsed.data).toHaveLength(csvRows(dataset, dataset.efforts).length);
  });
});

describe('JSON, provenance, README and zip', () => {
  it('gives back the validated dataset file', () => {
    expect(fullDatasetJson(bundledDataset())).toEqual(bundledJson());
  });

  it('lists visible efforts and figures with units, regions and quotes', () => {
    const dataset = mini();
    const view = { ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, regions: ['510400'] } };
    const efforts = filterEfforts(dataset.efforts, view.filters);
    const out = visibleDataJson({ dataset, efforts, view, viewInWords: 'w', permalink: 'p', now: NOW }) as {
      efforts: Array<{ id: string; quote: string }>;
      measures: Array<{ path: string; quote: string; qualifier: string }>;
      regions: Array<{ code: string }>;
      units: unknown[];
    };
    expect(out.efforts.map((e) => e.id)).toEqual(efforts.map((e) => e.id));
    expect(out.measures).toHaveLength(efforts.reduce((n, e) => n + e.measures.length, 0));
    expect(out.regions.map((r) => r.code)).toContain('510400');
    expect(out.units.length).toBeGreaterThan(0);
  });

  it('maps each figure to its quote, with the range of a vague amount and the roles and type bases', () => {
    const dataset = bundledDataset();
    const p = buildProvenance(dataset, dataset.efforts);
    expect(p.datasetVersion).toBe('2.0.0');
    expect(p.figures).toHaveLength(dataset.measureCount);
    for (const f of p.figures) expect(f.quote).toContain(f.figure);
    const thousands = p.figures.find((f) => f.figure === '数千人次');
    expect(thousands).toMatchObject({ value: null, range: { low: 2000, high: 9999 }, qualifier: 'approx' });
    expect(p.figures.find((f) => f.figure === '16.8万元')).toMatchObject({ value: 168000, range: null });
    const firms = p.figures.find((f) => f.figure === '数家民营企业')!;
    expect(firms.organisations.every((o) => o.role === 'actor')).toBe(true);
    const chamber = buildProvenance(
      dataset,
      dataset.efforts.filter((e) => e.id === 'nanchong-fic-donations'),
    );
    expect(chamber.figures[0]!.organisations.map((o) => [o.id, o.role, o.typeBasis?.kind])).toEqual([
      ['nanchong-fic', 'actor', 'stated'],
      ['nanchong-private-enterprises-chambers', 'actor', 'stated'],
    ]);
  });

  it('carries the dataset version, roles and ranges in the JSON exports', () => {
    const dataset = bundledDataset();
    const efforts = dataset.efforts.filter(
      (e) => e.id === 'nanchong-ocf-initiative' || e.id === 'dazhou-tongxin-team-sept-4',
    );
    const out = visibleDataJson({
      dataset,
      efforts,
      view: DEFAULT_VIEW,
      viewInWords: 'w',
      permalink: 'p',
      now: NOW,
    }) as {
      datasetVersion: string;
      organisations: Array<{ id: string }>;
      measures: Array<Record<string, unknown>>;
    };
    expect(out.datasetVersion).toBe('2.0.0');
    // The addressee is exported with the effort (and its type basis), as an organisation of the file.
    expect(out.organisations.map((o) => o.id)).toEqual([
      'nanchong-ocf',
      'nanchong-overseas-chinese-chamber',
      'dazhou-tongxin-volunteer-team',
    ]);
    expect(out.measures[0]).toMatchObject({ low: 2000, high: 9999, qualifier: 'approx' });
    expect(out.measures[0]).not.toHaveProperty('value');
    expect(fullDatasetJson(dataset).datasetVersion).toBe('2.0.0');
    expect(fullDatasetJson(mini())).not.toHaveProperty('datasetVersion');
  });

  it('writes a README with citations, permalink, date, files and conventions', () => {
    const dataset = bundledDataset();
    const readme = buildReadme({
      dataset,
      lang: 'en',
      now: NOW,
      permalink: 'https://atlas.example/?lang=en',
      viewInWords: 'Filters: none',
      viewCitation: 'Tongxin Atlas. …',
      files: [{ name: 'data.csv', description: 'data' }],
    });
    expect(readme).toContain(sourceCitation(dataset.source, 'zh'));
    expect(readme).toContain(sourceCitation(dataset.source, 'en'));
    expect(readme).toContain('https://atlas.example/?lang=en');
    expect(readme).toContain('Exported 2 Jan 2025, 10:30');
    expect(readme).toContain('`data.csv`');
    expect(readme).toContain('`at-least`');
    expect(readme).toContain('dataset sctyzx-2022-09-09-tongxin-2, version 2.0.0');
    expect(readme).toContain('`typeBasis`');
  });

  it('zips text and bytes', () => {
    const zip = zipPack(
      [
        { name: 'README.md', content: '# 同心' },
        { name: 'map.png', content: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
      ],
      NOW,
    );
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(['README.md', 'map.png']);
    expect(strFromU8(files['README.md']!)).toBe('# 同心');
  });
});

describe('image frame', () => {
  const measure = (text: string, font: string): number => {
    const size = Number(/(\d+)px/.exec(font)?.[1] ?? 12);
    return [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? size : size * 0.55), 0);
  };

  it('wraps Chinese by character and English at spaces, breaking long URLs', () => {
    const zh = wrapText('四川统一战线网四川统一战线在行动', 100, '12px x', measure);
    expect(zh.join('')).toBe('四川统一战线网四川统一战线在行动');
    expect(zh.every((l) => measure(l, '12px x') <= 100)).toBe(true);
    const en = wrapText(
      'Sichuan United Front website http://www.sctyzx.gov.cn/a/very/long/path',
      120,
      '12px x',
      measure,
    );
    expect(en.every((l) => measure(l, '12px x') <= 120)).toBe(true);
    expect(en.join(' ').replace(/\s/g, '')).toBe(
      'SichuanUnitedFrontwebsitehttp://www.sctyzx.gov.cn/a/very/long/path',
    );
  });

  it('puts title, filters, citation and export date inside the SVG, escaped', () => {
    const dataset = bundledDataset();
    const view: ViewState = {
      ...DEFAULT_VIEW,
      filters: { ...DEFAULT_VIEW.filters, organisationTypes: ['democratic-party'] },
    };
    const text = imageFrameText({
      dataset,
      view,
      visible: filterEfforts(dataset.efforts, view.filters),
      target: 'map',
      permalink: 'https://a.example/?types=democratic-party&x=<1>',
      now: NOW,
    });
    expect(text.title).toBe('四川省地图：行动数');
    expect(text.subtitle).toContain('组织类型：民主党派');
    expect(text.footer.join('\n')).toContain(sourceCitation(dataset.source, 'zh'));
    expect(text.footer.join('\n')).toContain('2025年1月2日 10:30');
    expect(text.footer).toContain('数据集 sctyzx-2022-09-09-tongxin-2，版本 2.0.0');
    const layout = frameLayout(text, 600, 400, measure);
    expect(layout.width).toBe(600);
    expect(layout.chartY).toBeGreaterThan(40);
    expect(layout.height).toBeGreaterThan(layout.chartY + 400 + 45);
    const lastHeader = layout.lines.filter((l) => l.y < layout.chartY).at(-1)!;
    expect(lastHeader.y).toBeLessThanOrEqual(layout.chartY);
    expect(layout.lines.filter((l) => l.y > layout.chartY).every((l) => l.y > layout.chartY + 400)).toBe(
      true,
    );
    const svg = frameSvg(
      layout,
      '<svg width="600" height="400" xmlns="http://www.w3.org/2000/svg"><rect/></svg>',
    );
    expect(svg).toContain(`<svg x="0" y="${layout.chartY}" width="600"`);
    expect(svg).toContain('&amp;x=&lt;1&gt;');
    expect(svg).not.toContain('style=');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.querySelector('title')?.textContent).toBe('四川省地图：行动数');
    expect(doc.querySelector('desc')?.textContent).toContain(sourceCitation(dataset.source, 'zh'));
  });

  it('escapes XML special and forbidden characters', () => {
    expect(escapeXml('a<b>&"\'\u0001c')).toBe('a&lt;b&gt;&amp;&quot;&apos;c');
  });
});
