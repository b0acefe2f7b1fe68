import { describe, expect, it } from 'vitest';
import {
  buildMatrixOption,
  EMPTY_CELL_COLOR,
  labelColorFor,
  type CountPiece,
  type MatrixItem,
} from '../../../src/charts/matrix/build-matrix-option';
import { typeActivityMatrix } from '../../../src/aggregates/type-activity-matrix';
import {
  ariaDescription,
  component,
  ctxFor,
  mini,
  seriesOf,
  tooltipText,
} from '../../fixtures/chart-fixtures';

const ds = mini();
const matrix = typeActivityMatrix(ds, ds.efforts);

describe('buildMatrixOption', () => {
  it('places counts at [activity, type] with ids on each item', () => {
    const data = seriesOf(buildMatrixOption(matrix, ctxFor('zh'))).data as unknown as MatrixItem[];
    expect(data).toHaveLength(6);
    const pe = data.find((d) => d.typeId === 'private-enterprise' && d.activityId === 'donations')!;
    expect(pe.value).toEqual([1, 1, 1]);
    const ufd = data.find((d) => d.typeId === 'united-front-department' && d.activityId === 'donations')!;
    expect(ufd.value).toEqual([1, 0, 0]);
  });

  it('shows zeros as unlabelled light cells, non-zeros labelled', () => {
    const option = buildMatrixOption(matrix, ctxFor('zh'));
    const data = seriesOf(option).data as unknown as MatrixItem[];
    expect(data.filter((d) => d.value[2] === 0).every((d) => d.label?.show === false)).toBe(true);
    expect(data.filter((d) => d.value[2] > 0).every((d) => d.label?.show === true)).toBe(true);
    const pieces = component<{ pieces: CountPiece[] }>(option, 'visualMap').pieces;
    expect(pieces[0]).toEqual({ value: 0, label: '0', color: EMPTY_CELL_COLOR });
    expect(pieces.slice(1).every((p) => (p.gte ?? 0) >= 1)).toBe(true);
    expect(pieces.slice(1).map((p) => p.color)).not.toContain(EMPTY_CELL_COLOR);
  });

  it('uses localized, wrapped axis labels', () => {
    const option = buildMatrixOption(matrix, ctxFor('zh'));
    expect(component<{ data: string[] }>(option, 'xAxis').data).toEqual(['核酸检测\n点协助', '捐资捐物']);
    const en = buildMatrixOption(matrix, ctxFor('en'));
    expect(component<{ data: string[] }>(en, 'yAxis').data[0]).toBe('United front departments');
  });

  it('writes the tooltip and description', () => {
    const option = buildMatrixOption(matrix, ctxFor('en'));
    const item = (seriesOf(option).data as unknown as MatrixItem[])[3];
    expect(tooltipText(option, { data: item })).toBe('Private enterprises\nDonations\n1 effort');
    expect(ariaDescription(option)).toContain('3 organisation types × 2 activities');
    expect(ariaDescription(option)).toContain('2 cells are zero');
  });
});

describe('count classes', () => {
  it('spreads classes over distinct counts and picks readable label colours', () => {
    const ctx = ctxFor('en');
    const counts = [0, 0, 1, 1, 1, 1, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 13];
    const pieces = buildMatrixOption(
      {
        types: matrix.types,
        activities: matrix.activities,
        cells: counts.map((n) => ({ type: 'x', activity: 'y', efforts: n })),
      },
      ctx,
    );
    const classes = component<{ pieces: CountPiece[] }>(pieces, 'visualMap').pieces.slice(1);
    expect(classes.length).toBeGreaterThanOrEqual(3);
    expect(classes[0]).toMatchObject({ gte: 1 });
    expect(classes[classes.length - 1]).toMatchObject({ lte: 13 });
    const all = component<{ pieces: CountPiece[] }>(pieces, 'visualMap').pieces;
    expect(labelColorFor(13, all, ctx)).toBe('#ffffff');
    expect(labelColorFor(1, all, ctx)).toBe(ctx.textColor);
  });
});
