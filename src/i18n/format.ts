import type { Source } from '../data/schema';
import type { Qualifier } from '../data/schema';
import type { Lang } from '../domain/view';
import { lowerBound, upperBound } from '../data/model';
import type { Measure } from '../data/schema';
import { translate } from './i18n';

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

/** The publication day in a citation: ISO in Chinese (2022-09-09), words in English (9 Sep 2022). */
export function citationDay(isoDay: string, lang: Lang): string {
  return lang === 'zh' ? isoDay : formatDay(isoDay, lang);
}

/** The message key of a language's name ("Chinese" / "中文"). */
export function languageNameKey(lang: Lang): 'languageZh' | 'languageEn' {
  return lang === 'zh' ? 'languageZh' : 'languageEn';
}

/**
 * What the range formatters need of a figure or a total of figures (`Total`, `RegionValue`): its
 * ends and how they are known. Ranges are inclusive; `high` null is "no upper bound".
 */
export interface Amount {
  low: number;
  high: number | null;
  qualifier: Qualifier;
  /** The source's words for one approximate figure ("数千人次"), shown beside its range. */
  figure?: string | null;
  /** A total that includes a vague amount (数千…). */
  includesApprox?: boolean;
}

/** A measure as an amount: an exact or at-least value, or an approximate figure's range. */
export function amountOf(m: Measure): Amount {
  return { low: lowerBound(m), high: upperBound(m), qualifier: m.qualifier, figure: m.figure };
}

/** Digits grouped, never 万: both ends of a range read alike ("20,000–99,999", not "2万–99,999"). */
function grouped(value: number, lang: Lang): string {
  return new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 2 }).format(value);
}

/** "2,000–9,999"; one number when the ends meet; "至少 2,000" / "at least 2,000" with no upper end. */
export function formatRange(low: number, high: number | null, lang: Lang): string {
  if (high === null) return lang === 'zh' ? `至少 ${grouped(low, lang)}` : `at least ${grouped(low, lang)}`;
  if (high === low) return formatNumber(low, lang);
  return `${grouped(low, lang)}–${grouped(high, lang)}`;
}

/**
 * English words for a "数X" range (2·10ⁿ to 10ⁿ⁺¹ − 1, R1 in data/README.md): "several thousand";
 * "approximate" for any other range. (Chinese shows the source's own words, `figure`.)
 */
function severalWordsEn(low: number, high: number | null): string {
  const n = Math.round(Math.log10(low / 2));
  const fits = n >= 0 && n <= 4 && low === 2 * 10 ** n && (high === null || high === 10 ** (n + 1) - 1);
  if (!fits) return 'approximate';
  return [
    'several',
    'several tens of',
    'several hundred',
    'several thousand',
    'several tens of thousands of',
  ][n]!;
}

/**
 * An amount as a short label (bar ends, lists): "3,100", "200余" / "200+", "2,000–9,999",
 * "至少 2,000" / "at least 2,000". A range is never shown as one of its ends.
 */
export function formatAmount(a: Amount, lang: Lang): string {
  if (a.qualifier === 'approx') return formatRange(a.low, a.high, lang);
  return formatQualified(a.low, a.qualifier, lang);
}

/**
 * An amount with its words (tables, descriptions): "2,000–9,999（数千人次）" /
 * "2,000–9,999 (several thousand)"; a total that includes a vague amount says so.
 */
export function formatAmountWords(a: Amount, lang: Lang): string {
  const short = formatAmount(a, lang);
  if (a.qualifier === 'approx' && a.figure) {
    return lang === 'zh' ? `${short}（${a.figure}）` : `${short} (${severalWordsEn(a.low, a.high)})`;
  }
  return a.includesApprox ? `${short}${translate(lang, 'inclApprox')}` : short;
}

/**
 * An amount with its unit (dossier, tooltips): "数千人次 · 2,000–9,999" / "several thousand
 * person-times (2,000–9,999)"; "200余人次" / "200+ person-times" as `formatFigure`.
 */
export function formatAmountFigure(a: Amount, unitLabel: string, lang: Lang): string {
  const range = formatAmount(a, lang);
  if (a.qualifier === 'approx' && a.figure) {
    return lang === 'zh'
      ? `${a.figure} · ${range}`
      : `${severalWordsEn(a.low, a.high)} ${unitLabel} (${range})`;
  }
  const figure =
    a.qualifier === 'approx'
      ? lang === 'zh'
        ? `${range}${unitLabel}`
        : `${range} ${unitLabel}`
      : formatFigure(a.low, a.qualifier, unitLabel, lang);
  return a.includesApprox ? `${figure}${translate(lang, 'inclApprox')}` : figure;
}

/**
 * The qualifier of a total in words, for tables: "exact", "at least" (余/多/超), "approximate: a
 * range"; a total that includes a vague amount says so.
 */
export function amountQualifierLabel(a: Amount, lang: Lang): string {
  if (a.qualifier === 'approx') return lang === 'zh' ? '约数：范围' : 'approximate: a range';
  if (a.qualifier === 'at-least' && a.includesApprox) {
    return `${lang === 'zh' ? '下限' : 'at least'}${translate(lang, 'inclApprox')}`;
  }
  return qualifierLabel(a.qualifier, lang);
}
