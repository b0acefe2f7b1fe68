import { describe, expect, it } from 'vitest';
import type { Organisation } from '../../../src/data/schema';
import {
  HISTORY_LIMIT,
  applyAction,
  canRedo,
  canUndo,
  effortById,
  historyOf,
  newDraft,
  redo,
  reduceDraft,
  textOf,
  undo,
} from '../../../src/workbench/draft-ops';
import type { Draft, DraftAction, DraftFigure } from '../../../src/workbench/draft-types';
import { defaultOrganisationId } from '../../../src/data/organisation-id';
import { draftSpan, finishedDraft } from '../../fixtures/drafts';

const TEXT = '8月28日，同心志愿服务队200余人次参与。\r\n攀枝花市工商联捐赠16.8万元。';
const FIRST = { start: 0, end: TEXT.indexOf('\r') }; // 8月28日，…参与。
const SECOND = { start: TEXT.indexOf('攀'), end: TEXT.length }; // 攀枝花市工商联捐赠16.8万元。
const FIG_200 = { start: TEXT.indexOf('200余人次'), end: TEXT.indexOf('200余人次') + 6 };
const FIG_168 = { start: TEXT.indexOf('16.8万元'), end: TEXT.indexOf('16.8万元') + 6 };

const vocabularies = {
  units: [
    { id: 'person-times', zh: '人次', en: 'person-times' },
    { id: 'yuan', zh: '元', en: 'yuan' },
  ],
  organisationTypes: [{ id: 'business', zh: '企业', en: 'business' }],
  activities: [
    { id: 'donations', zh: '捐赠', en: 'donations' },
    { id: 'community-volunteering', zh: '志愿服务', en: 'volunteering' },
  ],
};

function draft(): Draft {
  return newDraft({
    id: 'draft-test',
    text: TEXT,
    title: { zh: '测试', en: 'Test' },
    source: {
      title: '测试报告',
      titleEn: 'Test report',
      publisher: { zh: '某', en: 'Someone' },
      reprintedFrom: null,
      url: 'https://example.org/r',
      publishedAt: '2022-09-09T11:30:43+08:00',
      textFile: 'r.txt',
      language: 'zh',
    },
    vocabularies,
    updatedAt: '2024-01-01T00:00:00.000Z',
  });
}

const org = (id: string): Organisation => ({
  id,
  name: { zh: '攀枝花市工商联', en: 'Panzhihua FIC' },
  type: 'business',
  typeBasis: { kind: 'stated' },
  regionCode: '510400',
});

const figure = (span = FIG_200): Omit<DraftFigure, 'id'> => ({
  span,
  qualifier: 'at-least',
  value: 200,
  low: null,
  high: null,
  unit: 'person-times',
  label: { zh: '志愿服务', en: 'volunteer service' },
});

const run = (d: Draft, ...actions: DraftAction[]): Draft => actions.reduce(reduceDraft, d);

describe('newDraft, textOf, effortById', () => {
  it('keeps the text exactly and copies the vocabularies', () => {
    const d = draft();
    expect(d.source.text).toBe(TEXT);
    expect(d.source.text).toContain('\r\n');
    expect(d.id).toBe('draft-test');
    expect(d.draftVersion).toBe(1);
    expect(d.units).toEqual(vocabularies.units);
    expect(d.units).not.toBe(vocabularies.units);
    expect(d.activities.map((a) => a.id)).toEqual(['donations', 'community-volunteering']);
    expect(d.organisationTypes.map((a) => a.id)).toEqual(['business']);
    expect([d.organisations, d.efforts, d.exclusions]).toEqual([[], [], []]);
    expect(d.updatedAt).toBe('2024-01-01T00:00:00.000Z');
    expect(d.source.url).toBe('https://example.org/r');
  });

  it('gives a fresh id in the dataset id format when none is given', () => {
    const input = { text: 'x', title: { zh: 'a', en: 'a' }, source: draft().source, vocabularies };
    const a = newDraft(input);
    const b = newDraft(input);
    expect(a.id).toMatch(/^draft-[0-9a-f]{12}$/);
    expect(a.id).not.toBe(b.id);
    expect(a.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('reads a span of the text and finds an effort by id', () => {
    const d = run(draft(), { type: 'addEffort', span: SECOND });
    expect(textOf(d, FIG_168)).toBe('16.8万元');
    expect(textOf(d, FIRST)).toBe('8月28日，同心志愿服务队200余人次参与。');
    expect(effortById(d, 'e-1')?.span).toEqual(SECOND);
    expect(effortById(d, 'e-2')).toBeUndefined();
  });
});

describe('efforts', () => {
  it('adds an empty effort with the next id', () => {
    const d = run(draft(), { type: 'addEffort', span: FIRST }, { type: 'addEffort', span: SECOND });
    expect(d.efforts.map((e) => e.id)).toEqual(['e-1', 'e-2']);
    expect(d.efforts[0]).toEqual({
      id: 'e-1',
      span: FIRST,
      regionCode: null,
      placeCodes: [],
      organisationIds: [],
      addresseeIds: [],
      activities: [],
      date: null,
      summary: { zh: '', en: '' },
      figures: [],
    });
  });

  it.each([
    ['empty', { start: 3, end: 3 }],
    ['reversed', { start: 5, end: 3 }],
    ['past the end', { start: 0, end: TEXT.length + 1 }],
    ['negative', { start: -1, end: 3 }],
    ['fractional', { start: 0.5, end: 3 }],
    ['not a number', { start: Number.NaN, end: 3 }],
  ])('refuses a span that is %s (same object back)', (_name, span) => {
    const d = draft();
    expect(reduceDraft(d, { type: 'addEffort', span })).toBe(d);
  });

  it.each([
    ['missing', undefined],
    ['null', null],
  ])('refuses an effort whose span is %s (same object back)', (_name, span) => {
    const d = draft();
    expect(reduceDraft(d, { type: 'addEffort', span: span as never })).toBe(d);
  });

  it('accepts the whole text as a span', () => {
    expect(
      reduceDraft(draft(), { type: 'addEffort', span: { start: 0, end: TEXT.length } }).efforts,
    ).toHaveLength(1);
  });

  it('never reuses an effort id after a removal, even of the last one', () => {
    let d = run(draft(), { type: 'addEffort', span: FIRST }, { type: 'addEffort', span: SECOND });
    d = run(d, { type: 'removeEffort', effortId: 'e-2' }, { type: 'addEffort', span: SECOND });
    expect(d.efforts.map((e) => e.id)).toEqual(['e-1', 'e-3']);
  });

  it('continues after the highest id when a draft has no counters', () => {
    const d = run(draft(), { type: 'addEffort', span: FIRST });
    const { nextIds: _n, ...old } = { ...d, efforts: [{ ...d.efforts[0]!, id: 'e-7' }] };
    expect(reduceDraft(old, { type: 'addEffort', span: SECOND }).efforts.map((e) => e.id)).toEqual([
      'e-7',
      'e-8',
    ]);
  });

  it('removing an unknown effort changes nothing', () => {
    const d = run(draft(), { type: 'addEffort', span: FIRST });
    expect(reduceDraft(d, { type: 'removeEffort', effortId: 'e-9' })).toBe(d);
  });

  it('updates the fields of an effort in one step', () => {
    let d = run(
      draft(),
      { type: 'addEffort', span: FIRST },
      { type: 'addOrganisation', organisation: org('a') },
    );
    d = reduceDraft(d, {
      type: 'updateEffort',
      effortId: 'e-1',
      patch: {
        regionCode: '510400',
        organisationIds: ['a'],
        activities: ['community-volunteering'],
        summary: { zh: '志愿服务', en: 'Volunteering' },
        date: { kind: 'on', start: '2022-08-28', end: '2022-08-28', span: { start: 0, end: 5 } },
      },
    });
    const e = effortById(d, 'e-1')!;
    expect(e.regionCode).toBe('510400');
    expect(e.organisationIds).toEqual(['a']);
    expect(e.activities).toEqual(['community-volunteering']);
    expect(e.summary).toEqual({ zh: '志愿服务', en: 'Volunteering' });
    expect(textOf(d, e.date!.span)).toBe('8月28日');
    expect(e.span).toEqual(FIRST);
  });

  it('a patch that changes nothing returns the same draft', () => {
    const d = run(draft(), { type: 'addEffort', span: FIRST });
    expect(
      reduceDraft(d, { type: 'updateEffort', effortId: 'e-1', patch: { regionCode: null, span: FIRST } }),
    ).toBe(d);
    expect(reduceDraft(d, { type: 'updateEffort', effortId: 'e-1', patch: {} })).toBe(d);
  });

  it.each<[string, Parameters<typeof reduceDraft>[1]]>([
    ['an unknown effort', { type: 'updateEffort', effortId: 'e-2', patch: { regionCode: '510400' } }],
    [
      'an unknown organisation',
      { type: 'updateEffort', effortId: 'e-1', patch: { organisationIds: ['zz'] } },
    ],
    ['an unknown addressee', { type: 'updateEffort', effortId: 'e-1', patch: { addresseeIds: ['zz'] } }],
    [
      'a known and an unknown organisation',
      { type: 'updateEffort', effortId: 'e-1', patch: { organisationIds: ['a', 'zz'] } },
    ],
    [
      'a region code that is not text',
      { type: 'updateEffort', effortId: 'e-1', patch: { regionCode: 510400 as never } },
    ],
    [
      'places that are not a list',
      { type: 'updateEffort', effortId: 'e-1', patch: { placeCodes: '510400' as never } },
    ],
    [
      'a place code that is not text',
      { type: 'updateEffort', effortId: 'e-1', patch: { placeCodes: ['510400', 510421 as never] } },
    ],
    [
      'a summary without its English',
      { type: 'updateEffort', effortId: 'e-1', patch: { summary: { zh: '志愿服务' } as never } },
    ],
    [
      'a summary without its Chinese',
      { type: 'updateEffort', effortId: 'e-1', patch: { summary: { en: 'Volunteering' } as never } },
    ],
    ['a null summary', { type: 'updateEffort', effortId: 'e-1', patch: { summary: null as never } }],
    [
      'a passage past the end of the text (even one holding the figures)',
      { type: 'updateEffort', effortId: 'e-1', patch: { span: { start: 0, end: TEXT.length + 1 } } },
    ],
    [
      'an organisation twice',
      { type: 'updateEffort', effortId: 'e-1', patch: { organisationIds: ['a', 'a'] } },
    ],
    ['an unknown activity', { type: 'updateEffort', effortId: 'e-1', patch: { activities: ['dancing'] } }],
    ['a place twice', { type: 'updateEffort', effortId: 'e-1', patch: { placeCodes: ['510400', '510400'] } }],
    [
      'a date outside the text',
      {
        type: 'updateEffort',
        effortId: 'e-1',
        patch: { date: { kind: 'since', start: '2022-08-28', end: null, span: { start: 0, end: 999 } } },
      },
    ],
    ['an empty span', { type: 'updateEffort', effortId: 'e-1', patch: { span: { start: 4, end: 4 } } }],
    [
      'a span that leaves out a confirmed figure',
      { type: 'updateEffort', effortId: 'e-1', patch: { span: { start: 0, end: FIG_200.end - 1 } } },
    ],
  ])('refuses %s', (_name, action) => {
    const d = run(
      draft(),
      { type: 'addEffort', span: FIRST },
      { type: 'addOrganisation', organisation: org('a') },
      { type: 'confirmFigure', effortId: 'e-1', figure: figure() },
    );
    expect(reduceDraft(d, action)).toBe(d);
  });

  it("refuses a passage that holds only some of the effort's figures", () => {
    const d = finishedDraft();
    // e-1 holds 16.8万元 and 数千户: a passage ending after the first leaves out the second.
    const span = draftSpan('攀枝花市米易县工商联捐赠16.8万元');
    expect(reduceDraft(d, { type: 'updateEffort', effortId: 'e-1', patch: { span } })).toBe(d);
  });

  it('clears the region and the date of an effort with null', () => {
    const d = run(
      draft(),
      { type: 'addEffort', span: FIRST },
      {
        type: 'updateEffort',
        effortId: 'e-1',
        patch: {
          regionCode: '510400',
          date: { kind: 'on', start: '2022-08-28', end: '2022-08-28', span: { start: 0, end: 5 } },
        },
      },
    );
    const cleared = reduceDraft(d, {
      type: 'updateEffort',
      effortId: 'e-1',
      patch: { regionCode: null, date: null },
    });
    expect(effortById(cleared, 'e-1')).toMatchObject({ regionCode: null, date: null });
    expect(effortById(d, 'e-1')!.regionCode).toBe('510400');
  });

  it('moves an effort span that still holds its figures', () => {
    const d = run(
      draft(),
      { type: 'addEffort', span: FIRST },
      { type: 'confirmFigure', effortId: 'e-1', figure: figure() },
      { type: 'updateEffort', effortId: 'e-1', patch: { span: { start: FIG_200.start, end: FIG_200.end } } },
    );
    expect(textOf(d, effortById(d, 'e-1')!.span)).toBe('200余人次');
  });
});

describe('figures', () => {
  const withEffort = (): Draft =>
    run(draft(), { type: 'addEffort', span: FIRST }, { type: 'addEffort', span: SECOND });

  it('confirms a figure inside its effort with the next id', () => {
    const d = run(
      withEffort(),
      { type: 'confirmFigure', effortId: 'e-1', figure: figure() },
      { type: 'confirmFigure', effortId: 'e-2', figure: { ...figure(FIG_168), value: 168000, unit: 'yuan' } },
    );
    expect(effortById(d, 'e-1')!.figures).toEqual([{ ...figure(), id: 'f-1' }]);
    expect(effortById(d, 'e-2')!.figures.map((f) => [f.id, textOf(d, f.span), f.value])).toEqual([
      ['f-2', '16.8万元', 168000],
    ]);
  });

  it.each<[string, Omit<DraftFigure, 'id'>, string]>([
    ['outside its effort', figure(FIG_168), 'e-1'],
    ['partly outside its effort', figure({ start: FIRST.end - 2, end: FIRST.end + 2 }), 'e-1'],
    ['with an empty span', figure({ start: 5, end: 5 }), 'e-1'],
    ['with an unknown unit', { ...figure(), unit: 'bananas' }, 'e-1'],
    ['with a value that is not a number', { ...figure(), value: Number.NaN }, 'e-1'],
    [
      'with an infinite bound',
      { ...figure(), qualifier: 'approx', value: null, low: 1, high: Infinity },
      'e-1',
    ],
    ['of an unknown effort', figure(), 'e-9'],
    ['with a label in Chinese only', { ...figure(), label: { zh: '志愿服务' } as never }, 'e-1'],
  ])('refuses a figure %s', (_name, f, effortId) => {
    const d = withEffort();
    expect(reduceDraft(d, { type: 'confirmFigure', effortId, figure: f })).toBe(d);
  });

  it('refuses a figure overlapping one already confirmed in the effort', () => {
    const d = run(withEffort(), { type: 'confirmFigure', effortId: 'e-1', figure: figure() });
    const overlapping = figure({ start: FIG_200.start + 2, end: FIG_200.end + 1 });
    expect(reduceDraft(d, { type: 'confirmFigure', effortId: 'e-1', figure: overlapping })).toBe(d);
    expect(reduceDraft(d, { type: 'confirmFigure', effortId: 'e-1', figure: figure() })).toBe(d);
  });

  it('accepts figures that touch a confirmed one on either side (touching is not overlapping)', () => {
    const before = { start: FIG_200.start - 3, end: FIG_200.start }; // 服务队, ends where 200余人次 begins
    const after = { start: FIG_200.end, end: FIG_200.end + 2 }; // 参与, begins where 200余人次 ends
    const d = run(
      withEffort(),
      { type: 'confirmFigure', effortId: 'e-1', figure: figure() },
      { type: 'confirmFigure', effortId: 'e-1', figure: figure(before) },
      { type: 'confirmFigure', effortId: 'e-1', figure: figure(after) },
    );
    expect(effortById(d, 'e-1')!.figures.map((f) => [f.id, textOf(d, f.span)])).toEqual([
      ['f-1', '200余人次'],
      ['f-2', '服务队'],
      ['f-3', '参与'],
    ]);
  });

  it('accepts a figure with no unit yet (an export error, not a reducer one)', () => {
    const d = run(withEffort(), {
      type: 'confirmFigure',
      effortId: 'e-1',
      figure: { ...figure(), unit: null },
    });
    expect(effortById(d, 'e-1')!.figures[0]!.unit).toBeNull();
  });

  it('confirming a dismissed figure takes back the dismissal', () => {
    const d = run(
      withEffort(),
      { type: 'dismissFigure', span: FIG_200, kind: 'other', reason: { zh: '重复', en: 'repeat' } },
      { type: 'dismissFigure', span: FIG_168, kind: 'other', reason: { zh: '重复', en: 'repeat' } },
      { type: 'confirmFigure', effortId: 'e-1', figure: figure() },
    );
    expect(d.exclusions.map((x) => [x.id, textOf(d, x.span)])).toEqual([['x-2', '16.8万元']]);
  });

  it('takes back only the dismissal of exactly the confirmed span', () => {
    const d = run(
      withEffort(),
      // 200 alone was dismissed; 200余人次, starting at the same place, is another figure.
      {
        type: 'dismissFigure',
        span: { start: FIG_200.start, end: FIG_200.start + 3 },
        kind: 'other',
        reason: { zh: '重复', en: 'repeat' },
      },
      { type: 'confirmFigure', effortId: 'e-1', figure: figure() },
    );
    expect(d.exclusions.map((x) => [x.id, textOf(d, x.span)])).toEqual([['x-1', '200']]);
  });

  it('updates a figure, never its id or span', () => {
    const d = run(withEffort(), { type: 'confirmFigure', effortId: 'e-1', figure: figure() });
    const next = reduceDraft(d, {
      type: 'updateFigure',
      effortId: 'e-1',
      figureId: 'f-1',
      patch: { qualifier: 'exact', label: { zh: '人次', en: 'times' }, id: 'f-9', span: FIG_168 } as never,
    });
    expect(effortById(next, 'e-1')!.figures).toEqual([
      { ...figure(), id: 'f-1', qualifier: 'exact', label: { zh: '人次', en: 'times' } },
    ]);
  });

  it.each<[string, Parameters<typeof reduceDraft>[1]]>([
    ['no change', { type: 'updateFigure', effortId: 'e-1', figureId: 'f-1', patch: { value: 200 } }],
    ['an unknown figure', { type: 'updateFigure', effortId: 'e-1', figureId: 'f-2', patch: { value: 3 } }],
    ['an unknown unit', { type: 'updateFigure', effortId: 'e-1', figureId: 'f-1', patch: { unit: 'x' } }],
    [
      'a bad qualifier',
      { type: 'updateFigure', effortId: 'e-1', figureId: 'f-1', patch: { qualifier: 'some' as never } },
    ],
    [
      'a figure of another effort',
      { type: 'updateFigure', effortId: 'e-2', figureId: 'f-1', patch: { value: 3 } },
    ],
    ['removing an unknown figure', { type: 'removeFigure', effortId: 'e-1', figureId: 'f-7' }],
    ['removing from an unknown effort', { type: 'removeFigure', effortId: 'e-7', figureId: 'f-1' }],
  ])('leaves the draft alone for %s', (_name, action) => {
    const d = run(withEffort(), { type: 'confirmFigure', effortId: 'e-1', figure: figure() });
    expect(reduceDraft(d, action)).toBe(d);
  });

  it('keeps a figure quote (quoteSpan) only around the figure and inside the passage', () => {
    const d = withEffort();
    const quoteSpan = { start: FIG_200.start - 1, end: FIRST.end };
    const ok = reduceDraft(d, { type: 'confirmFigure', effortId: 'e-1', figure: { ...figure(), quoteSpan } });
    expect(effortById(ok, 'e-1')!.figures[0]!.quoteSpan).toEqual(quoteSpan);
    for (const bad of [
      { start: FIG_200.start + 1, end: FIRST.end }, // leaves out the figure's first character
      { start: FIG_200.start, end: FIRST.end + 1 }, // past the passage
      { start: 0, end: 0 },
    ]) {
      expect(
        reduceDraft(d, { type: 'confirmFigure', effortId: 'e-1', figure: { ...figure(), quoteSpan: bad } }),
      ).toBe(d);
    }
    // The passage cannot shrink past the quote; the quote can go (back to quoting the passage).
    expect(
      reduceDraft(ok, {
        type: 'updateEffort',
        effortId: 'e-1',
        patch: { span: { start: 0, end: FIRST.end - 1 } },
      }),
    ).toBe(ok);
    const cleared = reduceDraft(ok, {
      type: 'updateFigure',
      effortId: 'e-1',
      figureId: 'f-1',
      patch: { quoteSpan: undefined },
    });
    expect(Object.keys(effortById(cleared, 'e-1')!.figures[0]!)).not.toContain('quoteSpan');
    expect(
      reduceDraft(ok, {
        type: 'updateFigure',
        effortId: 'e-1',
        figureId: 'f-1',
        patch: { quoteSpan: FIG_168 },
      }),
    ).toBe(ok);
  });

  it('updating a quoted figure keeps its quote and leaves the other figures of the effort alone', () => {
    const d = finishedDraft();
    const [f1, f2] = effortById(d, 'e-1')!.figures;
    const next = reduceDraft(d, {
      type: 'updateFigure',
      effortId: 'e-1',
      figureId: 'f-2',
      patch: { label: { zh: '走访户数', en: 'households visited' } },
    });
    expect(effortById(next, 'e-1')!.figures).toEqual([
      f1,
      { ...f2, label: { zh: '走访户数', en: 'households visited' }, quoteSpan: draftSpan('走访数千户。') },
    ]);
    expect(effortById(d, 'e-1')!.figures[1]!.label).toEqual({ zh: '走访', en: 'visited' });
  });

  it('removes only the figure asked for', () => {
    const d = finishedDraft();
    const next = reduceDraft(d, { type: 'removeFigure', effortId: 'e-1', figureId: 'f-1' });
    expect(effortById(next, 'e-1')!.figures.map((f) => [f.id, textOf(next, f.span)])).toEqual([
      ['f-2', '数千户'],
    ]);
    expect(effortById(next, 'e-2')!.figures.map((f) => f.id)).toEqual(['f-3']);
    expect(effortById(d, 'e-1')!.figures).toHaveLength(2);
  });

  it('never reuses a figure id after a removal', () => {
    const d = run(
      withEffort(),
      { type: 'confirmFigure', effortId: 'e-1', figure: figure() },
      { type: 'removeFigure', effortId: 'e-1', figureId: 'f-1' },
      { type: 'confirmFigure', effortId: 'e-1', figure: figure() },
    );
    expect(effortById(d, 'e-1')!.figures.map((f) => f.id)).toEqual(['f-2']);
  });
});

describe('exclusions', () => {
  const reason = { zh: '日期', en: 'a date' };

  it('dismisses and restores detected figures; ids never reused', () => {
    let d = run(
      draft(),
      { type: 'dismissFigure', span: { start: 0, end: 5 }, kind: 'date', reason },
      { type: 'dismissFigure', span: FIG_168, kind: 'other', reason },
    );
    expect(d.exclusions.map((x) => [x.id, x.kind, textOf(d, x.span)])).toEqual([
      ['x-1', 'date', '8月28日'],
      ['x-2', 'other', '16.8万元'],
    ]);
    d = run(
      d,
      { type: 'restoreFigure', exclusionId: 'x-2' },
      { type: 'dismissFigure', span: FIG_168, kind: 'name', reason },
    );
    expect(d.exclusions.map((x) => x.id)).toEqual(['x-1', 'x-3']);
  });

  it.each(['date', 'time', 'section', 'name', 'repeat', 'other'] as const)(
    'dismisses a figure as %s and keeps the reason in both languages',
    (kind) => {
      const d = reduceDraft(draft(), { type: 'dismissFigure', span: FIG_168, kind, reason });
      expect(d.exclusions).toEqual([{ id: 'x-1', span: FIG_168, kind, reason }]);
    },
  );

  it.each<[string, Parameters<typeof reduceDraft>[1]]>([
    ['no reason', { type: 'dismissFigure', span: FIG_168, kind: 'other', reason: undefined as never }],
    ['a span already dismissed', { type: 'dismissFigure', span: { start: 0, end: 5 }, kind: 'time', reason }],
    [
      'a span outside the text',
      { type: 'dismissFigure', span: { start: 30, end: 99 }, kind: 'date', reason },
    ],
    ['an unknown kind', { type: 'dismissFigure', span: FIG_168, kind: 'boring' as never, reason }],
    ['restoring an unknown exclusion', { type: 'restoreFigure', exclusionId: 'x-5' }],
  ])('refuses %s', (_name, action) => {
    const d = run(draft(), { type: 'dismissFigure', span: { start: 0, end: 5 }, kind: 'date', reason });
    expect(reduceDraft(d, action)).toBe(d);
  });
});

describe('organisations and metadata', () => {
  it('adds an organisation with its own id, refuses the same id twice', () => {
    const d = run(draft(), { type: 'addOrganisation', organisation: org('pzh-fic') });
    expect(d.organisations).toEqual([org('pzh-fic')]);
    expect(reduceDraft(d, { type: 'addOrganisation', organisation: org('pzh-fic') })).toBe(d);
  });

  it('makes the id of an organisation added without one from its name and type, never twice', () => {
    const named = (zh: string, type = org('').type): Organisation => ({
      ...org(''),
      name: { zh, en: zh },
      type,
    });
    const d = run(
      draft(),
      { type: 'addOrganisation', organisation: named('甲') },
      { type: 'addOrganisation', organisation: org('org-7') },
      { type: 'addOrganisation', organisation: named('乙') },
      // The same name and type again in one draft: another body all the same, another id.
      { type: 'addOrganisation', organisation: named('甲') },
    );
    const id = defaultOrganisationId('甲', org('').type, () => false);
    expect(d.organisations.map((o) => o.id)).toEqual([
      id,
      'org-7',
      defaultOrganisationId('乙', org('').type, () => false),
      `${id}-2`,
    ]);
    // Another draft's body of another name never gets the same id (numbered ids did: org-1 and org-1).
    expect(new Set(d.organisations.map((o) => o.id)).size).toBe(4);
    expect(defaultOrganisationId('甲', 'democratic-party', () => false)).not.toBe(
      defaultOrganisationId('甲', 'private-enterprise', () => false),
    );
  });

  it('refuses an organisation with no id at all (an empty id asks for one)', () => {
    const d = draft();
    const { id: _id, ...noId } = org('a');
    expect(reduceDraft(d, { type: 'addOrganisation', organisation: noId as never })).toBe(d);
  });

  it('updates an organisation but not its id', () => {
    const d = run(draft(), { type: 'addOrganisation', organisation: org('a') });
    const next = reduceDraft(d, {
      type: 'updateOrganisation',
      organisationId: 'a',
      patch: { name: { zh: '甲', en: 'A' }, id: 'b' } as never,
    });
    expect(next.organisations).toEqual([{ ...org('a'), name: { zh: '甲', en: 'A' } }]);
    expect(
      reduceDraft(d, { type: 'updateOrganisation', organisationId: 'a', patch: { regionCode: '510400' } }),
    ).toBe(d);
    expect(
      reduceDraft(d, { type: 'updateOrganisation', organisationId: 'x', patch: { regionCode: '510100' } }),
    ).toBe(d);
  });

  it('changes title and source, never the text', () => {
    const d = draft();
    const next = reduceDraft(d, {
      type: 'setMeta',
      title: { zh: '新', en: 'New' },
      source: { url: 'https://example.org/other', text: 'hacked' } as never,
    });
    expect(next.title).toEqual({ zh: '新', en: 'New' });
    expect(next.source.url).toBe('https://example.org/other');
    expect(next.source.text).toBe(TEXT);
    expect(next.source.titleEn).toBe('Test report');
    expect(reduceDraft(d, { type: 'setMeta', source: { url: 'https://example.org/r' } })).toBe(d);
    expect(reduceDraft(d, { type: 'setMeta' })).toBe(d);
  });

  it('refuses a title without both languages', () => {
    const d = draft();
    expect(reduceDraft(d, { type: 'setMeta', title: { zh: '新' } as never })).toBe(d);
  });

  it('ignores an unknown action', () => {
    const d = draft();
    expect(reduceDraft(d, { type: 'explode' } as never)).toBe(d);
  });

  it('never changes the draft it is given', () => {
    const d = run(draft(), { type: 'addEffort', span: FIRST });
    const before = structuredClone(d);
    run(
      d,
      { type: 'confirmFigure', effortId: 'e-1', figure: figure() },
      { type: 'updateEffort', effortId: 'e-1', patch: { summary: { zh: 'a', en: 'b' } } },
      { type: 'removeEffort', effortId: 'e-1' },
    );
    expect(d).toEqual(before);
  });
});

describe('id counters (saved with the draft)', () => {
  it('name the next id of each kind, saved after every new entry', () => {
    let d = draft();
    expect(d.nextIds).toEqual({ effort: 1, figure: 1, exclusion: 1, organisation: 1 });
    const steps: [DraftAction, Draft['nextIds']][] = [
      [
        { type: 'addEffort', span: FIRST },
        { effort: 2, figure: 1, exclusion: 1, organisation: 1 },
      ],
      [
        { type: 'confirmFigure', effortId: 'e-1', figure: figure() },
        { effort: 2, figure: 2, exclusion: 1, organisation: 1 },
      ],
      [
        { type: 'dismissFigure', span: FIG_168, kind: 'other', reason: { zh: '重复', en: 'repeat' } },
        { effort: 2, figure: 2, exclusion: 2, organisation: 1 },
      ],
    ];
    for (const [action, counters] of steps) {
      const before = structuredClone(d.nextIds);
      const next = reduceDraft(d, action);
      expect(next.nextIds).toEqual(counters);
      expect(d.nextIds).toEqual(before);
      d = next;
    }
  });

  it("adding an effort or dismissing a figure never brings back a removed figure's id", () => {
    const removed = run(
      draft(),
      { type: 'addEffort', span: FIRST },
      { type: 'confirmFigure', effortId: 'e-1', figure: figure() },
      { type: 'removeFigure', effortId: 'e-1', figureId: 'f-1' },
    );
    for (const between of [
      { type: 'addEffort', span: SECOND },
      { type: 'dismissFigure', span: FIG_168, kind: 'other', reason: { zh: '重复', en: 'repeat' } },
    ] satisfies DraftAction[]) {
      const d = run(removed, between, { type: 'confirmFigure', effortId: 'e-1', figure: figure() });
      expect(effortById(d, 'e-1')!.figures.map((f) => f.id)).toEqual(['f-2']);
    }
  });

  it('an older draft without counters continues after every id in use, old org-N ids included', () => {
    const { nextIds: _n, ...old } = finishedDraft();
    const reason = { zh: '日期', en: 'a date' };
    old.exclusions = [{ id: 'x-2', span: draftSpan('9月3日'), kind: 'date', reason }];
    // Organisations of drafts saved before ids were made from the name were numbered org-N.
    old.organisations = [...old.organisations, { ...old.organisations[0]!, id: 'org-7' }];
    const { id: _f3, ...f3 } = effortById(old, 'e-2')!.figures[0]!;
    const d = run(
      old,
      { type: 'removeFigure', effortId: 'e-2', figureId: 'f-3' },
      { type: 'confirmFigure', effortId: 'e-2', figure: f3 },
      { type: 'dismissFigure', span: draftSpan('4日'), kind: 'date', reason },
    );
    expect(effortById(d, 'e-2')!.figures.map((f) => f.id)).toEqual(['f-4']);
    expect(d.exclusions.map((x) => x.id)).toEqual(['x-2', 'x-3']);
    expect(d.nextIds).toEqual({ effort: 3, figure: 5, exclusion: 4, organisation: 8 });
  });
});

describe('history', () => {
  const add: DraftAction = { type: 'addEffort', span: FIRST };

  it('undoes and redoes one action at a time', () => {
    let h = historyOf(draft());
    expect([canUndo(h), canRedo(h)]).toEqual([false, false]);
    h = applyAction(h, add);
    h = applyAction(h, { type: 'addEffort', span: SECOND });
    expect(h.present.efforts.map((e) => e.id)).toEqual(['e-1', 'e-2']);
    h = undo(h);
    expect(h.present.efforts.map((e) => e.id)).toEqual(['e-1']);
    expect([canUndo(h), canRedo(h)]).toEqual([true, true]);
    h = undo(h);
    expect(h.present.efforts).toEqual([]);
    expect([canUndo(h), canRedo(h)]).toEqual([false, true]);
    h = redo(redo(h));
    expect(h.present.efforts.map((e) => e.id)).toEqual(['e-1', 'e-2']);
    expect([canUndo(h), canRedo(h)]).toEqual([true, false]);
  });

  it('undo and redo with nothing to do return the same history', () => {
    const h = historyOf(draft());
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
  });

  it('an action that changes nothing adds no step', () => {
    const h = applyAction(historyOf(draft()), add);
    expect(applyAction(h, { type: 'removeEffort', effortId: 'e-5' })).toBe(h);
    expect(applyAction(h, { type: 'addEffort', span: { start: 2, end: 1 } })).toBe(h);
    expect(h.past).toHaveLength(1);
  });

  it('a new action after an undo drops the redo steps', () => {
    let h = applyAction(applyAction(historyOf(draft()), add), add);
    h = applyAction(undo(h), { type: 'addEffort', span: SECOND });
    expect(canRedo(h)).toBe(false);
    expect(h.present.efforts.map((e) => [e.id, e.span.start])).toEqual([
      ['e-1', 0],
      // The undone e-2 is gone with its redo step: the draft after the undo never had it.
      ['e-2', SECOND.start],
    ]);
  });

  it(`keeps at most ${HISTORY_LIMIT} undo steps`, () => {
    expect(HISTORY_LIMIT).toBe(200);
    let h = historyOf(draft());
    for (let i = 0; i < HISTORY_LIMIT + 5; i += 1) h = applyAction(h, add);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    // The oldest kept state is the one after the 5th action.
    expect(h.past[0]!.efforts).toHaveLength(5);
    for (let i = 0; i < HISTORY_LIMIT; i += 1) h = undo(h);
    expect(canUndo(h)).toBe(false);
    expect(h.present.efforts).toHaveLength(5);
    expect(h.future).toHaveLength(HISTORY_LIMIT);
  });
});
