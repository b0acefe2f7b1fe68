import { beforeEach, describe, expect, it } from 'vitest';
import {
  ALL_DATASETS,
  buildUnion,
  contributingMembers,
  effortsPerDataset,
  findClashes,
  membersInView,
  reportsByRegion,
} from '../../../src/aggregates/union';
import { filterEfforts } from '../../../src/aggregates/filter-efforts';
import { prefectureValues } from '../../../src/aggregates/aggregate-regions';
import { selectEffortSet } from '../../../src/aggregates/effort-set';
import { buildDataset, membersOf, type Dataset } from '../../../src/data/model';
import { parseDatasetJson } from '../../../src/data/parse-dataset';
import type { DatasetJson } from '../../../src/data/schema';
import { EMPTY_FILTERS } from '../../../src/domain/view';
import { bundledDataset, readJson } from '../../fixtures/load';
import { miniDatasetJson } from '../../fixtures/mini-dataset';
import { reportsByRegionInWords } from '../../../src/i18n/report-words';

function load(path: string): Dataset {
  const parsed = parseDatasetJson(readJson(path));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
  return buildDataset(parsed.value);
}

const second = (): Dataset => load('tests/fixtures/multi/second-report.json');

/** The second fixture as raw JSON (a fresh copy), to derive other reports from. */
const secondJson = (): DatasetJson => readJson<DatasetJson>('tests/fixtures/multi/second-report.json');

function fromJson(json: DatasetJson): Dataset {
  const parsed = parseDatasetJson(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
  return buildDataset(parsed.value);
}

describe('the union of loaded reports', () => {
  const bundled = bundledDataset();
  const other = second();
  // Built in each test rather than once while the file is collected, so that it is part of the
  // test (mutation testing only counts code that runs inside a test).
  let union: Dataset;
  beforeEach(() => {
    union = buildUnion([bundled, other]);
  });

  it('the second fixture is a valid schema-2 dataset of another year and other prefectures', () => {
    expect(other.efforts.every((e) => e.date === null || e.date.start.startsWith('2020-'))).toBe(true);
    expect([...other.reportedPrefectures].sort()).toEqual(['511300', '511900']);
    expect(bundled.reportedPrefectures.has('511900')).toBe(false);
  });

  it('merges organisations, vocabularies and regions by id, first meaning kept', () => {
    const ids = (list: readonly { id: string }[]): string[] => list.map((x) => x.id);
    // rccck-sichuan is in both: one entry.
    expect(ids(union.organisations).filter((id) => id === 'rccck-sichuan')).toHaveLength(1);
    expect(union.organisations).toHaveLength(
      new Set([...ids(bundled.organisations), ...ids(other.organisations)]).size,
    );
    expect(ids(union.organisationTypes)).toEqual(ids(bundled.organisationTypes));
    expect(ids(union.units)).toEqual(ids(bundled.units));
    // Regions: the bundled ones plus the fixture's two new counties.
    expect(union.regions).toHaveLength(bundled.regions.length + 2);
    expect(union.regionByCode.get('511902')?.parent).toBe('511900');
    expect([...union.reportedPrefectures]).toEqual(
      expect.arrayContaining(['511900', '511300', ...bundled.reportedPrefectures]),
    );
    expect(union.efforts).toHaveLength(bundled.efforts.length + other.efforts.length);
    expect(union.measureCount).toBe(bundled.measureCount + other.measureCount);
  });

  it('namespaces effort ids by dataset, keeping the local id and the provenance index', () => {
    const twin = buildDataset({
      ...readJson<Record<string, unknown>>('tests/fixtures/multi/second-report.json'),
      id: 'twin-report',
    } as never);
    const u = buildUnion([other, twin]);
    const ones = u.efforts.filter((e) => e.localId === 'e-1');
    expect(ones.map((e) => e.id)).toEqual(['test-fixture-bazhong-2020/e-1', 'twin-report/e-1']);
    expect(new Set(u.efforts.map((e) => e.id)).size).toBe(u.efforts.length);
    expect(ones.map((e) => e.index)).toEqual([0, 0]);
    expect(ones.map((e) => e.datasetId)).toEqual(['test-fixture-bazhong-2020', 'twin-report']);
  });

  it('is the union view: its id is "all", its members are both reports', () => {
    expect(union.id).toBe(ALL_DATASETS);
    expect(membersOf(union).map((m) => m.id)).toEqual([bundled.id, other.id]);
    expect(membersOf(bundled).map((m) => m.id)).toEqual([bundled.id]);
    expect(union.title.zh).toContain(bundled.title.zh);
    expect(union.title.zh).toContain(other.title.zh);
  });

  it('counts efforts per report', () => {
    expect(effortsPerDataset(union, union.efforts)).toEqual([
      { id: bundled.id, count: bundled.efforts.length },
      { id: other.id, count: 4 },
    ]);
    const onlyOther = union.efforts.filter((e) => e.datasetId === other.id);
    expect(effortsPerDataset(union, onlyOther)).toEqual([
      { id: bundled.id, count: 0 },
      { id: other.id, count: 4 },
    ]);
  });

  it('filters by report, on the plain and the indexed path alike', () => {
    const filters = { ...EMPTY_FILTERS, datasets: [other.id] };
    const plain = filterEfforts(union.efforts, filters);
    expect(plain.map((e) => e.localId)).toEqual(['e-1', 'e-2', 'e-3', 'e-4']);
    const indexed = selectEffortSet(union, filters, null);
    expect(indexed.index).not.toBeNull();
    expect(indexed.efforts.map((e) => e.id)).toEqual(plain.map((e) => e.id));
    // An id that is not a member matches nothing (never "all").
    expect(selectEffortSet(union, { ...EMPTY_FILTERS, datasets: ['nope'] }, null).efforts).toEqual([]);
    expect(selectEffortSet(union, EMPTY_FILTERS, null).efforts).toHaveLength(union.efforts.length);
  });

  it('adds a unit across reports as within one, and never sums across units', () => {
    const at = (d: Dataset, metric: `unit:${string}`): { low: number | null; high: number | null } => {
      const v = prefectureValues(selectEffortSet(d, EMPTY_FILTERS, null), metric).find(
        (r) => r.code === '511300',
      )!;
      return { low: v.low, high: v.high };
    };
    const u = buildUnion([bundled, other]);
    const base = at(bundled, 'unit:persons');
    // Nanchong persons: the bundled figures plus the fixture's 300余 (a lower bound: no upper end).
    expect(at(u, 'unit:persons')).toEqual({ low: (base.low ?? 0) + 300, high: null });
    // Person-times: the fixture's 数千 (2,000–9,999) is added as a range to the bundled ones, and
    // nothing of the persons is in it (no cross-unit sum).
    const pt = at(bundled, 'unit:person-times');
    expect(at(u, 'unit:person-times').low).toBe((pt.low ?? 0) + 2000);
    const onlyOther = selectEffortSet(u, { ...EMPTY_FILTERS, datasets: [other.id] }, null);
    const nanchong = prefectureValues(onlyOther, 'unit:person-times').find((v) => v.code === '511300')!;
    expect([nanchong.low, nanchong.high, nanchong.qualifier]).toEqual([2000, 9999, 'approx']);
    const persons = prefectureValues(onlyOther, 'unit:persons').find((v) => v.code === '511300')!;
    expect([persons.low, persons.high, persons.qualifier]).toEqual([300, null, 'at-least']);
    expect(prefectureValues(onlyOther, 'efforts').find((v) => v.code === '511300')!.low).toBe(2);
  });

  it('says in tooltips which reports the efforts of a region come from (union only)', () => {
    const words = reportsByRegionInWords(union, union.efforts, 'prefecture', 'zh');
    expect(words.get('511900')).toBe('测试数据：巴中与南充统一战线抗… 2');
    expect(words.get('511300')).toBe(
      `同心抗疫:四川统一战线在行动(… ${bundled.efforts.filter((e) => e.prefectureCode === '511300').length}、测试数据：巴中与南充统一战线抗… 2`,
    );
    expect(reportsByRegionInWords(bundled, bundled.efforts, 'prefecture', 'zh').size).toBe(0);
    const counties = reportsByRegionInWords(union, union.efforts, 'region', 'en');
    expect(counties.get('511902')).toBe('Test fixture: B… 1');
  });

  it('cites the reports that contributed to a view (all when none did)', () => {
    const onlyOther = union.efforts.filter((e) => e.datasetId === other.id);
    expect(contributingMembers(union, onlyOther).map((m) => m.id)).toEqual([other.id]);
    expect(contributingMembers(union, union.efforts).map((m) => m.id)).toEqual([bundled.id, other.id]);
    expect(contributingMembers(union, []).map((m) => m.id)).toEqual([bundled.id, other.id]);
    expect(membersInView(union, { ...EMPTY_FILTERS, datasets: [other.id] }).map((m) => m.id)).toEqual([
      other.id,
    ]);
    // A single dataset ignores the report filter.
    expect(membersInView(bundled, { ...EMPTY_FILTERS, datasets: [other.id] }).map((m) => m.id)).toEqual([
      bundled.id,
    ]);
  });

  it('is titled by its reports in order, joined by " · ", in each language', () => {
    expect(union.title).toEqual({
      zh: `${bundled.title.zh} · ${other.title.zh}`,
      en: `${bundled.title.en} · ${other.title.en}`,
    });
    expect(buildUnion([other, bundled]).title.en).toBe(`${other.title.en} · ${bundled.title.en}`);
  });

  it('finds every unit and activity of any report by its id, with the first report’s labels', () => {
    const json = secondJson();
    json.id = 'hotline-report';
    json.units.push({ id: 'calls', zh: '通', en: 'calls' });
    json.units.find((u) => u.id === 'yuan')!.en = 'renminbi';
    json.activities.push({ id: 'hotline', zh: '热线服务', en: 'hotline service' });
    const hotline = fromJson(json);
    const u = buildUnion([bundled, hotline]);
    const ids = (list: readonly { id: string }[]): string[] => list.map((x) => x.id);
    // Shared terms once, in the first report's order; the new ones after them.
    expect(ids(u.units)).toEqual([...ids(bundled.units), 'calls']);
    expect(ids(u.activities)).toEqual([...ids(bundled.activities), 'hotline']);
    expect(u.unitById.get('calls')?.zh).toBe('通');
    expect(u.unitById.get('persons')?.zh).toBe('人');
    expect(u.activityById.get('hotline')?.zh).toBe('热线服务');
    expect(u.activityById.get('donations')?.zh).toBe('捐资捐物');
    // Where the labels differ, the first loaded report's show.
    expect(u.unitById.get('yuan')?.en).toBe('yuan (CNY)');
    expect(buildUnion([hotline, bundled]).unitById.get('yuan')?.en).toBe('renminbi');
  });

  it('finds the organisations of either report by id, one entry for one in both', () => {
    expect(union.organisationById.get('test-bazhong-ufd')?.name.zh).toBe('（测试）巴中市委统战部');
    expect(union.organisationById.get('rccck-sichuan')?.name.zh).toBe('民革四川省委');
    const fromBundled = bundled.organisations[0]!;
    expect(union.organisationById.get(fromBundled.id)).toEqual(fromBundled);
    expect(union.organisationById.size).toBe(union.organisations.length);
  });

  it('cannot be made of no report at all', () => {
    expect(() => buildUnion([])).toThrow(/at least one dataset/);
  });

  it('shows every report of the union when no report is chosen in the filter', () => {
    expect(membersInView(union, EMPTY_FILTERS).map((m) => m.id)).toEqual([bundled.id, other.id]);
    expect(membersInView(union, { ...EMPTY_FILTERS, datasets: [] }).map((m) => m.id)).toEqual([
      bundled.id,
      other.id,
    ]);
  });

  it('attributes a province-wide effort to no prefecture in the reports-by-region tooltips', () => {
    const provinceWide = union.efforts.filter((e) => e.prefectureCode === null);
    expect(provinceWide.map((e) => e.regionCode)).toEqual(['510000']);
    const byPrefecture = reportsByRegion(union, union.efforts, 'prefecture');
    expect([...byPrefecture.keys()].sort()).toEqual([...union.reportedPrefectures].sort());
    const attributed = [...byPrefecture.values()].flat().reduce((n, x) => n + x.count, 0);
    expect(attributed).toBe(union.efforts.length - provinceWide.length);
  });
});

describe('clashes between reports', () => {
  const bundled = bundledDataset();

  it('finds none where the same ids mean the same things', () => {
    expect(findClashes([bundled], second())).toEqual([]);
  });

  it('names both datasets, the id, both meanings and where the entry is in the new file', () => {
    const clashing = load('tests/fixtures/multi/clashing-report.json');
    const clashes = findClashes([bundled, second()], clashing);
    // The clash is with the bundled dataset (the second fixture means the same thing).
    expect(clashes).toHaveLength(2);
    const withBundled = clashes.find((c) => c.existingDataset === bundled.id)!;
    expect(withBundled).toMatchObject({
      kind: 'organisation',
      id: 'rccck-sichuan',
      incomingDataset: 'test-fixture-clash',
      path: 'organisations[0]',
    });
    expect(withBundled.existing).toContain('民革四川省委');
    expect(withBundled.incoming).toContain('另一个组织');
  });

  it('checks vocabularies and regions: a unit renamed, a region re-parented', () => {
    const json = readJson<Record<string, unknown>>('tests/fixtures/multi/second-report.json') as {
      id: string;
      units: Array<{ id: string; zh: string }>;
      regions: Array<{ code: string; parent: string | null }>;
    };
    json.id = 'renamed';
    json.units[0]!.zh = '名';
    json.regions.find((r) => r.code === '511300')!.parent = '511900';
    // A region's name is a label of its code: another name alone is no clash.
    (json.regions.find((r) => r.code === '511900') as unknown as { zh: string }).zh = '巴中';
    const clashes = findClashes([bundled], buildDataset(json as never));
    expect(clashes.map((c) => [c.kind, c.id])).toEqual([
      ['unit', json.units[0]!.id],
      ['region', '511300'],
    ]);
  });

  it('an English name worded otherwise is no clash; the Chinese term, a type or a parent is', () => {
    // The mini dataset words the bundled types in English otherwise ("Democratic parties").
    const mini = buildDataset(miniDatasetJson());
    expect(findClashes([bundled], mini)).toEqual([]);
    const json = miniDatasetJson();
    json.organisationTypes[2]!.zh = '民主党派组织';
    json.organisations[2]!.type = 'private-enterprise';
    const clashes = findClashes([buildDataset(miniDatasetJson())], buildDataset({ ...json, id: 'mini-2' }));
    expect(clashes.map((c) => [c.kind, c.id, c.path])).toEqual([
      ['organisationType', 'democratic-party', 'organisationTypes[2]'],
      ['organisation', 'parties', 'organisations[2]'],
    ]);
    // The union shows the first loaded report's English name.
    expect(buildUnion([bundled, mini]).organisationTypeById.get('democratic-party')?.en).toBe(
      bundled.organisationTypeById.get('democratic-party')?.en,
    );
  });

  it('does not compare a dataset with the one it replaces (same id)', () => {
    const again = second();
    const renamed = buildDataset({
      ...readJson<Record<string, unknown>>('tests/fixtures/multi/second-report.json'),
      organisations: [],
      efforts: [],
    } as never);
    expect(findClashes([again], renamed)).toEqual([]);
  });

  it('shows both entries of a clash by both names, and a region with its level and parent', () => {
    const json = secondJson();
    json.id = 'renamed';
    json.units.find((u) => u.id === 'persons')!.zh = '名';
    json.regions.find((r) => r.code === '511300')!.parent = '511900';
    const [unit, region] = findClashes([bundled], buildDataset(json));
    expect([unit?.existing, unit?.incoming]).toEqual(['人 / persons', '名 / persons']);
    expect([region?.existing, region?.incoming]).toEqual([
      '南充市 / Nanchong (prefecture, 510000)',
      '南充市 / Nanchong (prefecture, 511900)',
    ]);
    // A region without a parent shows "-" in its place.
    const top = secondJson();
    top.id = 'nanchong-on-top';
    const nanchong = top.regions.find((r) => r.code === '511300')!;
    nanchong.level = 'province';
    nanchong.parent = null;
    expect(findClashes([bundled], buildDataset(top)).map((c) => c.incoming)).toEqual([
      '南充市 / Nanchong (province, -)',
    ]);
  });

  it('lets a new version of a loaded report change its own terms, still checked against the others', () => {
    const json = secondJson();
    json.units.find((u) => u.id === 'persons')!.zh = '名';
    const corrected = buildDataset(json);
    // It replaces the report of its id: no clash with the version it replaces...
    expect(findClashes([second()], corrected)).toEqual([]);
    // ...but the bundled report still means 人 by "persons".
    const clashes = findClashes([second(), bundled], corrected);
    expect(clashes.map((c) => [c.existingDataset, c.kind, c.id])).toEqual([[bundled.id, 'unit', 'persons']]);
  });
});
