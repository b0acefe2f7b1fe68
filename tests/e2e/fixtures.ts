import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every browser test watches the page: an uncaught error, a console error, a CSP violation or a
 * request to another origin fails the test that caused it.
 */
export interface PageProblems {
  problems: string[];
}

export const test = base.extend<PageProblems>({
  problems: async ({ page, baseURL }, use) => {
    const problems: string[] = [];
    const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console.error: ${m.text()}`);
    });
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) {
        problems.push(`off-origin request: ${url}`);
      }
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await use(problems);
    expect(problems, 'page errors, console errors or off-origin requests').toEqual([]);
  },
});

export { expect };

/** Wait until the dataset is loaded and registered (the app marks itself ready). */
export async function waitForApp(page: Page): Promise<void> {
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
}

/** Wait until every chart on the page has finished drawing (ECharts `finished`, not a timer). */
export async function waitForCharts(page: Page): Promise<void> {
  await expect(page.locator('.chart--loading')).toHaveCount(0);
  await expect(page.locator('.chart[data-render-finished="false"]')).toHaveCount(0);
  // A table view may show no chart at all; where charts exist, they have drawn.
  if ((await page.locator('.chart').count()) > 0) {
    await expect(page.locator('.chart[data-render-finished="true"]').first()).toBeVisible();
  }
}

/** The series data of a chart, read from its ECharts instance (values only, for comparisons). */
export async function seriesData(page: Page, testId: string): Promise<unknown[]> {
  return page.getByTestId(testId).evaluate((el) => {
    type Inst = { getOption: () => { series: Array<{ data?: unknown[] }> } };
    const inst = (el as HTMLElement & { echartsInstance?: Inst }).echartsInstance;
    if (!inst) throw new Error('no chart instance');
    return inst.getOption().series.map((s) => JSON.stringify(s.data ?? []));
  });
}

/** Page coordinates of a [longitude, latitude] on the map chart, for trusted mouse clicks. */
export async function mapPoint(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  const chart = page.getByTestId('chart-map');
  await chart.scrollIntoViewIfNeeded();
  const local = await chart.evaluate((el, coord) => {
    type Inst = { convertToPixel: (finder: object, value: number[]) => number[] };
    const inst = (el as HTMLElement & { echartsInstance?: Inst }).echartsInstance;
    if (!inst) throw new Error('no chart instance');
    return inst.convertToPixel({ seriesIndex: 0 }, coord);
  }, lngLat);
  const box = await chart.boundingBox();
  if (!box || !local) throw new Error('map not laid out');
  return { x: box.x + local[0]!, y: box.y + local[1]! };
}

/**
 * Hold the app's entry module until `release()`: until then the page shows only index.html and what
 * its first-paint script does (the static first paint, a linked dataset's early download).
 */
export async function holdApp(page: Page): Promise<() => void> {
  const html = await (await page.request.get('./')).text();
  const entry = html.match(/<script type="module"[^>]*src="\.\/([^"]+\.js)"/)?.[1];
  if (!entry) throw new Error('no entry module in index.html');
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(`**/${entry}`, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
