import { describe, expect, it } from 'vitest';
import { buildUnion } from '../../../src/aggregates/union';
import { buildSearchIndex } from '../../../src/aggregates/search';
import { datasetTimeAxis, publicationDays } from '../../../src/aggregates/timeline';
import { buildDataset, type Dataset } from '../../../src/data/model';
import { parseDatasetJson } from '../../../src/data/parse-dataset';
import { bundledDataset, readJson } from '../../fixtures/load';

function load(path: string): Dataset {
  const parsed = parseDatasetJson(readJson(path));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
  return buildDataset(parsed.value);
}

describe('the union of reports with search and the time axis', () => {
  const bundled = bundledDataset();
  const other = load('tests/fixtures/multi/second-report.json');
  const union = buildUnion([bundled, other]);

  it('a passage found by search names its own report, whose text "show in source" opens', () => {
    const texts = buildSearchIndex(union).entries.filter((e) => e.kind === 'text');
    const fromOther = texts.filter((e) => e.id.startsWith(`${other.id}/`));
    expect(fromOther.length).toBeGreaterThan(0);
    expect(fromOther.every((e) => e.datasetId === other.id)).toBe(true);
    const fromBundled = texts.filter((e) => e.id.startsWith(`${bundled.id}/`));
    expect(fromBundled.every((e) => e.datasetId === bundled.id)).toBe(true);
  });

  it('the time axis spans the efforts and publication days of every report, not only the first', () => {
    expect(publicationDays(union)).toEqual([
      ...new Set([...publicationDays(bundled), ...publicationDays(other)]),
    ]);
    const axis = datasetTimeAxis(union);
    const own = [datasetTimeAxis(bundled), datasetTimeAxis(other)];
    expect(axis.from).toBe([own[0]!.from!, own[1]!.from!].sort()[0]);
    expect(axis.to).toBe([own[0]!.to!, own[1]!.to!].sort()[1]);
  });
});
