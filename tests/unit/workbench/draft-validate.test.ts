import { describe, expect, it } from 'vitest';
import type { Organisation } from '../../../src/data/schema';
import { validateDraft } from '../../../src/workbench/draft-export';
import type { Draft, DraftIssue } from '../../../src/workbench/draft-types';
import { draftSpan, finishedDraft } from '../../fixtures/drafts';
import { regionRegistry } from '../../fixtures/load';

/**
 * The workbench's live validation (`draftIssues`, reached as `validateDraft`): the import's checks on
 * the dataset a draft exports, each error located back to the draft's effort, figure, organisation
 * and field (so the editor can link to it), after the draft's own checks.
 */

const registry = regionRegistry();

/** An issue as "effort figure organisation field code" (`-` for none), the way the editor links it. */
const where = (i: DraftIssue): string =>
  [i.effortId ?? '-', i.figureId ?? '-', i.organisationId ?? '-', i.field || '(itself)', i.code].join(' ');

const issuesOf = (d: Draft): string[] => validateDraft(d, registry).map(where);

const organisation = (id: string, type = 'federation-of-industry-commerce'): Organisation => ({
  id,
  name: { zh: `组织${id}`, en: `Body ${id}` },
  type,
  typeBasis: { kind: 'stated' },
  regionCode: '510421',
});

describe('draftIssues: the draft in the workbench’s words', () => {
  it('finds nothing in a finished draft', () => {
    expect(validateDraft(finishedDraft(), registry)).toEqual([]);
  });

  it('counts a summary or label of blank space as missing, and says in which language', () => {
    const d = finishedDraft();
    d.efforts[0]!.summary = { zh: ' \u3000', en: 'Donated' };
    d.efforts[0]!.figures[1]!.label = { zh: '走访', en: '\t' };
    const issues = validateDraft(d, registry);
    expect(issues.map(where)).toEqual([
      'e-1 - - summary.zh draftNoSummary',
      'e-1 f-2 - figures.label.en draftFigureNoLabel',
    ]);
    expect(issues.map((i) => i.params)).toEqual([{ lang: 'zh' }, { lang: 'en' }]);
  });

  it('reports what a missing amount holds (null), for the message to say so', () => {
    const d = finishedDraft();
    d.efforts[0]!.figures[0]!.value = null;
    expect(validateDraft(d, registry)).toEqual([
      {
        effortId: 'e-1',
        figureId: 'f-1',
        organisationId: null,
        field: 'figures.value',
        code: 'wrongType',
        params: { expected: 'number', received: 'null', value: '' },
      },
    ]);
  });
});

describe('draftIssues: import errors located at the draft’s spans', () => {
  it('reports a passage or date phrase of blank space at the effort’s span and date span', () => {
    // Selecting the blank line between two paragraphs gives an effort (or a date) no words.
    const d = finishedDraft();
    const blank = draftSpan('\n\n');
    d.efforts[1]!.date!.span = blank;
    d.efforts.push({ ...d.efforts[1]!, id: 'e-3', span: blank, date: null, figures: [] });
    expect(issuesOf(d)).toEqual([
      'e-2 - - date.span nonEmpty',
      'e-3 - - span nonEmpty',
      'e-2 - - date.span quoteNotInSource',
      'e-3 - - span quoteNotInSource',
    ]);
  });

  it('reports a figure outside its quote at the figure’s span, and a blank quote at its quote span', () => {
    // The editor keeps figures inside their quotes; a stored draft of another version may not.
    const d = finishedDraft();
    d.efforts[0]!.figures[0]!.span = draftSpan('200余人次');
    d.efforts[0]!.figures[1]!.quoteSpan = draftSpan('\n\n');
    expect(issuesOf(d)).toEqual([
      'e-1 f-2 - figures.quoteSpan nonEmpty',
      'e-1 f-1 - figures.span figureNotInQuote',
      'e-1 f-2 - figures.span figureNotInQuote',
      'e-1 f-2 - figures.quoteSpan quoteNotInSource',
    ]);
  });
});

describe('draftIssues: import errors located at the draft’s efforts and organisations', () => {
  it('reports a second effort or organisation with an id already in use at that effort or organisation', () => {
    const d = finishedDraft();
    d.efforts[1]!.id = 'e-1';
    d.organisations.push(organisation('miyi-fic'));
    const issues = validateDraft(d, registry);
    expect(issues.map(where)).toEqual(['- - miyi-fic (itself) duplicateId', 'e-1 - - (itself) duplicateId']);
    expect(issues.map((i) => i.params)).toEqual([{ id: 'miyi-fic' }, { id: 'e-1' }]);
  });

  it('locates problems past the tenth effort, figure, organisation and list entry like the first ones', () => {
    const d = finishedDraft();
    const more = Array.from({ length: 9 }, (_, i) => i + 3); // 3 … 11
    // Eleven organisations, the eleventh of a type the vocabulary lacks.
    d.organisations.push(...more.map((n) => organisation(`body-${n}`, n === 11 ? 'ngo' : undefined)));
    const e1 = d.efforts[0]!;
    // Eleven actors and an eleventh one that is no organisation of the draft.
    e1.organisationIds = ['miyi-fic', ...more.map((n) => `body-${n}`), 'ghost'];
    // Eleven figures, the eleventh in a unit the vocabulary lacks.
    const f1 = e1.figures[0]!;
    e1.figures.push(...more.map((n) => ({ ...f1, id: `f-${n + 1}`, unit: n === 11 ? 'kg' : 'yuan' })));
    // Eleven efforts, the eleventh with an activity the vocabulary lacks.
    const e2 = d.efforts[1]!;
    d.efforts.push(
      ...more.map((n) => ({ ...e2, id: `e-${n}`, activities: [n === 11 ? 'knitting' : 'donations'] })),
    );
    expect([d.organisations.length, e1.organisationIds.length, e1.figures.length, d.efforts.length]).toEqual([
      11, 11, 11, 11,
    ]);
    expect(issuesOf(d)).toEqual([
      '- - body-11 type unknownOrganisationType',
      'e-1 - - organisationIds unknownOrganisation',
      'e-1 f-12 - figures.unit unknownUnit',
      'e-11 - - activities unknownActivity',
    ]);
  });

  it('without the registry (still loading) checks every reference but region codes', () => {
    const d = finishedDraft();
    d.efforts[0]!.regionCode = '519999';
    d.efforts[0]!.addresseeIds = ['miyi-fic'];
    expect(validateDraft(d, null).map(where)).toEqual(['e-1 - - addresseeIds addresseeIsActor']);
    expect(issuesOf(d)).toEqual([
      'e-1 - - regionCode unknownRegion',
      'e-1 - - addresseeIds addresseeIsActor',
    ]);
  });
});
