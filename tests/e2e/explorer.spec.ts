import type { Page } from '@playwright/test';
import { expect, mapPoint, seriesData, test, waitForApp, waitForCharts } from './fixtures';

// Inside the prefecture outlines (longitude, latitude).
const PANZHIHUA: [number, number] = [101.75, 26.65];
const NANCHONG: [number, number] = [106.1, 31.0];

const TAB_CHARTS: Array<[string, string]> = [
  ['各地区', 'chart-region'],
  ['组织类型', 'chart-type'],
  ['谁 × 做什么', 'chart-matrix'],
  ['时间线', 'chart-timeline'],
  ['谁 → 做什么 → 在哪里', 'chart-flow'],
];

/** The series data of the map and of the chart on every tab (opening each tab in turn). */
async function everyChartsData(page: Page): Promise<Record<string, unknown[]>> {
  const data: Record<string, unknown[]> = { 'chart-map': await seriesData(page, 'chart-map') };
  for (const [tab, id] of TAB_CHARTS) {
    await page.getByRole('tab', { name: tab }).click();
    await waitForCharts(page);
    data[id] = await seriesData(page, id);
  }
  return data;
}

test.describe('explorer', () => {
  test('clicking a prefecture on the map opens its dossier with figures and quotes', async ({
    page,
    problems,
  }) => {
    await page.goto('./');
    await waitForApp(page);
    await waitForCharts(page);
    const p = await mapPoint(page, PANZHIHUA);
    await page.mouse.click(p.x, p.y);
    const dossier = page.getByTestId('dossier');
    await expect(dossier.getByRole('heading', { level: 2 })).toHaveText('攀枝花市');
    await expect(dossier.getByTestId('dossier-count')).toHaveText('6 项行动');
    const samples = dossier.locator('.measure', { has: page.locator('strong', { hasText: '144,237' }) });
    await expect(samples.locator('strong')).toHaveText('144,237份样本(剂)');
    await expect(samples.locator('.measure__qualifier')).toHaveText('(确数)');
    // The five figures of 顺达运业 come from one sentence: it is quoted once, under them.
    const taxiGroup = dossier.locator('.measure-group', {
      has: page.locator('strong', { hasText: '144,237' }),
    });
    await expect(taxiGroup.locator('.measure')).toHaveCount(5);
    await expect(taxiGroup.locator('blockquote')).toHaveCount(1);
    await expect(taxiGroup.locator('blockquote')).toContainText('及时转运核酸样本144237剂');
    const eggs = dossier.locator('.measure-group', { hasText: '2100多户' }).locator('.measure');
    await expect(eggs.locator('strong')).toHaveText('2,100余户');
    await expect(eggs).toHaveClass(/measure--at-least/);
    await expect(page).toHaveURL(/region=510400/);

    // Nanchong: money in yuan, lower bound shown as such.
    const q = await mapPoint(page, NANCHONG);
    await page.mouse.click(q.x, q.y);
    await expect(dossier.getByRole('heading', { level: 2 })).toHaveText('南充市');
    await expect(dossier.locator('.measure--at-least', { hasText: '350万' }).locator('strong')).toHaveText(
      '350万余元',
    );
    expect(problems).toEqual([]);
  });

  test('show in source opens the report with the sentence highlighted and in view', async ({ page }) => {
    await page.goto('./?region=511300');
    await waitForApp(page);
    await page
      .getByTestId('dossier')
      .locator('.measure-group', { hasText: '16.8万元' })
      .getByRole('button', { name: '在原文中查看' })
      .click();
    const reader = page.getByTestId('source-reader');
    await expect(reader).toBeVisible();
    const mark = reader.locator('mark');
    await expect(mark).toHaveText(/累计捐资捐物16\.8万元/);
    await expect(mark).toBeInViewport();
    await page.keyboard.press('Escape');
    await expect(reader).toBeHidden();
  });

  test('filtering by an organisation type changes every chart and the count', async ({ page }) => {
    await page.goto('./');
    await waitForApp(page);
    await waitForCharts(page);
    const before = await everyChartsData(page);
    await page.getByRole('button', { name: /^民主党派/ }).click();
    await expect(page.getByRole('button', { name: /^民主党派/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('shown-count')).toHaveText(/^显示 \d+ \/ 51 项行动$/);
    const shown = Number((await page.getByTestId('shown-count').textContent())!.match(/显示 (\d+)/)![1]);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(50);
    await expect(page).toHaveURL(/types=democratic-party/);
    await waitForCharts(page);
    // The map redraws after React commits the filter: poll rather than read once.
    await expect.poll(() => seriesData(page, 'chart-map')).not.toEqual(before['chart-map']);
    const after = await everyChartsData(page);
    for (const id of Object.keys(before)) expect(after[id], id).not.toEqual(before[id]);
    await page.getByRole('button', { name: '重置筛选' }).click();
    await expect(page.getByTestId('shown-count')).toHaveText('显示 51 / 51 项行动');
  });

  test('drill into a prefecture and back, with the control and the back button', async ({ page }) => {
    await page.goto('./?region=510400');
    await waitForApp(page);
    await page.getByRole('button', { name: '查看 攀枝花 区县 →' }).first().click();
    await expect(page.getByRole('heading', { name: '攀枝花（区县）' })).toBeVisible();
    await expect(page).toHaveURL(/drill=510400/);
    await waitForCharts(page);
    const counties = (await seriesData(page, 'chart-map'))[0] as string;
    expect(counties).toContain('510421');
    await page.getByRole('button', { name: /返回全省/ }).click();
    await expect(page.getByRole('heading', { name: '四川省地图' })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { name: '攀枝花（区县）' })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { name: '四川省地图' })).toBeVisible();
  });

  test('switches to English, with data labels and numbers in English', async ({ page }) => {
    await page.goto('./?region=511300');
    await waitForApp(page);
    await page.getByRole('button', { name: '切换到英文界面' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tongxin Atlas');
    await expect(page).toHaveURL(/lang=en/);
    const dossier = page.getByTestId('dossier');
    await expect(dossier.getByRole('heading', { level: 2 })).toHaveText('Nanchong');
    await expect(dossier.locator('.measure', { hasText: '3,500,000' }).locator('strong')).toHaveText(
      '3,500,000+ yuan (CNY)',
    );
    await expect(page.getByTestId('shown-count')).toHaveText('51 of 51 efforts shown');
  });

  test('a shared URL restores the same view after reload', async ({ page }) => {
    const url =
      './?lang=en&types=private-enterprise&region=510400&metric=unit:person-times&tab=type&view=table';
    await page.goto(url);
    await waitForApp(page);
    const check = async (): Promise<void> => {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tongxin Atlas');
      await expect(page.getByRole('button', { name: /^private enterprise/ })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      await expect(page.getByTestId('dossier').getByRole('heading', { level: 2 })).toHaveText('Panzhihua');
      await expect(page.getByRole('tab', { name: 'Organisation types' })).toHaveAttribute(
        'aria-selected',
        'true',
      );
      await expect(page.getByTestId('type-table')).toBeVisible();
      await expect(page.getByRole('combobox', { name: 'Map measure' })).toHaveValue('unit:person-times');
    };
    await check();
    await page.reload();
    await waitForApp(page);
    await check();
  });

  test('a broken or hostile URL is ignored with a notice and the app still works', async ({ page }) => {
    await page.goto(
      './?lang=xx&region=999999&types=%3Cscript%3E,private-enterprise&metric=unit:nonsense&drill=510300',
    );
    await waitForApp(page);
    const notices = page.locator('.notice');
    await expect(notices.first()).toContainText('链接中的部分视图参数无效');
    await expect(page.locator('script:not([src])')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^民营企业/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('heading', { name: '四川省地图' })).toBeVisible();
    await waitForCharts(page);
  });

  test('regions are reachable with the keyboard alone', async ({ page }) => {
    await page.goto('./');
    await waitForApp(page);
    const picker = page.getByTestId('region-picker');
    await picker.focus();
    await picker.selectOption('510500');
    await expect(page.getByTestId('dossier').getByRole('heading', { level: 2 })).toHaveText('泸州市');
  });
});

test('the timeline says so when no effort in scope is dated, and lists the undated ones', async ({
  page,
}) => {
  await page.goto('./?region=513200&tab=timeline');
  await waitForApp(page);
  await expect(page.getByTestId('timeline-empty')).toHaveText(/没有给出任何行动的日期/);
  await expect(page.getByTestId('chart-timeline')).toHaveCount(0);
  await expect(page.locator('.undated summary')).toHaveText('未注明日期的行动（6）');
});

/** Page coordinates of a data point of a cartesian chart ([x, y] in axis values or category indexes). */
async function chartPoint(
  page: Page,
  testId: string,
  value: [number, number],
): Promise<{ x: number; y: number }> {
  const chart = page.getByTestId(testId);
  await chart.scrollIntoViewIfNeeded();
  const local = await chart.evaluate((el, v) => {
    type Inst = { convertToPixel: (finder: object, value: number[]) => number[] };
    const inst = (el as HTMLElement & { echartsInstance?: Inst }).echartsInstance;
    if (!inst) throw new Error('no chart instance');
    return inst.convertToPixel({ seriesIndex: 0 }, v);
  }, value);
  const box = await chart.boundingBox();
  if (!box || !local) throw new Error('chart not laid out');
  return { x: box.x + local[0]!, y: box.y + local[1]! };
}

/** Page coordinates of the centre of bar `index` of a bar chart's first series (from its layout). */
async function barCentre(page: Page, testId: string, index: number): Promise<{ x: number; y: number }> {
  const chart = page.getByTestId(testId);
  await chart.scrollIntoViewIfNeeded();
  const rect = await chart.evaluate((el, i) => {
    type Rect = { x: number; y: number; width: number; height: number };
    type Inst = {
      getModel: () => {
        getSeriesByIndex: (n: number) => { getData: () => { getItemLayout: (i: number) => Rect } };
      };
    };
    const inst = (el as HTMLElement & { echartsInstance?: Inst }).echartsInstance;
    if (!inst) throw new Error('no chart instance');
    return inst.getModel().getSeriesByIndex(0).getData().getItemLayout(i);
  }, index);
  const box = await chart.boundingBox();
  if (!box) throw new Error('chart not laid out');
  return { x: box.x + rect.x + rect.width / 2, y: box.y + rect.y + rect.height / 2 };
}

test('real clicks: a type bar toggles its type filter, a heat-map cell filters by type and activity, within the selected region', async ({
  page,
}) => {
  await page.goto('./?region=510400&tab=type');
  await waitForApp(page);
  await waitForCharts(page);
  // Type bars count the selected region only (the cross-filter): fewer efforts than province-wide.
  const inRegion = JSON.parse((await seriesData(page, 'chart-type'))[0] as string) as Array<{
    value: number;
    typeId: string;
  }>;
  const regionTotal = inRegion.reduce((n, d) => n + d.value, 0);
  expect(regionTotal).toBeGreaterThan(0);
  expect(regionTotal).toBeLessThan(50);

  // A trusted click in the middle of a bar.
  const i = inRegion.findIndex((d) => d.value > 0);
  const bar = await barCentre(page, 'chart-type', i);
  await page.mouse.click(bar.x, bar.y);
  await expect(page).toHaveURL(new RegExp(`types=${inRegion[i]!.typeId}`));

  await page.getByRole('tab', { name: '谁 × 做什么' }).click();
  await waitForCharts(page);
  const cells = JSON.parse((await seriesData(page, 'chart-matrix'))[0] as string) as Array<{
    value: [number, number, number];
    typeId: string;
    activityId: string;
  }>;
  const cell = cells.find((c) => c.value[2] > 0)!;
  const p = await chartPoint(page, 'chart-matrix', [cell.value[0], cell.value[1]]);
  await page.mouse.click(p.x, p.y);
  await expect(page).toHaveURL(new RegExp(`types=${cell.typeId}&acts=${cell.activityId}`));
  await expect(page.locator(`.chip[data-type="${cell.typeId}"]`)).toHaveAttribute('aria-pressed', 'true');
});
