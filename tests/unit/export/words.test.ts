import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/data/model';
import { DEFAULT_VIEW, type ViewState } from '../../../src/domain/view';
import { exportDateText, permalinkFor, sourceCitation, viewCitation } from '../../../src/export/citation';
import {
  countsInWords,
  exportTitle,
  filtersInWords,
  targetSlug,
  viewInWords,
} from '../../../src/export/describe';
import { exportFileName, slug } from '../../../src/export/file-names';
import { escapeXml, fileStamp, localIsoDay, localTime } from '../../../src/export/text';
import { miniDatasetJson } from '../../fixtures/mini-dataset';

/**
 * The words exports carry (image titles and subtitles, README, citations, file names), exactly, in
 * both languages: what a reader of an exported file sees.
 */
const mini = buildDataset(miniDatasetJson());
const NOW = new Date(2025, 0, 2, 9, 5); // local time: deterministic in any time zone
const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });
const every = view({
  filters: {
    organisationTypes: ['private-enterprise', 'democratic-party'],
    activities: ['donations', 'testing-site-support'],
    regions: ['510400', '510100'],
  },
  period: '2022-09-04',
});

describe('filters in words', () => {
  it('lists every filter, joined in the interface language', () => {
    expect(filtersInWords(mini, every, 'zh')).toBe(
      '筛选：组织类型：民营企业、民主党派；行动类别：捐资捐物、核酸检测点协助；地区：攀枝花、成都；时段：2022年9月4日',
    );
    expect(filtersInWords(mini, every, 'en')).toBe(
      'Filters: organisation types: Private enterprises, Democratic parties; activities: Donations, Testing-site support; regions: Panzhihua, Chengdu; period: 4 Sep 2022',
    );
  });

  it('names each filter alone, shows unknown ids as they are, and says when there is none', () => {
    const only = (filters: Partial<ViewState['filters']>): ViewState =>
      view({ filters: { organisationTypes: [], activities: [], regions: [], ...filters } });
    expect(filtersInWords(mini, only({ organisationTypes: ['ghost'] }), 'en')).toBe(
      'Filters: organisation types: ghost',
    );
    expect(filtersInWords(mini, only({ activities: ['ghost'] }), 'zh')).toBe('筛选：行动类别：ghost');
    expect(filtersInWords(mini, only({ regions: ['519999'] }), 'en')).toBe('Filters: regions: 519999');
    expect(filtersInWords(mini, view({ period: '2022-09-02' }), 'zh')).toBe('筛选：时段：2022年9月2日');
    expect(filtersInWords(mini, view({ period: '2022-W36' }), 'zh')).toBe(
      '筛选：时段：2022年第36周（9月5日–11日）',
    );
    expect(filtersInWords(mini, view({ period: '2022-W36' }), 'en')).toBe(
      'Filters: period: Week of 5 Sep 2022',
    );
    expect(filtersInWords(mini, view({ period: '2020-02' }), 'en')).toBe('Filters: period: Feb 2020');
    expect(filtersInWords(mini, DEFAULT_VIEW, 'zh')).toBe('筛选：无');
    expect(filtersInWords(mini, DEFAULT_VIEW, 'en')).toBe('Filters: none');
  });

  it('adds the selected region and the counts', () => {
    const v = view({ ...every, selectedRegion: '510421' });
    const visible = mini.efforts.slice(1);
    expect(countsInWords(mini, visible, 'zh')).toBe('显示 2 / 3 项行动，4 个数据项');
    expect(countsInWords(mini, [], 'en')).toBe('0 of 3 efforts shown, 0 figures');
    expect(viewInWords(mini, v, visible, 'zh')).toBe(
      `${filtersInWords(mini, v, 'zh')}；所选地区：米易县；显示 2 / 3 项行动，4 个数据项`,
    );
    expect(viewInWords(mini, view({ selectedRegion: '519999' }), [], 'en')).toBe(
      'Filters: none; selected region: 519999; 0 of 3 efforts shown, 0 figures',
    );
  });
});

describe('export titles', () => {
  it('titles the map by its level and measure', () => {
    expect(exportTitle(mini, DEFAULT_VIEW, 'map', 'zh')).toBe('四川省地图：行动数');
    expect(exportTitle(mini, view({ drill: '510400', metric: 'unit:yuan' }), 'map', 'en')).toBe(
      'Panzhihua (counties): Figures: yuan',
    );
    expect(exportTitle(mini, view({ drill: '510400' }), 'map', 'zh')).toBe('攀枝花（区县）：行动数');
  });

  it('titles a chart by its tab, with the measure only where the chart draws it, and the scope', () => {
    expect(exportTitle(mini, DEFAULT_VIEW, 'region', 'zh')).toBe('各地区：行动数（全省）');
    expect(exportTitle(mini, view({ selectedRegion: '510400' }), 'type', 'en')).toBe(
      'Organisation types (Panzhihua)',
    );
    expect(exportTitle(mini, view({ selectedRegion: '519999' }), 'matrix', 'zh')).toBe(
      '谁 × 做什么（519999）',
    );
    expect(exportTitle(mini, DEFAULT_VIEW, 'unknown-chart', 'en')).toBe('unknown-chart (all of Sichuan)');
  });

  it('names files by target', () => {
    expect(targetSlug('map')).toBe('map');
    expect(targetSlug('timeline')).toBe('chart-timeline');
  });
});

describe('citations and dates', () => {
  it('cites a source without a reprint, and an English source without the language note', () => {
    const source = { ...mini.source, reprintedFrom: null };
    expect(sourceCitation(source, 'zh')).toBe('测试网. 测试报告. 2022-09-09. http://example.org/.');
    expect(sourceCitation(source, 'en')).toBe(
      'Test site. 测试报告 [Test report]. 9 Sep 2022. http://example.org/. In Chinese.',
    );
    expect(sourceCitation({ ...source, language: 'en' }, 'en')).toBe(
      'Test site. 测试报告 [Test report]. 9 Sep 2022. http://example.org/.',
    );
    const reprinted = { ...mini.source, reprintedFrom: { zh: '某报', en: 'A paper' } };
    expect(sourceCitation(reprinted, 'zh')).toBe(
      '测试网. 测试报告. 2022-09-09. http://example.org/ (来源：某报).',
    );
    expect(sourceCitation(reprinted, 'en')).toContain(
      'http://example.org/ (reprinted from A paper). In Chinese.',
    );
  });

  it('cites a view with its permalink and access date', () => {
    expect(permalinkFor('https://a.example', '/atlas/', view({ lang: 'en' }))).toBe(
      'https://a.example/atlas/?lang=en',
    );
    expect(permalinkFor('https://a.example', '/', DEFAULT_VIEW)).toBe('https://a.example/');
    expect(viewCitation(mini, 'W', 'P', NOW, 'zh')).toBe(
      '同心地图. 小数据集（数据集 mini，未注明版本）：W. P (访问日期：2025年1月2日).',
    );
    expect(viewCitation(mini, 'W', 'P', NOW, 'en')).toBe(
      'Tongxin Atlas. Mini dataset (dataset mini, version not given): W. P (accessed 2 Jan 2025).',
    );
  });

  it('writes local dates and times, zero-padded', () => {
    expect(exportDateText(NOW, 'zh')).toBe('2025年1月2日 09:05');
    expect(exportDateText(NOW, 'en')).toBe('2 Jan 2025, 09:05');
    expect(localIsoDay(new Date(2025, 10, 23, 23, 59))).toBe('2025-11-23');
    expect(localTime(new Date(2025, 10, 23, 23, 59))).toBe('23:59');
    expect(fileStamp(NOW)).toBe('20250102-0905');
  });

  it('keeps file-name parts to ASCII letters, digits and single hyphens', () => {
    expect(slug('  Chart -- Region! ')).toBe('chart-region');
    expect(slug('---')).toBe('x');
    expect(slug('')).toBe('x');
    expect(slug('a_b.c')).toBe('a-b-c');
    expect(
      exportFileName({ datasetId: 'mini', what: 'data-visible', lang: 'en', now: NOW, ext: 'json' }),
    ).toBe('tongxin-atlas_mini_data-visible_en_20250102-0905.json');
  });

  it('escapes XML and drops characters XML forbids', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    expect(escapeXml('a\u0000b\u0008c\u000Bd\u000Ce\u001Ff\uFFFEg\uFFFFh')).toBe('abcdefgh');
    expect(escapeXml('tab\tnewline\ncr\r')).toBe('tab\tnewline\ncr\r');
  });
});
