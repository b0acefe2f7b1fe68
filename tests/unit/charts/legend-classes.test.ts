import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildMapOption, type MapModel } from '../../../src/charts/map/build-map-option';
import { classBounds, valueClasses, type ValueClass } from '../../../src/charts/map/value-classes';
import { countPieces } from '../../../src/charts/matrix/build-matrix-option';
import { component, ctxFor } from '../../fixtures/chart-fixtures';

/** Does class `c` (as ECharts reads its bounds) hold `v`? */
function holds(c: ValueClass, v: number): boolean {
  const b = classBounds(c);
  return v >= b.gte && ('lte' in b ? v <= b.lte : v < b.lt);
}
const labels = (values: number[]): string[] => valueClasses(values, 'en').map((c) => c.label);

describe('valueClasses: zero has a class of its own', () => {
  it('max 1: "0" and "1", never "0–1"', () => {
    expect(labels([0, 0, 1, 1])).toEqual(['0', '1']);
  });

  it('max 2: zero apart, then the positive values', () => {
    const classes = valueClasses([0, 1, 2], 'en');
    expect(classes.map((c) => c.label)).toEqual(['0', '1', '2']);
    expect(holds(classes[0]!, 0)).toBe(true);
    expect(holds(classes[0]!, 1)).toBe(false);
  });

  it('all zero: one class "0"', () => {
    expect(labels([0, 0, 0])).toEqual(['0']);
  });

  it('no zero: the classes start at the least value as before', () => {
    expect(labels([1, 1, 5])).toEqual(['1–4', '5']);
  });

  it('a wide range with zeros (timeline play): zero alone, at most five classes in all', () => {
    const values = [0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 20, 40];
    const classes = valueClasses(values, 'en');
    expect(classes[0]!.label).toBe('0');
    expect(classes.length).toBeLessThanOrEqual(5);
    expect(classes.filter((c) => holds(c, 0))).toHaveLength(1);
    expect(classes.slice(1).every((c) => c.min >= 1)).toBe(true);
    expect(classes.map((c) => c.label)).not.toContain('0–1');
  });

  it('every value falls in exactly one class, and the class of 0 holds nothing else', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 60 }),
        (values) => {
          const classes = valueClasses(values, 'zh');
          for (const v of values) expect(classes.filter((c) => holds(c, v))).toHaveLength(1);
          const zeroClass = classes.find((c) => holds(c, 0));
          if (zeroClass) for (const v of values.filter((x) => x > 0)) expect(holds(zeroClass, v)).toBe(false);
        },
      ),
    );
  });
});

describe('legends of the charts', () => {
  type Piece = { value?: number; gte?: number; lt?: number; lte?: number; label: string };
  const inPiece = (p: Piece, v: number): boolean =>
    p.value !== undefined
      ? p.value === v
      : v >= (p.gte ?? -Infinity) && (p.lte !== undefined ? v <= p.lte : v < (p.lt ?? Infinity));

  it('the map legend during timeline play: regions at 0 and at 1 get different classes', () => {
    const value = (code: string, n: number) => ({
      code,
      name: code,
      value: {
        code,
        status: 'value' as const,
        low: n,
        high: n,
        qualifier: 'exact' as const,
        includesApprox: false,
        figure: null,
        effortCount: n,
      },
    });
    const model: MapModel = {
      mapName: 'sichuan',
      // Eleven regions at 0…10 efforts so far: quantile breaks alone would make a class "0–1".
      regions: Array.from({ length: 11 }, (_, n) => value(`5101${String(n).padStart(2, '0')}`, n)),
      metricLabel: 'efforts',
      unitLabel: null,
      selected: null,
    };
    const pieces = component<{ pieces: Piece[] }>(buildMapOption(model, ctxFor('en')), 'visualMap').pieces;
    const of = (v: number) => pieces.filter((p) => inPiece(p, v));
    expect(of(0)).toHaveLength(1);
    expect(of(1)).toHaveLength(1);
    expect(of(0)[0]).not.toBe(of(1)[0]);
    expect(of(0)[0]!.label).toBe('0');
    expect(pieces.map((p) => p.label)).not.toContain('0–1');
  });

  it.each([
    ['max 1', [0, 1, 1]],
    ['max 2', [0, 1, 2]],
    ['all zero', [0, 0]],
    ['a range', [0, 1, 2, 3, 5, 8, 13, 21]],
  ])('matrix and timeline counts (%s): 0 alone, every count in one class', (_name, counts) => {
    const pieces = countPieces(counts, ctxFor('zh')) as Piece[];
    for (const n of counts) expect(pieces.filter((p) => inPiece(p, n))).toHaveLength(1);
    const zero = pieces.find((p) => inPiece(p, 0))!;
    expect(zero.label).toBe('0');
    for (const n of counts.filter((x) => x > 0)) expect(inPiece(zero, n)).toBe(false);
  });
});
