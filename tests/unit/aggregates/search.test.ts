import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/data/model';
import {
  buildSearchIndex,
  excerptAround,
  matchRank,
  normaliseForSearch,
  searchIndex,
  type RegionPinyin,
  type SearchIndex,
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
  // Built inside each test (not once for the file), so that mutation testing's per-test coverage
  // credits these tests with the index building they exercise.
  const miniIndex = (table: RegionPinyin = pinyin): SearchIndex =>
    buildSearchIndex(buildDataset(miniDatasetJson()), table);
  const ids = (query: string, kind: string, index = miniIndex()): string[] =>
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
    const hits = searchIndex(miniIndex(), 'Chengdu')[0]!.hits;
    expect(hits[0]).toMatchObject({ rank: 0, entry: { id: '510100' } });
  });

  it('groups by kind in a fixed order and finds organisations, activities and quoted text', () => {
    const index = miniIndex();
    const groups = searchIndex(index, '运业');
    expect(groups.map((g) => g.kind)).toEqual(['organisation']);
    expect(ids('transport firm', 'organisation')).toEqual(['pzh-firm']);
    expect(ids('donations', 'activity')).toEqual(['donations']);
    // A figure's own passage is found and carries that passage for the source reader.
    const text = searchIndex(index, '司机58').find((g) => g.kind === 'text')!;
    expect(text.hits.map((h) => [h.entry.id, h.entry.quote])).toEqual([['pzh-transport', '司机58人']]);
  });

  it('finds an effort by its English summary and says which field matched', () => {
    const text = searchIndex(miniIndex(), 'volunteer').find((g) => g.kind === 'text')!;
    expect(text.hits).toHaveLength(1);
    expect(text.hits[0]).toMatchObject({
      key: 2,
      entry: { id: 'cd-volunteers', quote: '参与志愿活动200余人次' },
    });
  });

  it('lists at most perKind hits a group and counts the rest', () => {
    const index = miniIndex();
    const groups = searchIndex(index, 'i', 2);
    const regions = groups.find((g) => g.kind === 'region')!;
    expect(regions.hits).toHaveLength(2);
    expect(regions.more).toBeGreaterThan(0);
    expect(regions.hits.length + regions.more).toBe(
      index.entries.filter((e) => e.kind === 'region' && e.keys.some((k) => k.includes('i'))).length,
    );
  });

  it('finds a region missing from the pinyin table by its names only', () => {
    const withoutPinyin = miniIndex({});
    expect(ids('Panzhihua', 'region', withoutPinyin)).toEqual(['510400']);
    expect(ids('攀枝花', 'region', withoutPinyin)).toEqual(['510400']);
    expect(ids('pzh', 'region', withoutPinyin)).toEqual([]);
    // A single letter finds only the regions whose names contain it: Deyang, then Chengdu.
    expect(ids('e', 'region', withoutPinyin)).toEqual(['510600', '510100']);
  });

  it('places an entry by its best-matching key, not its first or its shortest', () => {
    const made = {
      entries: [
        { kind: 'region' as const, id: 'prefix', keys: ['panzhihuashi'] },
        // Only contains the query in its first key, but its second key is the query exactly.
        { kind: 'region' as const, id: 'exact-second', keys: ['xpanzhihua', 'panzhihua'] },
        // A prefix match, and a shorter key that merely contains the query: the prefix counts.
        { kind: 'region' as const, id: 'prefix-and-contained', keys: ['panzhihuaqu', 'xpanzhihua'] },
        { kind: 'region' as const, id: 'contained', keys: ['xxpanzhihua'] },
      ],
    };
    expect(searchIndex(made, 'panzhihua')[0]!.hits.map((h) => [h.entry.id, h.rank])).toEqual([
      ['exact-second', 0],
      ['prefix-and-contained', 1],
      ['prefix', 1],
      ['contained', 2],
    ]);
  });

  it('places an entry matching equally well by several keys by the shortest of them', () => {
    const made = {
      entries: [
        { kind: 'region' as const, id: 'middle', keys: ['panzhihuaxyz'] },
        { kind: 'region' as const, id: 'short-second', keys: ['panzhihuaxxxxx', 'panzhihuax'] },
        { kind: 'region' as const, id: 'short-first', keys: ['panzhihuax', 'panzhihuaxxxxx'] },
      ],
    };
    expect(searchIndex(made, 'panzhihua')[0]!.hits.map((h) => h.entry.id)).toEqual([
      'short-second',
      'short-first',
      'middle',
    ]);
  });

  it('shows the field of a passage that matched best: the shorter one, and the passage on a tie', () => {
    // Text keys: the passage, the Chinese summary, the English summary.
    const made = {
      entries: [
        { kind: 'text' as const, id: 'tie', quote: '司机58人', keys: ['司机58人', '司机58名', 'drivers'] },
        {
          kind: 'text' as const,
          id: 'shorter-summary',
          quote: '司机58人参与转运',
          keys: ['司机58人参与转运', '司机转运', 'drivers'],
        },
      ],
    };
    const shown = searchIndex(made, '司机')[0]!.hits.map((h) => [h.entry.id, h.key]);
    expect(Object.fromEntries(shown)).toEqual({ tie: 0, 'shorter-summary': 1 });
  });

  it('lists a passage quoted both for an effort and for its figure once', () => {
    const text = searchIndex(miniIndex(), '志愿活动').find((g) => g.kind === 'text')!;
    expect(text.hits.map((h) => [h.entry.id, h.entry.quote])).toEqual([
      ['cd-volunteers', '参与志愿活动200余人次'],
    ]);
    expect(text.more).toBe(0);
  });

  it('finds nothing for an empty or unknown query', () => {
    const index = miniIndex();
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

  it('cuts a long passage to the width, starting a third of the width before the match', () => {
    const long = `${'甲'.repeat(50)}核酸检测${'乙'.repeat(50)}`;
    expect(excerptAround(long, '核酸', 20)).toBe(`…${'甲'.repeat(6)}核酸检测${'乙'.repeat(10)}…`);
  });

  it('starts at the beginning, without an ellipsis, when the match is near the start', () => {
    const text = `甲甲核酸检测${'乙'.repeat(50)}`;
    expect(excerptAround(text, '核酸', 20)).toBe(`甲甲核酸检测${'乙'.repeat(14)}…`);
  });

  it('shows the last full width, without a trailing ellipsis, when the match is near the end', () => {
    const text = `${'甲'.repeat(50)}核酸检测乙`;
    expect(excerptAround(text, '核酸', 20)).toBe(`…${'甲'.repeat(15)}核酸检测乙`);
  });
});
