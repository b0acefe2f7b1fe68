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
