import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/data/model';
import { DEFAULT_VIEW } from '../../../src/domain/view';
import { FRAME_FONT_FAMILY, frameLayout, frameSvg } from '../../../src/export/frame';
import { imageFrameText } from '../../../src/export/frame-text';
import { wrapText } from '../../../src/export/text';
import { miniDatasetJson } from '../../fixtures/mini-dataset';

/** Every character is as wide as the font size in pixels: layouts become easy to check by hand. */
const measure = (text: string, font: string): number => [...text].length * Number(/(\d+)px/.exec(font)![1]);

describe('image frame layout', () => {
  it('stacks title, subtitle, the chart and the footer lines at fixed positions', () => {
    const layout = frameLayout({ title: 'T', subtitle: 'S', footer: ['F1', 'F2'] }, 600.4, 400.6, measure);
    expect(layout).toEqual({
      width: 600,
      height: 16 + 22 + 2 + 17 + 8 + 401 + 8 + 15 + 15 + 12,
      chartY: 65,
      chartWidth: 600,
      chartHeight: 401,
      title: 'T',
      description: 'S\nF1\nF2',
      lines: [
        {
          text: 'T',
          x: 16,
          y: 16 + 22 - 3 - 2,
          font: `700 16px ${FRAME_FONT_FAMILY}`,
          fontSize: 16,
          fontWeight: 700,
          color: '#1d1d1f',
        },
        {
          text: 'S',
          x: 16,
          y: 40 + 17 - 3 - 2,
          font: `400 12px ${FRAME_FONT_FAMILY}`,
          fontSize: 12,
          fontWeight: 400,
          color: '#5f5f5f',
        },
        {
          text: 'F1',
          x: 16,
          y: 474 + 15 - 2 - 2,
          font: `400 11px ${FRAME_FONT_FAMILY}`,
          fontSize: 11,
          fontWeight: 400,
          color: '#5f5f5f',
        },
        {
          text: 'F2',
          x: 16,
          y: 489 + 15 - 2 - 2,
          font: `400 11px ${FRAME_FONT_FAMILY}`,
          fontSize: 11,
          fontWeight: 400,
          color: '#5f5f5f',
        },
      ],
    });
  });

  it('is at least 320 pixels wide and wraps text to the width inside the padding', () => {
    const layout = frameLayout({ title: '一'.repeat(30), subtitle: '', footer: [] }, 100, 50, measure);
    expect(layout.width).toBe(320);
    expect(layout.chartWidth).toBe(100);
    // 288 pixels of text at 16 px a character: 18 characters a line.
    expect(layout.lines.map((l) => l.text.length)).toEqual([18, 12]);
    expect(layout.lines[1]!.y - layout.lines[0]!.y).toBe(22);
    expect(layout.description).toBe('');
  });

  it('breaks lines at spaces, by character inside long words, never with spaces at the ends', () => {
    expect(wrapText('aa bb cc', 50, '10px x', measure)).toEqual(['aa bb', 'cc']);
    expect(wrapText('  aa   bb  ', 50, '10px x', measure)).toEqual(['aa bb']);
    expect(wrapText('abcdefghijkl', 50, '10px x', measure)).toEqual(['abcde', 'fghij', 'kl']);
    expect(wrapText('ab abcdefghij', 50, '10px x', measure)).toEqual(['ab', 'abcde', 'fghij']);
    expect(wrapText('四川统一战线在行动', 30, '10px x', measure)).toEqual(['四川统', '一战线', '在行动']);
    expect(wrapText('行动 abc', 60, '10px x', measure)).toEqual(['行动 abc']);
    expect(wrapText('', 50, '10px x', measure)).toEqual([]);
    expect(wrapText('   ', 50, '10px x', measure)).toEqual([]);
  });

  it('writes the SVG page: size, title, description, white ground, lines and the nested chart', () => {
    const layout = frameLayout({ title: 'A & B', subtitle: 'S', footer: ['<F>'] }, 320, 100, measure);
    const svg = frameSvg(layout, '<?xml version="1.0"?>\n<svg width="320" height="100"><rect/></svg>');
    const f = FRAME_FONT_FAMILY.replace(/'/g, '&apos;');
    expect(svg.split('\n')).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="320" height="${layout.height}" viewBox="0 0 320 ${layout.height}">`,
      '<title>A &amp; B</title>',
      '<desc>S',
      '&lt;F&gt;</desc>',
      `<rect x="0" y="0" width="320" height="${layout.height}" fill="#ffffff"/>`,
      `<text x="16" y="33" font-family="${f}" font-size="16" font-weight="700" fill="#1d1d1f">A &amp; B</text>`,
      `<text x="16" y="52" font-family="${f}" font-size="12" font-weight="400" fill="#5f5f5f">S</text>`,
      `<text x="16" y="${layout.lines[2]!.y}" font-family="${f}" font-size="11" font-weight="400" fill="#5f5f5f">&lt;F&gt;</text>`,
      `<svg x="0" y="${layout.chartY}" width="320" height="100"><rect/></svg>`,
      '</svg>',
      '',
    ]);
  });

  it('frames the export with title, view, source, permalink, data note and date', () => {
    const dataset = buildDataset(miniDatasetJson());
    const text = imageFrameText({
      dataset,
      view: { ...DEFAULT_VIEW, lang: 'en' },
      visible: dataset.efforts,
      target: 'type',
      permalink: 'https://a.example/?lang=en',
      now: new Date(2025, 0, 2, 10, 30),
    });
    expect(text.title).toBe('Organisation types (all of Sichuan)');
    expect(text.subtitle).toBe('Filters: none; 3 of 3 efforts shown, 5 figures');
    expect(text.footer).toHaveLength(5);
    expect(text.footer[0]).toContain('Test site. 测试报告 [Test report]. 9 Sep 2022. http://example.org/.');
    expect(text.footer[1]).toContain('Tongxin Atlas');
    expect(text.footer[1]).toContain('https://a.example/?lang=en');
    expect(text.footer[2]).toMatch(/lower bound/);
    expect(text.footer[2]).toMatch(/ranges/);
    expect(text.footer[3]).toBe('dataset mini, version not given');
    expect(text.footer[4]).toContain('2 Jan 2025, 10:30');
  });
});
