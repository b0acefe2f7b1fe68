/** Longest data-derived string a chart shows, in code points (the ellipsis included). */
export const PLAIN_TEXT_MAX = 200;

const RICH_TEXT_SPECIALS: Readonly<Record<string, string>> = { '{': '｛', '}': '｝', '|': '｜' };

/**
 * Text from data, made safe for ECharts rich text: `{`, `}` and `|` (the `{style|text}` markup) become
 * their full-width forms so a name can never pick a style or hide text, and very long strings are cut
 * with "…". The result is still plain text (no HTML is ever produced).
 */
export function plainText(s: string, max: number = PLAIN_TEXT_MAX): string {
  const safe = s.replace(/[{}|]/g, (c) => RICH_TEXT_SPECIALS[c] ?? c);
  const chars = [...safe];
  if (chars.length <= max) return safe;
  return `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}
