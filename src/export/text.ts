/** Small text helpers shared by the export builders (pure, no DOM). */

/** Escape text for XML/SVG character data and attribute values; drops characters XML forbids. */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The local calendar day of `now` as YYYY-MM-DD (what the person exporting sees on their clock). */
export function localIsoDay(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Local time HH:MM. */
export function localTime(now: Date): string {
  return `${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/** A compact local timestamp for file names: 20250102-1030. */
export function fileStamp(now: Date): string {
  return `${localIsoDay(now).replace(/-/g, '')}-${pad(now.getHours())}${pad(now.getMinutes())}`;
}

/** Width of a text in CSS pixels for a CSS font (a canvas `measureText`, or a stub in tests). */
export type MeasureText = (text: string, font: string) => number;

/** CJK ideographs and full-width punctuation may break anywhere; other text breaks at spaces. */
const TOKEN =
  /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]+|\s+/g;

/**
 * Greedy line breaking to `maxWidth`: Chinese by character, other scripts at spaces; a word longer
 * than a line (a URL) is broken by character. Lines never start or end with spaces.
 */
export function wrapText(text: string, maxWidth: number, font: string, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (): void => {
    const trimmed = line.trim();
    if (trimmed) lines.push(trimmed);
    line = '';
  };
  for (const token of text.match(TOKEN) ?? []) {
    if (/^\s+$/.test(token)) {
      if (line) line += ' ';
      continue;
    }
    if (measure(line + token, font) <= maxWidth) {
      line += token;
      continue;
    }
    if (line.trim()) push();
    if (measure(token, font) <= maxWidth) {
      line = token;
      continue;
    }
    for (const ch of token) {
      if (line && measure(line + ch, font) > maxWidth) push();
      line += ch;
    }
  }
  push();
  return lines;
}
