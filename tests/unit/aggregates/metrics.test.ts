import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/data/model';
import { availableMetrics } from '../../../src/aggregates/metrics';
import { miniDatasetJson } from '../../fixtures/mini-dataset';

describe('availableMetrics', () => {
  it('offers counts and each unit that has a figure, in the vocabulary’s order', () => {
    const json = miniDatasetJson();
    const used = new Set(json.efforts.flatMap((e) => e.measures.map((m) => m.unit)));
    const expected = json.units.filter((u) => used.has(u.id)).map((u) => `unit:${u.id}`);
    expect(expected.length).toBeGreaterThan(1);
    expect(availableMetrics(buildDataset(json))).toEqual(['efforts', 'organisations', ...expected]);
  });

  it('leaves out a unit of the vocabulary no figure uses', () => {
    const json = miniDatasetJson();
    json.units.push({ id: 'meals', zh: '份', en: 'meals' });
    expect(availableMetrics(buildDataset(json))).not.toContain('unit:meals');
  });

  it('finds a unit used only by the last figure of the last effort', () => {
    const json = miniDatasetJson();
    json.units.push({ id: 'meals', zh: '份', en: 'meals' });
    const last = json.efforts.at(-1)!;
    last.measures.push({ ...last.measures[0]!, value: 5, unit: 'meals', qualifier: 'exact' });
    expect(availableMetrics(buildDataset(json))).toContain('unit:meals');
  });

  it('offers only counts when no effort has a figure', () => {
    const json = miniDatasetJson();
    for (const e of json.efforts) e.measures = [];
    expect(availableMetrics(buildDataset(json))).toEqual(['efforts', 'organisations']);
  });

  it('orders units as the vocabulary does, not as the figures come', () => {
    const json = miniDatasetJson();
    json.units.reverse();
    const metrics = availableMetrics(buildDataset(json));
    const units = metrics.filter((m) => m.startsWith('unit:')).map((m) => m.slice(5));
    expect(units).toEqual(json.units.map((u) => u.id).filter((id) => units.includes(id)));
  });

  it('is not cut short by a figure in a unit outside the vocabulary', () => {
    const json = miniDatasetJson();
    json.units = json.units.slice(0, 2);
    const [a, b] = json.units;
    // The model does not validate: a stray unit first, then the vocabulary's two.
    json.efforts[0]!.measures = [
      { ...json.efforts[0]!.measures[0]!, unit: 'stray' },
      { ...json.efforts[0]!.measures[0]!, unit: a!.id },
    ];
    json.efforts.at(-1)!.measures = [{ ...json.efforts[0]!.measures[0]!, unit: b!.id }];
    expect(availableMetrics(buildDataset(json))).toEqual([
      'efforts',
      'organisations',
      `unit:${a!.id}`,
      `unit:${b!.id}`,
    ]);
  });
});
