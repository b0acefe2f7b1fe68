import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, waitForApp } from './fixtures';

/**
 * The annotation workbench (issue 14) in a real browser: a report's text is marked by selecting
 * passages (mouse, a script's Range, the keyboard), its figures confirmed, and the draft becomes a
 * dataset the explorer shows exactly as it shows the bundled data. Drafts survive a reload; a
 * draft with problems cannot be exported and says why; undo and redo.
 */
const TEXT = readFileSync(resolve('data/source/000_85bcb02d0b9cfa40.txt'), 'utf8');

/** Where `words` are in the bundled report (they must be there, once). */
function spanOf(words: string): { start: number; end: number } {
  const start = TEXT.indexOf(words);
  expect(start, `"${words}" in the report`).toBeGreaterThanOrEqual(0);
  expect(TEXT.indexOf(words, start + 1), `"${words}" once in the report`).toBe(-1);
  return { start, end: start + words.length };
}

/** The workbench's start screen, then a new draft of the bundled report's text (the example). */
async function openExample(page: Page, query = ''): Promise<void> {
  await page.goto(`./?workbench${query}`);
  await page.getByTestId('wb-example').click();
  await expect(page.getByTestId('wb-reader')).toBeVisible();
  await expect(page).toHaveURL(/[?&]workbench=draft-[0-9a-f]+/);
}

/** Page coordinates of the character at `offset` (its run carries its offsets). */
async function charBox(page: Page, offset: number): Promise<{ left: number; right: number; y: number }> {
  const box = await page.getByTestId('wb-reader').evaluate((root, at) => {
    for (const el of root.querySelectorAll<HTMLElement>('.wb-run')) {
      const start = Number(el.dataset.start);
      if (start <= at && at < Number(el.dataset.end)) {
        const r = document.createRange();
        r.setStart(el.firstChild!, at - start);
        r.setEnd(el.firstChild!, at - start + 1);
        const b = r.getBoundingClientRect();
        return { left: b.left, right: b.right, y: b.top + b.height / 2 };
      }
    }
    return null;
  }, offset);
  if (!box) throw new Error(`no character at ${offset}`);
  return box;
}

/** Select `words` of the report with the mouse: press on the first character, drag to the last. */
async function selectWithMouse(page: Page, words: string): Promise<void> {
  const { start, end } = spanOf(words);
  await page.getByTestId('wb-reader').evaluate((root, at) => {
    root.querySelector<HTMLElement>(`[data-start="${at}"]`)?.scrollIntoView({ block: 'center' });
    const run = [...root.querySelectorAll<HTMLElement>('.wb-run')].find(
      (el) => Number(el.dataset.start) <= at && at < Number(el.dataset.end),
    );
    run?.scrollIntoView({ block: 'center' });
  }, start);
  const from = await charBox(page, start);
  const to = await charBox(page, end - 1);
  await page.mouse.move(from.left + 1, from.y);
  await page.mouse.down();
  await page.mouse.move((from.left + to.right) / 2, (from.y + to.y) / 2, { steps: 4 });
  await page.mouse.move(to.right - 1, to.y, { steps: 4 });
  await page.mouse.up();
}

/** Select `words` as a script (or assistive technology) would: a DOM Range on the text nodes. */
async function selectWithRange(page: Page, words: string): Promise<void> {
  const span = spanOf(words);
  await page.getByTestId('wb-reader').evaluate((root, { start, end }) => {
    const point = (at: number, isEnd: boolean): [Node, number] => {
      for (const el of root.querySelectorAll<HTMLElement>('.wb-run')) {
        const s = Number(el.dataset.start);
        const e = Number(el.dataset.end);
        if (isEnd ? s < at && at <= e : s <= at && at < e) return [el.firstChild!, at - s];
      }
      throw new Error(`no run at ${at}`);
    };
    const range = document.createRange();
    range.setStart(...point(start, false));
    range.setEnd(...point(end, true));
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, span);
}

/** The passage of the effort the editor shows, and the effort's highlight in the reader. */
async function expectEffort(page: Page, words: string): Promise<void> {
  await expect(page.getByTestId('wb-editor')).toContainText(words);
  const { start, end } = spanOf(words);
  const marked = await page
    .getByTestId('wb-reader')
    .evaluate((root) =>
      [...root.querySelectorAll<HTMLElement>('mark.wb-run--selected')].map((m) => [
        Number(m.dataset.start),
        Number(m.dataset.end),
      ]),
    );
  expect(marked.length).toBeGreaterThan(0);
  expect(Math.min(...marked.map((m) => m[0]!))).toBe(start);
  expect(Math.max(...marked.map((m) => m[1]!))).toBe(end);
}

const PANZHIHUA_300 =
  '市工商联执委、市政协委员,东区人大代表、区卫生工作者协会会长汪湛浩组织辖区民营医疗机构医护人员参与疫情防控,负责核酸标本收集转运等工作,24小时全天待命,累计参与300余人次。';

test.describe('workbench', () => {
  test('the header leads to the workbench and Back returns to the explorer as it was', async ({ page }) => {
    await page.goto('./?region=510400');
    await waitForApp(page);
    await page.getByRole('link', { name: '工作台' }).click();
    await expect(page).toHaveURL(/[?&]workbench(&|$)/);
    await expect(page.getByRole('heading', { name: '标注工作台' })).toBeVisible();
    await expect(page.getByTestId('wb-drafts')).toHaveCount(0);
    await page.getByRole('button', { name: '← 返回浏览' }).click();
    await expect(page).toHaveURL(/\?region=510400$/);
    await expect(page.getByTestId('dossier')).toContainText('攀枝花');
    await page.goBack();
    await expect(page.getByRole('heading', { name: '标注工作台' })).toBeVisible();
  });

  test('a draft survives a reload, and undo/redo walk its changes (buttons and keys)', async ({ page }) => {
    await openExample(page);
    const url = page.url();
    // Mouse: a passage of the Panzhihua section.
    await selectWithMouse(page, PANZHIHUA_300);
    await page.getByTestId('wb-new-effort').click();
    await expectEffort(page, PANZHIHUA_300);
    await expect(page.getByTestId('wb-save')).toHaveAttribute('data-state', 'saved');

    await page.reload();
    await expect(page).toHaveURL(url);
    await expect(page.getByTestId('wb-efforts').locator('li')).toHaveCount(1);
    await page.getByTestId('wb-efforts').getByRole('button').click();
    await expectEffort(page, PANZHIHUA_300);

    // Undo (key) removes the effort added after the reload, redo (key) brings it back; the buttons too.
    await page.getByRole('button', { name: '关闭' }).click();
    const reader = page.getByTestId('wb-reader');
    await reader.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('wb-efforts').locator('li')).toHaveCount(2);
    await page.getByRole('button', { name: '关闭' }).click();
    await page.keyboard.press('Control+z');
    await expect(page.getByTestId('wb-efforts').locator('li')).toHaveCount(1);
    await page.keyboard.press('Control+Shift+z');
    await expect(page.getByTestId('wb-efforts').locator('li')).toHaveCount(2);
    await page.getByTestId('wb-undo').click();
    await expect(page.getByTestId('wb-efforts').locator('li')).toHaveCount(1);
    await page.getByTestId('wb-redo').click();
    await expect(page.getByTestId('wb-efforts').locator('li')).toHaveCount(2);
    await page.keyboard.press('Control+y');
    await expect(page.getByTestId('wb-redo')).toBeDisabled();
    // The draft as shown is what is kept.
    await expect(page.getByTestId('wb-save')).toHaveAttribute('data-state', 'saved');
    await page.reload();
    await expect(page.getByTestId('wb-efforts').locator('li')).toHaveCount(2);
    await expect(page.getByTestId('wb-undo')).toBeDisabled();
  });

  test('a draft with problems cannot be exported, and says why; each problem leads to its field', async ({
    page,
  }) => {
    await openExample(page);
    // An empty draft is not a dataset either.
    await expect(page.getByTestId('wb-blocked')).toHaveText(
      '1 个问题，暂不能导出为有效数据集。第一个：草稿与出处：还没有行动：在原文中选中一段，新建第一项行动',
    );
    await selectWithRange(page, PANZHIHUA_300);
    await page.getByTestId('wb-new-effort').click();
    await expectEffort(page, PANZHIHUA_300);
    await page.getByRole('button', { name: '关闭' }).click();
    for (const id of ['wb-open-explorer', 'wb-export-json', 'wb-export-csv']) {
      await expect(page.getByTestId(id)).toBeDisabled();
    }
    await expect(page.getByTestId('wb-blocked')).toContainText(
      '暂不能导出为有效数据集。第一个：行动 e-1：请选择地区',
    );
    const issues = page.getByTestId('wb-issues');
    await expect(issues.getByRole('heading', { name: '行动 e-1' })).toBeVisible();
    await expect(issues.getByRole('button')).toContainText([
      '请选择地区',
      '请选择或新建至少一个行动的组织',
      '请选择至少一个行动类别',
      '请填写中文摘要',
      '请填写英文摘要',
    ]);
    // The report's own text can always be saved.
    await expect(page.getByTestId('wb-export-text')).toBeEnabled();
    await issues.getByRole('button', { name: '请选择地区' }).click();
    await expect(page.getByTestId('wb-editor')).toBeVisible();
  });
});
