/**
 * The fast path of structural validation (src/data/fast-structure.ts) against zod, the reference:
 * whatever the fast path accepts, zod must accept, with the very same output (keys and their order).
 * Inputs are generated valid datasets with small edits that often keep them valid or nearly so
 * (other valid values, blank text, impossible dates, unknown keys, shuffled keys), so both sides
 * of every rule are reached.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastStructure } from '../../../src/data/fast-structure';
import { datasetSchema } from '../../../src/data/schema';
import { miniDatasetJson } from '../../fixtures/mini-dataset';
import { mutatedDataset, paths, validDataset } from '../fuzz/arbitraries';

const RUNS = Math.max(1000, Number(process.env.FUZZ_RUNS ?? 0));
const params = { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20220909) };
const TIMEOUT = 60_000 + RUNS * 30;

/** Values that are valid somewhere in the schema, or only just not. */
const NEAR = fc.constantFrom<unknown>(
  '510100',
  '51010',
  'a-b',
  '-ab',
  'A',
  ' ',
  '\u3000',
  '',
  '2022-02-28',
  '2022-02-30',
  '2022-13-01',
  '2022-9-1',
  '2022-09-09T11:30:43+08:00',
  'http://x.y/z',
  'ftp://x',
  '1.2.3',
  'approx',
  'exact',
  'at-least',
  'since',
  'on',
  'range',
  'inferred',
  'stated',
  'province',
  'county',
  'zh',
  'en',
  0,
  -0,
  -1,
  0.5,
  1e21,
  2,
  1,
  true,
  null,
  { zh: 'a', en: 'b' },
  [],
  ['x'],
);

type Edit =
  | { kind: 'set'; pick: number; value: unknown }
  | { kind: 'delete'; pick: number }
  | { kind: 'unknownKey'; pick: number; key: string }
  | { kind: 'reverseKeys'; pick: number }
  | { kind: 'undefinedValue'; pick: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), pick: fc.nat(), value: NEAR }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('unknownKey' as const),
    pick: fc.nat(),
    key: fc.constantFrom('extra', '__proto__', 'constructor', 'toString', 'zh'),
  }),
  fc.record({ kind: fc.constant('reverseKeys' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('undefinedValue' as const), pick: fc.nat() }),
);

type Node = Record<string | number, unknown>;

function apply(root: unknown, e: Edit): void {
  const all = paths(root).filter((p) => p.length > 0);
  if (all.length === 0) return;
  const path = all[e.pick % all.length]!;
  let parent = root as Node;
  for (const key of path.slice(0, -1)) parent = parent[key] as Node;
  const last = path[path.length - 1]!;
  const target = parent[last];
  switch (e.kind) {
    case 'set':
      parent[last] = structuredClone(e.value);
      return;
    case 'delete':
      if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
      else delete parent[last];
      return;
    case 'undefinedValue':
      if (!Array.isArray(parent)) parent[last] = undefined;
      return;
    case 'unknownKey':
      // JSON.parse makes "__proto__" an own key; so does defineProperty.
      if (target && typeof target === 'object' && !Array.isArray(target))
        Object.defineProperty(target, e.key, {
          value: 'x',
          enumerable: true,
          writable: true,
          configurable: true,
        });
      return;
    case 'reverseKeys':
      if (target && typeof target === 'object' && !Array.isArray(target))
        parent[last] = Object.fromEntries(Object.entries(target).reverse());
      return;
  }
}

const nearlyValid = fc
  .tuple(validDataset, fc.array(edit, { minLength: 1, maxLength: 3 }))
  .map(([ds, edits]) => {
    const json = structuredClone(ds) as unknown;
    for (const e of edits) apply(json, e);
    return json;
  });

/** The fast path agrees with zod: it accepts only what zod accepts, and returns zod's output. */
function agrees(json: unknown): 'accepted' | 'gave up' {
  const fast = fastStructure(json);
  if (fast === null) return 'gave up';
  const reference = datasetSchema.safeParse(json);
  if (!reference.success)
    throw new Error(`the fast path accepted what zod rejects: ${reference.error.message}`);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(reference.data));
  expect(fast).toStrictEqual(reference.data);
  return 'accepted';
}

/** The mini dataset with every optional field of the schema filled in. */
function fullMini(): Record<string, unknown> {
  const ds = JSON.parse(JSON.stringify(miniDatasetJson())) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  ds.datasetVersion = '1.0.0';
  ds.source.text = '全文';
  ds.units[0].description = { zh: '人数', en: 'People' };
  ds.organisations[0].note = { zh: '注', en: 'Note' };
  ds.organisations[1].collective = false;
  const [first] = ds.efforts;
  first.placeCodes = [first.regionCode];
  first.addresseeIds = [ds.organisations.at(-1).id];
  // In the schema's key order (zod's output), as our exports write it.
  return JSON.parse(JSON.stringify(datasetSchema.parse(ds))) as Record<string, unknown>;
}

describe('fast structural validation agrees with zod', () => {
  it('accepts the full mini dataset as it is, without a copy', () => {
    const full = fullMini();
    expect(agrees(full)).toBe('accepted');
    expect(fastStructure(full)).toBe(full);
  });

  it('leaves to zod objects that JSON.parse does not make (no prototype, another class)', () => {
    const bare = Object.assign(Object.create(null) as object, fullMini());
    expect(fastStructure(bare)).toBeNull();
    class Record {}
    const full = fullMini();
    full.title = Object.assign(new Record(), full.title);
    expect(fastStructure(full)).toBeNull();
    expect(datasetSchema.safeParse(full).success).toBe(true);
  });

  it('agrees with zod on every single edit of every field of a dataset with all optional fields', () => {
    const full = fullMini();
    const values: unknown[] = fc.sample(NEAR, { numRuns: 200, seed: 1 });
    const distinct = [...new Set(values.map((v) => JSON.stringify(v)))].map((v) => JSON.parse(v) as unknown);
    let gaveUp = 0;
    let checked = 0;
    const all = paths(full).filter((p) => p.length > 0);
    for (let pick = 0; pick < all.length; pick += 1) {
      const edits: Edit[] = [
        { kind: 'delete', pick },
        { kind: 'undefinedValue', pick },
        { kind: 'unknownKey', pick, key: 'extra' },
        { kind: 'reverseKeys', pick },
        ...distinct.map((value): Edit => ({ kind: 'set', pick, value })),
      ];
      for (const e of edits) {
        const json = structuredClone(full);
        apply(json, e);
        if (agrees(json) === 'gave up') gaveUp += 1;
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(gaveUp).toBeGreaterThan(checked / 2);
  });

  it(
    `accepts every generated valid dataset, with zod's output (${RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(validDataset, (generated) => {
          // As a file reads (fast-check's records have no prototype: zod takes those, the fast path not).
          const ds = JSON.parse(JSON.stringify(generated)) as unknown;
          expect(agrees(ds)).toBe('accepted');
          // Keys in another order are put in the schema's order, as zod does.
          const shuffled = JSON.parse(JSON.stringify(ds), (_k, v: unknown) =>
            v && typeof v === 'object' && !Array.isArray(v)
              ? Object.fromEntries(Object.entries(v).reverse())
              : v,
          ) as unknown;
          expect(agrees(shuffled)).toBe('accepted');
        }),
        params,
      );
    },
    TIMEOUT,
  );

  it(
    `never accepts what zod rejects, on nearly valid datasets (${RUNS} runs)`,
    () => {
      let accepted = 0;
      let rejectedByZod = 0;
      fc.assert(
        fc.property(nearlyValid, (json) => {
          if (agrees(json) === 'accepted') accepted += 1;
          else if (!datasetSchema.safeParse(json).success) rejectedByZod += 1;
        }),
        params,
      );
      // Both sides were reached: not a property that holds because nothing was ever accepted.
      expect(accepted).toBeGreaterThan(RUNS / 20);
      expect(rejectedByZod).toBeGreaterThan(RUNS / 5);
    },
    TIMEOUT,
  );

  it(
    `never accepts what zod rejects, on randomly damaged datasets (${RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(mutatedDataset, (json) => void agrees(json)),
        params,
      );
    },
    TIMEOUT,
  );
});
