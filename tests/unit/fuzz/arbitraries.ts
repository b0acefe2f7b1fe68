import fc from 'fast-check';
import type { DatasetJson } from '../../../src/data/schema';
import { miniDatasetJson } from '../../fixtures/mini-dataset';

const ID = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/);
const TEXT = fc.oneof(
  fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== ''),
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    '=HYPERLINK("x")',
    '{a|b}',
    '\u202Eabc',
    'javascript:alert(1)',
  ),
);
const DAY = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2024-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Valid datasets built from the mini dataset's vocabularies and regions, with generated records. */
export const validDataset: fc.Arbitrary<DatasetJson> = fc
  .record({
    id: ID,
    title: fc.record({ zh: TEXT, en: TEXT }),
    orgs: fc.uniqueArray(
      fc.record({
        id: ID,
        zh: TEXT,
        en: TEXT,
        type: fc.nat(2),
        region: fc.nat(5),
        basis: fc.constantFrom('stated', 'inferred', 'unrecorded'),
        reason: fc.record({ zh: TEXT, en: TEXT }),
      }),
      {
        minLength: 1,
        maxLength: 5,
        selector: (o) => o.id,
      },
    ),
    efforts: fc.uniqueArray(
      fc.record({
        id: ID,
        region: fc.nat(5),
        orgPicks: fc.array(fc.nat(100), { minLength: 1, maxLength: 3 }),
        addresseePicks: fc.array(fc.nat(100), { maxLength: 2 }),
        activities: fc.subarray(['testing-site-support', 'donations'], { minLength: 1 }),
        date: fc.option(
          fc.record({ kind: fc.constantFrom('on', 'range', 'since'), a: DAY, b: DAY, quote: TEXT }),
          { nil: null },
        ),
        summary: fc.record({ zh: TEXT, en: TEXT }),
        quote: TEXT,
        measures: fc.array(
          fc.record({
            value: fc.oneof(fc.nat(), fc.double({ min: 0, max: 1e12, noNaN: true, noDefaultInfinity: true })),
            span: fc.option(fc.nat(), { nil: undefined }),
            unit: fc.constantFrom('persons', 'person-times', 'yuan'),
            qualifier: fc.constantFrom('exact', 'at-least', 'approx'),
            figure: TEXT,
            prefix: fc.string({ maxLength: 10 }),
            label: fc.record({ zh: TEXT, en: TEXT }),
          }),
          { maxLength: 3 },
        ),
      }),
      { maxLength: 8, selector: (e) => e.id },
    ),
  })
  .map(({ id, title, orgs, efforts }) => {
    const base = miniDatasetJson();
    const codes = base.regions.map((r) => r.code);
    const types = base.organisationTypes.map((t) => t.id);
    return {
      ...base,
      id,
      title,
      organisations: orgs.map((o) => ({
        id: o.id,
        name: { zh: o.zh, en: o.en },
        type: types[o.type]!,
        typeBasis:
          o.basis === 'inferred' ? { kind: 'inferred' as const, reason: o.reason } : { kind: o.basis },
        regionCode: codes[o.region]!,
      })),
      efforts: efforts.map((e) => {
        const [start, end] = e.date && e.date.a > e.date.b ? [e.date.b, e.date.a] : [e.date?.a, e.date?.b];
        const actors = [...new Set(e.orgPicks.map((k) => orgs[k % orgs.length]!.id))];
        const addressees = [...new Set(e.addresseePicks.map((k) => orgs[k % orgs.length]!.id))].filter(
          (id) => !actors.includes(id),
        );
        return {
          id: e.id,
          regionCode: codes[e.region]!,
          organisationIds: actors,
          ...(addressees.length ? { addresseeIds: addressees } : {}),
          activities: e.activities,
          date: e.date
            ? {
                kind: e.date.kind,
                start: start!,
                end: e.date.kind === 'since' ? null : e.date.kind === 'on' ? start! : end!,
                quote: e.date.quote,
              }
            : null,
          summary: e.summary,
          quote: e.quote,
          measures: e.measures.map((m) => {
            const text = { unit: m.unit, figure: m.figure, label: m.label, quote: `${m.prefix}${m.figure}` };
            // An approximate figure is a range (high absent or ≥ low); the others have a value.
            return m.qualifier === 'approx'
              ? {
                  low: m.value,
                  ...(m.span === undefined ? {} : { high: m.value + m.span }),
                  qualifier: m.qualifier,
                  ...text,
                }
              : { value: m.value, qualifier: m.qualifier, ...text };
          }),
        };
      }),
    } satisfies DatasetJson;
  });

/** Every path (as keys) to a value inside a JSON value. */
export function paths(
  value: unknown,
  prefix: Array<string | number> = [],
  out: Array<Array<string | number>> = [],
) {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

export const REPLACEMENTS = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.string({ maxLength: 20 }),
  fc.constant([]),
  fc.constant({}),
  fc.constant('<script>x</script>'),
  fc.constant('9999-99-99'),
);

/** A valid dataset with 1–4 random edits: deletions or type swaps at random paths. */
export const mutatedDataset = fc
  .tuple(validDataset, fc.array(fc.tuple(fc.nat(), REPLACEMENTS), { minLength: 1, maxLength: 4 }))
  .map(([ds, edits]) => {
    const json = structuredClone(ds) as unknown;
    let root = json;
    for (const [pick, replacement] of edits) {
      const all = paths(root);
      const path = all[pick % all.length]!;
      if (path.length === 0) {
        root = replacement;
        continue;
      }
      let parent = root as Record<string | number, unknown>;
      for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
      const last = path[path.length - 1]!;
      if (replacement === undefined) {
        if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
        else delete parent[last];
      } else parent[last] = replacement;
    }
    return root;
  });
