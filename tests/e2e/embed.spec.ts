import AxeBuilder from '@axe-core/playwright';
import { expect, test, waitForCharts } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function waitForEmbed(page: import('@playwright/test').Page): Promise<void> {
  await expect(page.getByTestId('embed')).toBeVisible();
  await waitForCharts(page);
}

test('an embedded map shows the chart, its title, filters in words and the citation, nothing else', async ({
  page,
  problems,
}) => {
  const response = await page.goto('./?types=democratic-party&embed=map');
  // Under the production CSP (the preview server sends it), with framing allowed for embeds only.
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain('frame-ancestors *');
  await waitForEmbed(page);
  const embed = page.getByTestId('embed');
  await expect(embed.getByRole('heading', { level: 1 })).toContainText('四川省地图');
  await expect(page.getByTestId('embed-filters')).toContainText('民主党派');
  await expect(page.getByTestId('embed-cite')).toContainText('四川统一战线');
  await expect(page.getByTestId('chart-map')).toBeVisible();
  // Nothing of the full app: no header, filters, tabs, dossier or footer.
  await expect(page.locator('.app-header, .filter-bar, [role=tablist], .site-footer')).toHaveCount(0);
  // The link to the full view drops `embed` and keeps the view.
  const href = await embed.getByRole('link').getAttribute('href');
  expect(href).toContain('types=democratic-party');
  expect(href).not.toContain('embed=');
  expect(problems).toEqual([]);
});

test('the full app may not be framed; an embed may', async ({ request }) => {
  const app = await request.get('./');
  expect(app.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  const embed = await request.get('./?embed=flow');
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
});

for (const lang of ['zh', 'en'] as const) {
  for (const target of ['map', 'flow', 'timeline']) {
    test(`embed ${target} (${lang}) at 320 px: fits, and axe finds no WCAG 2.1 A/AA violation`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 320, height: 700 });
      await page.goto(`./?lang=${lang}&embed=${target}`);
      await waitForEmbed(page);
      await expect(page.getByTestId(`chart-${target}`)).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)).toEqual(
        [],
      );
    });
  }
}

test('an unknown embed name shows the map with a note', async ({ page }) => {
  await page.goto('./?embed=nope');
  await waitForEmbed(page);
  await expect(page.getByTestId('chart-map')).toBeVisible();
  await expect(page.getByTestId('embed')).toContainText('nope');
});

test('the Cite panel gives iframe code for the map and the open chart, and a share button', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?tab=flow&types=democratic-party');
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
  await page.locator('#cite-trigger').click();
  const mapCode = await page.getByTestId('embed-map').innerText();
  expect(mapCode).toMatch(
    /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?types=democratic-party&amp;tab=flow&amp;embed=map"/,
  );
  expect(mapCode).toContain('title="同心地图：');
  const flowCode = await page.getByTestId('embed-flow').innerText();
  expect(flowCode).toContain('embed=flow');
  // No share sheet in desktop Chromium: the link is copied.
  await page.getByTestId('cite-panel').getByRole('button', { name: '分享' }).click();
  await expect(page.getByTestId('cite-panel').getByText('链接已复制到剪贴板')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('tab=flow');
});

test('where the browser has a share sheet (phones), Share opens it with the link', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { shared: unknown[] }).shared = [];
    Object.defineProperty(navigator, 'share', {
      value: (data: unknown) => {
        (window as unknown as { shared: unknown[] }).shared.push(data);
        return Promise.resolve();
      },
    });
  });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./?region=510400');
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
  await page.locator('.app-header').getByRole('button', { name: '分享' }).click();
  const shared = await page.evaluate(() => (window as unknown as { shared: Array<{ url: string }> }).shared);
  expect(shared).toHaveLength(1);
  expect(shared[0]!.url).toContain('region=510400');
});
