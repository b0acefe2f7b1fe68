import { expect, test, waitForApp } from './fixtures';

test('the production build loads the bundled dataset with no errors', async ({ page, problems }) => {
  await page.goto('./');
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('同心地图');
  await expect(page.getByTestId('count-regions')).toHaveText(/^\d+$/);
  expect(Number(await page.getByTestId('count-measures').textContent())).toBeGreaterThan(40);
  expect(problems).toEqual([]);
});
