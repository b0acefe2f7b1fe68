import type { Lang } from '../domain/view';
import { translator, type Translate } from '../i18n/i18n';

/**
 * The environment an option builder renders for, injected so builders stay pure: language,
 * colours and text helpers. Builders never read the store or the DOM.
 */
export interface ChartContext {
  lang: Lang;
  /** Interface strings in `lang` (builders never choose between languages themselves). */
  t: Translate;
  /** Categorical colours for organisation types, in vocabulary order (colour-blind-safe). */
  categoryColors: readonly string[];
  /** Sequential ramp for choropleths and heat-maps, light → dark. */
  sequentialColors: readonly string[];
  /** Fill for regions the report does not cover / gives no figure for. */
  notReportedColor: string;
  textColor: string;
  mutedTextColor: string;
  /** Font stack bundled fonts fall back to (no web fonts are loaded). */
  fontFamily: string;
  /** Animations off for benchmarks and reduced-motion users. */
  animation: boolean;
  /** Decal patterns on every filled area (colour-independent reading). */
  decals: boolean;
  /** A narrow screen (phones): smaller labels, less margin. */
  compact: boolean;
}

/** Okabe–Ito, a palette readable with the common colour-vision deficiencies. */
export const OKABE_ITO = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
];

export function defaultChartContext(
  lang: Lang,
  animation = true,
  decals = false,
  compact = false,
): ChartContext {
  return {
    lang,
    t: translator(lang),
    categoryColors: [...OKABE_ITO, '#7f7f7f', '#8c564b'],
    sequentialColors: [
      '#fde0c5',
      '#facba6',
      '#f8b58b',
      '#f59e72',
      '#f2855d',
      '#ef6a4c',
      '#eb4a40',
      '#b3261e',
    ],
    notReportedColor: '#e4e4e4',
    textColor: '#1d1d1f',
    mutedTextColor: '#5f5f5f',
    fontFamily: "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif",
    animation,
    decals,
    compact,
  };
}
