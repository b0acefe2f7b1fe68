import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, mapPoint, test, waitForApp, waitForCharts } from './fixtures';

/** 巴州区 (Bazhou District), the seat of Bazhong, a prefecture the bundled report never names. */
const BAZHOU: [number, number] = [106.75, 31.85];
const BAZHONG_JSON = readFileSync(resolve('tests/fixtures/regions/bazhong.json'), 'utf8');

async function pick(page: Page, name: string, text: string): Promise<void> {
  await page.getByTestId('import-input').setInputFiles({
    name,
    mimeType: name.endsWith('.csv') ? 'text/csv' : 'application/json',
    buffer: Buffer.from(text, 'utf8'),
  });
}

test.describe('every region the map knows', () => {
  test('an imported dataset about Bazhong drills into its counties, and back', async ({ page }) => {
    await page.goto('./');
    await waitForApp(page);
    await pick(page, 'bazhong.json', BAZHONG_JSON);
    await expect(page.getByTestId('import-done')).toContainText('测试：巴中市的三项行动');
    await page.getByRole('button', { name: '在地图和图表中显示“测试：巴中市的三项行动”' }).click();
    await expect(page.getByTestId('count-efforts')).toHaveText('2');
    await waitForCharts(page);

    // Click Bazhong on the province map; the drill-down is offered for it.
    const p = await mapPoint(page, BAZHOU);
    await page.mouse.click(p.x, p.y);
    await expect(page.getByTestId('region-picker')).toHaveValue('511900');
    const dossier = page.getByTestId('dossier');
    await expect(dossier.getByRole('heading', { level: 2 })).toContainText('巴中');
    await page.getByRole('navigation').getByRole('button', { name: '查看 巴中 区县 →' }).click();
    await expect(page.getByRole('heading', { name: '巴中（区县）' })).toBeVisible();
    await waitForCharts(page);

    // A county of the drilled map: 巴州区's dossier, with its efforts.
    const q = await mapPoint(page, BAZHOU);
    await page.mouse.click(q.x, q.y);
    await expect(page.getByTestId('region-picker')).toHaveValue('511902');
    await expect(dossier).toContainText('组织志愿者协助核酸检测');

    // The browser's back button returns to the province map.
    await page.goBack();
    await page.goBack();
    await expect(page.getByRole('heading', { name: '四川省地图' })).toBeVisible();
  });

  test('a CSV row may name 巴州区 511902; 519999 is refused at its row and column', async ({ page }) => {
    await page.goto('./?lang=en');
    await waitForApp(page);
    const header =
      'effort_id,region_code,organisation_names,organisation_types,activities,date_kind,date_start,date_end,summary_zh,summary_en,quote,value,unit,qualifier,figure,label_zh,label_en';
    const row = (code: string): string =>
      `bz-a,${code},巴州区委统战部,united-front-department,donations,on,2022-09-05,,捐款,Donation,捐款5万元,50000,yuan,exact,5万元,捐款,donation`;
    await pick(page, 'unknown.csv', [header, row('519999')].join('\n'));
    await expect(page.getByTestId('import-panel')).toContainText(
      '"519999" is not the code of Sichuan, one of its prefectures or county-level divisions',
    );
    await pick(page, 'bazhou.csv', [header, row('511902')].join('\n'));
    await expect(page.getByTestId('import-done')).toContainText('Imported “bazhou”');
    await page.getByRole('button', { name: 'Show “bazhou” on the map and charts' }).click();
    await waitForCharts(page);
    await page.getByTestId('region-picker').selectOption('511902');
    await expect(page.getByTestId('dossier').getByRole('heading', { level: 2 })).toContainText(
      'Bazhou District',
    );
  });
});
