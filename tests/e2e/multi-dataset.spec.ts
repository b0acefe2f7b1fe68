import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Download, Page } from '@playwright/test';
import { expect, test, waitForApp, waitForCharts } from './fixtures';

/** A fictional second report (tests/fixtures/multi/README.md): 2020, Bazhong and Nanchong. */
const SECOND_FILE = 'tests/fixtures/multi/second-report.json';
const SECOND = 'test-fixture-bazhong-2020';
const BUNDLED = 'sctyzx-2022-09-09-tongxin-2';
const SOURCE_ZH =
  '四川统一战线网. 【同心抗疫】四川统一战线在行动(二). 2022-09-09. http://www.sctyzx.gov.cn/ (来源：四川在线).';
const SECOND_SOURCE_ZH =
  '测试出版方. 【测试夹具】巴中统一战线抗疫（虚构报告）. 2020-02-21. https://example.org/test-fixture';

const squash = (s: string): string => s.replace(/\s+/g, '');

async function download(page: Page, click: () => Promise<void>): Promise<{ d: Download; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { d, bytes: readFileSync(await d.path()) };
}

/** The text drawn into an exported SVG's frame (title, filters, citations, date). */
async function svgText(page: Page, svg: string): Promise<string> {
  return page.evaluate((source) => {
    const root = new DOMParser().parseFromString(source, 'image/svg+xml').documentElement;
    return Array.from(root.querySelectorAll(':scope > text'))
      .map((t) => t.textContent ?? '')
      .join('');
  }, svg);
}

async function importSecond(page: Page): Promise<void> {
  await page.getByTestId('import-input').setInputFiles({
    name: 'second-report.json',
    mimeType: 'application/json',
    buffer: readFileSync(SECOND_FILE),
  });
  await expect(page.getByTestId('import-done')).toContainText(
    /测试数据：巴中与南充统一战线抗疫（虚构）|Test fixture: Bazhong and Nanchong united front \(fictional\)/,
  );
}

test.describe('several reports', () => {
  test('import a second report, view all loaded reports, compare them, export with both citations', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForApp(page);
    await importSecond(page);

    // The switcher: each report, and all of them.
    const switcher = page.getByRole('combobox', { name: '查看的报告' });
    await switcher.selectOption('*');
    await expect(page).toHaveURL(/[?&]ds=\*/);
    await expect(page.getByTestId('reports-in-view')).toContainText('视图中的报告（2 份）');
    await expect(page.getByTestId('shown-count')).toHaveText('显示 55 / 55 项行动');
    const reports = page.getByTestId('report-filter').getByRole('button');
    await expect(reports).toHaveCount(2);

    // The dossier of Nanchong holds efforts of both reports, each attributed.
    await page.getByRole('button', { name: /^南充/ }).first().click();
    await expect(page.locator(`[data-dataset-id="${SECOND}"]`).first()).toBeVisible();
    await expect(page.locator(`article[data-dataset-id="${BUNDLED}"]`).first()).toBeVisible();
    await expect(page.locator(`article[data-dataset-id="${SECOND}"]`)).toHaveCount(2);
    await expect(
      page.locator(`article[data-dataset-id="${SECOND}"]`).first().getByTestId('effort-report'),
    ).toHaveText('来自报告：测试数据：巴中与南充统一战线抗疫（虚构）');

    // The report filter narrows the union; the count says N of M.
    await reports.nth(1).click();
    await expect(reports.nth(1)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('shown-count')).toHaveText('显示 4 / 55 项行动');
    await expect(page).toHaveURL(new RegExp(`dsf=${SECOND}`));
    await reports.nth(1).click();

    // Compare: both maps on one legend, as one chart of the registry.
    await page.getByRole('tab', { name: '对比两份报告' }).click();
    await expect(page).toHaveURL(/tab=compare/);
    await expect(page.getByTestId('compare-0')).toHaveValue(BUNDLED);
    await expect(page.getByTestId('compare-1')).toHaveValue(SECOND);
    const chart = page.getByTestId('chart-compare');
    await expect(chart).toHaveAttribute('data-render-finished', 'true');
    await waitForCharts(page);
    const maps = await chart.evaluate((el) => {
      type Inst = { getOption: () => { series: Array<{ type: string; map?: string }> } };
      const inst = (el as HTMLElement & { echartsInstance?: Inst }).echartsInstance!;
      return inst
        .getOption()
        .series.filter((s) => s.type === 'map')
        .map((s) => s.map);
    });
    expect(maps).toHaveLength(2);
    expect(new Set(maps).size).toBe(2);

    // Swap the sides: the URL keeps the pair.
    await page.getByTestId('compare-0').selectOption(SECOND);
    await expect(page.getByTestId('compare-1')).toHaveValue(BUNDLED);
    await expect(page).toHaveURL(new RegExp(`cmp=${SECOND},${BUNDLED}`));

    // The compare chart exports as one image citing both reports.
    const menu = page.getByTestId('export-menu-charts');
    await menu.getByRole('button', { name: /^导出/ }).click();
    const svg = await download(page, () => menu.getByRole('button', { name: /^SVG/ }).click());
    expect(svg.d.suggestedFilename()).toMatch(/_chart-compare_zh_.*\.svg$/);
    const text = squash(await svgText(page, svg.bytes.toString('utf8')));
    expect(text).toContain(squash(SOURCE_ZH));
    expect(text).toContain(squash(SECOND_SOURCE_ZH));
    const png = await download(page, () => menu.getByRole('button', { name: /^PNG/ }).click());
    expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

    // The evidence pack of the union: README and provenance name both reports.
    const zip = await download(page, () =>
      page.getByTestId('export-bar').getByRole('button', { name: '证据包' }).click(),
    );
    const files = unzipSync(new Uint8Array(zip.bytes));
    const readme = strFromU8(files['README.md']!);
    expect(readme).toContain(SOURCE_ZH);
    expect(squash(readme)).toContain(squash(SECOND_SOURCE_ZH));
    expect(readme).toMatch(/\?ds=\*/);
    const csv = strFromU8(files['data.csv']!);
    expect(csv).toContain(`${SECOND}/e-2`);
    const provenance = JSON.parse(strFromU8(files['provenance.json']!)) as {
      reports: Array<{ datasetId: string }>;
    };
    expect(provenance.reports.map((r) => r.datasetId)).toEqual([BUNDLED, SECOND]);
  });

  test('in the view of all reports, "show in source" opens each effort\'s own report', async ({ page }) => {
    await page.goto('./');
    await waitForApp(page);
    await importSecond(page);
    await page.getByRole('combobox', { name: '查看的报告' }).selectOption('*');
    await page.getByRole('button', { name: /^南充/ }).first().click();
    // The bundled report's efforts open the bundled report with the passage highlighted…
    const bundled = page.locator(`article[data-dataset-id="${BUNDLED}"]`);
    await bundled.getByRole('button', { name: '在原文中查看' }).first().click();
    const reader = page.getByTestId('source-reader');
    await expect(reader.locator('mark')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(reader.locator('mark')).toBeHidden();
    // …the second report came without its text: its quotes are unverified, not sent to the first's text.
    const second = page.locator(`article[data-dataset-id="${SECOND}"]`);
    await expect(second.getByText('未核验：无原文').first()).toBeVisible();
    await expect(second.getByRole('button', { name: '在原文中查看' })).toHaveCount(0);
  });

  test('a link to all reports waits for the restored import; an unknown report is a broken-link notice', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForApp(page);
    await importSecond(page);
    // Kept in IndexedDB: a reload restores it, and the link's ?ds=* then applies.
    await page.goto('./?ds=*&lang=en');
    await waitForApp(page);
    await expect(page.getByTestId('shown-count')).toHaveText('55 of 55 efforts shown');
    await expect(page.getByTestId('reports-in-view')).toContainText('Reports in view (2)');

    await page.goto('./?ds=no-such-report&lang=en');
    await waitForApp(page);
    await expect(page.getByText(/ds="no-such-report"/)).toHaveCount(1);
    // Nothing blank: the first report is shown.
    await expect(page.getByTestId('shown-count')).toHaveText('51 of 51 efforts shown');
  });

  test('on a phone the compare view stacks its two maps', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./?tab=compare');
    await waitForApp(page);
    // With one report there is nothing to compare: no tab (the link's tab waits for a second one);
    // the five charts of one report (bars by region and type, matrix, timeline, flow) are offered.
    await expect(page.getByRole('tab')).toHaveCount(5);
    await expect(page.locator('#tab-compare')).toHaveCount(0);
    await importSecond(page);
    await expect(page.getByRole('tab', { name: '对比两份报告' })).toHaveAttribute('aria-selected', 'true');
    const chart = page.getByTestId('chart-compare');
    await expect(chart).toHaveAttribute('data-render-finished', 'true');
    const tops = await chart.evaluate((el) => {
      type Inst = { getOption: () => { series: Array<{ type: string; top?: string; left?: string }> } };
      const inst = (el as HTMLElement & { echartsInstance?: Inst }).echartsInstance!;
      return inst
        .getOption()
        .series.filter((s) => s.type === 'map')
        .map((s) => [s.left, s.top]);
    });
    expect(tops[0]![0]).toBe(tops[1]![0]);
    expect(parseFloat(tops[1]![1]!)).toBeGreaterThan(parseFloat(tops[0]![1]!));
    const box = await chart.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    // No sideways scrolling of the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  for (const lang of ['zh', 'en'] as const) {
    test(`axe: all reports with a report chosen, and compare (${lang}), have no WCAG 2.1 A/AA violations`, async ({
      page,
    }) => {
      await page.goto(`./?lang=${lang}`);
      await waitForApp(page);
      await importSecond(page);
      await page.goto(`./?lang=${lang}&ds=*&dsf=${SECOND}&region=511300`);
      await waitForApp(page);
      await expect(page.getByTestId('report-filter')).toBeVisible();
      await waitForCharts(page);
      const axe = async (): Promise<string[]> =>
        (
          await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
        ).violations.map(
          (x) =>
            `${x.id}: ${x.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 5)
              .join(' | ')}`,
        );
      expect(await axe()).toEqual([]);
      await page.goto(`./?lang=${lang}&tab=compare`);
      await waitForApp(page);
      await expect(page.getByTestId('chart-compare')).toHaveAttribute('data-render-finished', 'true');
      expect(await axe()).toEqual([]);
    });
  }
});
