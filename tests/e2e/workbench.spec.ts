import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
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

/** The editor's region picker (or any of its comboboxes): type, then choose the option. */
async function choose(page: Page, combobox: string, typed: string, option: RegExp): Promise<void> {
  const box = page.getByTestId('wb-editor').getByRole('combobox', { name: combobox, exact: true });
  await box.click();
  await box.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

/** Confirm a proposed figure with what it counts (the edit form saves it as confirmed). */
async function confirmFigure(page: Page, figure: string, zh: string, en: string): Promise<void> {
  const editor = page.getByTestId('wb-editor');
  await editor.getByRole('button', { name: `修改 ${figure}` }).click();
  const form = editor.getByTestId('figure-form');
  await form.getByLabel('计数对象（中文）').fill(zh);
  await form.getByLabel('计数对象（英文）').fill(en);
  await form.getByRole('button', { name: '保存' }).click();
  await expect(editor.getByTestId('figure-row').filter({ hasText: figure })).toHaveAttribute(
    'data-state',
    'confirmed',
  );
}

async function summaries(page: Page, zh: string, en: string): Promise<void> {
  const editor = page.getByTestId('wb-editor');
  await editor.getByLabel('中文摘要').fill(zh);
  await editor.getByLabel('中文摘要').press('Tab');
  await editor.getByLabel('英文摘要').fill(en);
  await editor.getByLabel('英文摘要').press('Enter');
}

async function closeEditor(page: Page): Promise<void> {
  await page.getByTestId('wb-editor').getByRole('button', { name: '关闭', exact: true }).click();
  await expect(page.getByTestId('wb-editor')).toHaveCount(0);
}

/** axe-core's WCAG 2.0/2.1 A and AA violations on the page as it is. */
async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

const PANZHIHUA_300 =
  '市工商联执委、市政协委员,东区人大代表、区卫生工作者协会会长汪湛浩组织辖区民营医疗机构医护人员参与疫情防控,负责核酸标本收集转运等工作,24小时全天待命,累计参与300余人次。';

/** 余: the Panzhihua section (东区). */
const NANCHONG_WAN = '各侨企、会员通过争当抗疫志愿者、捐资捐物等方式积极志愿疫情防控,累计捐资捐物16.8万元。';
const ANZHOU_RANGE =
  '9月3日至4日,安州区委统战部迅速响应区委决策部署,机关全体志愿者第一时间奔赴白鹤林社区、文星社区、益昌社区参加疫情防控工作。';

test.describe('workbench', () => {
  test('rebuilds part of the bundled dataset from its text: mark, confirm, export, import, see it in the explorer', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await openExample(page);
    const draftId = new URL(page.url()).searchParams.get('workbench')!;

    // 1. 余, by keyboard: the open figure "300余人次" from the coverage list puts the sentence
    //    cursor on its sentence; ↓ and ↑ move it; Enter makes the effort.
    await expect(page.getByTestId('wb-coverage')).toHaveText(
      /^50 个数字中 0 个已覆盖 · 0 个已排除 · 50 个待处理$/,
    );
    await page.getByTestId('wb-open-figures').getByRole('button', { name: '转到“300余人次”' }).click();
    await expect(page.getByTestId('wb-reader')).toBeFocused();
    await expect(page.getByTestId('wb-announce')).toContainText(`：${PANZHIHUA_300}`);
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('wb-announce')).toContainText('得天独厚餐饮集团');
    await page.keyboard.press('k');
    await page.keyboard.press('Enter');
    await expectEffort(page, PANZHIHUA_300);
    const editor = page.getByTestId('wb-editor');
    // 24小时 is how long they stood by, not a count: dismissed, with the reason.
    await editor.getByRole('button', { name: '排除 24小时' }).click();
    const dismiss = editor.getByTestId('dismiss-form');
    await dismiss.getByRole('radio', { name: '其他（请说明）' }).check();
    await dismiss.getByLabel('理由（中文）').fill('待命时长，不是数量。');
    await dismiss.getByLabel('理由（英文）').fill('How long they stood by, not an amount.');
    await dismiss.getByRole('button', { name: '排除' }).click();
    await expect(editor.getByTestId('figure-row').filter({ hasText: '24小时' })).toHaveAttribute(
      'data-state',
      'dismissed',
    );
    await expect(editor.getByTestId('figure-row').filter({ hasText: '300余人次' })).toContainText(
      '至少 300 人次',
    );
    await confirmFigure(
      page,
      '300余人次',
      '医护人员参与疫情防控',
      'medical staff taking part in epidemic control',
    );
    await choose(page, '行动所在地区', '东区', /^东区/);
    await expect(editor.getByTestId('region-chosen')).toContainText('东区');
    // A new organisation, its type stated by the text's own words.
    await editor.getByRole('combobox', { name: '添加行动者' }).click();
    await page.getByRole('option', { name: '新建组织…' }).click();
    const org = editor.getByTestId('organisation-form');
    await org.getByLabel('中文名称').fill('东区辖区民营医疗机构');
    await org.getByLabel('英文名称').fill('Private medical institutions of Dong District');
    await org.getByLabel('类型', { exact: true }).selectOption('private-enterprise');
    await org.getByLabel('原文中说明类型的词语').fill('民营医疗机构');
    await org.getByRole('combobox', { name: '所在地区' }).fill('东区');
    await page.getByRole('option', { name: /^东区/ }).first().click();
    await org.getByRole('button', { name: '创建并添加' }).click();
    await expect(editor.getByTestId('role-organisationIds')).toContainText('东区辖区民营医疗机构');
    await editor.getByRole('checkbox', { name: '医护力量支援' }).check();
    await summaries(
      page,
      '东区民营医疗机构医护人员参与核酸标本收集转运，累计300余人次。',
      'Medical staff of private institutions in Dong District collected and carried test samples, 300+ person-times.',
    );
    await closeEditor(page);

    // 2. 万, with the mouse.
    await selectWithMouse(page, NANCHONG_WAN);
    await page.getByTestId('wb-new-effort').click();
    await expectEffort(page, NANCHONG_WAN);
    await expect(editor.getByTestId('figure-row').filter({ hasText: '16.8万元' })).toContainText(
      '168,000 元',
    );
    await confirmFigure(page, '16.8万元', '捐资捐物', 'donations in money and goods');
    await choose(page, '行动所在地区', 'nanchong', /^南充市/);
    // An organisation the bundled dataset already has, copied into the draft.
    await choose(page, '添加行动者', '侨企', /南充市各侨企/);
    await editor.getByRole('checkbox', { name: '捐资捐物' }).check();
    await summaries(
      page,
      '南充侨企和侨商会会员捐资捐物16.8万元。',
      'Overseas-Chinese firms in Nanchong donated 168,000 yuan.',
    );
    await closeEditor(page);

    // 3. A date range, selected by a script's Range (as assistive technology may).
    await selectWithRange(page, ANZHOU_RANGE);
    await page.getByTestId('wb-new-effort').click();
    await expectEffort(page, ANZHOU_RANGE);
    const date = editor.getByRole('group', { name: '日期' });
    await date.getByRole('radio', { name: /9月3日至4日/ }).check();
    await expect(date).toContainText('2022-09-03');
    await choose(page, '行动所在地区', '安州', /^安州区/);
    await choose(page, '添加行动者', '安州区委统战部', /安州区委统战部/);
    await editor.getByRole('checkbox', { name: '部署与动员' }).check();
    await summaries(
      page,
      '安州区委统战部志愿者奔赴三个社区参加疫情防控。',
      'Anzhou UFD volunteers joined epidemic control in three communities.',
    );
    await closeEditor(page);

    await expect(page.getByTestId('wb-no-issues')).toBeVisible();
    await expect(page.getByTestId('wb-coverage')).toHaveText(
      '50 个数字中 2 个已覆盖 · 1 个已排除 · 47 个待处理',
    );

    // Export JSON: the quotes are the text's own, the numbers converted, the text embedded.
    const download = page.waitForEvent('download');
    await page.getByTestId('wb-export-json').click();
    const file = await (await download).path();
    const json = JSON.parse(readFileSync(file, 'utf8')) as {
      id: string;
      source: { text: string };
      organisations: Array<{ id: string; name: { zh: string } }>;
      efforts: Array<{
        quote: string;
        regionCode: string;
        date: { kind: string; start: string; end: string; quote: string } | null;
        measures: Array<{ figure: string; value: number; qualifier: string; unit: string }>;
      }>;
    };
    expect((await download).suggestedFilename()).toBe('同心抗疫-四川统一战线在行动(二).json');
    expect(json.id).toBe(draftId);
    expect(json.source.text).toBe(TEXT);
    expect(json.efforts.map((e) => e.quote)).toEqual([PANZHIHUA_300, NANCHONG_WAN, ANZHOU_RANGE]);
    expect(json.efforts.map((e) => e.regionCode)).toEqual(['510402', '511300', '510705']);
    expect(json.efforts.map((e) => e.measures.map((m) => [m.figure, m.value, m.qualifier, m.unit]))).toEqual([
      [['300余人次', 300, 'at-least', 'person-times']],
      [['16.8万元', 168000, 'exact', 'yuan']],
      [],
    ]);
    expect(json.efforts[2]!.date).toEqual({
      kind: 'range',
      start: '2022-09-03',
      end: '2022-09-04',
      quote: '9月3日至4日',
    });
    const created = json.organisations.find((o) => o.name.zh === '东区辖区民营医疗机构');
    expect(created).toBeDefined();

    // Import it into the explorer, as any dataset: the figures in the dossier, quotes in the source.
    await page.getByRole('button', { name: '← 返回浏览' }).click();
    await waitForApp(page);
    await page.getByTestId('import-panel').getByRole('heading', { name: '数据集' }).click();
    await page.getByTestId('import-input').setInputFiles(file);
    await expect(page.getByTestId('import-done')).toContainText('3 项行动，2 项数据');
    const item = page.locator(`[data-dataset-id="${draftId}"]`);
    await expect(item.getByTestId('source-status')).toContainText('引文已核对');
    await item.getByRole('button', { name: /^在地图和图表中显示/ }).click();
    await expect(page.getByTestId('count-efforts')).toHaveText('3');
    for (const [region, figure, quote] of [
      ['511300', '16.8万元', NANCHONG_WAN],
      ['510400', '300余人次', PANZHIHUA_300],
    ] as const) {
      await page.getByTestId('region-picker').selectOption(region);
      const group = page.getByTestId('dossier').locator('.measure-group', { hasText: figure });
      await expect(group).toBeVisible();
      await group.getByRole('button', { name: '在原文中查看' }).click();
      const reader = page.getByTestId('source-reader');
      await expect(reader).toHaveAttribute('data-dataset-id', draftId);
      await expect(reader.locator('mark')).toHaveText(quote);
      await expect(reader.locator('mark')).toBeInViewport();
      await page.keyboard.press('Escape');
      await expect(reader).toBeHidden();
    }
  });

  test('an effort started from the list of open figures is shown in the reader, wherever it is', async ({
    page,
  }) => {
    await openExample(page);
    // The last open figure of the report: far below the reader's first screen.
    const open = page
      .getByTestId('wb-open-figures')
      .getByRole('button', { name: /^用“.+”所在的句子新建行动$/ });
    await open.last().click();
    await expect(page.getByTestId('wb-editor')).toBeVisible();
    const passage = page.getByTestId('wb-reader').locator('mark.wb-run--selected');
    await expect(passage.first()).toBeVisible();
    await expect(passage.last()).toBeInViewport();
  });

  test('the header leads to the workbench and Back returns to the explorer as it was', async ({ page }) => {
    // An axe-core run: slow on a loaded machine.
    test.setTimeout(60_000);
    await page.goto('./?region=510400');
    await waitForApp(page);
    await page.getByRole('link', { name: '工作台' }).click();
    await expect(page).toHaveURL(/[?&]workbench(&|$)/);
    await expect(page.getByRole('heading', { name: '标注工作台' })).toBeVisible();
    expect(await axe(page)).toEqual([]);
    await expect(page.getByTestId('wb-drafts')).toHaveCount(0);
    // The language switch keeps the workbench.
    await page.getByRole('button', { name: /^English/ }).click();
    await expect(page.getByRole('heading', { name: 'Annotation workbench' })).toBeVisible();
    await expect(page).toHaveURL(/[?&]workbench(=)?(&|$)/);
    await page.getByRole('button', { name: /^中文/ }).click();
    await page.getByRole('button', { name: '← 返回浏览' }).click();
    await expect(page).toHaveURL(/\?region=510400$/);
    await expect(page.getByTestId('dossier')).toContainText('攀枝花');
    await page.goBack();
    await expect(page.getByRole('heading', { name: '标注工作台' })).toBeVisible();
  });

  test('the header link opened in a new tab carries the view as it is now, not as it was drawn', async ({
    page,
  }) => {
    await page.goto('./?region=510400');
    await waitForApp(page);
    // A view change that does not redraw the header (another chart tab): the link must follow the URL.
    await page.getByRole('tab', { name: '组织类型' }).click();
    await expect(page).toHaveURL(/[?&]tab=/);
    await expect(page).not.toHaveURL(/\?region=510400$/);
    const link = page.getByRole('link', { name: '工作台' });
    await link.hover();
    const href = new URL((await link.getAttribute('href')) ?? '', page.url());
    expect(href.searchParams.get('workbench')).toBe('');
    href.searchParams.delete('workbench');
    expect(href.searchParams.toString()).toBe(new URL(page.url()).searchParams.toString());
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
    // Two axe-core runs: slow on a loaded machine.
    test.setTimeout(60_000);
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
    expect(await axe(page)).toEqual([]);
    await issues.getByRole('button', { name: '请选择地区' }).click();
    await expect(page.getByTestId('wb-editor')).toBeVisible();
    // The link moved the focus to the field.
    await expect(page.getByRole('combobox', { name: '行动所在地区' })).toBeFocused();
    expect(await axe(page)).toEqual([]);
  });

  test('an exported file re-opens in the workbench, and a finished draft opens in the explorer', async ({
    page,
  }) => {
    const fixture = (name: string): string => resolve('tests/fixtures/with-text', name);
    await page.goto('./?workbench');
    const reopen = page.getByTestId('wb-reopen-input');
    // A dataset without its text cannot be continued: said, and nothing changes.
    await reopen.setInputFiles(resolve('data/dataset.json'));
    await expect(page.getByTestId('wb-reopen-errors')).toContainText('文件没有附带报告全文（source.text）');
    await expect(page.getByTestId('wb-drafts')).toHaveCount(0);

    // A CSV with its .txt, chosen together.
    await reopen.setInputFiles([fixture('dataset.csv'), fixture('report.txt')]);
    await expect(page).toHaveURL(/[?&]workbench=fixture-with-text-csv/);
    await expect(page.getByTestId('wb-efforts').locator('li')).toHaveCount(4);
    await page.getByRole('button', { name: '已保存的草稿' }).click();

    // JSON with its text: every effort back on its passage, valid as it was exported.
    await reopen.setInputFiles(fixture('dataset.json'));
    await expect(page).toHaveURL(/[?&]workbench=fixture-with-text(&|$)/);
    await expect(page.getByTestId('wb-efforts').locator('li')).toHaveCount(4);
    await expect(page.getByTestId('wb-no-issues')).toBeVisible();
    const suining = '3月5日至7日，遂宁市民主党派成员参与核酸检测点服务，提供志愿服务300余人次。';
    await expect(
      page.getByTestId('wb-reader').locator('mark').filter({ hasText: '遂宁市民主党派' }),
    ).toHaveText(suining.slice(0, suining.indexOf('300余人次')));

    // Open in the explorer: imported as any dataset, shown at once.
    await page.getByTestId('wb-open-explorer').click();
    await waitForApp(page);
    await expect(page).not.toHaveURL(/workbench/);
    await expect(page).toHaveURL(/[?&]ds=fixture-with-text(&|$)/);
    await expect(page.getByTestId('count-efforts')).toHaveText('4');
    await page.getByTestId('region-picker').selectOption('510900');
    await page
      .getByTestId('dossier')
      .locator('.measure-group', { hasText: '300余人次' })
      .getByRole('button', { name: '在原文中查看' })
      .click();
    await expect(page.getByTestId('source-reader').locator('mark')).toHaveText(suining);
    await page.keyboard.press('Escape');

    // Both drafts are listed; one is deleted after a confirmation.
    await page.getByRole('link', { name: '工作台' }).click();
    const drafts = page.getByTestId('wb-drafts').locator('li');
    await expect(drafts).toHaveCount(2);
    page.once('dialog', (d) => void d.accept());
    await page
      .getByTestId('wb-drafts')
      .locator('[data-draft-id="fixture-with-text-csv"]')
      .getByRole('button', { name: /^删除草稿/ })
      .click();
    await expect(drafts).toHaveCount(1);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });
    test('in English: a pasted report, a passage by touch, the editor as a bottom sheet', async ({
      page,
    }) => {
      await page.goto('./?workbench&lang=en');
      const report = readFileSync(resolve('tests/fixtures/with-text/report.txt'), 'utf8');
      await page.getByLabel('Full text of the report').fill(report);
      await page.getByLabel('Title (Chinese)').fill('三市同心助农（测试）');
      await page.getByLabel('Title (English)').fill('Three cities (test)');
      await page.getByLabel('Publisher (Chinese)').fill('测试网');
      await page.getByLabel('Publisher (English)').fill('Test site');
      await page.getByLabel('URL').fill('https://example.invalid/report');
      await page.getByLabel('Published').fill('2021-03-15T10:00');
      await expect(page.getByLabel('UTC offset')).toHaveValue('+08:00');
      await page.getByRole('button', { name: 'Start marking' }).click();
      await expect(page.getByTestId('wb-reader')).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Three cities (test)' })).toBeVisible();
      await page.locator('#wb-details-panel summary').click();
      await expect(page.locator('#wb-meta-localTime')).toHaveValue('2021-03-15T10:00');

      const passage = '市工商联动员民营企业捐款捐物，共捐赠资金8.5万元、口罩数千只。';
      const start = report.indexOf(passage);
      await page.getByTestId('wb-reader').evaluate(
        (root, { start, end }) => {
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
          document.getSelection()!.removeAllRanges();
          document.getSelection()!.addRange(range);
        },
        { start, end: start + passage.length },
      );
      const button = page.getByTestId('wb-new-effort');
      await expect(button).toBeInViewport();
      await button.tap();
      const sheet = page.getByTestId('wb-editor');
      await expect(sheet).toBeInViewport();
      const box = (await sheet.boundingBox())!;
      // The full width of the page (390 px, less a scrollbar's gutter where scrollbars take room).
      expect(box.width).toBe(await page.evaluate(() => document.body.getBoundingClientRect().width));
      expect(box.width).toBeGreaterThan(360);
      expect(box.y + box.height).toBeCloseTo(844, 0);
      await expect(sheet.getByTestId('figure-row').first()).toContainText('85,000 yuan');
      await sheet.getByRole('button', { name: 'Close', exact: true }).tap();
      await expect(sheet).toHaveCount(0);
      // Nothing wider than the phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    });
  });
});
