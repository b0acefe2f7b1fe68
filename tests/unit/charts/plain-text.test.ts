import { describe, expect, it } from 'vitest';
import { PLAIN_TEXT_MAX, plainText } from '../../../src/charts/plain-text';

describe('plainText', () => {
  it('neutralises rich-text markup', () => {
    expect(plainText('{a|b}')).toBe('｛a｜b｝');
    expect(plainText('x{bold|y}z||')).not.toMatch(/[{}|]/);
  });

  it('leaves ordinary text alone', () => {
    expect(plainText('成都市委统战部 (UFWD)')).toBe('成都市委统战部 (UFWD)');
  });

  it('caps long text with an ellipsis, by code points', () => {
    const long = '统'.repeat(PLAIN_TEXT_MAX + 50);
    const out = plainText(long);
    expect([...out]).toHaveLength(PLAIN_TEXT_MAX);
    expect(out.endsWith('…')).toBe(true);
    expect(plainText('abcdef', 4)).toBe('abc…');
    expect(plainText('abcd', 4)).toBe('abcd');
    // An astral character is not split in half.
    expect(plainText('𠀀𠀀𠀀', 2)).toBe('𠀀…');
  });
});
