import { beforeEach, describe, expect, it } from 'vitest';
import { parseDatasetJson } from '../../../src/data/parse-dataset';
import type { DatasetJson, Organisation } from '../../../src/data/schema';
import { coverageOf } from '../../../src/workbench/coverage';
import { newDraft, reduceDraft, textOf } from '../../../src/workbench/draft-ops';
import {
  DRAFT_ISSUE_CODES,
  draftFromDatasetJson,
  draftToDatasetJson,
  validateDraft,
} from '../../../src/workbench/draft-export';
import type { Draft, DraftAction, Span } from '../../../src/workbench/draft-types';
import { finishedDraft } from '../../fixtures/drafts';
import { bundledJson, readJson, readSourceText, regionRegistry } from '../../fixtures/load';

const registry = regionRegistry();

/** The bundled dataset with its report's text embedded, as an evidence pack or a workbench export has it. */
function bundledWithText(): DatasetJson {
  const json = bundledJson();
  json.source.text = readSourceText();
  return json;
}

function reopen(json: DatasetJson): Draft {
  const result = draftFromDatasetJson(json);
  if (!result.ok) throw new Error(`${result.code} ${JSON.stringify(result.params)}`);
  return result.draft;
}

const run = (d: Draft, ...actions: DraftAction[]): Draft => actions.reduce(reduceDraft, d);

describe('the bundled dataset through the workbench', () => {
  // Built before each test, not once in the describe body: Stryker's per-test coverage only sees
  // code run inside a test or its hooks.
  let original: DatasetJson;
  let draft: Draft;
  let exported: DatasetJson;
  beforeEach(() => {
    original = bundledWithText();
    draft = reopen(bundledWithText());
    exported = draftToDatasetJson(draft, registry);
  });

  it('re-opens every effort, quote, date and figure as spans of the text', () => {
    expect(draft.efforts).toHaveLength(51);
    expect(draft.efforts.flatMap((e) => e.figures)).toHaveLength(48);
    expect(draft.source.text).toBe(readSourceText());
    draft.efforts.forEach((e, i) => {
      const o = original.efforts[i]!;
      expect(e.id).toBe(o.id);
      expect(textOf(draft, e.span)).toBe(o.quote);
      expect(e.date && textOf(draft, e.date.span)).toBe(o.date?.quote ?? null);
      expect(e.figures.map((f) => textOf(draft, f.span))).toEqual(o.measures.map((m) => m.figure));
    });
    // 12 measures quote a sentence of their effort, the other 36 the whole passage.
    expect(draft.efforts.flatMap((e) => e.figures).filter((f) => f.quoteSpan !== undefined)).toHaveLength(12);
    expect(draft.exclusions).toEqual([]);
    expect(draft.nextIds).toEqual({ effort: 1, figure: 49, exclusion: 1, organisation: 1 });
  });

  it('exports the same efforts, organisations, vocabularies and source; differs only in regions and version', () => {
    expect(exported.efforts).toEqual(original.efforts);
    expect(JSON.stringify(exported.efforts)).toBe(JSON.stringify(original.efforts));
    // The documented differences: no datasetVersion (a draft is work in progress), and the regions
    // are those the draft names, with their ancestors, as the registry names them.
    expect(exported.datasetVersion).toBeUndefined();
    expect(original.datasetVersion).toBe('2.0.0');
    const { datasetVersion: _v, regions: _r, ...rest } = original;
    const { regions, ...exportedRest } = exported;
    expect(exportedRest).toEqual(rest);
    expect(regions.map((r) => r.level).join(',')).toMatch(/^province(,prefecture)+(,county)+$/);
    expect(regions).toHaveLength(20);
    const named = new Set([
      ...original.efforts.flatMap((e) => [e.regionCode, ...(e.placeCodes ?? [])]),
      ...original.organisations.map((o) => o.regionCode),
    ]);
    for (const r of regions) {
      expect(named.has(r.code) || regions.some((c) => c.parent === r.code), r.code).toBe(true);
      expect(r).toEqual(registry.byCode.get(r.code));
    }
    const left = original.regions.filter((r) => !regions.some((x) => x.code === r.code));
    expect(left.map((r) => r.level)).toEqual(Array(11).fill('prefecture'));
  });

  it('exports a file the importer accepts, and validation finds nothing', () => {
    const parsed = parseDatasetJson(structuredClone(exported), registry);
    expect(parsed.ok && parsed.value.efforts.length).toBe(51);
    expect(validateDraft(draft, registry)).toEqual([]);
  });

  it('re-opening the export gives the same draft', () => {
    expect(reopen(exported)).toEqual(draft);
  });

  it('has the coverage the bundled dataset is held to: 48 of 50 covered, 2 excluded, 0 open', () => {
    const text = draft.source.text;
    const exclusions = readJson<Array<{ text: string; reason: { zh: string; en: string } }>>(
      'data/figure-exclusions.json',
    );
    let d = draft;
    for (const x of exclusions) {
      for (let at = text.indexOf(x.text); at >= 0; at = text.indexOf(x.text, at + 1)) {
        d = reduceDraft(d, {
          type: 'dismissFigure',
          span: { start: at, end: at + x.text.length },
          kind: 'other',
          reason: x.reason,
        });
      }
    }
    expect(d.exclusions).toHaveLength(25);
    const c = coverageOf(d);
    console.info(
      `coverage of the bundled report: ${c.covered} of ${c.total} covered, ${c.excluded} excluded, ${c.open} open`,
    );
    expect([c.total, c.covered, c.excluded, c.open]).toEqual([50, 48, 2, 0]);
    expect(c.items.filter((i) => i.status === 'excluded').map((i) => i.text)).toEqual(['24小时', '32名']);
    // Without the exclusions, exactly those two are open.
    const bare = coverageOf(draft);
    expect(bare.items.filter((i) => i.status === 'open').map((i) => i.text)).toEqual(['24小时', '32名']);
  });
});

// ---------------------------------------------------------------------------------------------

const TEXT = '攀枝花市米易县工商联捐赠16.8万元,走访数千户。\n9月3日至4日,工商联组织志愿者200余人次。';
const spanOf = (needle: string, from = 0): Span => {
  const start = TEXT.indexOf(needle, from);
  return { start, end: start + needle.length };
};
const org = (id: string, regionCode = '510421'): Organisation => ({
  id,
  name: { zh: '米易县工商联', en: 'Miyi FIC' },
  type: 'federation-of-industry-commerce',
  typeBasis: { kind: 'stated' },
  regionCode,
});
const bundled = bundledJson();

function small(): Draft {
  return newDraft({
    id: 'miyi-test',
    text: TEXT,
    title: { zh: '米易', en: 'Miyi' },
    source: { ...bundled.source },
    vocabularies: bundled,
    updatedAt: '2024-01-01T00:00:00.000Z',
  });
}

/** A finished draft of TEXT: two efforts, three figures (exact, approx, at-least), a date. */
function finished(): Draft {
  return run(
    small(),
    { type: 'addOrganisation', organisation: org('miyi-fic') },
    { type: 'addOrganisation', organisation: org('pzh-ufd', '510400') },
    { type: 'addEffort', span: spanOf('攀枝花市米易县工商联捐赠16.8万元,走访数千户。') },
    {
      type: 'updateEffort',
      effortId: 'e-1',
      patch: {
        regionCode: '510421',
        organisationIds: ['miyi-fic'],
        addresseeIds: ['pzh-ufd'],
        activities: ['donations'],
        summary: { zh: '捐赠', en: 'Donated' },
      },
    },
    {
      type: 'confirmFigure',
      effortId: 'e-1',
      figure: {
        span: spanOf('16.8万元'),
        qualifier: 'exact',
        value: 168000,
        low: null,
        high: null,
        unit: 'yuan',
        label: { zh: '捐赠', en: 'donated' },
      },
    },
    {
      type: 'confirmFigure',
      effortId: 'e-1',
      figure: {
        span: spanOf('数千户'),
        qualifier: 'approx',
        value: null,
        low: 2000,
        high: 9999,
        unit: 'households',
        label: { zh: '走访', en: 'visited' },
        quoteSpan: spanOf('走访数千户。'),
      },
    },
    { type: 'addEffort', span: spanOf('9月3日至4日,工商联组织志愿者200余人次。') },
    {
      type: 'updateEffort',
      effortId: 'e-2',
      patch: {
        regionCode: '510421',
        placeCodes: ['510400'],
        organisationIds: ['miyi-fic'],
        activities: ['community-volunteering'],
        summary: { zh: '志愿', en: 'Volunteered' },
        date: { kind: 'range', start: '2022-09-03', end: '2022-09-04', span: spanOf('9月3日至4日') },
      },
    },
    {
      type: 'confirmFigure',
      effortId: 'e-2',
      figure: {
        span: spanOf('200余人次'),
        qualifier: 'approx',
        value: null,
        low: 200,
        high: null,
        unit: 'person-times',
        label: { zh: '志愿', en: 'volunteering' },
      },
    },
  );
}

describe('draftToDatasetJson', () => {
  it('cuts every quote from the text and writes measures in the schema shape', () => {
    const json = draftToDatasetJson(finished(), registry);
    expect(json.efforts).toEqual([
      {
        id: 'e-1',
        regionCode: '510421',
        organisationIds: ['miyi-fic'],
        addresseeIds: ['pzh-ufd'],
        activities: ['donations'],
        date: null,
        summary: { zh: '捐赠', en: 'Donated' },
        quote: '攀枝花市米易县工商联捐赠16.8万元,走访数千户。',
        measures: [
          {
            value: 168000,
            unit: 'yuan',
            qualifier: 'exact',
            figure: '16.8万元',
            label: { zh: '捐赠', en: 'donated' },
            quote: '攀枝花市米易县工商联捐赠16.8万元,走访数千户。',
          },
          {
            low: 2000,
            high: 9999,
            unit: 'households',
            qualifier: 'approx',
            figure: '数千户',
            label: { zh: '走访', en: 'visited' },
            quote: '走访数千户。',
          },
        ],
      },
      {
        id: 'e-2',
        regionCode: '510421',
        placeCodes: ['510400'],
        organisationIds: ['miyi-fic'],
        activities: ['community-volunteering'],
        date: { kind: 'range', start: '2022-09-03', end: '2022-09-04', quote: '9月3日至4日' },
        summary: { zh: '志愿', en: 'Volunteered' },
        quote: '9月3日至4日,工商联组织志愿者200余人次。',
        measures: [
          {
            low: 200,
            unit: 'person-times',
            qualifier: 'approx',
            figure: '200余人次',
            label: { zh: '志愿', en: 'volunteering' },
            quote: '9月3日至4日,工商联组织志愿者200余人次。',
          },
        ],
      },
    ]);
    expect(Object.keys(json.efforts[0]!)).not.toContain('placeCodes');
    expect(Object.keys(json.efforts[1]!)).not.toContain('addresseeIds');
    expect(Object.keys(json.efforts[1]!.measures[0]!)).not.toContain('high');
    expect(Object.keys(json.efforts[0]!.measures[0]!)).not.toContain('low');
  });

  it('lists the regions named and their ancestors, and embeds the text', () => {
    const json = draftToDatasetJson(finished(), registry);
    expect(json.regions.map((r) => [r.code, r.level, r.parent])).toEqual([
      ['510000', 'province', null],
      ['510400', 'prefecture', '510000'],
      ['510421', 'county', '510400'],
    ]);
    expect(json.source.text).toBe(TEXT);
    expect(json.id).toBe('miyi-test');
    expect(json.schemaVersion).toBe(2);
    expect(draftToDatasetJson(finished(), null).regions).toEqual([]);
    expect(parseDatasetJson(json, registry).ok).toBe(true);
    expect(validateDraft(finished(), registry)).toEqual([]);
  });

  it('lists the regions the efforts name (region and places) even where no organisation is', () => {
    const d = finishedDraft();
    // The organisations are in Miyi County (510421) and Panzhihua (510400).
    d.efforts[0]!.regionCode = '510104'; // Jinjiang District, Chengdu
    d.efforts[1]!.placeCodes = ['510700']; // Mianyang
    expect(draftToDatasetJson(d, registry).regions.map((r) => r.code)).toEqual([
      '510000',
      '510100',
      '510400',
      '510700',
      '510104',
      '510421',
    ]);
  });

  it('orders the regions province, prefectures, counties, each level by code, in whatever order the draft names them', () => {
    const d = finishedDraft();
    d.efforts[0]!.regionCode = '510422'; // Yanbian County, Panzhihua
    d.efforts[0]!.placeCodes = ['510104', '510421']; // Jinjiang District (Chengdu), Miyi County
    d.efforts[1]!.placeCodes = ['511100']; // Leshan: a prefecture whose code sorts after those counties
    const regions = draftToDatasetJson(d, registry).regions;
    expect(regions.map((r) => [r.level, r.code])).toEqual([
      ['province', '510000'],
      ['prefecture', '510100'],
      ['prefecture', '510400'],
      ['prefecture', '511100'],
      ['county', '510104'],
      ['county', '510421'],
      ['county', '510422'],
    ]);
  });

  it('writes a missing region or unit as an empty string, which validation then reports', () => {
    const d = finishedDraft();
    d.efforts[1]!.regionCode = null;
    d.efforts[1]!.figures[0]!.unit = null;
    const effort = draftToDatasetJson(d, registry).efforts[1]!;
    expect(effort.regionCode).toBe('');
    expect(effort.measures[0]!.unit).toBe('');
    expect(validateDraft(d, registry).map((i) => [i.effortId, i.figureId, i.field, i.code])).toEqual([
      ['e-2', null, 'regionCode', 'draftNoRegion'],
      ['e-2', 'f-3', 'figures.unit', 'draftFigureNoUnit'],
    ]);
  });

  it('round-trips a draft made in the workbench', () => {
    const d = finished();
    const back = reopen(draftToDatasetJson(d, registry));
    expect(back.efforts).toEqual(d.efforts);
    expect(back.organisations).toEqual(d.organisations);
    expect(back.nextIds).toEqual({ effort: 3, figure: 4, exclusion: 1, organisation: 1 });
  });
});

describe('draftFromDatasetJson', () => {
  const json = (): DatasetJson => draftToDatasetJson(finished(), registry);

  it('needs the text', () => {
    const { text: _t, ...source } = json().source;
    expect(draftFromDatasetJson({ ...json(), source })).toEqual({
      ok: false,
      code: 'draftNoText',
      params: {},
    });
    expect(draftFromDatasetJson({ ...json(), source: { ...source, text: ' \n' } })).toMatchObject({
      code: 'draftNoText',
    });
  });

  it('says which quote or figure it cannot find', () => {
    const j = json();
    j.efforts[1]!.quote = '不在文中';
    expect(draftFromDatasetJson(j)).toEqual({
      ok: false,
      code: 'draftQuoteNotFound',
      params: { path: 'efforts[1].quote', quote: '不在文中' },
    });
    const k = json();
    k.efforts[1]!.date!.quote = '9月9日';
    expect(draftFromDatasetJson(k)).toEqual({
      ok: false,
      code: 'draftQuoteNotFound',
      params: { path: 'efforts[1].date.quote', quote: '9月9日' },
    });
    const m = json();
    m.efforts[1]!.measures[0]!.figure = '16.8万元'; // in the text, not in this effort's passage
    expect(draftFromDatasetJson(m)).toEqual({
      ok: false,
      code: 'draftFigureNotFound',
      params: { path: 'efforts[1].measures[0].figure', figure: '16.8万元' },
    });
  });

  it('gives a repeated quote its next unused occurrence, and the first when all are used', () => {
    const text = '同一句话。\n同一句话。\n同一句话。\n';
    const j: DatasetJson = { ...json(), source: { ...json().source, text } };
    const effort = { ...j.efforts[1]!, date: null, measures: [], quote: '同一句话。' };
    j.efforts = [effort, { ...effort, id: 'b' }, { ...effort, id: 'c' }, { ...effort, id: 'd' }];
    const d = reopen(j);
    expect(d.efforts.map((e) => e.span)).toEqual([
      { start: 0, end: 5 },
      { start: 6, end: 11 },
      // Taken: the first and the second occurrence, so the third.
      { start: 12, end: 17 },
      { start: 0, end: 5 },
    ]);
  });

  it('finds a figure inside its own effort and quote, each occurrence once', () => {
    const text = '甲:5人。乙:5人,又5人。';
    const base = json();
    const measure = { ...base.efforts[0]!.measures[0]!, figure: '5人', unit: 'persons', value: 5 };
    const j: DatasetJson = {
      ...base,
      source: { ...base.source, text },
      efforts: [
        {
          ...base.efforts[0]!,
          quote: '乙:5人,又5人。',
          measures: [{ ...measure, quote: '乙:5人,又5人。' }, { ...measure, quote: '又5人。' }, measure],
        },
      ],
    };
    j.efforts[0]!.measures[2] = { ...measure, quote: '乙:5人,又5人。' };
    const figures = reopen(j).efforts[0]!.figures;
    expect(figures.map((f) => [f.id, f.span.start, f.quoteSpan?.start ?? null])).toEqual([
      ['f-1', text.indexOf('5人', 7), null],
      ['f-2', text.lastIndexOf('5人'), text.indexOf('又5人')],
      // Both occurrences in the passage are taken: the first again.
      ['f-3', text.indexOf('5人', 7), null],
    ]);
  });

  it('continues the organisation counter after the highest org-N id in the file', () => {
    const j = draftToDatasetJson(finishedDraft(), registry);
    const body = j.organisations[0]!;
    j.organisations.push({ ...body, id: 'org-2' }, { ...body, id: 'org-7' }, { ...body, id: 'xorg-9' });
    // miyi-fic, pzh-ufd and xorg-9 are not numbered ids; org-7 is the highest that is.
    expect(reopen(j).nextIds).toMatchObject({ organisation: 8 });
  });

  it('reads quotes under the whitespace rule: the span keeps the text exactly (a documented difference)', () => {
    const text = '第一行\n第二行捐赠16.8万元。';
    const base = json();
    const j: DatasetJson = {
      ...base,
      source: { ...base.source, text },
      efforts: [
        {
          ...base.efforts[0]!,
          quote: '第一行 第二行捐赠16.8万元。',
          measures: [{ ...base.efforts[0]!.measures[0]!, quote: '第一行 第二行捐赠16.8万元。' }],
        },
      ],
    };
    const d = reopen(j);
    expect(textOf(d, d.efforts[0]!.span)).toBe(text);
    expect(draftToDatasetJson(d, registry).efforts[0]!.quote).toBe(text);
  });

  it('prefers a date phrase inside the effort, else takes it anywhere in the text', () => {
    const text = '9月3日,甲。乙在9月3日。';
    const base = json();
    const effort = {
      ...base.efforts[1]!,
      quote: '乙在9月3日。',
      measures: [],
      date: { kind: 'on' as const, start: '2022-09-03', end: '2022-09-03', quote: '9月3日' },
    };
    const j: DatasetJson = {
      ...base,
      source: { ...base.source, text },
      efforts: [effort, { ...effort, id: 'b', quote: '甲。' }],
    };
    const d = reopen(j);
    expect(d.efforts.map((e) => e.date!.span.start)).toEqual([text.lastIndexOf('9月3日'), 0]);
  });
});

describe('validateDraft', () => {
  it('an empty draft says so, and only that', () => {
    expect(validateDraft(small(), registry)).toEqual([
      {
        effortId: null,
        figureId: null,
        organisationId: null,
        field: 'efforts',
        code: 'draftEmpty',
        params: {},
      },
    ]);
  });

  it('locates every problem of a half-done draft to its effort, figure, organisation and field, once', () => {
    const d = run(
      finished(),
      { type: 'addEffort', span: spanOf('工商联组织志愿者') },
      {
        type: 'confirmFigure',
        effortId: 'e-3',
        figure: {
          span: spanOf('志愿者'),
          qualifier: 'exact',
          value: null,
          low: null,
          high: null,
          unit: null,
          label: { zh: '', en: 'volunteers' },
        },
      },
      { type: 'updateEffort', effortId: 'e-1', patch: { addresseeIds: ['miyi-fic'], regionCode: '519999' } },
      {
        type: 'updateOrganisation',
        organisationId: 'pzh-ufd',
        patch: { name: { zh: '攀枝花市委统战部', en: '' }, type: 'nonsense' },
      },
      { type: 'setMeta', source: { url: 'ftp://x' } },
    );
    const issues = validateDraft(d, registry);
    const at = (i: (typeof issues)[number]): string =>
      [i.effortId ?? '-', i.figureId ?? '-', i.organisationId ?? '-', i.field, i.code].join(' ');
    expect(issues.map(at)).toEqual([
      'e-3 - - regionCode draftNoRegion',
      'e-3 - - organisationIds draftNoActor',
      'e-3 - - activities draftNoActivity',
      'e-3 - - summary.zh draftNoSummary',
      'e-3 - - summary.en draftNoSummary',
      'e-3 f-4 - figures.unit draftFigureNoUnit',
      'e-3 f-4 - figures.label.zh draftFigureNoLabel',
      '- - - source.url httpUrl',
      '- - pzh-ufd name.en nonEmpty',
      'e-3 f-4 - figures.value wrongType',
      '- - pzh-ufd type unknownOrganisationType',
      'e-1 - - regionCode unknownRegion',
      'e-1 - - addresseeIds addresseeIsActor',
    ]);
    expect(issues.find((i) => i.code === 'draftNoSummary' && i.field === 'summary.en')?.params).toEqual({
      lang: 'en',
    });
    expect(issues.find((i) => i.code === 'unknownRegion')?.params).toEqual({ code: '519999' });
    // One issue a place: no field carries two (the import's nonEmpty / tooFew / idFormat for the fields
    // the draft checks name are left out).
    expect(
      new Set(issues.map((i) => `${i.effortId} ${i.figureId} ${i.organisationId} ${i.field}`)).size,
    ).toBe(issues.length);
    for (const i of issues.filter((x) => x.code.startsWith('draft'))) {
      expect(DRAFT_ISSUE_CODES).toContain(i.code);
    }
  });

  it('without the registry (still loading), region codes are not checked', () => {
    const d = run(finished(), { type: 'updateEffort', effortId: 'e-1', patch: { regionCode: '519999' } });
    expect(validateDraft(d, null)).toEqual([]);
    expect(validateDraft(d, registry).map((i) => [i.effortId, i.field, i.code])).toEqual([
      ['e-1', 'regionCode', 'unknownRegion'],
    ]);
  });
});
