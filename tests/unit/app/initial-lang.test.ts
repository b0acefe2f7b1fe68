import { describe, expect, it } from 'vitest';
import { initialLang } from '../../../src/app/initial-lang';

describe('initialLang: the language a page opens in (the app and the static first paint)', () => {
  it('a lang in the link wins over the remembered choice and the browser', () => {
    expect(initialLang('?lang=en', ['zh-CN'], 'zh')).toBe('en');
    expect(initialLang('?tab=type&lang=zh', ['en-US'], 'en')).toBe('zh');
  });

  it('an unknown lang in the link opens in the default (Chinese), as the URL parser reads it', () => {
    expect(initialLang('?lang=fr', ['en-US'], 'en')).toBe('zh');
    expect(initialLang('?lang=', ['en-US'], null)).toBe('zh');
  });

  it('without one: the remembered choice, else the browser, else Chinese', () => {
    expect(initialLang('', ['zh-CN'], 'en')).toBe('en');
    expect(initialLang('?embed=map', ['en-GB'], null)).toBe('en');
    expect(initialLang('', ['fr'], null)).toBe('zh');
  });
});
