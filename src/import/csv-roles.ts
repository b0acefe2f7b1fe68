/** The role (actor / addressee) and type basis of each organisation named in a CSV effort row. */
import type { TypeBasis } from '../data/schema';
import type { CsvColumnName } from './csv-columns';
import { clip, type ImportIssue, type IssueLocation } from './issues';
import { splitList, type Row } from './csv-values';

export const ROLES = ['actor', 'addressee'] as const;
export type Role = (typeof ROLES)[number];
export const TYPE_BASES: readonly TypeBasis['kind'][] = ['stated', 'inferred', 'unrecorded'];

export interface OrganisationFacets {
  roles: Role[];
  bases: TypeBasis[];
}

/** One value for all names, or one per name; anything else is reported (by the caller's count check). */
const pick = <T>(list: readonly T[], k: number): T | undefined => (list.length === 1 ? list[0] : list[k]);

/**
 * Roles (default: every name an actor) and type bases (default: `unrecorded`, since a file without
 * the column does not say how its types are known). Reasons are given for the `inferred` names
 * only, in order. Returns null after pushing issues when the cells do not fit the names.
 */
export function readOrganisationFacets(
  names: readonly string[],
  cells: Row,
  at: (c: CsvColumnName) => IssueLocation,
  issues: ImportIssue[],
): OrganisationFacets | null {
  const before = issues.length;
  const oneOf = <T extends string>(column: CsvColumnName, allowed: readonly T[]): T[] =>
    splitList(cells[column] ?? '').map((raw) => {
      const v = raw.toLowerCase();
      const found = allowed.find((a) => a === v);
      if (!found) {
        issues.push({
          location: at(column),
          code: 'notOneOf',
          params: { value: clip(raw), allowed: allowed.join(', ') },
        });
      }
      return found ?? allowed[0]!;
    });
  const roles = oneOf('organisation_roles', ROLES);
  const kinds = oneOf('organisation_type_basis', TYPE_BASES);
  for (const [list, column] of [
    [roles, 'organisation_roles'],
    [kinds, 'organisation_type_basis'],
  ] as const) {
    if (list.length > 1 && list.length !== names.length) {
      issues.push({
        location: at(column),
        code: 'countMismatch',
        params: { expected: names.length, count: list.length },
      });
    }
  }
  if (issues.length > before) return null;

  const roleOf = names.map((_, k): Role => pick(roles, k) ?? 'actor');
  if (names.length > 0 && !roleOf.includes('actor')) {
    issues.push({ location: at('organisation_roles'), code: 'noActor', params: {} });
  }
  const kindOf = names.map((_, k) => pick(kinds, k) ?? 'unrecorded');
  const inferred = kindOf.filter((k) => k === 'inferred').length;
  const reasonsZh = splitList(cells.organisation_type_reasons_zh ?? '');
  const reasonsEn = splitList(cells.organisation_type_reasons_en ?? '');
  for (const [list, column, optional] of [
    [reasonsZh, 'organisation_type_reasons_zh', false],
    [reasonsEn, 'organisation_type_reasons_en', true],
  ] as const) {
    if (list.length !== inferred && !(optional && list.length === 0)) {
      issues.push({
        location: at(column),
        code: 'reasonCount',
        params: { expected: inferred, count: list.length },
      });
    }
  }
  if (issues.length > before) return null;

  let r = 0;
  const bases = kindOf.map((kind): TypeBasis => {
    if (kind !== 'inferred') return { kind };
    const zh = reasonsZh[r] ?? '';
    const en = reasonsEn[r] ?? zh;
    r += 1;
    return { kind, reason: { zh, en } };
  });
  return { roles: roleOf, bases };
}
