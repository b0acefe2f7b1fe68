/** One effort (and its date and figures) from the CSV rows that share an effort_id. */
import type { RegionRegistry } from '../data/region-registry';
import type { Effort, EffortDate, Organisation } from '../data/schema';
import type { CsvColumnName } from './csv-columns';
import { clip, type ImportIssue, type IssueLocation } from './issues';
import { allowedList, CODE, DATE_KINDS, ID, isRealDay, splitList, type Row } from './csv-values';
import type { SourceMap } from './csv-source-map';
import type { Vocabularies } from './csv-import';
import { readOrganisationFacets } from './csv-roles';
import { defaultOrganisationId } from '../data/organisation-id';

export interface BuildContext {
  typeOf: (v: string) => string | undefined;
  activityOf: (v: string) => string | undefined;
  /** The codes a cell may name: the vocabularies' regions and, with the registry, every region of it. */
  regionCodes: ReadonlySet<string>;
  registry?: RegionRegistry;
  organisations: Map<string, { org: Organisation; row: number }>;
  /** The ids of `organisations` (a default id must be new: `defaultOrganisationId`). */
  organisationIds: Set<string>;
  map: SourceMap;
  vocabularies: Vocabularies;
}

export function buildEffort(
  id: string,
  row: number,
  cells: Row,
  need: (c: CsvColumnName) => string | null,
  at: (c: CsvColumnName) => IssueLocation,
  issues: ImportIssue[],
  ctx: BuildContext,
): Effort | null {
  const before = issues.length;
  const regionCode = need('region_code');
  if (regionCode !== null) checkCode(regionCode, 'region_code');
  const placeCodes = splitList(cells.place_codes ?? '');
  placeCodes.forEach((c) => checkCode(c, 'place_codes'));

  function checkCode(code: string, column: CsvColumnName): void {
    if (!CODE.test(code))
      issues.push({ location: at(column), code: 'badCode', params: { value: clip(code) } });
    else if (!ctx.regionCodes.has(code)) {
      issues.push(
        ctx.registry
          ? { location: at(column), code: 'unknownRegionCode', params: { value: code } }
          : {
              location: at(column),
              code: 'badChoice',
              params: {
                value: code,
                allowed: allowedList(ctx.vocabularies.regions.map((r) => ({ id: r.code }))),
              },
            },
      );
    }
  }

  const namesCell = need('organisation_names');
  const typesCell = need('organisation_types');
  const names = splitList(namesCell ?? '');
  const namesEn = splitList(cells.organisation_names_en ?? '');
  const types = splitList(typesCell ?? '');
  const ids = splitList(cells.organisation_ids ?? '');
  if (namesCell !== null && names.length === 0)
    issues.push({ location: at('organisation_names'), code: 'required', params: {} });
  const sameCount = (list: string[], column: CsvColumnName, allowOne: boolean): void => {
    if (list.length === 0 || list.length === names.length || (allowOne && list.length === 1)) return;
    issues.push({
      location: at(column),
      code: 'countMismatch',
      params: { expected: names.length, count: list.length },
    });
  };
  sameCount(namesEn, 'organisation_names_en', false);
  sameCount(types, 'organisation_types', true);
  sameCount(ids, 'organisation_ids', false);
  const typeIds = types.map((t) => {
    const found = ctx.typeOf(t);
    if (!found) {
      issues.push({
        location: at('organisation_types'),
        code: 'badChoice',
        params: { value: clip(t), allowed: allowedList(ctx.vocabularies.organisationTypes) },
      });
    }
    return found;
  });
  ids.forEach((oid) => {
    if (!ID.test(oid))
      issues.push({ location: at('organisation_ids'), code: 'badId', params: { value: clip(oid) } });
  });

  const facets = readOrganisationFacets(names, cells, at, issues);

  const activitiesCell = need('activities');
  const activities = splitList(activitiesCell ?? '').map((a) => {
    const found = ctx.activityOf(a);
    if (!found) {
      issues.push({
        location: at('activities'),
        code: 'badChoice',
        params: { value: clip(a), allowed: allowedList(ctx.vocabularies.activities) },
      });
    }
    return found ?? a;
  });
  if (activitiesCell !== null && activities.length === 0)
    issues.push({ location: at('activities'), code: 'required', params: {} });

  const date = buildDate(cells, at, issues);
  const summaryZh = need('summary_zh');
  const summaryEn = need('summary_en');
  const quote = need('quote');
  if (
    issues.length > before ||
    regionCode === null ||
    summaryZh === null ||
    summaryEn === null ||
    quote === null ||
    facets === null
  )
    return null;

  const orgIds = names.map((name, k) => {
    const givenId = ids[k];
    const key = givenId ?? `name:${name}`;
    const existing = ctx.organisations.get(key);
    if (existing) return existing.org.id;
    const type = (typeIds.length === 1 ? typeIds[0] : typeIds[k]) ?? '';
    const orgId = givenId ?? defaultOrganisationId(name, type, (id) => ctx.organisationIds.has(id));
    ctx.organisationIds.add(orgId);
    const typeBasis = facets.bases[k] ?? { kind: 'unrecorded' };
    ctx.organisations.set(key, {
      org: { id: orgId, name: { zh: name, en: namesEn[k] ?? name }, type, typeBasis, regionCode },
      row,
    });
    return orgId;
  });
  // Actors and addressees keep the order of the names.
  const organisationIds = orgIds.filter((_, k) => facets.roles[k] === 'actor');
  const addresseeIds = orgIds.filter((_, k) => facets.roles[k] === 'addressee');
  const effort: Effort = {
    id,
    regionCode,
    ...(placeCodes.length ? { placeCodes } : {}),
    organisationIds,
    ...(addresseeIds.length ? { addresseeIds } : {}),
    activities,
    date,
    summary: { zh: summaryZh, en: summaryEn },
    quote,
    measures: [],
  };
  return effort;
}

export function buildDate(
  cells: Row,
  at: (c: CsvColumnName) => IssueLocation,
  issues: ImportIssue[],
): EffortDate | null {
  const kindText = (cells.date_kind ?? '').toLowerCase();
  const start = cells.date_start ?? '';
  const end = cells.date_end ?? '';
  if (kindText === '') {
    if (start !== '' || end !== '') {
      issues.push({
        location: at('date_kind'),
        code: 'badChoice',
        params: { value: '', allowed: DATE_KINDS.join(', ') },
      });
    }
    return null;
  }
  const kind = DATE_KINDS.find((k) => k === kindText);
  if (!kind) {
    issues.push({
      location: at('date_kind'),
      code: 'badChoice',
      params: { value: clip(kindText), allowed: DATE_KINDS.join(', ') },
    });
    return null;
  }
  if (start === '') {
    issues.push({ location: at('date_start'), code: 'required', params: {} });
    return null;
  }
  if (!isRealDay(start)) {
    issues.push({ location: at('date_start'), code: 'badDate', params: { value: clip(start) } });
    return null;
  }
  if (end !== '' && !isRealDay(end)) {
    issues.push({ location: at('date_end'), code: 'badDate', params: { value: clip(end) } });
    return null;
  }
  const resolvedEnd =
    kind === 'since' ? (end === '' ? null : end) : end === '' && kind === 'on' ? start : end || null;
  return { kind, start, end: resolvedEnd, quote: (cells.date_quote ?? '') || start };
}
