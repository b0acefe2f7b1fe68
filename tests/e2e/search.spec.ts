import AxeBuilder from '@axe-core/playwright';
import { expect, test, waitForApp, waitForCharts } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

test.describe('search', () => {
  test('"/" focuses the search; "panzhihua" finds 攀枝花市 and Enter opens its dossier', async ({
    page,
    problems,
  }) => {
    await page.goto('./');
    await waitForApp(page);
    // The field's code arrives after the first charts; then "/" from anywhere outside a field.
    await expect(page.getByTestId('search-input')).toBeEnabled();
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('/');
    const search = page.getByTestId('search-input');
    await expect(search).toBeFocused();
    await page.keyboard.type('panzhihua');
    const region = page.getByRole('group', { name: '地区' }).getByRole('option').first();
    await expect(region).toContainText('攀枝花市');
    await page.keyboard.press('Enter');
    const dossier = page.getByTestId('dossier');
    await expect(dossier.getByRole('heading', { level: 2 })).toHaveText('攀枝花市');
    await expect(page).toHaveURL(/region=510400/);
    await expect(search).toHaveAttribute('aria-expanded', 'false');
    expect(problems).toEqual([]);
  });

  test('pinyin initials and English names find regions; arrows choose among results', async ({ page }) => {
    await page.goto('./?lang=en');
    await waitForApp(page);
    const search = page.getByTestId('search-input');
    await search.fill('pzh');
    await expect(page.getByRole('option').first()).toContainText('Panzhihua');
    await search.fill('Nanchong');
    await expect(page.getByRole('group', { name: 'Regions' }).getByRole('option').first()).toContainText(
      'Nanchong',
    );
    await expect(page.getByTestId('search-status')).not.toBeEmpty();
    await search.press('ArrowDown');
    await search.press('ArrowDown');
    const second = page.getByRole('option').nth(1);
    await expect(second).toHaveAttribute('aria-selected', 'true');
    await expect(search).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id')) ?? '');
    await search.press('Escape');
    await expect(page.getByTestId('search-results')).toBeHidden();
  });
});

test.describe('organisation profile', () => {
  test('an organisation from the dossier opens its profile; ?org= survives a reload; back and Escape close it', async ({
    page,
    problems,
  }) => {
    await page.goto('./?region=510400');
    await waitForApp(page);
    const name = page.getByTestId('dossier').locator('.tags--actor .tag__name').first();
    const text = (await name.textContent()) ?? '';
    expect(text.length).toBeGreaterThan(1);
    await name.click();
    const profile = page.getByTestId('org-profile');
    const heading = profile.getByRole('heading', { level: 2 });
    await expect(heading).toHaveText(text);
    await expect(heading).toBeFocused();
    await expect(page).toHaveURL(/org=[a-z0-9-]+/);
    await expect(profile.locator('.effort').first()).toBeVisible();
    await expect(profile.getByTestId('org-map')).toHaveAttribute('data-render-finished', 'true');

    await page.reload();
    await waitForApp(page);
    await expect(page.getByTestId('org-profile').getByRole('heading', { level: 2 })).toHaveText(text);

    // Back closes it (the dossier stays), forward opens it again, Escape closes it.
    await page.goBack();
    await expect(page.getByTestId('org-profile')).toBeHidden();
    await expect(page).not.toHaveURL(/org=/);
    await expect(page.getByTestId('dossier').getByRole('heading', { level: 2 })).toHaveText('攀枝花市');
    await page.goForward();
    await expect(page.getByTestId('org-profile').getByRole('heading', { level: 2 })).toHaveText(text);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('org-profile')).toBeHidden();
    await expect(page).not.toHaveURL(/org=/);
    expect(problems).toEqual([]);
  });

  test('"show in source" in the profile opens the source reader over it', async ({ page }) => {
    await page.goto('./?org=chengdu-ufd');
    await waitForApp(page);
    const profile = page.getByTestId('org-profile');
    await profile.getByTestId('org-figures').getByRole('button').first().click();
    await expect(page.getByTestId('source-reader').locator('mark')).toBeVisible();
  });

  test('an unknown ?org= is reported as a broken link, nothing blank', async ({ page }) => {
    await page.goto('./?org=no-such-body&region=510400');
    await waitForApp(page);
    await expect(page.locator('.notice')).toContainText('org="no-such-body"');
    await expect(page.getByTestId('org-profile')).toBeHidden();
    await expect(page.getByTestId('dossier').getByRole('heading', { level: 2 })).toHaveText('攀枝花市');
  });
});

for (const lang of ['zh', 'en'] as const) {
  test(`axe: organisation profile (${lang}) has no WCAG 2.1 A/AA violations`, async ({ page }) => {
    await page.goto(`./?org=chengdu-ufd&lang=${lang}`);
    await waitForApp(page);
    await waitForCharts(page);
    await expect(page.getByTestId('org-map')).toHaveAttribute('data-render-finished', 'true');
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
    ).toEqual([]);
  });

  test(`axe: open search results (${lang}) have no WCAG 2.1 A/AA violations`, async ({ page }) => {
    await page.goto(`./?lang=${lang}`);
    await waitForApp(page);
    await waitForCharts(page);
    await page.getByTestId('search-input').fill('pan');
    // Results are in (the index is built and the list announced), then choose the first.
    await expect(page.getByTestId('search-status')).not.toBeEmpty();
    await page.getByTestId('search-input').press('ArrowDown');
    await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('group')).not.toHaveCount(0);
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
    ).toEqual([]);
  });
}
