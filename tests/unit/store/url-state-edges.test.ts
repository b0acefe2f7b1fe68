import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../../src/charts/registry';
import { buildDataset } from '../../../src/data/model';
import { DEFAULT_VIEW, type ViewState } from '../../../src/domain/view';
import { parseViewState, reconcileView, serializeViewState } from '../../../src/store/url-state';
import { miniDatasetJson } from '../../fixtures/mini-dataset';

const parse = (search: string) => parseViewState(search, CHART_IDS);
const mini = buildDataset(miniDatasetJson());
const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });

describe('URL view state: edges', () => {
  it('serialises lists joined by commas, keeping the order', () => {
    const v = view({
      filters: {
        organisationTypes: [],
        activities: ['donations', 'testing-site-support'],
        regions: ['510100', '510400'],
      },
    });
    expect(serializeViewState(v)).toBe('?acts=donations,testing-site-support&regions=510100,510400');
    expect(parse(serializeViewState(v)).view).toEqual(v);
  });

  it('reads explicit defaults and every accepted value', () => {
    expect(parse('?lang=zh&view=chart&metric=efforts').view).toEqual(DEFAULT_VIEW);
    expect(parse('?lang=en&view=table&metric=organisations').view).toEqual(
      view({ lang: 'en', presentation: 'table', metric: 'organisations' }),
    );
    expect(parse('?metric=unit:yuan').view.metric).toBe('unit:yuan');
    expect(parse('?types=&acts=').problems).toEqual([]);
  });

  it('reports the malformed value, clipped to 40 characters', () => {
    const long = 'x'.repeat(45);
    expect(parse(`?lang=${long}`).problems).toEqual([`lang="${'x'.repeat(40)}…"`]);
    expect(parse(`?lang=${'x'.repeat(40)}`).problems).toEqual([`lang="${'x'.repeat(40)}"`]);
    expect(parse('?view=3d&metric=unit:').problems).toEqual(['metric="unit:"', 'view="3d"']);
  });

  it('keeps at most 50 list entries, once each, and says when it cut', () => {
    const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `t${i}`);
    expect(parse(`?types=${ids(50).join(',')}`)).toMatchObject({ problems: [] });
    expect(parse(`?types=${ids(50).join(',')}`).view.filters.organisationTypes).toHaveLength(50);
    const cut = parse(`?types=${ids(51).join(',')}`);
    expect(cut.view.filters.organisationTypes).toEqual(ids(50));
    expect(cut.problems).toHaveLength(1);
    expect(cut.problems[0]).toMatch(/^types="t0,t1,/);
    expect(parse('?types=a,b,a').view.filters.organisationTypes).toEqual(['a', 'b']);
  });

  it('refuses a link longer than 8000 characters, and reads one of exactly 8000', () => {
    const pad = (n: number): string => `?lang=en&x=${'a'.repeat(n - 11)}`;
    expect(pad(8000)).toHaveLength(8000);
    expect(parse(pad(8000))).toEqual({ view: view({ lang: 'en' }), problems: [] });
    expect(parse(pad(8001))).toEqual({ view: DEFAULT_VIEW, problems: ['the link is too long'] });
  });
});

describe('reconcileView: edges', () => {
  it('keeps what the dataset knows', () => {
    const v = view({
      filters: { organisationTypes: ['private-enterprise'], activities: ['donations'], regions: ['510400'] },
      selectedRegion: '510421',
      drill: '510400',
      metric: 'unit:yuan',
    });
    expect(reconcileView(v, mini)).toEqual({ view: v, problems: [] });
  });

  it('names every unknown value per parameter', () => {
    const v = view({
      filters: { organisationTypes: ['x', 'y'], activities: ['z', 'donations'], regions: ['519999'] },
      selectedRegion: '519998',
      metric: 'unit:none',
    });
    const r = reconcileView(v, mini);
    expect(r.problems).toEqual([
      'types="x","y"',
      'acts="z"',
      'regions="519999"',
      'region="519998"',
      'metric="unit:none"',
    ]);
    expect(r.view).toEqual(
      view({ filters: { organisationTypes: [], activities: ['donations'], regions: [] }, metric: 'efforts' }),
    );
  });

  it('drills only into a prefecture the dataset names counties of', () => {
    const drill = (code: string) => reconcileView(view({ drill: code }), mini);
    expect(drill('510400').problems).toEqual([]);
    // Chengdu has no named county, Miyi is a county, 510000 the province, 519999 unknown.
    for (const code of ['510100', '510421', '510000', '519999']) {
      expect(drill(code)).toEqual({ view: DEFAULT_VIEW, problems: [`drill="${code}"`] });
    }
  });
});
