import { readFileSync, copyFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { Download, Locator, Page } from '@playwright/test';
import { expect, test, waitForApp, waitForCharts } from './fixtures';

interface DatasetFile {
  source: { title: string; url: string };
  organisations: Array<{ id: string; type: string }>;
  regions: Array<{ code: string; zh: string }>;
  efforts: Array<{ id: string; regionCode: string; organisationIds: string[]; measures: unknown[] }>;
}
const dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as DatasetFile;
const SOURCE_ZH =
  '四川统一战线网. 【同心抗疫】四川统一战线在行动(二). 2022-09-09. http://www.sctyzx.gov.cn/ (来源：四川在线).';
const SOURCE_EN_START = 'Sichuan United Front website. 【同心抗疫】四川统一战线在行动(二)';

async function download(page: Page, click: () => Promise<void>): Promise<{ d: Download; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await d.path();
  return { d, bytes: readFileSync(path) };
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

interface SvgFacts {
  ok: boolean;
  width: number;
  height: number;
  title: string;
  desc: string;
  text: string;
  nestedCharts: number;
}
async function svgFacts(page: Page, svg: string): Promise<SvgFacts> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      ok: doc.getElementsByTagName('parsererror').length === 0 && root.localName === 'svg',
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      title: root.querySelector(':scope > title')?.textContent ?? '',
      desc: root.querySelector(':scope > desc')?.textContent ?? '',
      text: Array.from(root.querySelectorAll(':scope > text'))
        .map((t) => t.textContent ?? '')
        .join(''),
      nestedCharts: root.querySelectorAll(':scope > svg').length,
    };
  }, svg);
}

const squash = (s: string): string => s.replace(/\s+/g, '');

async function cssSize(chart: Locator): Promise<{ width: number; height: number }> {
  return chart.evaluate((el) => {
    type Inst = { getWidth: () => number; getHeight: () => number };
    const inst = (el as HTMLElement & { echartsInstance?: Inst }).echartsInstance!;
    return { width: inst.getWidth(), height: inst.getHeight() };
  });
}

test.describe('export and citation', () => {
  test('map exports as a 2× PNG and an SVG carrying title, filters, citation and date (zh)', async ({
    page,
  }) => {
    await page.goto('./?types=democratic-party');
    await waitForApp(page);
    await waitForCharts(page);
    const chart = page.getByTestId('chart-map');
    const css = await cssSize(chart);
    const menu = page.getByTestId('export-menu-map');
    await menu.getByRole('button', { name: '导出“四川省地图”' }).click();
    const png = await download(page, () => menu.getByRole('button', { name: /^PNG/ }).click());
    expect(png.d.suggestedFilename()).toMatch(
      /^tongxin-atlas_sctyzx-2022-09-09-tongxin-2_map_zh_\d{8}-\d{4}\.png$/,
    );
    const size = pngSize(png.bytes);
    expect(size.width).toBe(2 * css.width);
    expect(size.height).toBeGreaterThan(2 * css.height);
    expect(size.height % 2).toBe(0);
    copyFileSync(await png.d.path(), '/tmp/export-map-zh.png');
    await expect(menu.getByRole('status')).toContainText('已下载');

    const svg = await download(page, () => menu.getByRole('button', { name: /^SVG/ }).click());
    expect(svg.d.suggestedFilename()).toMatch(/_map_zh_.*\.svg$/);
    copyFileSync(await svg.d.path(), '/tmp/export-map-zh.svg');
    const facts = await svgFacts(page, svg.bytes.toString('utf8'));
    expect(facts.ok).toBe(true);
    expect(facts.nestedCharts).toBe(1);
    // The SVG and the PNG share one layout: the PNG is exactly twice the SVG's size.
    expect([2 * facts.width, 2 * facts.height]).toEqual([size.width, size.height]);
    expect(facts.title).toBe('四川省地图：行动数');
    expect(facts.text).toContain('四川省地图：行动数');
    expect(squash(facts.text)).toContain(squash('筛选：组织类型：民主党派'));
    expect(squash(facts.text)).toContain(squash(SOURCE_ZH));
    expect(facts.text).toMatch(/导出日期：\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
    expect(facts.desc).toContain(SOURCE_ZH);
  });

  test('the open tab’s chart exports in English with the filters in words', async ({ page }) => {
    await page.goto('./?lang=en&types=democratic-party&tab=type');
    await waitForApp(page);
    await waitForCharts(page);
    const chart = page.getByTestId('chart-type');
    await expect(chart).toHaveAttribute('data-render-finished', 'true');
    const css = await cssSize(chart);
    const menu = page.getByTestId('export-menu-charts');
    await menu.getByRole('button', { name: /^Export/ }).click();
    const png = await download(page, () => menu.getByRole('button', { name: /^PNG/ }).click());
    expect(png.d.suggestedFilename()).toMatch(/_chart-type_en_\d{8}-\d{4}\.png$/);
    const size = pngSize(png.bytes);
    expect(size.width).toBe(2 * css.width);
    copyFileSync(await png.d.path(), '/tmp/export-type-en.png');
    const svg = await download(page, () => menu.getByRole('button', { name: /^SVG/ }).click());
    copyFileSync(await svg.d.path(), '/tmp/export-type-en.svg');
    const facts = await svgFacts(page, svg.bytes.toString('utf8'));
    expect(facts.ok).toBe(true);
    expect([2 * facts.width, 2 * facts.height]).toEqual([size.width, size.height]);
    expect(facts.title).toBe('Organisation types (all of Sichuan)');
    expect(facts.text).toContain('Filters: organisation types: democratic party');
    expect(squash(facts.text)).toContain(squash(SOURCE_EN_START));
    expect(facts.text).toMatch(/Exported \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}/);
    // Keyboard: Escape closes the menu and returns focus to its button.
    await page.keyboard.press('Escape');
    await expect(menu.getByRole('button', { name: /^PNG/ })).toHaveCount(0);
    await expect(menu.getByRole('button', { name: /^Export/ })).toBeFocused();
  });

  test('visible data downloads as CSV (BOM, Chinese intact) and JSON; the full dataset as JSON', async ({
    page,
  }) => {
    await page.goto('./?types=democratic-party');
    await waitForApp(page);
    const typeOf = new Map(dataset.organisations.map((o) => [o.id, o.type]));
    const visible = dataset.efforts.filter((e) =>
      e.organisationIds.some((id) => typeOf.get(id) === 'democratic-party'),
    );
    await expect(page.getByTestId('shown-count')).toHaveText(`显示 ${visible.length} / 51 项行动`);
    const bar = page.getByTestId('export-bar');
    await bar.getByRole('button', { name: /^下载数据/ }).click();
    const csv = await download(page, () => bar.getByRole('button', { name: '当前可见数据（CSV）' }).click());
    expect(csv.d.suggestedFilename()).toMatch(/_data-visible_zh_\d{8}-\d{4}\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.bytes.toString('utf8');
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const expectedRows = visible.flatMap((e) => (e.measures.length ? e.measures.map(() => e.id) : [e.id]));
    expect(parsed.data.map((r) => r.effort_id)).toEqual(expectedRows);
    const zhName = new Map(dataset.regions.map((r) => [r.code, r.zh]));
    for (const row of parsed.data) {
      expect(row.region_zh).toBe(zhName.get(row.region_code!));
      expect(row.source_title).toBe(dataset.source.title);
      if (row.figure) expect(row.quote).toContain(row.figure);
    }
    expect(parsed.data.some((r) => /[\u4e00-\u9fff]/.test(r.summary_zh ?? ''))).toBe(true);

    const json = await download(page, () =>
      bar.getByRole('button', { name: '当前可见数据（JSON）' }).click(),
    );
    const body = JSON.parse(json.bytes.toString('utf8')) as {
      efforts: Array<{ id: string }>;
      measures: unknown[];
      permalink: string;
    };
    expect(body.efforts.map((e) => e.id)).toEqual(visible.map((e) => e.id));
    expect(body.measures).toHaveLength(visible.reduce((n, e) => n + e.measures.length, 0));
    expect(body.permalink).toMatch(/\?types=democratic-party$/);

    const full = await download(page, () => bar.getByRole('button', { name: '完整数据集（JSON）' }).click());
    expect(JSON.parse(full.bytes.toString('utf8'))).toEqual(dataset);
  });

  test('the evidence pack zips the view’s images, data, provenance and a README', async ({ page }) => {
    await page.goto('./?regions=510100');
    await waitForApp(page);
    await waitForCharts(page);
    const bar = page.getByTestId('export-bar');
    const zip = await download(page, () => bar.getByRole('button', { name: '证据包' }).click());
    expect(zip.d.suggestedFilename()).toMatch(/_evidence-pack_zh_\d{8}-\d{4}\.zip$/);
    const files = unzipSync(new Uint8Array(zip.bytes));
    expect(Object.keys(files).sort()).toEqual(
      [
        'README.md',
        'chart-region.png',
        'chart-region.svg',
        'data.csv',
        'data.json',
        'dataset.json',
        'map.png',
        'map.svg',
        'provenance.json',
      ].sort(),
    );
    pngSize(Buffer.from(files['map.png']!));
    const readme = strFromU8(files['README.md']!);
    expect(readme).toContain(SOURCE_ZH);
    expect(readme).toMatch(/永久链接: http:\/\/127\.0\.0\.1:\d+\/\?regions=510100/);
    expect(readme).toContain('地区：成都');
    const provenance = JSON.parse(strFromU8(files['provenance.json']!)) as {
      figures: Array<{ figure: string; quote: string; region: { code: string } }>;
    };
    expect(provenance.figures.length).toBeGreaterThan(0);
    for (const f of provenance.figures) expect(f.quote).toContain(f.figure);
    expect([...files['data.csv']!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // The whole dataset, with the bundled report embedded: it imports back to the same data.
    const report = readFileSync('data/source/000_85bcb02d0b9cfa40.txt', 'utf8');
    const packed = JSON.parse(strFromU8(files['dataset.json']!)) as DatasetFile;
    expect(packed).toEqual({ ...dataset, source: { ...dataset.source, text: report } });
    expect(readme).toContain('原文内嵌于 `dataset.json` 的 `source.text`；每条引文均已与之逐字核对。');
  });

  test('the Cite panel shows and copies the source and view citations, by keyboard', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./?types=democratic-party');
    await waitForApp(page);
    const bar = page.getByTestId('export-bar');
    const cite = bar.getByRole('button', { name: '引用', exact: true });
    await cite.focus();
    await page.keyboard.press('Enter');
    await expect(cite).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByTestId('cite-source')).toHaveText(SOURCE_ZH);
    await expect(page.getByTestId('cite-source-alt')).toContainText(SOURCE_EN_START);
    const view = page.getByTestId('cite-view');
    await expect(view).toContainText('同心地图. ');
    await expect(view).toContainText('筛选：组织类型：民主党派');
    await expect(view).toContainText('/?types=democratic-party');
    const copy = page.getByTestId('cite-panel').getByRole('button', { name: '复制' }).first();
    await copy.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('cite-panel').getByText('已复制到剪贴板')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(SOURCE_ZH);
    await page.getByTestId('cite-panel').getByRole('button', { name: /关闭/ }).click();
    await expect(page.getByTestId('cite-panel')).toBeHidden();
    await expect(cite).toBeFocused();
  });

  test('on a phone the export controls fit the width and the image still exports', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./?lang=en');
    await waitForApp(page);
    await waitForCharts(page);
    const menu = page.getByTestId('export-menu-map');
    await menu.getByRole('button', { name: /^Export/ }).click();
    await page
      .getByTestId('export-bar')
      .getByRole('button', { name: /^Download data/ })
      .click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const png = await download(page, () => menu.getByRole('button', { name: /^PNG/ }).click());
    const size = pngSize(png.bytes);
    expect(size.width).toBe(2 * (await cssSize(page.getByTestId('chart-map'))).width);
    copyFileSync(await png.d.path(), '/tmp/export-map-en-phone.png');
  });
});
