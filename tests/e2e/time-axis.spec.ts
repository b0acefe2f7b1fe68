import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, waitForApp, waitForCharts } from './fixtures';

const SECOND_REPORT = readFileSync(resolve('tests/fixtures/second-report/dataset.json'));
const SECOND_DIR = 'tests/fixtures/second-report';

test.describe('time axis from the data', () => {
  test('an imported report of 2020 is drawn in weeks, every dated effort placed, and stepping through weeks narrows the views', async ({
    page,
  }) => {
    await page.goto('./?tab=timeline');
    await waitForApp(page);
    await page.getByTestId('import-panel').getByRole('heading', { name: '数据集' }).click();
    await page.getByTestId('import-input').setInputFiles({
      name: 'second-report.json',
      mimeType: 'application/json',
      buffer: SECOND_REPORT,
    });
    await expect(page.getByTestId('import-done')).toBeVisible();
    await page.locator('li.import-dataset[data-dataset-id="test-bazhou-2020"] button').first().click();
    await waitForCharts(page);
    await expect(page.getByTestId('shown-count')).toHaveText('显示 7 / 7 项行动');
    await expect(page.locator('.timeline > .note').first()).toHaveText(/按地区显示每周进行中的行动/);
    const chart = page.getByTestId('chart-timeline');
    await expect(chart).toHaveAttribute('aria-label', /× 12 个时段（每段一周/);
    await expect(page.locator('.undated summary')).toHaveText('未注明日期的行动（1）');

    // Step to the first week (20–26 Jan 2020): only the task force "since 26 Jan" runs in it.
    await page.getByRole('button', { name: '后一周' }).click();
    await expect(page.getByTestId('timeline-day')).toHaveText('选定：第4周（1月20日–26日）');
    await expect(page).toHaveURL(/period=2020-W04/);
    await expect(page.getByTestId('shown-count')).toHaveText('显示 1 / 7 项行动');
    await page.getByRole('button', { name: '后一周' }).click();
    // Week 5 (27 Jan – 2 Feb): the task force and the letter of 28 Jan.
    await expect(page.getByTestId('shown-count')).toHaveText('显示 2 / 7 项行动');

    // The table lists every dated effort: none is lost.
    await page.getByRole('button', { name: '显示全部日期' }).click();
    await expect(page.getByTestId('shown-count')).toHaveText('显示 7 / 7 项行动');
    await page.getByRole('group', { name: '展示方式' }).getByRole('button', { name: '表格' }).click();
    await expect(page.getByTestId('timeline-table').locator('tbody tr')).toHaveCount(6);
  });

  test('the 2020 report as CSV with its .txt: quotes checked, every dated effort on the weekly axis, a county quote shown in its source', async ({
    page,
  }) => {
    await page.goto('./?tab=timeline');
    await waitForApp(page);
    await page.getByTestId('import-panel').getByRole('heading', { name: '数据集' }).click();
    await page.getByTestId('import-input').setInputFiles([
      { name: 'dataset.csv', mimeType: 'text/csv', buffer: readFileSync(resolve(SECOND_DIR, 'dataset.csv')) },
      { name: 'report.txt', mimeType: 'text/plain', buffer: readFileSync(resolve(SECOND_DIR, 'report.txt')) },
    ]);
    await expect(page.getByTestId('import-done')).toBeVisible();
    const item = page.locator('li.import-dataset[data-dataset-id="test-bazhou-2020"]');
    await expect(item.getByTestId('source-status')).toHaveText('附带原文“report.txt” · 引文已核对');
    await item.locator('button').first().click();
    await waitForCharts(page);
    await expect(page.getByTestId('shown-count')).toHaveText('显示 7 / 7 项行动');
    await expect(page.getByTestId('chart-timeline')).toHaveAttribute('aria-label', /× 12 个时段（每段一周/);
    await page.getByRole('group', { name: '展示方式' }).getByRole('button', { name: '表格' }).click();
    await expect(page.getByTestId('timeline-table').locator('tbody tr')).toHaveCount(6);

    // 通江县 (511921), a county of Bazhong the bundled report never names: its quote in the report.
    await page.getByTestId('region-picker').selectOption('511921');
    await page
      .getByTestId('dossier')
      .locator('.measure-group', { hasText: '300余人次' })
      .getByRole('button', { name: '在原文中查看' })
      .click();
    const reader = page.getByTestId('source-reader');
    await expect(reader).toHaveAttribute('data-dataset-id', 'test-bazhou-2020');
    await expect(reader.locator('mark')).toContainText('2月5日，民盟巴中市委组织盟员医生组成医疗志愿服务队');
    await expect(reader.locator('mark')).toBeInViewport();
  });

  test('an old ?day= link still selects that day; a period outside the data is ignored with a notice', async ({
    page,
  }) => {
    await page.goto('./?tab=timeline&day=2022-09-03');
    await waitForApp(page);
    await expect(page.getByTestId('timeline-day')).toHaveText('选定：9月3日');
    await expect(page.getByRole('button', { name: '后一天' })).toBeVisible();
    await page.goto('./?tab=timeline&period=2020-02');
    await waitForApp(page);
    await expect(page.locator('.notice').first()).toContainText('链接中的部分视图参数无效');
    await expect(page.getByTestId('timeline-day')).toHaveText('');
    await expect(page.getByTestId('shown-count')).toHaveText('显示 51 / 51 项行动');
  });
});
