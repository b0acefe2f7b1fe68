import { describe, expect, it } from 'vitest';
import { embedUrl, fullViewUrl, iframeCode } from '../../../src/export/embed';
import { DEFAULT_VIEW } from '../../../src/domain/view';
import { laterMessages } from '../../../src/i18n/messages-later';

describe('embed links and code', () => {
  it('adds embed=<target> to the view query', () => {
    expect(embedUrl('https://a.example', '/atlas/', DEFAULT_VIEW, 'map')).toBe(
      'https://a.example/atlas/?embed=map',
    );
    const view = {
      ...DEFAULT_VIEW,
      lang: 'en' as const,
      tab: 'flow',
      filters: { ...DEFAULT_VIEW.filters, organisationTypes: ['democratic-party'] },
    };
    expect(embedUrl('https://a.example', '/', view, 'flow')).toBe(
      'https://a.example/?lang=en&types=democratic-party&tab=flow&embed=flow',
    );
  });

  it('the full view of an embed is the same link without embed', () => {
    expect(fullViewUrl('https://a.example/?types=a,b&embed=map#x')).toBe('https://a.example/?types=a,b');
  });

  it('escapes attribute values, so a title from data stays text', () => {
    const code = iframeCode('https://a.example/?a=1&embed=map', 'A "quoted" <b>title</b> & more');
    expect(code).toBe(
      '<iframe src="https://a.example/?a=1&amp;embed=map" title="A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more" width="100%" height="560" style="border:0;max-width:100%" loading="lazy" referrerpolicy="no-referrer"></iframe>',
    );
  });

  it('the later catalogue has the same keys in zh and en, none empty', () => {
    expect(Object.keys(laterMessages.en).sort()).toEqual(Object.keys(laterMessages.zh).sort());
    for (const lang of ['zh', 'en'] as const)
      for (const v of Object.values(laterMessages[lang])) expect(v.length).toBeGreaterThan(0);
  });
});
