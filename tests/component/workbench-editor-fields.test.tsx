import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../src/workbench/coverage';
import { bundledJson } from '../fixtures/load';
import { draftWithEffort, renderEditor, spanOf } from './support/editor-harness';

const PANZHIHUA = '近期,攀枝花市突发疫情';

async function pickFrom(combobox: HTMLElement, typed: string): Promise<HTMLElement[]> {
  await userEvent.click(combobox);
  if (typed !== '') await userEvent.type(combobox, typed);
  const list = document.getElementById(combobox.getAttribute('aria-controls')!)!;
  await waitFor(() => expect(within(list).queryAllByRole('option').length).toBeGreaterThan(0));
  return within(list).getAllByRole('option');
}

describe('EffortEditor: region', () => {
  it('offers the regions the passage names first, with their level and parent', async () => {
    renderEditor(draftWithEffort(PANZHIHUA));
    const options = await pickFrom(screen.getByRole('combobox', { name: 'Region of the effort' }), '');
    expect(options.map((o) => o.textContent)).toEqual([
      'Renhe District仁和区 · county · Panzhihua',
      'Dong District东区 · county · Panzhihua',
      'Panzhihua攀枝花市 · prefecture · Sichuan',
    ]);
  });

  it('finds 攀枝花 by pinyin and by its initials, and chooses it with the keyboard', async () => {
    const h = renderEditor(draftWithEffort(PANZHIHUA), { lang: 'zh' });
    const box = screen.getByRole('combobox', { name: '行动所在地区' });
    let options = await pickFrom(box, 'panzhihua');
    expect(options[0]).toHaveTextContent('攀枝花市Panzhihua · 地级 · 四川省');
    await userEvent.clear(box);
    options = await pickFrom(box, 'pzh');
    expect(options[0]).toHaveTextContent('攀枝花市');
    await userEvent.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', options[0]!.id);
    await userEvent.keyboard('{Enter}');
    expect(h.actions).toEqual([{ type: 'updateEffort', effortId: 'e-1', patch: { regionCode: '510400' } }]);
    expect(screen.getByTestId('region-chosen')).toHaveTextContent('攀枝花市');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).toHaveValue('');
  });

  it('finds every region of the registry, not only the passage’s (米易 by English name)', async () => {
    const h = renderEditor(draftWithEffort(PANZHIHUA));
    const options = await pickFrom(screen.getByRole('combobox', { name: 'Region of the effort' }), 'Miyi');
    await userEvent.click(options[0]!);
    expect(h.actions).toEqual([{ type: 'updateEffort', effortId: 'e-1', patch: { regionCode: '510421' } }]);
  });

  it('says when nothing matches', async () => {
    renderEditor(draftWithEffort(PANZHIHUA));
    const box = screen.getByRole('combobox', { name: 'Region of the effort' });
    await userEvent.click(box);
    await userEvent.type(box, 'qwerty');
    await waitFor(() => expect(screen.getByText('No region matches “qwerty”.')).toBeInTheDocument());
  });
});

describe('EffortEditor: organisations', () => {
  it('creates an organisation with a stated type, its words in the text, and adds it as an actor', async () => {
    const h = renderEditor(draftWithEffort('市工商联系统积极行动'));
    await userEvent.click(screen.getByRole('combobox', { name: 'Add an actor' }));
    await userEvent.click(screen.getByRole('option', { name: 'New organisation…' }));
    const form = screen.getByTestId('organisation-form');
    await userEvent.type(within(form).getByLabelText('Name in Chinese'), '攀枝花市工商联');
    await userEvent.type(within(form).getByLabelText('Name in English'), 'Panzhihua FIC');
    await userEvent.selectOptions(within(form).getByLabelText('Type'), 'federation-of-industry-commerce');
    // Words the text does not contain are refused.
    await userEvent.type(within(form).getByLabelText('The words of the text that state it'), '市工商联合会');
    await userEvent.click(within(form).getByRole('button', { name: 'Create and add' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('The text does not contain “市工商联合会”.');
    await userEvent.clear(within(form).getByLabelText('The words of the text that state it'));
    await userEvent.type(within(form).getByLabelText('The words of the text that state it'), '市工商联');
    await userEvent.click(within(form).getByRole('button', { name: 'Create and add' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Choose where it is based.');
    const picker = within(form).getByRole('combobox', { name: 'Based in' });
    await userEvent.click((await pickFrom(picker, 'panzhihua'))[0]!);
    expect(within(form).getByTestId('organisation-region')).toHaveTextContent('Panzhihua');
    expect(h.actions).toEqual([]);
    await userEvent.click(within(form).getByRole('button', { name: 'Create and add' }));
    expect(h.actions).toEqual([
      {
        type: 'addOrganisation',
        organisation: {
          id: 'panzhihua-fic',
          name: { zh: '攀枝花市工商联', en: 'Panzhihua FIC' },
          type: 'federation-of-industry-commerce',
          typeBasis: { kind: 'stated' },
          regionCode: '510400',
          note: { zh: '原文作“市工商联”。', en: 'Written 市工商联 in the text.' },
        },
      },
      { type: 'updateEffort', effortId: 'e-1', patch: { organisationIds: ['panzhihua-fic'] } },
    ]);
    const actors = screen.getByTestId('role-organisationIds');
    expect(within(actors).getByTestId('organisation-chip')).toHaveTextContent(
      'Panzhihua FICfederation of industry and commerce · stated · Panzhihua',
    );
  });

  it('an inferred type needs its reason in both languages', async () => {
    const h = renderEditor(draftWithEffort('市工商联系统积极行动'));
    await userEvent.click(screen.getByRole('combobox', { name: 'Add an actor' }));
    await userEvent.click(screen.getByRole('option', { name: 'New organisation…' }));
    const form = screen.getByTestId('organisation-form');
    await userEvent.type(within(form).getByLabelText('Name in Chinese'), '得天独厚餐饮集团');
    await userEvent.type(within(form).getByLabelText('Name in English'), 'Detianduhou Catering Group');
    await userEvent.selectOptions(within(form).getByLabelText('Type'), 'private-enterprise');
    await userEvent.click(within(form).getByRole('radio', { name: 'The type is inferred' }));
    await userEvent.type(
      within(form).getByLabelText('Reason for the inference (English)'),
      'From its section',
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Create and add' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Give the reason in Chinese and in English.');
    await userEvent.type(within(form).getByLabelText('Reason for the inference (Chinese)'), '据所在段落');
    const picker = within(form).getByRole('combobox', { name: 'Based in' });
    await userEvent.click((await pickFrom(picker, 'pzh'))[0]!);
    await userEvent.click(within(form).getByRole('button', { name: 'Create and add' }));
    expect(h.actions[0]).toMatchObject({
      type: 'addOrganisation',
      organisation: {
        id: 'detianduhou-catering-group',
        typeBasis: { kind: 'inferred', reason: { zh: '据所在段落', en: 'From its section' } },
      },
    });
    expect(h.draft().efforts[0]!.organisationIds).toEqual(['detianduhou-catering-group']);
  });

  it('copies a known organisation into the draft when chosen, and never offers it for the other role', async () => {
    const known = bundledJson().organisations;
    const h = renderEditor(draftWithEffort('市侨联第一时间发起倡议'), { knownOrganisations: known });
    const addressees = screen.getByRole('combobox', { name: 'Add an addressee' });
    const options = await pickFrom(addressees, '侨商会');
    expect(options[0]).toHaveTextContent('Nanchong Overseas Chinese Chamber of Commerce');
    await userEvent.click(options[0]!);
    const chamber = known.find((o) => o.id === 'nanchong-overseas-chinese-chamber')!;
    expect(h.actions).toEqual([
      { type: 'addOrganisation', organisation: chamber },
      {
        type: 'updateEffort',
        effortId: 'e-1',
        patch: { addresseeIds: ['nanchong-overseas-chinese-chamber'] },
      },
    ]);
    const actorOptions = await pickFrom(screen.getByRole('combobox', { name: 'Add an actor' }), '侨');
    expect(actorOptions.map((o) => o.textContent).join('|')).not.toContain('Chamber of Commerce');
    // The draft's own organisations are offered first.
    await userEvent.click(screen.getByRole('button', { name: /^Remove Nanchong Overseas/ }));
    await userEvent.clear(screen.getByRole('combobox', { name: 'Add an actor' }));
    const again = await pickFrom(screen.getByRole('combobox', { name: 'Add an actor' }), '侨商会');
    const inDraft = screen.getByRole('group', { name: 'In this draft' });
    expect(within(inDraft).getByRole('option')).toBe(again[0]);
    await userEvent.click(again[0]!);
    // Already in the draft: linked, not copied again.
    expect(h.actions.slice(-1)).toEqual([
      {
        type: 'updateEffort',
        effortId: 'e-1',
        patch: { organisationIds: ['nanchong-overseas-chinese-chamber'] },
      },
    ]);
  });
});

describe('EffortEditor: date, activities, passage', () => {
  it('a date range phrase gives kind range with its ISO days; the days can be corrected, the quote stays', async () => {
    const draft = draftWithEffort('9月3日至4日,安州区委统战部');
    const h = renderEditor(draft);
    const date = screen.getByRole('group', { name: 'Date' });
    const phrase = within(date).getByRole('radio', { name: /9月3日至4日/ });
    expect(phrase.closest('label')).toHaveTextContent('2022-09-03 to 2022-09-04');
    await userEvent.click(phrase);
    const span = spanOf(draft, '9月3日至4日');
    expect(h.actions).toEqual([
      {
        type: 'updateEffort',
        effortId: 'e-1',
        patch: { date: { kind: 'range', start: '2022-09-03', end: '2022-09-04', span } },
      },
    ]);
    await userEvent.selectOptions(within(date).getByLabelText('Kind of date'), 'since');
    expect(h.actions[1]).toEqual({
      type: 'updateEffort',
      effortId: 'e-1',
      patch: { date: { kind: 'since', start: '2022-09-03', end: null, span } },
    });
    expect(within(date).getByTestId('date-edit')).toHaveTextContent('Date quote: 9月3日至4日');
    await userEvent.click(within(date).getByRole('radio', { name: /^No date/ }));
    expect(h.actions[2]).toEqual({ type: 'updateEffort', effortId: 'e-1', patch: { date: null } });
  });

  it('activities are checkboxes of the vocabulary, kept in its order', async () => {
    const h = renderEditor(draftWithEffort('累计捐资捐物16.8万元'), { lang: 'zh' });
    const group = screen.getByRole('group', { name: '行动类别' });
    await userEvent.click(within(group).getByRole('checkbox', { name: '捐资捐物' }));
    await userEvent.click(within(group).getByRole('checkbox', { name: '发出倡议' }));
    expect(h.actions.map((a) => a.type === 'updateEffort' && a.patch.activities)).toEqual([
      ['donations'],
      ['initiative-letter', 'donations'],
    ]);
    await userEvent.click(within(group).getByRole('checkbox', { name: '捐资捐物' }));
    expect(h.draft().efforts[0]!.activities).toEqual(['initiative-letter']);
  });

  it('widens and narrows the passage by whole sentences, never past a confirmed figure', async () => {
    const base = draftWithEffort('市侨联第一时间发起倡议');
    const h = renderEditor(base);
    const sentences = sentencesOf(base.source.text);
    const first = base.efforts[0]!.span;
    const next = sentences[sentences.findIndex((s) => s.start === first.start) + 1]!;
    await userEvent.click(screen.getByRole('button', { name: 'Add the sentence after' }));
    expect(h.actions[0]).toEqual({
      type: 'updateEffort',
      effortId: 'e-1',
      patch: { span: { start: first.start, end: next.end } },
    });
    expect(screen.getByTestId('passage')).toHaveTextContent('累计捐资捐物16.8万元。');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm 16.8万元' }));
    // The figure is in the last sentence: it cannot be dropped; the first can.
    expect(screen.getByRole('button', { name: 'Drop the last sentence' })).toBeDisabled();
    expect(screen.getByText(/would leave a confirmed figure or the date outside/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Drop the first sentence' }));
    expect(h.draft().efforts[0]!.span).toEqual(next);
  });
});
