import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDatasetJson, parseDatasetText, type DatasetError } from '../../../src/data/parse-dataset';
import { isDatasetErrorCode } from '../../../src/data/dataset-errors';
import { formatDatasetError } from '../../../src/i18n/messages-validation';
import { parseDatasetJsonFile } from '../../../src/import/json-import';
import { formatIssue } from '../../../src/i18n/import-issues';
import type { ImportIssue } from '../../../src/import/issues';
import { mutatedDataset, validDataset } from './arbitraries';

/** Each property runs at least this many generated inputs (FUZZ_RUNS raises it). */
const RUNS = Math.max(1000, Number(process.env.FUZZ_RUNS ?? 0));
const SEED = Number(process.env.FUZZ_SEED ?? 20220909);
const params = { numRuns: RUNS, seed: SEED };
/** Generous: the runs take a few seconds, more on a busy machine or with FUZZ_RUNS raised. */
const TIMEOUT = 60_000 + RUNS * 30;

function isLocated(errors: DatasetError[]): boolean {
  return (
    errors.length > 0 &&
    errors.every(
      (e) => e.path.length > 0 && isDatasetErrorCode(e.code) && formatDatasetError(e, 'zh').length > 0,
    )
  );
}

function issuesRender(errors: ImportIssue[]): boolean {
  return (
    errors.length > 0 &&
    errors.every(
      (e) => e.code !== 'unexpected' && formatIssue(e, 'zh').length > 0 && formatIssue(e, 'en').length > 0,
    )
  );
}

describe('dataset parser (property-based)', () => {
  it(
    `accepts every generated valid dataset and round-trips it through JSON (${RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(validDataset, (ds) => {
          const parsed = parseDatasetJson(ds);
          if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
          const again = parseDatasetText(JSON.stringify(parsed.value));
          expect(again).toEqual({ ok: true, value: parsed.value });
          expect(parseDatasetJsonFile(JSON.stringify(ds)).ok).toBe(true);
        }),
        params,
      );
    },
    TIMEOUT,
  );

  it(
    `returns a dataset or located errors for mutated datasets, never throws (${RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(mutatedDataset, (json) => {
          const parsed = parseDatasetJson(json);
          if (!parsed.ok) expect(isLocated(parsed.errors)).toBe(true);
          const viaFile = parseDatasetJsonFile(JSON.stringify(json) ?? '');
          expect(viaFile.ok).toBe(parsed.ok);
          if (!viaFile.ok) expect(issuesRender(viaFile.errors)).toBe(true);
        }),
        params,
      );
    },
    TIMEOUT,
  );

  it(
    `returns located errors for truncated JSON text, never throws (${RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(validDataset, fc.double({ min: 0, max: 1, noNaN: true }), (ds, at) => {
          const text = JSON.stringify(ds);
          const cut = text.slice(0, Math.floor(text.length * at));
          const parsed = parseDatasetText(cut);
          if (cut.length < text.length) expect(parsed.ok).toBe(false);
          if (!parsed.ok) expect(isLocated(parsed.errors)).toBe(true);
          const viaFile = parseDatasetJsonFile(cut);
          if (!viaFile.ok) expect(issuesRender(viaFile.errors)).toBe(true);
        }),
        params,
      );
    },
    TIMEOUT,
  );

  it(
    `handles random unicode text and random JSON values, never throws (${RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(
          fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.json({ maxDepth: 4 })),
          (text) => {
            const parsed = parseDatasetText(text);
            expect(parsed.ok).toBe(false);
            if (!parsed.ok) expect(isLocated(parsed.errors)).toBe(true);
            const viaFile = parseDatasetJsonFile(text);
            expect(viaFile.ok).toBe(false);
            if (!viaFile.ok) expect(issuesRender(viaFile.errors)).toBe(true);
          },
        ),
        params,
      );
    },
    TIMEOUT,
  );
});
