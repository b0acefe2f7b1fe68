/**
 * Whether a value read back from storage (or anywhere untyped) is a workbench draft the UI can show
 * without crashing: every field of `Draft` of the right kind, every span inside the text. Returns the
 * path of the first problem (`efforts[2].figures[0].span`), or null for a sound draft. Pure.
 *
 * This is a shape check only; whether the draft would export as a valid dataset is `validateDraft`.
 */

type Check = (v: unknown, path: string) => string | null;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const str: Check = (v, path) => (typeof v === 'string' ? null : path);
const strOrNull: Check = (v, path) => (v === null || typeof v === 'string' ? null : path);
const amount: Check = (v, path) =>
  v === null || (typeof v === 'number' && Number.isFinite(v)) ? null : path;
const oneOf =
  (values: readonly string[]): Check =>
  (v, path) =>
    typeof v === 'string' && values.includes(v) ? null : path;

function fields(shape: Record<string, Check>, optional: readonly string[] = []): Check {
  return (v, path) => {
    if (!isObject(v)) return path;
    for (const [key, check] of Object.entries(shape)) {
      if (optional.includes(key) && v[key] === undefined) continue;
      const problem = check(v[key], path === '' ? key : `${path}.${key}`);
      if (problem !== null) return problem;
    }
    return null;
  };
}

const list =
  (item: Check): Check =>
  (v, path) => {
    if (!Array.isArray(v)) return path;
    for (const [i, x] of v.entries()) {
      const problem = item(x, `${path}[${i}]`);
      if (problem !== null) return problem;
    }
    return null;
  };

const localized = fields({ zh: str, en: str });
const localizedOrNull: Check = (v, path) => (v === null ? null : localized(v, path));
const vocabulary = list(fields({ id: str, zh: str, en: str }));
const strings = list(str);

export function checkDraftShape(value: unknown): string | null {
  if (!isObject(value)) return '(root)';
  if (value.draftVersion !== 1) return 'draftVersion';
  const text = isObject(value.source) ? value.source.text : undefined;
  if (typeof text !== 'string') return 'source.text';
  const span: Check = (v, path) =>
    isObject(v) &&
    Number.isInteger(v.start) &&
    Number.isInteger(v.end) &&
    (v.start as number) >= 0 &&
    (v.start as number) < (v.end as number) &&
    (v.end as number) <= text.length
      ? null
      : path;
  const figure = fields(
    {
      id: str,
      span,
      qualifier: oneOf(['exact', 'at-least', 'approx']),
      value: amount,
      low: amount,
      high: amount,
      unit: strOrNull,
      label: localized,
      quoteSpan: span,
    },
    ['quoteSpan'],
  );
  const date: Check = (v, path) =>
    v === null
      ? null
      : fields({ kind: oneOf(['on', 'range', 'since']), start: str, end: strOrNull, span })(v, path);
  const effort = fields({
    id: str,
    span,
    regionCode: strOrNull,
    placeCodes: strings,
    organisationIds: strings,
    addresseeIds: strings,
    activities: strings,
    date,
    summary: localized,
    figures: list(figure),
  });
  const counter: Check = (v, path) => (Number.isInteger(v) && (v as number) >= 0 ? null : path);
  return fields(
    {
      id: (v, path) => (typeof v === 'string' && v !== '' ? null : path),
      title: localized,
      updatedAt: str,
      source: fields({
        text: str,
        title: str,
        titleEn: str,
        publisher: localized,
        reprintedFrom: localizedOrNull,
        url: str,
        publishedAt: str,
        textFile: str,
        language: oneOf(['zh', 'en']),
      }),
      units: vocabulary,
      organisationTypes: vocabulary,
      activities: vocabulary,
      organisations: list(
        fields({ id: str, name: localized, type: str, regionCode: str, typeBasis: fields({ kind: str }) }),
      ),
      efforts: list(effort),
      exclusions: list(
        fields({
          id: str,
          span,
          kind: oneOf(['date', 'time', 'section', 'name', 'repeat', 'other']),
          reason: localized,
        }),
      ),
      nextIds: fields({ effort: counter, figure: counter, exclusion: counter, organisation: counter }),
    },
    ['nextIds'],
  )(value, '');
}
