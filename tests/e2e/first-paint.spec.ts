import type { Page } from '@playwright/test';
import { expect, test, waitForApp, holdApp } from './fixtures';

/**
 * The static first paint of index.html (issue 12): the title block and the loading line, painted
 * before the app's JavaScript runs, in the language the app will open in; React's first render
 * replaces it without moving the title.
 */

/** The copy of the first paint in `lang` shows, the other does not (once the styles have applied). */
async function showsFirstPaint(page: Page, lang: 'zh' | 'en', title: string): Promise<void> {
  const other = page.locator(`[data-first-paint="${lang === 'zh' ? 'en' : 'zh'}"]`);
  await expect(other).toBeAttached();
  await expect(other).toBeHidden();
  await expect(page.locator(`[data-first-paint="${lang}"]`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

/** Where the visible title and subtitle are (their blocks' width follows the header's buttons). */
function titleBoxes(page: Page) {
  return Promise.all(
    [page.getByRole('heading', { level: 1 }), page.locator('.app-subtitle:visible')].map((l) =>
      l.evaluate((el) => {
        const text = document.createRange();
        text.selectNodeContents(el);
        const { x, y, width, height } = text.getBoundingClientRect();
        return { x, y, width, height };
      }),
    ),
  );
}

/** Layout shifts seen by the page so far (buffered). */
function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as Array<PerformanceEntry & { value: number }>) sum += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(sum), 100);
      }),
  );
}

for (const [name, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  test.describe(`an English browser (${name})`, () => {
    test.use({ locale: 'en-US', viewport });

    test('paints the title in English before the JavaScript; the app takes over in place', async ({
      page,
    }) => {
      const release = await holdApp(page);
      await page.goto('./', { waitUntil: 'commit' });
      await showsFirstPaint(page, 'en', 'Tongxin Atlas');
      await expect(page.locator('.app-subtitle:visible')).toHaveText(/^Sichuan's united front/);
      await expect(page.getByRole('status')).toHaveText('Loading data…');
      const before = await titleBoxes(page);
      release();
      await waitForApp(page);
      await expect(page.locator('.first-paint')).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tongxin Atlas');
      expect(await titleBoxes(page)).toEqual(before);
      expect(await layoutShift(page)).toBe(0);
    });
  });
}

test.describe('a Chinese browser', () => {
  test('paints the title in Chinese; the app takes over in place', async ({ page }) => {
    const release = await holdApp(page);
    await page.goto('./', { waitUntil: 'commit' });
    await showsFirstPaint(page, 'zh', '同心地图');
    await expect(page.getByRole('status')).toHaveText('正在加载数据…');
    const before = await titleBoxes(page);
    release();
    await waitForApp(page);
    await expect(page.locator('.first-paint')).toHaveCount(0);
    expect(await titleBoxes(page)).toEqual(before);
    expect(await layoutShift(page)).toBe(0);
  });

  test('a lang in the link and a remembered choice choose the first paint as they choose the app', async ({
    page,
  }) => {
    await holdApp(page);
    await page.goto('./?lang=en', { waitUntil: 'commit' });
    await showsFirstPaint(page, 'en', 'Tongxin Atlas');
    await page.evaluate(() => window.localStorage.setItem('tongxin-atlas:lang', 'en'));
    await page.goto('./', { waitUntil: 'commit' });
    await showsFirstPaint(page, 'en', 'Tongxin Atlas');
    await page.goto('./?lang=zh', { waitUntil: 'commit' });
    await showsFirstPaint(page, 'zh', '同心地图');
  });

  test('an embed paints no header (it has none)', async ({ page }) => {
    await holdApp(page);
    await page.goto('./?embed=map', { waitUntil: 'commit' });
    await expect(page.locator('.first-paint')).toHaveCount(2);
    await expect(page.locator('html')).toHaveAttribute('data-embed', '');
    await expect(page.locator('.first-paint:visible')).toHaveCount(0);
  });
});
