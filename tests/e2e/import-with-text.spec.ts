import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, waitForApp } from './fixtures';

/**
 * Sources travel with their data: a dataset imported with its report's text (JSON with
 * `source.text`, or a CSV chosen together with a .txt) opens "show in source" on that report, with
 * the quote highlighted, exactly as the bundled dataset does. Fixtures: tests/fixtures/with-text/
 * (a fictional report written for the tests).
 */
const DIR = 'tests/fixtures/with-text';
const read = (name: string): Buffer => readFileSync(resolve(DIR, name));
const JSON_TITLE = '测试夹具：三市同心助农（虚构）';
const CSV_TITLE = '测试夹具（CSV）：三市同心助农（虚构）';
const SUINING_QUOTE = '3月5日至7日，遂宁市民主党派成员参与核酸检测点服务，提供志愿服务300余人次。';

async function openPanel(page: Page): Promise<void> {
  await page.getByTestId('import-panel').getByRole('heading', { name: '数据集' }).click();
  await expect(page.getByTestId('import-drop')).toBeVisible();
}

async function showInSource(page: Page, region: string, figure: string): Promise<void> {
  await page.getByTestId('region-picker').selectOption(region);
  await page
    .getByTestId('dossier')
    .locator('.measure-group', { hasText: figure })
    .getByRole('button', { name: '在原文中查看' })
    .click();
}

test.describe('import with the report text', () => {
  test('JSON with its text: "show in source" opens the imported report with the quote highlighted', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForApp(page);
    await openPanel(page);
    await page.getByTestId('import-input').setInputFiles({
      name: 'with-text.json',
      mimeType: 'application/json',
      buffer: read('dataset.json'),
    });
    await expect(page.getByTestId('import-done')).toHaveText(`已导入“${JSON_TITLE}”：4 项行动，4 项数据。`);
    const item = page.locator('li.import-dataset[data-dataset-id="fixture-with-text"]');
    await expect(item.getByTestId('source-status')).toHaveText('附带原文“report.txt” · 引文已核对');
    await page.getByRole('button', { name: `在地图和图表中显示“${JSON_TITLE}”` }).click();
    await expect(page.getByTestId('count-efforts')).toHaveText('4');

    await showInSource(page, '510900', '300余人次');
    const reader = page.getByTestId('source-reader');
    await expect(reader).toBeVisible();
    await expect(reader).toHaveAttribute('data-dataset-id', 'fixture-with-text');
    await expect(reader).toContainText('【同心助农】三市统一战线在行动（测试）');
    await expect(reader).toContainText('【测试夹具 · 虚构文本】');
    const mark = reader.locator('mark');
    await expect(mark).toHaveText(SUINING_QUOTE);
    await expect(mark).toBeInViewport();
    // Not the bundled report.
    await expect(reader).not.toContainText('四川统一战线在行动(二)');
    await page.keyboard.press('Escape');
    await expect(reader).toBeHidden();

    // Kept with its text across a reload.
    await page.reload();
    await waitForApp(page);
    // Restored from storage, the panel opens by itself to list it.
    await expect(page.locator('li.import-dataset[data-dataset-id="fixture-with-text"]')).toBeVisible();
    await page.getByRole('button', { name: `在地图和图表中显示“${JSON_TITLE}”` }).click();
    await showInSource(page, '511900', '8.5万元');
    await expect(page.getByTestId('source-reader').locator('mark')).toHaveText(
      '市工商联动员民营企业捐款捐物，共捐赠资金8.5万元、口罩数千只。',
    );
  });

  test('CSV and .txt chosen together import with verified quotes; a lone .txt asks for its dataset', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForApp(page);
    await openPanel(page);
    const input = page.getByTestId('import-input');
    await input.setInputFiles({ name: 'report.txt', mimeType: 'text/plain', buffer: read('report.txt') });
    await expect(page.getByTestId('import-errors').locator('li')).toHaveText([
      '“report.txt”是报告原文，不是数据集：请添加它所属的 CSV 或 JSON 文件（两个文件一起选择或拖放）',
    ]);

    // One quote a character off: a located error, and nothing is loaded.
    const badCsv = read('dataset.csv')
      .toString('utf8')
      .replace('累计走访群众1200余户。', '累计走访群众1200余户!');
    await input.setInputFiles([
      { name: 'dataset.csv', mimeType: 'text/csv', buffer: Buffer.from(badCsv, 'utf8') },
      { name: 'report.txt', mimeType: 'text/plain', buffer: read('report.txt') },
    ]);
    const errors = page.getByTestId('import-errors');
    await expect(errors).toContainText('“dataset.csv + report.txt”未导入');
    await expect(errors.locator('li').first()).toHaveText(/^第 2 行，“quote”列：引文未逐字出现在原文中：/);
    await expect(page.getByTestId('dataset-list').locator('li')).toHaveCount(1);

    await input.setInputFiles([
      { name: 'dataset.csv', mimeType: 'text/csv', buffer: read('dataset.csv') },
      { name: 'report.txt', mimeType: 'text/plain', buffer: read('report.txt') },
    ]);
    await expect(page.getByTestId('import-done')).toHaveText(`已导入“${CSV_TITLE}”：4 项行动，4 项数据。`);
    const item = page.locator('li.import-dataset[data-dataset-id="fixture-with-text-csv"]');
    await expect(item).toContainText('导入自 dataset.csv（CSV');
    await expect(item.getByTestId('source-status')).toHaveText('附带原文“report.txt” · 引文已核对');
    await page.getByRole('button', { name: `在地图和图表中显示“${CSV_TITLE}”` }).click();
    await showInSource(page, '511900', '1200余户');
    await expect(page.getByTestId('source-reader').locator('mark')).toHaveText(
      '3月2日，巴中市委统战部组织“同心”志愿服务队深入社区，开展入户走访和政策宣传，累计走访群众1200余户。',
    );
  });

  test('a CSV without its text is marked unverified in the list, the dossier and the reader', async ({
    page,
  }) => {
    await page.goto('./?lang=en');
    await waitForApp(page);
    await page.getByTestId('import-panel').getByRole('heading', { name: 'Datasets' }).click();
    await page
      .getByTestId('import-input')
      .setInputFiles({ name: 'dataset.csv', mimeType: 'text/csv', buffer: read('dataset.csv') });
    const item = page.locator('li.import-dataset[data-dataset-id="fixture-with-text-csv"]');
    await expect(item.getByTestId('source-status')).toHaveText('Unverified: no source text');
    await item.getByRole('button', { name: /^Show “/ }).click();
    await page.getByTestId('region-picker').selectOption('510900');
    const group = page.getByTestId('dossier').locator('.measure-group', { hasText: '300+' });
    await expect(group.locator('.unverified')).toHaveText(/^Unverified: no source text/);
    await expect(group.getByRole('button', { name: 'Show in source' })).toHaveCount(0);
    const axe = async (): Promise<string[]> =>
      (
        await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
      ).violations.map((x) => `${x.id}: ${x.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    expect(await axe()).toEqual([]);
    await page.getByRole('button', { name: 'Read the source' }).click();
    await expect(page.getByTestId('source-reader')).toContainText(
      "Unverified: this dataset came without its report's text",
    );
    expect(await axe()).toEqual([]);
  });
});
