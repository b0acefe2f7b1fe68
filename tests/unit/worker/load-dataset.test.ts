import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { effortIndexOf } from '../../../src/aggregates/effort-index';
import { BUILD_VALIDATED_SHA256, isBuildValidated } from '../../../src/data/build-validated';
import { DatasetValidationError } from '../../../src/data/dataset-errors';
import { parseDatasetText } from '../../../src/data/parse-dataset';
import { BUNDLED_DATASET_URL } from '../../../src/data/queries';
import { loadDataset } from '../../../src/worker/load-dataset';
import { modelDatasetBytes, modelDatasetText, validateDatasetBytes } from '../../../src/worker/validate';
import { miniDatasetJson } from '../../fixtures/mini-dataset';

const bundledBytes = readFileSync('data/dataset.json');
const encode = (text: string): ArrayBuffer => new TextEncoder().encode(text).buffer as ArrayBuffer;
const copy = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

function serve(url: string, body: ArrayBuffer): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (requested: string) =>
      requested === url ? new Response(body.slice(0)) : new Response('not found', { status: 404 }),
    ),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the build-validated bundled dataset', () => {
  it('is vouched for by the build with the SHA-256 of data/dataset.json', () => {
    expect(BUILD_VALIDATED_SHA256).toBe(createHash('sha256').update(bundledBytes).digest('hex'));
  });

  it('matches only the exact bytes the build validated', async () => {
    expect(await isBuildValidated(copy(bundledBytes))).toBe(true);
    const changed = new Uint8Array(bundledBytes);
    changed[changed.length - 2] = changed[changed.length - 2]! ^ 1;
    expect(await isBuildValidated(copy(changed))).toBe(false);
    expect(await isBuildValidated(copy(bundledBytes), null)).toBe(false);
  });

  it('loads from the bundled URL as the validator would have read it', async () => {
    serve(BUNDLED_DATASET_URL, copy(bundledBytes));
    const loaded = await loadDataset(BUNDLED_DATASET_URL);
    const parsed = parseDatasetText(bundledBytes.toString('utf8'));
    if (!parsed.ok) throw new Error('the bundled dataset must validate');
    expect(loaded.id).toBe(parsed.value.id);
    expect(
      loaded.efforts.map(
        ({ index: _i, prefectureCode: _p, organisationTypes: _t, datasetId: _d, localId: _l, ...e }) => e,
      ),
    ).toEqual(parsed.value.efforts);
  });

  it('validates anything else served at the bundled URL, and rejects what fails', async () => {
    const broken = miniDatasetJson() as unknown as { efforts: Array<{ regionCode: string }> };
    broken.efforts[0]!.regionCode = '519999';
    serve(BUNDLED_DATASET_URL, encode(JSON.stringify(broken)));
    const error = await loadDataset(BUNDLED_DATASET_URL).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetValidationError);
    expect((error as DatasetValidationError).errors[0]).toMatchObject({
      path: 'efforts[0].regionCode',
      code: 'unknownRegion',
    });
  });

  it('validates a dataset from another URL (no worker here: on the page, the same checks)', async () => {
    serve('other.json', encode(JSON.stringify(miniDatasetJson())));
    const loaded = await loadDataset('other.json');
    expect(loaded.id).toBe('mini');
    expect(loaded.efforts).toHaveLength(miniDatasetJson().efforts.length);
  });
});

describe('validating a dataset file (the worker, and the page where workers are unavailable)', () => {
  it('gives the same verdict and errors as parseDatasetText', () => {
    const broken = { ...miniDatasetJson(), units: 'none' };
    const text = JSON.stringify(broken);
    const result = validateDatasetBytes(encode(text));
    const expected = parseDatasetText(text);
    expect(result.ok).toBe(false);
    expect(expected.ok).toBe(false);
    if (!result.ok && !expected.ok) expect(result.errors).toEqual(expected.errors);
    expect(validateDatasetBytes(encode('{'))).toMatchObject({ ok: false, errors: [{ code: 'jsonSyntax' }] });
  });

  it('models and indexes a valid dataset, as the page would', () => {
    const result = validateDatasetBytes(encode(JSON.stringify(miniDatasetJson())));
    if (!result.ok) throw new Error('the mini dataset must validate');
    expect(result.index).toEqual(effortIndexOf(result.dataset));
    expect(result.dataset.efforts.map((e) => e.id)).toEqual(miniDatasetJson().efforts.map((e) => e.id));
  });

  it('reports each phase once, in order, from bytes or from text (invalid files stop at validation)', () => {
    const text = JSON.stringify(miniDatasetJson());
    const seen = (run: (phase: (p: string) => void) => unknown): string[] => {
      const phases: string[] = [];
      run((p) => phases.push(p));
      return phases;
    };
    expect(seen((p) => validateDatasetBytes(encode(text), p))).toEqual(['validate', 'index']);
    expect(seen((p) => modelDatasetText(text, p))).toEqual(['validate', 'index']);
    expect(seen((p) => validateDatasetBytes(encode('{'), p))).toEqual(['validate']);
    // The worker's path (model, then index after the efforts are sent) reads what the page's does.
    expect(modelDatasetText(text)).toEqual(modelDatasetBytes(encode(text)));
    const page = validateDatasetBytes(encode(text));
    expect(page.ok && { ok: true, dataset: page.dataset }).toEqual(modelDatasetBytes(encode(text)));
  });
});
