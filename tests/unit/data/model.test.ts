import { describe, expect, it } from 'vitest';
import { buildDataset, measuresOf, prefectureOf } from '../../../src/data/model';
import type { Region } from '../../../src/data/schema';
import { miniDatasetJson } from '../../fixtures/mini-dataset';

const region = (code: string, level: Region['level'], parent: string | null): Region => ({
  code,
  zh: code,
  en: code,
  level,
  parent,
});
const byCode = (regions: Region[]): Map<string, Region> => new Map(regions.map((r) => [r.code, r]));

describe('prefectureOf', () => {
  const regions = byCode([
    region('510000', 'province', null),
    region('510400', 'prefecture', '510000'),
    region('510421', 'county', '510400'),
    region('510499', 'county', null),
  ]);

  it('walks up to the prefecture, or gives null for the province and unknown codes', () => {
    expect(prefectureOf('510400', regions)).toBe('510400');
    expect(prefectureOf('510421', regions)).toBe('510400');
    expect(prefectureOf('510000', regions)).toBeNull();
    expect(prefectureOf('519999', regions)).toBeNull();
    expect(prefectureOf('510499', regions)).toBeNull();
  });

  it('stops on a parent cycle instead of looping', () => {
    const cyclic = byCode([region('510401', 'county', '510402'), region('510402', 'county', '510401')]);
    expect(prefectureOf('510401', cyclic)).toBeNull();
  });

  it('follows a chain of up to eight levels', () => {
    const chain = [region('510400', 'prefecture', null)];
    for (let i = 1; i <= 7; i += 1) chain.push(region(`51040${i}`, 'county', chain[i - 1]!.code));
    expect(prefectureOf('510407', byCode(chain))).toBe('510400');
    chain.push(region('510408', 'county', '510407'));
    expect(prefectureOf('510408', byCode(chain))).toBeNull();
  });
});

describe('buildDataset', () => {
  const json = miniDatasetJson();
  const ds = buildDataset(json);

  it('keeps the file fields and indexes every vocabulary', () => {
    expect(ds.id).toBe('mini');
    expect(ds.title).toEqual(json.title);
    expect(ds.source).toEqual(json.source);
    expect(ds.units).toEqual(json.units);
    expect(ds.organisationTypes).toEqual(json.organisationTypes);
    expect(ds.activities).toEqual(json.activities);
    expect(ds.regions).toEqual(json.regions);
    expect(ds.organisations).toEqual(json.organisations);
    expect(ds.unitById.get('yuan')?.zh).toBe('元');
    expect(ds.organisationTypeById.get('democratic-party')?.en).toBe('Democratic parties');
    expect(ds.activityById.get('donations')?.zh).toBe('捐资捐物');
    expect(ds.regionByCode.get('510421')?.parent).toBe('510400');
    expect(ds.organisationById.get('pzh-firm')?.type).toBe('private-enterprise');
  });

  it('precomputes position, prefecture and organisation types of each effort', () => {
    expect(ds.efforts.map((e) => [e.id, e.index, e.prefectureCode, e.organisationTypes])).toEqual([
      ['cd-volunteers', 0, '510100', ['united-front-department']],
      ['pzh-transport', 1, '510400', ['private-enterprise']],
      ['pzh-donation', 2, '510400', ['private-enterprise', 'democratic-party']],
    ]);
    expect(ds.efforts[1]!.summary).toEqual(json.efforts[1]!.summary);
    expect([...ds.reportedPrefectures].sort()).toEqual(['510100', '510400']);
    expect(ds.measureCount).toBe(5);
  });

  it('lists each type once, and ignores organisations it does not know', () => {
    const j = miniDatasetJson();
    j.efforts[0]!.organisationIds = ['cd-ufd', 'cd-ufd', 'ghost'];
    j.efforts.push({ ...j.efforts[0]!, id: 'province-wide', regionCode: '510000' });
    const d = buildDataset(j);
    expect(d.efforts[0]!.organisationTypes).toEqual(['united-front-department']);
    expect(d.efforts[3]!.prefectureCode).toBeNull();
    expect([...d.reportedPrefectures].sort()).toEqual(['510100', '510400']);
  });

  it('lists every figure of some efforts with its provenance path', () => {
    const figures = measuresOf([ds.efforts[2]!, ds.efforts[0]!]);
    expect(figures.map((m) => [m.effortId, m.path, m.figure])).toEqual([
      ['pzh-donation', 'efforts[2].measures[0]', '16.8万元'],
      ['pzh-donation', 'efforts[2].measures[1]', '数千人次'],
      ['cd-volunteers', 'efforts[0].measures[0]', '200余人次'],
    ]);
    expect(figures[0]).toMatchObject({ value: 168000, unit: 'yuan', qualifier: 'exact' });
    expect(measuresOf([])).toEqual([]);
  });
});
