import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/data/model';
import {
  buildSearchIndex,
  excerptAround,
  matchRank,
  normaliseForSearch,
  searchIndex,
} from '../../../src/aggregates/search';
import pinyin from '../../../data/region-pinyin.json';
import { miniDatasetJson } from '../../fixtures/mini-dataset';

describe('normaliseForSearch', () => {
  it('folds case, full-width forms, diacritics, spaces and punctuation', () => {
    expect(normaliseForSearch('  Pan Zhi-Hua ')).toBe('panzhihua');
    expect(normaliseForSearch('ＰＡＮＺＨＩＨＵＡ１２')).toBe('panzhihua12');
    expect(normaliseForSearch("Ya'an")).toBe('yaan');
    expect(normaliseForSearch('Garzê')).toBe('garze');
    expect(normaliseForSearch('攀枝花 市，')).toBe('攀枝花市');
  });

  it('leaves nothing of a query of spaces and punctuation', () => {
    expect(normaliseForSearch(' \t-、 ')).toBe('');
  });
});

describe('matchRank', () => {
  it('ranks exact before prefix before contained, and reports no match', () => {
    expect(matchRank('panzhihua', 'panzhihua')).toBe(0);
    expect(matchRank('panzhihuashi', 'panzhihua')).toBe(1);
    expect(matchRank('panzhihuashi', 'zhihua')).toBe(2);
    expect(matchRank('chengdu', 'pzh')).toBeNull();
    expect(matchRank('chengdu', '')).toBeNull();
  });
});

describe('searchIndex', () => {
  const ds = buildDataset(miniDatasetJson());
  const index = buildSearchIndex(ds, pinyin);
  const ids = (query: string, kind: string): string[] =>
    searchIndex(index, query)
      .find((g) => g.kind === kind)
      ?.hits.map((h) => h.entry.id) ?? [];

  it('finds 攀枝花市 by Chinese, English, full toneless pinyin and pinyin initials', () => {
    for (const q of ['攀枝花', 'Panzhihua', 'panzhihua', 'PAN ZHI HUA', 'pzh', 'ｐａｎｚｈｉｈｕａ']) {
      expect(ids(q, 'region')[0], q).toBe('510400');
    }
  });

  it('puts an exact match before a prefix match before a contained one', () => {
    const made = {
      entries: [
        { kind: 'region' as const, id: 'contained', keys: ['xpanzhihua'] },
        { kind: 'region' as const, id: 'long-prefix', keys: ['panzhihuashi'] },
        { kind: 'region' as const, id: 'exact', keys: ['other', 'panzhihua'] },
        { kind: 'region' as const, id: 'short-prefix', keys: ['panzhihuax'] },
      ],
    };
    expect(searchIndex(made, 'Panzhihua')[0]!.hits.map((h) => [h.entry.id, h.rank])).toEqual([
      ['exact', 0],
      ['short-prefix', 1],
      ['long-prefix', 1],
      ['contained', 2],
    ]);
    const hits = searchIndex(index, 'Chengdu')[0]!.hits;
    expect(hits[0]).toMatchObject({ rank: 0, entry: { id: '510100' } });
  });

  it('groups by kind in a fixed order and finds organisations, activities and quoted text', () => {
    const groups = searchIndex(index, '运业');
    expect(groups.map((g) => g.kind)).toEqual(['organisation']);
    expect(ids('transport firm', 'organisation')).toEqual(['pzh-firm']);
    expect(ids('donations', 'activity')).toEqual(['donations']);
    // A figure's own passage is found and carries that passage for the source reader.
    const text = searchIndex(index, '司机58').find((g) => g.kind === 'text')!;
    expect(text.hits.map((h) => [h.entry.id, h.entry.quote])).toEqual([['pzh-transport', '司机58人']]);
  });

  it('finds an effort by its English summary and says which field matched', () => {
    const text = searchIndex(index, 'volunteer').find((g) => g.kind === 'text')!;
    expect(text.hits).toHaveLength(1);
    expect(text.hits[0]).toMatchObject({
      key: 2,
      entry: { id: 'cd-volunteers', quote: '参与志愿活动200余人次' },
    });
  });

  it('lists at most perKind hits a group and counts the rest', () => {
    const groups = searchIndex(index, 'i', 2);
    const regions = groups.find((g) => g.kind === 'region')!;
    expect(regions.hits).toHaveLength(2);
    expect(regions.more).toBeGreaterThan(0);
    expect(regions.hits.length + regions.more).toBe(
      index.entries.filter((e) => e.kind === 'region' && e.keys.some((k) => k.includes('i'))).length,
    );
  });

  it('finds nothing for an empty or unknown query', () => {
    expect(searchIndex(index, '   ')).toEqual([]);
    expect(searchIndex(index, 'zzzz')).toEqual([]);
  });
});

describe('excerptAround', () => {
  it('keeps short text whole and cuts long text around the match', () => {
    expect(excerptAround('司机58人', '58')).toBe('司机58人');
    const long = `${'甲'.repeat(50)}核酸检测${'乙'.repeat(50)}`;
    const cut = excerptAround(long, '核酸', 20);
    expect(cut).toContain('核酸检测');
    expect(cut.startsWith('…')).toBe(true);
    expect(cut.endsWith('…')).toBe(true);
  });
});
