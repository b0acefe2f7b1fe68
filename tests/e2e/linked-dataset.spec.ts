import { readFileSync } from 'node:fs';
import type { Page, Request } from '@playwright/test';
import { expect, test, waitForApp, waitForCharts, holdApp } from './fixtures';

/**
 * A linked dataset (`?dataset=…`, a same-origin path) is downloaded, validated and indexed in the
 * data worker, which the first-paint script starts before the app's JavaScript has arrived
 * (src/worker/early-load.ts); the app then takes the worker's answer over.
 */

/** A fictional second report (tests/fixtures/multi/README.md): 2020, Bazhong and Nanchong. */
const SECOND = readFileSync('tests/fixtures/multi/second-report.json', 'utf8');
/** Its source's title, which the header names. */
const SECOND_TITLE = '【测试夹具】巴中统一战线抗疫（虚构报告）';

/** Serve `body` at `linked/<name>` and note when it is asked for. */
async function serveLinked(page: Page, name: string, body: string): Promise<Request[]> {
  const asked: Request[] = [];
  await page.route(`**/linked/${name}`, async (route) => {
    asked.push(route.request());
    await route.fulfill({ status: 200, contentType: 'application/json', body });
  });
  return asked;
}

test('a linked dataset is requested before the app has loaded, and shown once it has', async ({
  page,
  problems,
}) => {
  const asked = await serveLinked(page, 'second.json', SECOND);
  const release = await holdApp(page);
  await page.goto('./?dataset=linked/second.json', { waitUntil: 'commit' });
  // The app's entry module is held: only the first-paint script can have asked for it.
  await expect.poll(() => asked.length).toBe(1);
  expect(asked[0]!.url()).toMatch(/\/linked\/second\.json$/);
  await expect(page.locator('.app[data-ready="true"]')).toHaveCount(0);
  release();
  await waitForApp(page);
  await waitForCharts(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.app-source')).toContainText(SECOND_TITLE);
  expect(asked).toHaveLength(1); // taken over, not asked again
  expect(problems).toEqual([]);
});

test('an invalid linked dataset is refused with its located errors', async ({ page, problems }) => {
  const broken = JSON.parse(SECOND) as { efforts: Array<{ regionCode: string }> };
  broken.efforts[0]!.regionCode = '519999';
  await serveLinked(page, 'broken.json', JSON.stringify(broken));
  await page.goto('./?dataset=linked/broken.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('efforts[0].regionCode');
  await expect(page.locator('.chart')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('without the early start (no data-worker), the app loads the linked dataset itself', async ({
  page,
  problems,
}) => {
  await serveLinked(page, 'second.json', SECOND);
  await page.route(/\/(index\.html)?(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/ data-worker="[^"]*"/, '');
    await route.fulfill({ response, body: html });
  });
  await page.goto('./?dataset=linked/second.json');
  expect(await page.locator('script[data-worker]').count()).toBe(0);
  await waitForApp(page);
  await waitForCharts(page);
  await expect(page.locator('.app-source')).toContainText(SECOND_TITLE);
  expect(problems).toEqual([]);
});
