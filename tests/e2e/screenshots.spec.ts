import type { Page } from '@playwright/test';
import { expect, seriesData, test, waitForApp, waitForCharts } from './fixtures';

/**
 * Screenshots for people to look at (saved under test-results/screenshots), each checked first for
 * what it is meant to show: the page in the asked language, the selected region's dossier, the
 * charts drawn with data (ECharts `finished`, series not empty), and no sideways scrolling.
 */
interface View {
  name: string;
  size: { width: number; height: number };
  url: string;
  lang: 'zh-CN' | 'en';
  title: string;
  /** The map panel's heading (province map or the county map drilled into). */
  mapTitle: string;
  /** The dossier's heading: the selected region, or the invitation to choose one. */
  dossier: string;
  /** The chart of the open tab. */
  chart: string;
  chartsTitle: string;
}

const views: View[] = [
  {
    name: 'desktop-zh',
    size: { width: 1440, height: 900 },
    url: './?region=510400',
    lang: 'zh-CN',
    title: '同心地图',
    mapTitle: '四川省地图',
    dossier: '攀枝花市',
    chart: 'chart-region',
    chartsTitle: '图表：攀枝花',
  },
  {
    name: 'desktop-en',
    size: { width: 1440, height: 900 },
    url: './?lang=en&region=511300&tab=matrix',
    lang: 'en',
    title: 'Tongxin Atlas',
    mapTitle: 'Map of Sichuan',
    dossier: 'Nanchong',
    chart: 'chart-matrix',
    chartsTitle: 'Charts: Nanchong',
  },
  {
    name: 'phone-zh',
    size: { width: 390, height: 844 },
    url: './?tab=timeline',
    lang: 'zh-CN',
    title: '同心地图',
    mapTitle: '四川省地图',
    dossier: '地区档案',
    chart: 'chart-timeline',
    chartsTitle: '图表：全省',
  },
  {
    name: 'phone-en',
    size: { width: 390, height: 844 },
    url: './?lang=en&region=510400&drill=510400',
    lang: 'en',
    title: 'Tongxin Atlas',
    mapTitle: 'Panzhihua (counties)',
    dossier: 'Panzhihua',
    chart: 'chart-region',
    chartsTitle: 'Charts: Panzhihua',
  },
];

/** How far the page scrolls sideways (0 = it fits the viewport). */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Points drawn by a chart: items of every series that carry a value. */
async function drawnItems(page: Page, testId: string): Promise<number> {
  const series = await seriesData(page, testId);
  return series
    .map((s) => JSON.parse(s as string) as unknown[])
    .flat()
    .filter((d) => d !== null && d !== undefined).length;
}

for (const v of views) {
  test(`screenshot ${v.name}`, async ({ page, problems }) => {
    await page.setViewportSize(v.size);
    await page.goto(v.url);
    await waitForApp(page);
    await waitForCharts(page);

    await expect(page.locator('.app')).toHaveAttribute('lang', v.lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(v.title);
    await expect(page.getByRole('heading', { name: v.mapTitle, exact: true })).toBeVisible();
    await expect(page.locator('#dossier-title')).toHaveText(v.dossier);
    await expect(page.locator('#charts-title')).toHaveText(v.chartsTitle);
    for (const id of ['chart-map', v.chart]) {
      await expect(page.getByTestId(id)).toHaveAttribute('data-render-finished', 'true');
      expect(await drawnItems(page, id), `${id} draws data`).toBeGreaterThan(0);
      const box = await page.getByTestId(id).boundingBox();
      expect(box && box.width > 200 && box.height > 150, `${id} has room`).toBe(true);
    }
    expect(await sidewaysOverflow(page), 'no horizontal scrolling').toBeLessThanOrEqual(0);

    await page.screenshot({ path: `test-results/screenshots/${v.name}.png`, fullPage: false });
    await page.screenshot({ path: `test-results/screenshots/${v.name}-full.png`, fullPage: true });
    expect(problems).toEqual([]);
  });
}
