import { describe, expect, it } from 'vitest';
import { datasetPathFromSearch } from '../../../src/app/dataset-path';

describe('?dataset= parameter', () => {
  it('accepts plain same-origin relative paths', () => {
    expect(datasetPathFromSearch('?dataset=bench/data/synthetic-1000.json')).toEqual({
      path: 'bench/data/synthetic-1000.json',
      rejected: null,
    });
    expect(datasetPathFromSearch('?lang=en')).toEqual({ path: null, rejected: null });
  });

  it('rejects other origins, parent paths and scripts', () => {
    for (const bad of [
      'https://evil.example/x.json',
      '//evil.example/x.json',
      '../secret.json',
      '/etc/x.json',
      'javascript:alert(1)//.json',
      'a.js',
    ]) {
      expect(datasetPathFromSearch(`?dataset=${encodeURIComponent(bad)}`).path, bad).toBeNull();
    }
  });
});
