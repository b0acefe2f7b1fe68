import { escapeXml, wrapText, type MeasureText } from './text';

/** The words an exported image carries inside it, above and below the chart. */
export interface FrameText {
  title: string;
  /** Filters and counts in words. */
  subtitle: string;
  /** Source citation, the view's permalink, the qualifier note and the export date. */
  footer: readonly string[];
}

export interface FrameLine {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  font: string;
  fontSize: number;
  fontWeight: number;
  color: string;
}

export interface FrameLayout {
  width: number;
  height: number;
  chartY: number;
  chartWidth: number;
  chartHeight: number;
  lines: FrameLine[];
  /** Text for the SVG <title> and <desc>: everything, unwrapped. */
  title: string;
  description: string;
}

export const FRAME_FONT_FAMILY =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
const PAD = 16;
const INK = '#1d1d1f';
const MUTED = '#5f5f5f';

interface Style {
  size: number;
  weight: number;
  lineHeight: number;
  color: string;
}
const TITLE: Style = { size: 16, weight: 700, lineHeight: 22, color: INK };
const SUB: Style = { size: 12, weight: 400, lineHeight: 17, color: MUTED };
const FOOT: Style = { size: 11, weight: 400, lineHeight: 15, color: MUTED };

const fontOf = (s: Style): string => `${s.weight} ${s.size}px ${FRAME_FONT_FAMILY}`;

/**
 * Where the words go around a chart of `chartWidth` × `chartHeight` CSS pixels: a header band
 * (title, filters) and a footer band (citation, permalink, export date), wrapped to the width so
 * nothing is clipped. The same layout draws the PNG (canvas) and the SVG (<text>).
 */
export function frameLayout(
  text: FrameText,
  chartWidth: number,
  chartHeight: number,
  measure: MeasureText,
): FrameLayout {
  const width = Math.max(320, Math.round(chartWidth));
  const textWidth = width - 2 * PAD;
  const lines: FrameLine[] = [];
  let y = PAD;
  const add = (content: string, style: Style): void => {
    for (const line of wrapText(content, textWidth, fontOf(style), measure)) {
      y += style.lineHeight;
      lines.push({
        text: line,
        x: PAD,
        // Baseline a little above the bottom of the line box, so descenders fit.
        y: y - Math.round((style.lineHeight - style.size) / 2) - 2,
        font: fontOf(style),
        fontSize: style.size,
        fontWeight: style.weight,
        color: style.color,
      });
    }
  };
  add(text.title, TITLE);
  y += 2;
  add(text.subtitle, SUB);
  y += 8;
  const chartY = y;
  const chartH = Math.round(chartHeight);
  y += chartH + 8;
  for (const f of text.footer) add(f, FOOT);
  y += PAD - 4;
  return {
    width,
    height: Math.ceil(y),
    chartY,
    chartWidth: Math.round(chartWidth),
    chartHeight: chartH,
    lines,
    title: text.title,
    description: [text.subtitle, ...text.footer].join('\n'),
  };
}

/**
 * The exported SVG: a white page, the frame's words as <text> (escaped; no style attributes), and
 * the chart's own SVG (from ECharts' SVG renderer) nested at its place.
 */
export function frameSvg(layout: FrameLayout, chartSvg: string): string {
  const nested = chartSvg
    .replace(/^\s*<\?xml[^>]*>\s*/, '')
    .replace(/^<svg\b/, `<svg x="0" y="${layout.chartY}"`);
  const texts = layout.lines
    .map(
      (l) =>
        `<text x="${l.x}" y="${l.y}" font-family="${escapeXml(FRAME_FONT_FAMILY)}" font-size="${l.fontSize}" font-weight="${l.fontWeight}" fill="${l.color}">${escapeXml(l.text)}</text>`,
    )
    .join('\n');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}">`,
    `<title>${escapeXml(layout.title)}</title>`,
    `<desc>${escapeXml(layout.description)}</desc>`,
    `<rect x="0" y="0" width="${layout.width}" height="${layout.height}" fill="#ffffff"/>`,
    texts,
    nested,
    '</svg>',
    '',
  ].join('\n');
}
