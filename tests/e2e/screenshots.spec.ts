import { test, waitForApp, waitForCharts } from './fixtures';

/** Screenshots for people to look at (saved under test-results/screenshots). */
const views = [
  { name: 'desktop-zh', size: { width: 1440, height: 900 }, url: './?region=510400' },
  { name: 'desktop-en', size: { width: 1440, height: 900 }, url: './?lang=en&region=511300&tab=matrix' },
  { name: 'phone-zh', size: { width: 390, height: 844 }, url: './?tab=timeline' },
  { name: 'phone-en', size: { width: 390, height: 844 }, url: './?lang=en&region=510400&drill=510400' },
];

for (const v of views) {
  test(`screenshot ${v.name}`, async ({ page, problems }) => {
    await page.setViewportSize(v.size);
    await page.goto(v.url);
    await waitForApp(page);
    await waitForCharts(page);
    await page.screenshot({ path: `test-results/screenshots/${v.name}.png`, fullPage: false });
    await page.screenshot({ path: `test-results/screenshots/${v.name}-full.png`, fullPage: true });
    void problems;
  });
}
