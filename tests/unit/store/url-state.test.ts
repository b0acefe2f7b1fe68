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
  day: '2022-09-04',
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
      '?lang=en&types=private-enterprise,democratic-party&acts=donations&regions=510400&region=510421&drill=510400&metric=unit:person-times&tab=timeline&view=table&day=2022-09-04&org=pzh-firm',
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
});
