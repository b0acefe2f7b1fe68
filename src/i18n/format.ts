import type { Source } from '../data/schema';
import type { Qualifier } from '../data/schema';
import type { Lang } from '../domain/view';

const locales: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' };

/**
 * `Intl.NumberFormat` objects are costly to build (a locale lookup each time) and formatting a map
 * or a table calls this thousands of times: one formatter per locale and options, built once.
 */
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, compact: boolean, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${locale}|${compact ? 'c' : ''}|${maximumFractionDigits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      ...(compact ? { notation: 'compact' as const } : {}),
      maximumFractionDigits,
    });
    formatters.set(key, f);
  }
  return f;
}

/**
 * A number for the interface language. Chinese uses 万/亿 when that is exact (16.8万, 350万) and
 * digit grouping otherwise (144,237), so no figure is silently rounded; English uses digit grouping
 * (168,000). `compact` allows rounding (3.5M, 14.4万) for axis labels.
 */
export function formatNumber(value: number, lang: Lang, options: { compact?: boolean } = {}): string {
  // Whole numbers 0–999 read the same in both locales (no grouping, no fraction): no formatter is
  // needed, so the first screen's legends and labels do not pay for loading the locale data.
  if (Number.isInteger(value) && value >= 0 && value < 1000 && !Object.is(value, -0)) return String(value);
  const big = Math.abs(value) >= 10_000;
  if (lang === 'zh' && big && (options.compact || value % 100 === 0)) {
    return formatter(locales.zh, true, 2).format(value);
  }
  if (options.compact && big) {
    return formatter(locales.en, true, 1).format(value);
  }
  return formatter(locales[lang], false, 2).format(value);
}

/** Words for a vague amount: 数千 ↔ "several thousand". `value` is the recorded lower bound. */
function approxWords(value: number, lang: Lang): string {
  const magnitude = value >= 10_000 ? 4 : value >= 1_000 ? 3 : value >= 100 ? 2 : value >= 10 ? 1 : 0;
  const zh = ['数', '数十', '数百', '数千', '数万'][magnitude]!;
  const en = ['several', 'several tens of', 'several hundred', 'several thousand', 'tens of thousands of'][
    magnitude
  ]!;
  return lang === 'zh' ? zh : en;
}

/**
 * A figure with its qualifier, as a reader should see it: "200+" / "200余", "several thousand" /
 * "数千", "168,000" / "16.8万". The unit label is appended by the caller's locale rules.
 */
export function formatQualified(value: number, qualifier: Qualifier, lang: Lang): string {
  if (qualifier === 'approx') return approxWords(value, lang);
  const n = formatNumber(value, lang);
  if (qualifier === 'exact') return n;
  return lang === 'zh' ? `${n}余` : `${n}+`;
}

/** "200+ person-times" / "200余 人次"; Chinese puts the unit right after the number. */
export function formatFigure(value: number, qualifier: Qualifier, unitLabel: string, lang: Lang): string {
  const q = formatQualified(value, qualifier, lang);
  return lang === 'zh' ? `${q}${unitLabel}` : `${q} ${unitLabel}`;
}

/** A qualifier in words, for tables and legends. */
export function qualifierLabel(qualifier: Qualifier, lang: Lang): string {
  const labels: Record<Qualifier, [string, string]> = {
    exact: ['确数', 'exact'],
    'at-least': ['下限（余/多/超）', 'at least'],
    approx: ['约数（数千等）', 'approximate'],
  };
  return labels[qualifier][lang === 'zh' ? 0 : 1];
}

/** 2022-09-04 → "9月4日" (or "2022年9月4日" with `year`) / "4 Sep 2022". */
export function formatDay(iso: string, lang: Lang, options: { year?: boolean } = {}): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (lang === 'zh') return options.year ? `${y}年${m}月${d}日` : `${m}月${d}日`;
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1];
  return `${d} ${month} ${y}`;
}

/** The report's title in the interface language: its English title in English, else as published. */
export function sourceTitle(source: Pick<Source, 'title' | 'titleEn'>, lang: Lang): string {
  return lang === 'en' ? source.titleEn : source.title;
}
