import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { expect, test } from './fixtures';

// Chromium blocks a loopback page in a frame of another origin (Local Network Access checks): here
// both origins are this machine, as they would not be on a real host.
test.use({
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--disable-features=LocalNetworkAccessChecks'],
  },
});

test('an embed works inside an iframe of another origin', async ({ page, baseURL }) => {
  // A host page on another origin (the same server, named by another host).
  const other = (baseURL ?? '').replace('127.0.0.1', 'localhost');
  const src = `${baseURL}?embed=flow&lang=en`;
  await page.route(`${other}host.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>host</title><iframe src="${src}" title="embed" width="360" height="700"></iframe>`,
    }),
  );
  await page.goto(`${other}host.html`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByTestId('embed')).toBeVisible();
  await expect(frame.getByTestId('chart-flow')).toBeVisible();
  await expect(frame.getByRole('heading', { level: 1 })).toContainText('Who → what → where');
});

test('the full app (no embed) is not shown in a frame of another origin', async ({ page, baseURL }) => {
  const other = (baseURL ?? '').replace('127.0.0.1', 'localhost');
  await page.route(`${other}host.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>host</title><iframe src="${baseURL}?lang=en" title="app"></iframe>`,
    }),
  );
  await page.goto(`${other}host.html`);
  await expect
    .poll(() => page.frames().some((f) => f.url().startsWith('chrome-error:')), { timeout: 10_000 })
    .toBe(true);
  await expect(page.frameLocator('iframe').locator('.app')).toHaveCount(0);
});
