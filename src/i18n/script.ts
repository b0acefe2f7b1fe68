import type { Lang } from '../domain/view';

/**
 * How each interface language is written, for layout that differs by script (not for words: those
 * are in the message catalogues). Han text breaks between any two characters and is short; Latin
 * text breaks at spaces and is about three times as long for the same meaning.
 */
export interface Script {
  /** BCP 47 tag for the `lang` attribute and `toLocaleString`. */
  tag: string;
  /** Lines may break between any two characters (Han), not only at spaces (Latin). */
  breaksAnywhere: boolean;
  /** Long category labels are set at an angle on a horizontal axis (Latin words do not wrap well). */
  axisLabelRotate: number;
  /** The other interface language (the language switch, the second name of a region). */
  other: Lang;
  /** The language's own name, e.g. on the switch to it. */
  ownName: string;
}

export const SCRIPTS: Readonly<Record<Lang, Script>> = {
  zh: { tag: 'zh-CN', breaksAnywhere: true, axisLabelRotate: 0, other: 'en', ownName: '中文' },
  en: { tag: 'en', breaksAnywhere: false, axisLabelRotate: 40, other: 'zh', ownName: 'English' },
};

/** Characters per label line: `han` for Han text, `latin` for Latin text. */
export function lineWidth(lang: Lang, han: number, latin: number): number {
  return SCRIPTS[lang].breaksAnywhere ? han : latin;
}
