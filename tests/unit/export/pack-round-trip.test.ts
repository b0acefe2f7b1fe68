import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/data/model';
import type { DatasetJson } from '../../../src/data/schema';
import { fullDatasetJson, packDatasetJson } from '../../../src/export/data-json';
import { zipPack } from '../../../src/export/pack';
import { importText } from '../../../src/import/import-file';
import { datasetToJson } from '../../../src/import/to-json';
import { bundledJson, readJson, readSourceText } from '../../fixtures/load';
import { miniDatasetJson } from '../../fixtures/mini-dataset';

const NOW = new Date(Date.UTC(2025, 0, 2, 10, 30));
const fixture = (): DatasetJson => readJson<DatasetJson>('tests/fixtures/with-text/dataset.json');

/** Zip `dataset.json` as the pack does, unzip it as a reader would, and import it through the app's path. */
function roundTrip(json: DatasetJson): ReturnType<typeof importText> {
  const zip = zipPack(
    [
      { name: 'README.md', content: '# pack\n' },
      { name: 'dataset.json', content: `${JSON.stringify(json, null, 2)}\n` },
    ],
    NOW,
  );
  const text = strFromU8(unzipSync(zip)['dataset.json']!);
  return importText(text, {
    fileName: 'dataset.json',
    vocabularies: bundledJson(),
    now: '2025-01-02T10:30:00+00:00',
  });
}

describe('the evidence pack re-imports to the same data', () => {
  it('an imported dataset with its text: same efforts, figures, quotes and text', () => {
    const ds = buildDataset(fixture());
    const result = roundTrip(packDatasetJson(ds, null));
    expect(result.ok ? null : result.errors).toBeNull();
    if (!result.ok) return;
    const back = buildDataset(result.value.dataset);
    expect(datasetToJson(back)).toEqual(fixture());
    expect(back.source.text).toBe(fixture().source.text);
    expect(back.efforts.flatMap((e) => e.measures)).toEqual(ds.efforts.flatMap((e) => e.measures));
  });

  it('the bundled dataset, with the bundled report embedded and every quote checked again', () => {
    const ds = buildDataset(bundledJson());
    const packed = packDatasetJson(ds, readSourceText());
    expect(packed.source.text).toBe(readSourceText());
    const result = roundTrip(packed);
    expect(result.ok ? null : result.errors).toBeNull();
    if (!result.ok) return;
    expect(result.value.dataset).toEqual({
      ...bundledJson(),
      source: { ...bundledJson().source, text: readSourceText() },
    });
  });

  it('a pack whose text no longer holds a quote is refused at the quote', () => {
    const packed = packDatasetJson(buildDataset(fixture()), null);
    const broken = {
      ...packed,
      source: { ...packed.source, text: packed.source.text!.replace('1200余户', '1300余户') },
    };
    const result = roundTrip(broken);
    expect(!result.ok && result.errors.map((e) => e.location)).toEqual([
      { kind: 'path', path: 'efforts[0].quote' },
      { kind: 'path', path: 'efforts[0].measures[0].quote' },
    ]);
  });

  it('a dataset without text stays without: the same data, still unverified', () => {
    const ds = buildDataset(miniDatasetJson());
    const packed = packDatasetJson(ds, null);
    expect(packed).toEqual(fullDatasetJson(ds));
    expect('text' in packed.source).toBe(false);
    const result = roundTrip(packed);
    expect(result.ok && result.value.dataset).toEqual(miniDatasetJson());
  });

  it('keeps an embedded text rather than the bundled one', () => {
    const ds = buildDataset(fixture());
    expect(packDatasetJson(ds, 'another text').source.text).toBe(fixture().source.text);
  });
});
