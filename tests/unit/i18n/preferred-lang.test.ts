import { describe, expect, it } from 'vitest';
import { preferredLang } from '../../../src/i18n/preferred-lang';

describe('preferredLang: the language of a link without lang', () => {
  it('follows an English browser', () => {
    expect(preferredLang(['en-US', 'en'], null)).toBe('en');
    expect(preferredLang(['en-GB'], null)).toBe('en');
  });

  it('follows a Chinese browser of any region or script', () => {
    for (const tag of ['zh-CN', 'zh-TW', 'zh-Hant-HK', 'zh']) expect(preferredLang([tag], null)).toBe('zh');
  });

  it('takes the first of the browser languages it has, in order', () => {
    expect(preferredLang(['fr-FR', 'en-US', 'zh-CN'], null)).toBe('en');
    expect(preferredLang(['de', 'zh-CN', 'en'], null)).toBe('zh');
  });

  it('falls back to the default (Chinese) for other languages or none', () => {
    expect(preferredLang(['fr-FR', 'de'], null)).toBe('zh');
    expect(preferredLang([], null)).toBe('zh');
  });

  it('a remembered choice wins over the browser; an unknown remembered value is ignored', () => {
    expect(preferredLang(['en-US'], 'zh')).toBe('zh');
    expect(preferredLang(['zh-CN'], 'en')).toBe('en');
    expect(preferredLang(['en-US'], 'xx')).toBe('en');
  });
});
