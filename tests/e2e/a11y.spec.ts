import AxeBuilder from '@axe-core/playwright';
import { expect, test, waitForApp, waitForCharts } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const views: Array<{ name: string; url: string; open?: 'source' }> = [
  { name: 'overview', url: './' },
  { name: 'dossier', url: './?region=510400' },
  { name: 'drill', url: './?region=510400&drill=510400' },
  { name: 'type chart', url: './?tab=type' },
  { name: 'matrix chart', url: './?tab=matrix' },
  { name: 'timeline chart', url: './?tab=timeline&day=2022-09-04' },
  { name: 'tables', url: './?tab=region&view=table&region=511300' },
  { name: 'timeline table', url: './?tab=timeline&view=table' },
  { name: 'flow chart', url: './?tab=flow' },
  { name: 'flow table', url: './?tab=flow&view=table&types=democratic-party' },
  { name: 'source reader', url: './?region=511300', open: 'source' },
];

for (const lang of ['zh', 'en'] as const) {
  for (const v of views) {
    test(`axe: ${v.name} (${lang}) has no WCAG 2.1 A/AA violations`, async ({ page }) => {
      await page.goto(`${v.url}${v.url.includes('?') ? '&' : '?'}lang=${lang}`);
      await waitForApp(page);
      await waitForCharts(page);
      if (v.open === 'source') {
        await page.getByTestId('dossier').locator('.measure-group').first().getByRole('button').click();
        await expect(page.getByTestId('source-reader').locator('mark')).toBeVisible();
      }
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      const summary = results.violations.map(
        (x) =>
          `${x.id} (${x.impact}): ${x.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 5)
            .join(' | ')}`,
      );
      expect(summary).toEqual([]);
    });
  }
}

test('every chart is an image with a meaningful label', async ({ page }) => {
  // Every tab the app offers (the chart registry), read from the page itself.
  await page.goto('./');
  await waitForApp(page);
  const tabs = await page.getByRole('tab').evaluateAll((els) => els.map((el) => el.id.replace(/^tab-/, '')));
  expect(tabs.length).toBeGreaterThanOrEqual(4);
  for (const tab of tabs) {
    await page.goto(`./?tab=${tab}`);
    await waitForApp(page);
    await waitForCharts(page);
    const charts = page.locator('.chart');
    const n = await charts.count();
    expect(n).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < n; i += 1) {
      await expect(charts.nth(i)).toHaveAttribute('role', 'img');
      const label = (await charts.nth(i).getAttribute('aria-label')) ?? '';
      expect(label.length, `chart ${i} on ${tab}`).toBeGreaterThan(20);
    }
  }
});

test('keyboard: tabs, chips and the region list work without a mouse, with visible focus', async ({
  page,
}) => {
  await page.goto('./');
  await waitForApp(page);
  const firstChip = page.locator('.chip').first();
  await firstChip.focus();
  await expect(firstChip).toBeFocused();
  const outline = await firstChip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(firstChip).toHaveAttribute('aria-pressed', 'true');
  const tab = page.getByRole('tab', { name: '各地区' });
  await tab.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: '组织类型' })).toBeFocused();
  await expect(page.getByRole('tab', { name: '组织类型' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('button', { name: /^南充/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('dossier').getByRole('heading', { level: 2 })).toHaveText('南充市');
});

test('decal patterns can be switched on for colour-independent reading', async ({ page }) => {
  await page.goto('./');
  await waitForApp(page);
  await waitForCharts(page);
  const decalShown = (): Promise<boolean> =>
    page.getByTestId('chart-map').evaluate((el) => {
      type Aria = { decal?: { show?: boolean } };
      type Inst = { getOption: () => { aria: Aria | Aria[] } };
      const aria = (el as HTMLElement & { echartsInstance?: Inst }).echartsInstance?.getOption().aria;
      return Boolean((Array.isArray(aria) ? aria[0] : aria)?.decal?.show);
    });
  expect(await decalShown()).toBe(false);
  await page.getByRole('button', { name: '图案填充' }).click();
  await expect(page.getByRole('button', { name: '图案填充' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(decalShown).toBe(true);
});
