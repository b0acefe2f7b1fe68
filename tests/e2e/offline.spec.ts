import type { Page } from '@playwright/test';
import { expect, test, waitForApp, waitForCharts } from './fixtures';

test.use({ serviceWorkers: 'allow' });

/** Load once, wait until the service worker controls the page (everything precached), then go offline. */
async function visitThenGoOffline(page: Page): Promise<void> {
  await page.goto('./');
  await waitForApp(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }),
      );
    }
  });
  await page.context().setOffline(true);
}

test('the app has a web app manifest of its own origin', async ({ page, request }) => {
  await page.goto('./');
  const href = await page.locator('link[rel=manifest]').getAttribute('href');
  expect(href).toBe('./manifest.webmanifest');
  const manifest = (await (await request.get('./manifest.webmanifest')).json()) as {
    start_url: string;
    display: string;
    icons: unknown[];
  };
  expect(manifest).toMatchObject({ start_url: './', display: 'standalone' });
  expect(manifest.icons.length).toBeGreaterThan(0);
});

test('after one visit, the app opens with no network and every view works', async ({ page, problems }) => {
  await visitThenGoOffline(page);
  await page.reload();
  await waitForApp(page);
  await waitForCharts(page);
  await expect(page.getByTestId('count-efforts')).toHaveText('51');
  // Every chart tab (their chunks come from the cache).
  const tabs = await page.getByRole('tab').evaluateAll((els) => els.map((el) => el.id.replace(/^tab-/, '')));
  expect(tabs.length).toBeGreaterThanOrEqual(5);
  for (const tab of tabs) {
    await page.locator(`#tab-${tab}`).click();
    await waitForCharts(page);
    await expect(page.getByTestId(`chart-${tab}`)).toBeVisible();
  }
  // A region's dossier, its county map (county boundaries) and the source text.
  await page.goto('./?region=510400&drill=510400');
  await waitForApp(page);
  await waitForCharts(page);
  await expect(page.getByTestId('dossier').getByRole('heading', { level: 2 })).toHaveText('攀枝花市');
  await page.getByRole('button', { name: '阅读原文' }).click();
  await expect(page.getByTestId('source-reader')).toContainText('统一战线');
  // An embed, and English.
  await page.goto('./?embed=flow&lang=en');
  await expect(page.getByTestId('chart-flow')).toBeVisible();
  expect(problems.filter((p) => !p.includes('net::ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  problems.length = 0;
});
