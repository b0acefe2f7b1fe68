import { describe, expect, it } from 'vitest';
import { checkDraftShape } from '../../../src/workbench/draft-shape';
import { DRAFT_TEXT, finishedDraft } from '../../fixtures/drafts';

/**
 * `checkDraftShape` decides whether a record read back from storage can be shown by the workbench:
 * null for a sound draft, else the path of its first bad field (which the drafts list shows for a
 * skipped draft, and `loadDraft` returns as `corrupted`). A record is refused rather than repaired.
 */

/** `efforts[0].figures[1].quoteSpan` → ['efforts', 0, 'figures', 1, 'quoteSpan'] */
const keysOf = (path: string): (string | number)[] =>
  (path.match(/[^.[\]]+/g) ?? []).map((k) => (/^\d+$/.test(k) ? Number(k) : k));

const REMOVED = Symbol('removed');

/** The finished draft as stored, with the field at `path` replaced by `value` (or removed). */
function stored(path: string, value: unknown): unknown {
  const draft: unknown = structuredClone(finishedDraft());
  const keys = keysOf(path);
  const last = keys.pop()!;
  const parent = keys.reduce((o, k) => (o as Record<string | number, unknown>)[k], draft) as Record<
    string | number,
    unknown
  >;
  if (value === REMOVED) delete parent[last];
  else parent[last] = value;
  return draft;
}

/** The path the shape check names for the draft with `path` set to `value`. */
const problemWith = (path: string, value: unknown): string | null => checkDraftShape(stored(path, value));

describe('checkDraftShape: sound drafts load', () => {
  it('accepts a finished draft with figures of every qualifier (exact, at-least, approx) and a dated effort', () => {
    const draft = finishedDraft();
    expect(draft.efforts.flatMap((e) => e.figures.map((f) => f.qualifier))).toEqual([
      'exact',
      'approx',
      'at-least',
    ]);
    expect(checkDraftShape(draft)).toBeNull();
  });

  it('accepts the states of a draft in progress: no region, no unit, no date, no amount, no figures', () => {
    expect(problemWith('efforts[0].regionCode', null)).toBeNull();
    expect(problemWith('efforts[0].figures[0].unit', null)).toBeNull();
    expect(problemWith('efforts[0].figures[0].value', null)).toBeNull();
    expect(problemWith('efforts[1].date', null)).toBeNull();
    expect(problemWith('efforts[1].figures', [])).toBeNull();
    expect(problemWith('efforts', [])).toBeNull();
  });

  it('accepts a date of each kind: on a day, over a range, since a day', () => {
    const span = { start: 0, end: 4 };
    expect(
      problemWith('efforts[1].date', { kind: 'on', start: '2022-09-03', end: '2022-09-03', span }),
    ).toBeNull();
    expect(
      problemWith('efforts[1].date', { kind: 'range', start: '2022-09-03', end: '2022-09-04', span }),
    ).toBeNull();
    expect(
      problemWith('efforts[1].date', { kind: 'since', start: '2022-09-03', end: null, span }),
    ).toBeNull();
  });

  it('accepts a report in English, and a report that was not reprinted (reprintedFrom null)', () => {
    expect(problemWith('source.language', 'en')).toBeNull();
    expect(problemWith('source.reprintedFrom', null)).toBeNull();
  });

  it('accepts dismissed figures of every kind of exclusion', () => {
    const kinds = ['date', 'time', 'section', 'name', 'repeat', 'other'];
    const exclusions = kinds.map((kind, i) => ({
      id: `x-${i + 1}`,
      span: { start: i, end: i + 1 },
      kind,
      reason: { zh: '不是数字', en: 'not a figure' },
    }));
    expect(problemWith('exclusions', exclusions)).toBeNull();
  });

  it('accepts a figure without its own quote (it quotes the whole passage)', () => {
    expect(problemWith('efforts[0].figures[1].quoteSpan', REMOVED)).toBeNull();
  });

  it('accepts an older draft without id counters, and counters from 0 up (new ids never reuse one in use)', () => {
    expect(problemWith('nextIds', REMOVED)).toBeNull();
    expect(problemWith('nextIds', { effort: 0, figure: 0, exclusion: 0, organisation: 0 })).toBeNull();
    expect(problemWith('nextIds.figure', -1)).toBe('nextIds.figure');
    expect(problemWith('nextIds.exclusion', 1.5)).toBe('nextIds.exclusion');
  });
});

describe('checkDraftShape: a damaged or foreign record is refused, naming its first bad field', () => {
  it('names the root, the version or the text when the record is not a draft of this version', () => {
    expect(checkDraftShape(null)).toBe('(root)');
    expect(checkDraftShape([finishedDraft()])).toBe('(root)');
    expect(problemWith('draftVersion', 2)).toBe('draftVersion');
    expect(problemWith('source.text', REMOVED)).toBe('source.text');
    expect(problemWith('source', 'a report')).toBe('source.text');
  });

  it('refuses a draft id that is not a non-empty string (it is the key in storage)', () => {
    expect(problemWith('id', 42)).toBe('id');
    expect(problemWith('id', '')).toBe('id');
  });

  it('refuses a group of fields that is not an object, naming the group', () => {
    expect(problemWith('title', 'Miyi FIC')).toBe('title');
    expect(problemWith('source.publisher', null)).toBe('source.publisher');
    expect(problemWith('efforts[0].summary', ['捐赠', 'Donated'])).toBe('efforts[0].summary');
    expect(problemWith('efforts[0].figures[0]', 'f-1')).toBe('efforts[0].figures[0]');
  });

  it('refuses a list that is not an array, naming the list', () => {
    expect(problemWith('efforts', {})).toBe('efforts');
    expect(problemWith('organisations', null)).toBe('organisations');
    expect(problemWith('efforts[0].organisationIds', 'miyi-fic')).toBe('efforts[0].organisationIds');
  });

  it('names the first bad entry of a list, also when the entries before it are sound', () => {
    expect(problemWith('units[2].en', 3)).toBe('units[2].en');
    expect(problemWith('efforts[1].figures[0].id', 3)).toBe('efforts[1].figures[0].id');
    expect(problemWith('efforts[0].activities[1]', 7)).toBe('efforts[0].activities[1]');
  });

  it('checks every field of the source, and a reprint is named in both languages or null', () => {
    expect(problemWith('source.title', REMOVED)).toBe('source.title');
    expect(problemWith('source.url', null)).toBe('source.url');
    expect(problemWith('source.language', 'fr')).toBe('source.language');
    expect(problemWith('source.reprintedFrom', '四川在线')).toBe('source.reprintedFrom');
    expect(problemWith('source.reprintedFrom', { zh: '四川在线' })).toBe('source.reprintedFrom.en');
  });

  it('checks every field of an organisation, down to the kind of its type basis', () => {
    expect(problemWith('organisations[1].name', REMOVED)).toBe('organisations[1].name');
    expect(problemWith('organisations[1].regionCode', 510400)).toBe('organisations[1].regionCode');
    expect(problemWith('organisations[1].typeBasis', {})).toBe('organisations[1].typeBasis.kind');
  });

  it('refuses a code that should be a string or null (region, unit)', () => {
    expect(problemWith('efforts[0].regionCode', 510421)).toBe('efforts[0].regionCode');
    expect(problemWith('efforts[0].figures[0].unit', ['yuan'])).toBe('efforts[0].figures[0].unit');
  });

  it('refuses an amount that is not a finite number or null', () => {
    expect(problemWith('efforts[0].figures[0].value', '16.8万')).toBe('efforts[0].figures[0].value');
    expect(problemWith('efforts[0].figures[0].value', Number.NaN)).toBe('efforts[0].figures[0].value');
    expect(problemWith('efforts[0].figures[1].high', Infinity)).toBe('efforts[0].figures[1].high');
  });

  it('refuses a value outside its closed list (qualifier, exclusion kind, date kind)', () => {
    expect(problemWith('efforts[0].figures[0].qualifier', 'about')).toBe('efforts[0].figures[0].qualifier');
    const exclusion = { id: 'x-1', span: { start: 0, end: 1 }, kind: 'typo', reason: { zh: '', en: '' } };
    expect(problemWith('exclusions', [exclusion])).toBe('exclusions[0].kind');
    expect(problemWith('efforts[1].date.kind', 'before')).toBe('efforts[1].date.kind');
  });

  it('checks a date field by field: kind, start, end, and the span of its words', () => {
    expect(problemWith('efforts[1].date', '2022-09-03')).toBe('efforts[1].date');
    expect(problemWith('efforts[1].date.start', null)).toBe('efforts[1].date.start');
    expect(problemWith('efforts[1].date.end', 20220904)).toBe('efforts[1].date.end');
    expect(problemWith('efforts[1].date.span', REMOVED)).toBe('efforts[1].date.span');
  });
});

describe('checkDraftShape: every span is a non-empty stretch of the text, in whole offsets', () => {
  const L = DRAFT_TEXT.length;

  it('accepts a span from the first to the last character of the text', () => {
    expect(problemWith('efforts[0].span', { start: 0, end: L })).toBeNull();
  });

  it.each([
    ['missing', null],
    ['not an object', '0-10'],
    ['a fractional start', { start: 0.5, end: 10 }],
    ['a fractional end', { start: 0, end: 10.5 }],
    ['a start given as a string', { start: '0', end: 10 }],
    ['an end given as a string', { start: 0, end: '10' }],
    ['a negative start', { start: -1, end: 10 }],
    ['an empty span (start = end)', { start: 10, end: 10 }],
    ['a reversed span', { start: 10, end: 5 }],
    ['past the end of the text', { start: 0, end: L + 1 }],
  ])('refuses a span %s', (_what, span) => {
    expect(problemWith('efforts[0].span', span)).toBe('efforts[0].span');
  });

  it("checks every span of the draft: figures', figure quotes', dates' and exclusions'", () => {
    const outside = { start: L, end: L + 2 };
    expect(problemWith('efforts[0].figures[1].span', outside)).toBe('efforts[0].figures[1].span');
    expect(problemWith('efforts[0].figures[1].quoteSpan', outside)).toBe('efforts[0].figures[1].quoteSpan');
    expect(problemWith('efforts[1].date.span', outside)).toBe('efforts[1].date.span');
    const exclusion = { id: 'x-1', span: outside, kind: 'other', reason: { zh: '', en: '' } };
    expect(problemWith('exclusions', [exclusion])).toBe('exclusions[0].span');
  });
});
