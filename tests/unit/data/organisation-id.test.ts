import { describe, expect, it } from 'vitest';
import { cyrb53, defaultOrganisationId } from '../../../src/data/organisation-id';

const fresh = (zh: string, type: string): string => defaultOrganisationId(zh, type, () => false);

describe('cyrb53', () => {
  it('gives the reference values its author publishes (so ids do not depend on this copy of it)', () => {
    expect(cyrb53('a')).toBe(7929297801672961);
    expect(cyrb53('b')).toBe(8684336938537663);
    expect(cyrb53('revenge')).toBe(4051478007546757);
    expect(cyrb53('revenue')).toBe(8309097637345594);
  });
});

describe('defaultOrganisationId', () => {
  it('is stable across versions: ids already in drafts, exports and citations keep meaning the same body', () => {
    // Pinned: a change here re-numbers every organisation of every CSV import and workbench draft.
    expect(fresh('攀枝花市委统战部', 'united-front-department')).toBe('org-cc4f27b96d');
    expect(fresh('某公司', 'private-enterprise')).toBe('org-71bb8d640f');
  });

  it('tells apart bodies of the same name but another type', () => {
    expect(fresh('某公司', 'united-front-department')).toBe('org-67b5606374');
    expect(fresh('某公司', 'united-front-department')).not.toBe(fresh('某公司', 'private-enterprise'));
  });

  it('ignores spaces around the name, as a person reading the report would', () => {
    expect(fresh('  某公司 \t', 'private-enterprise')).toBe(fresh('某公司', 'private-enterprise'));
  });

  it('always has ten hex digits, also when the hash is small (leading zeros kept)', () => {
    // This name's hash is 0xbbe3d48c2: nine digits before padding.
    expect(fresh('民营企业52893', 'private-enterprise')).toBe('org-0bbe3d48c2');
    for (const zh of ['a', '某公司', '民营企业52893', '中国民主同盟四川省委员会']) {
      expect(fresh(zh, 'democratic-party')).toMatch(/^org-[0-9a-f]{10}$/);
    }
  });

  it('numbers a second and third body with the same id -2, -3, asking only about ids it would give', () => {
    const base = fresh('某公司', 'private-enterprise');
    const asked: string[] = [];
    const inUse = new Set([base, `${base}-2`]);
    const id = defaultOrganisationId('某公司', 'private-enterprise', (candidate) => {
      asked.push(candidate);
      return inUse.has(candidate);
    });
    expect(id).toBe(`${base}-3`);
    expect(asked).toEqual([base, `${base}-2`, `${base}-3`]);
    expect(defaultOrganisationId('某公司', 'private-enterprise', (c) => c === base)).toBe(`${base}-2`);
  });
});
