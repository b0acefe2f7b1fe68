import { describe, expect, it } from 'vitest';
import { lighten } from '../../../src/charts/chart-common';
import { buildTypeBarOption, typeBarMinHeight } from '../../../src/charts/type-bar/build-type-bar-option';
import { defaultChartContext } from '../../../src/charts/chart-context';
import { countByOrganisationType } from '../../../src/aggregates/by-organisation-type';
import {
  ariaDescription,
  component,
  ctxFor,
  mini,
  seriesOf,
  tooltipText,
} from '../../fixtures/chart-fixtures';

const ds = mini();
const rows = countByOrganisationType(ds, ds.efforts);

describe('buildTypeBarOption', () => {
  it('has an efforts and an organisations series (stated + inferred types, stacked) with a legend', () => {
    const option = buildTypeBarOption({ rows }, ctxFor('en'));
    expect(seriesOf(option, 0).data.map((d) => d.value)).toEqual([1, 2, 1]);
    // The private-enterprise firm is typed by inference: its organisations bar is all "inferred".
    expect(seriesOf(option, 1).data.map((d) => d.value)).toEqual([1, 0, 1]);
    // No inferred part where there is none (not a zero-wide outlined bar).
    expect(seriesOf(option, 2).data.map((d) => d.value)).toEqual([null, 1, null]);
    expect(seriesOf(option, 1).stack).toBe('organisations');
    expect(seriesOf(option, 2).stack).toBe('organisations');
    expect(seriesOf(option, 0).stack).toBeUndefined();
    // The end of the stack is labelled with the whole count of organisations, once.
    expect(seriesOf(option, 2).label!.formatter!({ dataIndex: 1 })).toBe('1');
    expect(seriesOf(option, 1).label!.formatter!({ dataIndex: 0 })).toBe('1');
    expect(seriesOf(option, 1).data.map((d) => d.label)).toEqual([undefined, { show: false }, undefined]);
    expect(seriesOf(option, 0).data.map((d) => d.typeId)).toEqual(ds.organisationTypes.map((t) => t.id));
    expect(component<{ data: string[] }>(option, 'legend').data).toEqual([
      'Efforts',
      'Organisations involved',
      'of which type inferred',
    ]);
    expect(component<{ data: string[] }>(option, 'yAxis').data[0]).toBe('United front\ndepartments');
  });

  it('colours bars by type in vocabulary order; organisations lighter and patterned', () => {
    const ctx = ctxFor('zh');
    const option = buildTypeBarOption({ rows }, ctx);
    type Style = { color: string; opacity?: number; decal?: unknown };
    const eff = seriesOf(option, 0).data.map((d) => d.itemStyle as Style);
    const org = seriesOf(option, 1).data.map((d) => d.itemStyle as Style);
    expect(eff.map((s) => s.color)).toEqual(ctx.categoryColors.slice(0, 3));
    expect(org[1]!.color).toBe(lighten(ctx.categoryColors[1]!, 0.45));
    expect(org[1]!.color).not.toBe(eff[1]!.color);
    expect(eff[0]!.decal).toBeUndefined();
    expect(org[0]!.decal).toBeDefined();
  });

  it('outlines the selected type', () => {
    const option = buildTypeBarOption({ rows, selected: 'private-enterprise' }, ctxFor('zh'));
    const widths = seriesOf(option, 0).data.map((d) => (d.itemStyle as { borderWidth?: number }).borderWidth);
    expect(widths).toEqual([undefined, 2, undefined]);
  });

  it('writes tooltips and a description in the interface language', () => {
    const zh = buildTypeBarOption({ rows }, ctxFor('zh'));
    expect(tooltipText(zh, { dataIndex: 1, seriesIndex: 0 })).toBe(
      '民营企业\n行动数：2\n参与组织数：1\n1 个中 1 个为推断',
    );
    const en = buildTypeBarOption({ rows }, ctxFor('en'));
    expect(tooltipText(en, { dataIndex: 0, seriesIndex: 2 })).toBe(
      'United front departments\nEfforts: 1\nOrganisations involved: 1\n0 of 1 inferred',
    );
    expect(ariaDescription(en)).toContain(
      'Organisations typed by inference: Private enterprises 1 of 1 inferred.',
    );
    expect(ariaDescription(zh)).toContain('类型为推断的组织：民营企业 1 个中 1 个为推断。');
    const odd = [{ ...rows[0]!, type: { ...rows[0]!.type, en: '{a|b}' } }];
    expect(tooltipText(buildTypeBarOption({ rows: odd }, ctxFor('en')), { dataIndex: 0 })).toMatch(
      /^｛a｜b｝\n/,
    );
    expect(ariaDescription(zh)).toContain('行动最多：民营企业 2');
    const stated = rows.map((r) => ({ ...r, inferredOrganisations: 0 }));
    expect(ariaDescription(buildTypeBarOption({ rows: stated }, ctxFor('en')))).toContain(
      'Every organisation is typed as the text states.',
    );
    const unrecorded = rows.map((r) => ({ ...r, inferredOrganisations: 0, unrecordedOrganisations: 1 }));
    expect(tooltipText(buildTypeBarOption({ rows: unrecorded }, ctxFor('en')), { dataIndex: 0 })).toContain(
      '1 with no recorded type basis',
    );
    expect(ariaDescription(buildTypeBarOption({ rows: unrecorded }, ctxFor('zh')))).toContain(
      '3 个组织未记录类型依据',
    );
    const empty = countByOrganisationType(ds, []);
    expect(ariaDescription(buildTypeBarOption({ rows: empty }, ctxFor('en')))).toContain(
      '3 types have no effort under the current filters',
    );
  });
});

describe('typeBarMinHeight', () => {
  const row = (id: string, en: string) => ({
    type: { id, zh: id, en },
    efforts: 1,
    organisations: 1,
    inferredOrganisations: 0,
    unrecordedOrganisations: 0,
  });
  const phone = defaultChartContext('en', false, false, true);
  const long = 'non-party intellectuals and new social groups'; // three lines at 22 characters
  const labels = (rows: ReturnType<typeof row>[]) =>
    component<{ data: string[] }>(buildTypeBarOption({ rows }, phone), 'yAxis').data;

  it('gives every band the height of the tallest wrapped name, for every type', () => {
    const short = [row('a', 'party'), row('b', 'firm')];
    const withLong = [row('a', 'party'), row('b', long)];
    expect(labels(withLong)[1]!.split('\n')).toHaveLength(3);
    // Two short names: the bars' own minimum; one three-line name: both bands hold three lines.
    const chrome = typeBarMinHeight({ rows: [] }, phone);
    expect(typeBarMinHeight({ rows: short }, phone)).toBe(chrome + 2 * 30);
    expect(typeBarMinHeight({ rows: withLong }, phone)).toBe(chrome + 2 * (3 * 14 + 8));
  });

  it('grows with the number of types and leaves room for the legend above the grid', () => {
    const many = Array.from({ length: 20 }, (_, i) => row(`t${i}`, `type ${i}`));
    expect(typeBarMinHeight({ rows: many }, phone)).toBeGreaterThan(20 * 30);
    const grid = component<{ top: number }>(buildTypeBarOption({ rows: many }, phone), 'grid');
    expect(typeBarMinHeight({ rows: [] }, phone)).toBeGreaterThan(grid.top);
    // On a laptop the legend takes one line: less room above the bands.
    const laptop = defaultChartContext('en', false, false, false);
    expect(typeBarMinHeight({ rows: many }, laptop)).toBeLessThan(typeBarMinHeight({ rows: many }, phone));
  });
});
