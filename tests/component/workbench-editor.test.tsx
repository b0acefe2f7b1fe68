import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DraftIssue } from '../../src/workbench/draft-types';
import { draftWithEffort, renderEditor, spanOf } from './support/editor-harness';

const rowOf = (figure: string): HTMLElement => {
  const row = screen
    .getAllByTestId('figure-row')
    .find((r) => r.querySelector('mark')?.textContent === figure);
  if (!row) throw new Error(`no row for ${figure}`);
  return row;
};

const issue = (field: string, code: string, extra: Partial<DraftIssue> = {}): DraftIssue => ({
  effortId: 'e-1',
  figureId: null,
  organisationId: null,
  field,
  code,
  params: {},
  ...extra,
});

describe('EffortEditor: figures', () => {
  it('confirms a proposed 万 figure with its value converted (16.8万元 → 168,000 yuan)', async () => {
    const draft = draftWithEffort('累计捐资捐物16.8万元');
    const h = renderEditor(draft);
    const row = rowOf('16.8万元');
    expect(row).toHaveAttribute('data-state', 'new');
    expect(within(row).getByTestId('figure-reading')).toHaveTextContent('168,000 yuan (CNY)');
    await userEvent.click(within(row).getByRole('button', { name: 'Confirm 16.8万元' }));
    expect(h.actions).toEqual([
      {
        type: 'confirmFigure',
        effortId: 'e-1',
        figure: {
          span: spanOf(draft, '16.8万元'),
          qualifier: 'exact',
          value: 168000,
          low: null,
          high: null,
          unit: 'yuan',
          label: { zh: '', en: '' },
        },
      },
    ]);
    expect(rowOf('16.8万元')).toHaveAttribute('data-state', 'confirmed');
    expect(screen.getByTestId('figures-count')).toHaveTextContent('1 confirmed, 0 to review, 0 dismissed');
    // The passage marks it as confirmed.
    expect(within(screen.getByTestId('passage')).getByText('16.8万元')).toHaveAttribute(
      'data-state',
      'confirmed',
    );
  });

  it('shows numbers for the language: every digit, grouped, in Chinese too', () => {
    renderEditor(draftWithEffort('累计捐资捐物16.8万元'), { lang: 'zh' });
    expect(within(rowOf('16.8万元')).getByTestId('figure-reading')).toHaveTextContent('168,000 元');
  });

  it('suggests the label from the noun after a count (8名统战党员志愿者 → 统战党员志愿者)', async () => {
    const draft = draftWithEffort('8名统战党员志愿者按照社区安排');
    const h = renderEditor(draft);
    const row = rowOf('8名');
    expect(row).toHaveTextContent('counts: 统战党员志愿者');
    await userEvent.click(within(row).getByRole('button', { name: 'Confirm 8名' }));
    expect(h.actions[0]).toMatchObject({
      type: 'confirmFigure',
      figure: { value: 8, qualifier: 'exact', unit: 'persons', label: { zh: '统战党员志愿者', en: '' } },
    });
  });

  it('edits before confirming: qualifier, range, unit and labels go into one confirmFigure', async () => {
    const draft = draftWithEffort('累计捐资捐物16.8万元');
    const h = renderEditor(draft);
    await userEvent.click(within(rowOf('16.8万元')).getByRole('button', { name: 'Edit 16.8万元' }));
    const form = screen.getByTestId('figure-form');
    await userEvent.selectOptions(within(form).getByLabelText('Qualifier'), 'approx');
    await userEvent.type(within(form).getByLabelText('High (optional)'), '100');
    await userEvent.type(within(form).getByLabelText('Low'), '200');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    // A high bound below the low one is refused, with a message; nothing is dispatched.
    expect(within(form).getByRole('alert')).toHaveTextContent('cannot be below the low bound');
    expect(h.actions).toEqual([]);
    await userEvent.clear(within(form).getByLabelText('High (optional)'));
    await userEvent.type(within(form).getByLabelText('What is counted (English)'), 'donations');
    await userEvent.type(within(form).getByLabelText('What is counted (Chinese)'), '捐资捐物');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(h.actions).toEqual([
      {
        type: 'confirmFigure',
        effortId: 'e-1',
        figure: {
          span: spanOf(draft, '16.8万元'),
          qualifier: 'approx',
          value: null,
          low: 200,
          high: null,
          unit: 'yuan',
          label: { zh: '捐资捐物', en: 'donations' },
        },
      },
    ]);
  });

  it('edits a confirmed figure with one updateFigure of what changed, and removes it', async () => {
    const h = renderEditor(draftWithEffort('累计捐资捐物16.8万元'));
    await userEvent.click(screen.getByRole('button', { name: 'Confirm 16.8万元' }));
    await userEvent.click(screen.getByRole('button', { name: 'Edit 16.8万元' }));
    const form = screen.getByTestId('figure-form');
    expect(within(form).getByLabelText('Value')).toHaveValue('168,000');
    await userEvent.type(within(form).getByLabelText('What is counted (English)'), 'donations');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(h.actions[1]).toEqual({
      type: 'updateFigure',
      effortId: 'e-1',
      figureId: 'f-1',
      patch: { label: { zh: '', en: 'donations' } },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Remove 16.8万元' }));
    expect(h.actions[2]).toEqual({ type: 'removeFigure', effortId: 'e-1', figureId: 'f-1' });
    expect(rowOf('16.8万元')).toHaveAttribute('data-state', 'new');
  });

  it('dismisses a figure only with a reason, written in both languages', async () => {
    const draft = draftWithEffort('累计捐资捐物16.8万元');
    const h = renderEditor(draft);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss 16.8万元' }));
    const form = screen.getByTestId('dismiss-form');
    await userEvent.click(within(form).getByRole('button', { name: 'Dismiss' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Choose a reason.');
    // "Other" needs words.
    await userEvent.click(within(form).getByRole('radio', { name: 'other (say why)' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Dismiss' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Say why');
    expect(h.actions).toEqual([]);
    await userEvent.click(within(form).getByRole('radio', { name: 'repeats a figure already recorded' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Dismiss' }));
    expect(h.actions).toEqual([
      {
        type: 'dismissFigure',
        span: spanOf(draft, '16.8万元'),
        kind: 'repeat',
        reason: {
          zh: '重复已记录的数字，不再记录以免重复计算。',
          en: 'Repeats a figure already recorded; not recorded twice to avoid double counting.',
        },
      },
    ]);
    const row = rowOf('16.8万元');
    expect(row).toHaveAttribute('data-state', 'dismissed');
    expect(row).toHaveTextContent('Dismissed: Repeats a figure already recorded');
    await userEvent.click(within(row).getByRole('button', { name: 'Restore 16.8万元' }));
    expect(h.actions[1]).toEqual({ type: 'restoreFigure', exclusionId: 'x-1' });
    expect(rowOf('16.8万元')).toHaveAttribute('data-state', 'new');
  });

  it('an "other" reason written in one language is used for both', async () => {
    const h = renderEditor(draftWithEffort('累计捐资捐物16.8万元'));
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss 16.8万元' }));
    const form = screen.getByTestId('dismiss-form');
    await userEvent.click(within(form).getByRole('radio', { name: 'other (say why)' }));
    await userEvent.type(within(form).getByLabelText('Reason (English)'), 'Counted in another effort');
    await userEvent.click(within(form).getByRole('button', { name: 'Dismiss' }));
    expect(h.actions[0]).toMatchObject({
      kind: 'other',
      reason: { zh: 'Counted in another effort', en: 'Counted in another effort' },
    });
  });
});

describe('EffortEditor: keyboard', () => {
  it('keeps the focus in the figure’s row through confirm, edit and Escape; Escape outside a form closes', async () => {
    const h = renderEditor(draftWithEffort('累计捐资捐物16.8万元'));
    screen.getByRole('button', { name: 'Confirm 16.8万元' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(h.actions).toHaveLength(1);
    const edit = screen.getByRole('button', { name: 'Edit 16.8万元' });
    expect(edit).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(within(screen.getByTestId('figure-form')).getByLabelText('Qualifier')).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByTestId('figure-form')).toBeNull();
    expect(screen.getByRole('button', { name: 'Edit 16.8万元' })).toHaveFocus();
    expect(h.closed()).toBe(0);
    // A summary being typed is kept when Escape closes the editor.
    await userEvent.click(screen.getByLabelText('Summary in English'));
    await userEvent.keyboard('Donations{Escape}');
    expect(h.actions[1]).toMatchObject({ type: 'updateEffort', patch: { summary: { en: 'Donations' } } });
    expect(h.closed()).toBe(1);
  });
});

describe('EffortEditor: summaries, issues, focus, delete', () => {
  it('commits a summary once, on leaving the field or on Enter, not on every keystroke', async () => {
    const h = renderEditor(draftWithEffort('累计捐资捐物16.8万元'));
    const zh = screen.getByLabelText('Summary in Chinese');
    await userEvent.type(zh, '南充侨企捐资捐物');
    expect(h.actions).toEqual([]);
    await userEvent.tab();
    expect(h.actions).toEqual([
      { type: 'updateEffort', effortId: 'e-1', patch: { summary: { zh: '南充侨企捐资捐物', en: '' } } },
    ]);
    const en = screen.getByLabelText('Summary in English');
    await userEvent.type(en, 'Overseas-Chinese firms donated.{Enter}');
    expect(h.actions).toHaveLength(2);
    expect(h.actions[1]).toEqual({
      type: 'updateEffort',
      effortId: 'e-1',
      patch: { summary: { zh: '南充侨企捐资捐物', en: 'Overseas-Chinese firms donated.' } },
    });
    // Leaving a field with nothing changed commits nothing.
    await userEvent.click(zh);
    await userEvent.tab();
    expect(h.actions).toHaveLength(2);
    expect(h.draft().efforts[0]!.summary.en).toBe('Overseas-Chinese firms donated.');
  });

  it('shows each issue next to its field, and the rest above', () => {
    const issues = [
      issue('regionCode', 'unknownRegion', { params: { code: '999999' } }),
      issue('summary.en', 'draftSummaryMissing'),
      issue('activities', 'draftNoActivity'),
      issue('source.url', 'draftSomethingElse'),
    ];
    renderEditor(draftWithEffort('累计捐资捐物16.8万元'), { issues });
    const region = screen.getByRole('combobox', { name: 'Region of the effort' });
    expect(region).toHaveAttribute('aria-invalid', 'true');
    const described = document.getElementById(region.getAttribute('aria-describedby')!);
    expect(described).toHaveTextContent('999999');
    const en = screen.getByLabelText('Summary in English');
    expect(document.getElementById(en.getAttribute('aria-describedby')!)).toHaveTextContent(
      'draftSummaryMissing',
    );
    expect(screen.getByLabelText('Summary in Chinese')).not.toHaveAttribute('aria-invalid');
    const activities = screen.getByRole('group', { name: 'Activities' });
    // The workbench's own checks in words (src/i18n/workbench-issues.ts), not their codes.
    expect(within(activities).getByTestId('field-issues')).toHaveTextContent('Choose at least one activity');
    expect(
      screen.getByRole('heading', { name: 'Other problems of this effort' }).parentElement,
    ).toHaveTextContent('draftSomethingElse');
  });

  it('moves the focus to the field the issue list links to', async () => {
    const h = renderEditor(draftWithEffort('累计捐资捐物16.8万元'));
    h.update({ focusField: 'summary.en' });
    await waitFor(() => expect(screen.getByLabelText('Summary in English')).toHaveFocus());
    h.update({ focusField: 'regionCode' });
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Region of the effort' })).toHaveFocus());
    h.update({ focusField: 'activities' });
    await waitFor(() => expect(screen.getAllByRole('checkbox')[0]).toHaveFocus());
    // A figure's issue focuses that figure's row, its problem read with it.
    await userEvent.click(screen.getByRole('button', { name: 'Confirm 16.8万元' }));
    const unit = issue('figures.label.en', 'draftFigureNoLabel', { figureId: 'f-1', params: { lang: 'en' } });
    h.update({ focusField: 'figures.label.en', issues: [unit] });
    const edit = screen.getByRole('button', { name: 'Edit 16.8万元' });
    await waitFor(() => expect(edit).toHaveFocus());
    expect(edit).toHaveAccessibleDescription('Say in English what is counted');
    h.update({ focusField: 'span', issues: [unit] });
    await waitFor(() => expect(screen.getByTestId('passage')).toHaveFocus());
    h.update({ focusField: 'figure:f-1', issues: [unit] });
    await waitFor(() => expect(edit).toHaveFocus());
  });

  it('deletes the effort only after confirming, then closes', async () => {
    const h = renderEditor(draftWithEffort('累计捐资捐物16.8万元'));
    await userEvent.click(screen.getByRole('button', { name: 'Delete effort' }));
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(h.actions).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Delete effort' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete it' }));
    expect(h.actions).toEqual([{ type: 'removeEffort', effortId: 'e-1' }]);
    expect(h.closed()).toBe(1);
  });
});
