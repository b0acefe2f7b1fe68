import { CHART_IDS } from '../../../src/charts/registry';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/data/model';
import { parseViewState, reconcileView, serializeViewState } from '../../../src/store/url-state';
import { DEFAULT_VIEW, type ViewState } from '../../../src/domain/view';
import { miniDatasetJson } from '../../fixtures/mini-dataset';

const full: ViewState = {
  lang: 'en',
  filters: {
    organisationTypes: ['private-enterprise', 'democratic-party'],
    activities: ['donations'],
    regions: ['510400'],
  },
  selectedRegion: '510421',
  drill: '510400',
  metric: 'unit:person-times',
  tab: 'timeline',
  presentation: 'table',
  period: '2022-09-04',
  org: 'pzh-firm',
};

describe('URL view state', () => {
  it('serialises the default view as an empty query', () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
    expect(parseViewState('', CHART_IDS)).toEqual({ view: DEFAULT_VIEW, problems: [] });
  });

  it('round-trips a full view', () => {
    const search = serializeViewState(full);
    expect(search).toBe(
      '?lang=en&types=private-enterprise,democratic-party&acts=donations&regions=510400&region=510421&drill=510400&metric=unit:person-times&tab=timeline&view=table&period=2022-09-04&org=pzh-firm',
    );
    expect(parseViewState(search, CHART_IDS)).toEqual({ view: full, problems: [] });
  });

  it('drops malformed parts with a note and keeps the rest', () => {
    const { view, problems } = parseViewState(
      '?lang=xx&types=%3Cscript%3E,private-enterprise&region=abc&metric=sum:all&tab=evil&day=2022-13-45&view=3d&org=%3Cb%3E',
      CHART_IDS,
    );
    expect(view).toEqual({
      ...DEFAULT_VIEW,
      filters: { ...DEFAULT_VIEW.filters, organisationTypes: ['private-enterprise'] },
    });
    expect(problems).toEqual([
      'types="<script>,private-enterprise"',
      'lang="xx"',
      'region="abc"',
      'metric="sum:all"',
      'tab="evil"',
      'view="3d"',
      'day="2022-13-45"',
      'org="<b>"',
    ]);
  });

  it('never throws on hostile input', () => {
    const inputs = [
      '?%',
      '?types=' + 'a,'.repeat(5000),
      '?' + 'x'.repeat(20000),
      '?region=%00%00',
      '?&&&=&=',
      '?day=javascript:alert(1)',
    ];
    for (const input of inputs) {
      const parsed = parseViewState(input, CHART_IDS);
      expect(parsed.view.filters.organisationTypes.length).toBeLessThanOrEqual(50);
    }
    expect(parseViewState('?' + 'x'.repeat(20000), CHART_IDS).problems).toEqual(['the link is too long']);
  });

  it('reconciles with the dataset: unknown ids and codes are dropped and reported', () => {
    const ds = buildDataset(miniDatasetJson());
    const parsed = parseViewState(
      '?types=guild,private-enterprise&region=519999&drill=510100&metric=unit:bananas&org=no-such-org',
      CHART_IDS,
    );
    const { view, problems } = reconcileView(parsed.view, ds);
    expect(view.filters.organisationTypes).toEqual(['private-enterprise']);
    expect(view.selectedRegion).toBeNull();
    expect(view.drill).toBeNull(); // Chengdu has no named county in the mini dataset
    expect(view.metric).toBe('efforts');
    expect(view.org).toBeNull();
    expect(problems).toEqual([
      'types="guild"',
      'region="519999"',
      'drill="510100"',
      'metric="unit:bananas"',
      'org="no-such-org"',
    ]);
    expect(reconcileView(full, ds).problems).toEqual([]);
  });

  it('reads a period: a day, an ISO week or a month; old `day=` links still work', () => {
    const periodOf = (search: string): string | null => parseViewState(search, CHART_IDS).view.period;
    expect(periodOf('?day=2022-09-03')).toBe('2022-09-03');
    expect(periodOf('?period=2022-09-03')).toBe('2022-09-03');
    expect(periodOf('?period=2020-W06')).toBe('2020-W06');
    expect(periodOf('?period=2020-02')).toBe('2020-02');
    // `period=` wins over an old `day=` in the same link.
    expect(periodOf('?period=2020-02&day=2022-09-03')).toBe('2020-02');
    expect(parseViewState('?period=2021-W53', CHART_IDS).problems).toEqual(['period="2021-W53"']);
    expect(parseViewState('?day=2022-W36', CHART_IDS).view.period).toBe('2022-W36');
    expect(serializeViewState({ ...DEFAULT_VIEW, period: '2020-W06' })).toBe('?period=2020-W06');
  });

  it('drops a period the data does not reach, as a broken part of the link', () => {
    const ds = buildDataset(miniDatasetJson());
    // The mini data runs from 2 Sep (its first dated effort) to 9 Sep 2022 (publication).
    const at = (period: string): ReturnType<typeof reconcileView> =>
      reconcileView({ ...DEFAULT_VIEW, period }, ds);
    expect(at('2022-09-03')).toEqual({ view: { ...DEFAULT_VIEW, period: '2022-09-03' }, problems: [] });
    expect(at('2022-W35').view.period).toBe('2022-W35');
    expect(at('2022-09').view.period).toBe('2022-09');
    expect(at('2022-09-10')).toEqual({ view: DEFAULT_VIEW, problems: ['period="2022-09-10"'] });
    expect(at('2022-09-01').problems).toEqual(['period="2022-09-01"']);
    expect(at('2020-02').problems).toEqual(['period="2020-02"']);
    const undated = miniDatasetJson();
    undated.efforts.forEach((e) => (e.date = null));
    expect(reconcileView({ ...DEFAULT_VIEW, period: '2022-09-03' }, buildDataset(undated)).problems).toEqual([
      'period="2022-09-03"',
    ]);
  });
});
