import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvRows, neutraliseCell, toCsv } from '../../../src/export/csv';
import { buildDataset } from '../../../src/data/model';
import { miniDatasetJson } from '../../fixtures/mini-dataset';

const mini = buildDataset(miniDatasetJson());

describe('CSV text', () => {
  it('starts with the UTF-8 byte order mark, then the header, with CRLF line ends', () => {
    const text = toCsv(csvRows(mini, mini.efforts.slice(0, 1)));
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect([...new TextEncoder().encode(text).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(2);
    expect(lines[1]!.startsWith('cd-volunteers,510100,成都市,Chengdu,510100,成都市,Chengdu,')).toBe(true);
  });

  it('leaves numbers as numbers and only guards text that starts like a formula', () => {
    expect(neutraliseCell('a=1')).toBe('a=1');
    expect(neutraliseCell(' =1')).toBe(' =1');
    expect(neutraliseCell('')).toBe('');
    const rows = csvRows(mini, mini.efforts);
    // An approximate figure (数千) has no single value: its range goes to low/high, value stays empty.
    expect(rows.map((r) => r.value)).toEqual([200, 80, 58, 168000, '']);
  });
});
