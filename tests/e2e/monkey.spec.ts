import type { Page } from '@playwright/test';
import { expect, test, waitForApp, waitForCharts } from './fixtures';
import { prng } from '../../scripts/generate-synthetic.mjs';

/**
 * A seeded monkey: random trusted interactions (mouse clicks on buttons, chips, tabs and the map,
 * keys, selects, back/forward, imports of bad files), then the page must be healthy: no page error,
 * console error, CSP violation or off-origin request (the fixture fails on any), and every chart drawn.
 * Reproduce a failure with MONKEY_SEED=<seed>; MONKEY_STEPS raises the number of steps.
 */
const SEED = Number(process.env.MONKEY_SEED ?? 20220909);
const STEPS = Math.max(500, Number(process.env.MONKEY_STEPS ?? 0));

const BAD_FILES: Array<{ name: string; text: string }> = [
  { name: 'broken.json', text: '{"schemaVersion": 1, "efforts": [' },
  { name: 'wrong.json', text: JSON.stringify({ schemaVersion: 2, id: 'X', efforts: 'none' }) },
  { name: 'bad.csv', text: 'effort_id,region_code\n<script>alert(1)</script>,999999\n' },
  { name: 'quotes.csv', text: 'effort_id,"unclosed\nx,y' },
  { name: 'empty.json', text: '' },
  { name: 'binary.csv', text: '\u0000\u0001\uFFFD\u202E=cmd|x' },
  { name: 'image.png', text: '<svg onload=alert(1)>' },
];

const KEYS = [
  'Tab',
  'Shift+Tab',
  'Enter',
  'Space',
  'Escape',
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
];

interface Target {
  x: number;
  y: number;
  kind: 'click' | 'select';
  index: number;
  options: number;
}

/**
 * Visible, enabled controls (inside an open modal dialog only, if there is one), scrolled into
 * view; their centres in page coordinates. Print buttons are left out: a print dialog is not the page.
 */
async function pickTarget(page: Page, r: number): Promise<Target | null> {
  return page.evaluate((r) => {
    const modal = document.querySelector('dialog[open]');
    const root: ParentNode = modal ?? document;
    const all = [
      ...root.querySelectorAll<HTMLElement>(
        'button, [role="tab"], summary, select, input[type="checkbox"], input[type="radio"], .chip',
      ),
    ].filter((el) => {
      if ((el as HTMLButtonElement).disabled) return false;
      if (/打印|print/i.test(el.textContent ?? '')) return false;
      if (el.closest('[aria-hidden="true"]')) return false;
      return el.getClientRects().length > 0;
    });
    const el = all[Math.floor(r * all.length)];
    if (!el) return null;
    el.scrollIntoView({ block: 'center', inline: 'center' });
    const box = el.getBoundingClientRect();
    document.querySelectorAll('[data-monkey]').forEach((e) => e.removeAttribute('data-monkey'));
    el.setAttribute('data-monkey', 'target');
    return {
      x: box.left + box.width / 2,
      y: box.top + box.height / 2,
      kind: el instanceof HTMLSelectElement ? ('select' as const) : ('click' as const),
      index: all.indexOf(el),
      options: el instanceof HTMLSelectElement ? el.options.length : 0,
    };
  }, r);
}

async function clickCanvas(page: Page, rand: () => number, hoverOnly: boolean): Promise<void> {
  const charts = page.locator('.chart canvas');
  const count = await charts.count();
  if (count === 0) return;
  const canvas = charts.nth(Math.floor(rand() * count));
  if (!(await canvas.isVisible())) return;
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) return;
  const x = box.x + rand() * box.width;
  const y = box.y + rand() * box.height;
  if (hoverOnly) await page.mouse.move(x, y, { steps: 2 });
  else await page.mouse.click(x, y);
}

test('seeded monkey: random trusted interactions leave the app healthy', async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  const rand = prng(SEED);
  const log: string[] = [];
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('dialog', (d) => {
    log.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto('./');
  await waitForApp(page);
  const origin = new URL(baseURL!).origin;

  for (let step = 0; step < STEPS; step += 1) {
    const r = rand();
    if (r < 0.5) {
      const target = await pickTarget(page, rand());
      if (!target) continue;
      if (target.kind === 'select' && target.options > 0) {
        const option = Math.floor(rand() * target.options);
        log.push(`${step} select #${target.index} option ${option}`);
        await page
          .locator('[data-monkey="target"]')
          .selectOption({ index: option }, { timeout: 2000 })
          .catch(() => undefined);
      } else {
        log.push(`${step} click #${target.index} at ${Math.round(target.x)},${Math.round(target.y)}`);
        await page.mouse.click(target.x, target.y);
      }
    } else if (r < 0.65) {
      log.push(`${step} canvas click`);
      await clickCanvas(page, rand, false);
    } else if (r < 0.72) {
      log.push(`${step} canvas hover`);
      await clickCanvas(page, rand, true);
    } else if (r < 0.87) {
      const key = KEYS[Math.floor(rand() * KEYS.length)]!;
      log.push(`${step} key ${key}`);
      await page.keyboard.press(key);
    } else if (r < 0.95) {
      const back = rand() < 0.6;
      log.push(`${step} ${back ? 'back' : 'forward'}`);
      await (back ? page.goBack() : page.goForward()).catch(() => null);
      if (!page.url().startsWith(origin)) {
        // Went back past the app's first entry: come back.
        await page.goForward();
      }
      await waitForApp(page);
    } else {
      const file = BAD_FILES[Math.floor(rand() * BAD_FILES.length)]!;
      log.push(`${step} import ${file.name}`);
      if (await page.locator('dialog[open]').count()) await page.keyboard.press('Escape');
      await page.getByTestId('import-input').setInputFiles({
        name: file.name,
        mimeType: 'application/octet-stream',
        buffer: Buffer.from(file.text, 'utf8'),
      });
      await expect(page.getByTestId('import-errors')).toBeVisible();
    }
    // Any opened tab or popup would be a bug too.
    expect(page.context().pages(), log.slice(-5).join('\n')).toHaveLength(1);
  }

  // Afterwards: every chart on the page has finished drawing, nothing was blocked, no dialog.
  if (await page.locator('dialog[open]').count()) await page.keyboard.press('Escape');
  await waitForApp(page);
  await expect(page.locator('.chart[data-render-finished="false"]')).toHaveCount(0);
  const charts = page.locator('.chart');
  for (let i = 0; i < (await charts.count()); i += 1) {
    const chart = charts.nth(i);
    if (await chart.isVisible()) await expect(chart).toHaveAttribute('data-render-finished', 'true');
  }
  await expect(page.locator('.panel.status--error')).toHaveCount(0);
  expect(
    await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
  ).toEqual([]);
  expect(log.filter((l) => l.startsWith('dialog'))).toEqual([]);
  await waitForCharts(page).catch(() => undefined);
  test.info().annotations.push({ type: 'monkey', description: `seed ${SEED}, ${STEPS} steps` });
});
