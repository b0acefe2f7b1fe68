import AxeBuilder from '@axe-core/playwright';
import { expect, test, waitForApp } from './fixtures';

test.describe('an English browser', () => {
  test.use({ locale: 'en-US' });

  test('opens a link without lang in English, then remembers the switch to Chinese', async ({ page }) => {
    await page.goto('./');
    await waitForApp(page);
    await expect(page.locator('.app')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tongxin Atlas');
    await page.getByRole('button', { name: /^中文/ }).click();
    await expect(page.locator('.app')).toHaveAttribute('lang', 'zh-CN');
    await page.goto('./');
    await waitForApp(page);
    await expect(page.locator('.app')).toHaveAttribute('lang', 'zh-CN');
    // A lang in the link wins over both.
    await page.goto('./?lang=en');
    await waitForApp(page);
    await expect(page.locator('.app')).toHaveAttribute('lang', 'en');
  });
});

test('a Chinese browser opens a link without lang in Chinese', async ({ page }) => {
  await page.goto('./');
  await waitForApp(page);
  await expect(page.locator('.app')).toHaveAttribute('lang', 'zh-CN');
});

for (const [lang, visible] of [
  ['zh', 'English'],
  ['en', '中文'],
] as const) {
  test(`the language button's accessible name starts with its visible text (${lang})`, async ({ page }) => {
    await page.goto(`./?lang=${lang}`);
    await waitForApp(page);
    const button = page.locator('.button--lang');
    await expect(button).toBeVisible();
    // What is seen: the text that is not visually hidden.
    const shown = (await button.locator('span:not(.visually-hidden)').innerText()).trim();
    expect(shown).toBe(visible);
    expect(await button.getAttribute('aria-label')).toBeNull();
    // The computed name, as assistive technology reads it: it starts with what the eye sees.
    const snapshot = await button.ariaSnapshot();
    expect(snapshot).toMatch(new RegExp(`^- button "${visible}`));
    await expect(page.getByRole('button', { name: visible, exact: false })).toHaveCount(1);
    // axe's (experimental, so named here) label-content-name-mismatch rule over the header.
    const results = await new AxeBuilder({ page })
      .include('.app-header')
      .withRules(['label-content-name-mismatch'])
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    expect(results.passes.map((v) => v.id).concat(results.inapplicable.map((v) => v.id))).toContain(
      'label-content-name-mismatch',
    );
  });
}
