import { DEFAULT_VIEW, isLang, type Lang } from '../domain/view';
import { preferredLang } from '../i18n/preferred-lang';
import { rememberedLang } from '../storage/lang-choice';

/**
 * The interface language a page opens in: a `lang` in the link wins (an unknown one falls back to
 * the default, as the URL parser does); without one, the user's remembered choice, else the
 * browser's preferred languages (`preferredLang`). The app's first render and the static first
 * paint of index.html (`first-paint.ts`) both ask this, so they never disagree.
 */
export function initialLang(
  search: string,
  browserLanguages: readonly string[],
  remembered: string | null,
): Lang {
  const asked = new URLSearchParams(search).get('lang');
  if (asked !== null) return isLang(asked) ? asked : DEFAULT_VIEW.lang;
  return preferredLang(browserLanguages, remembered);
}

/** `initialLang` of this page, this browser and its storage. */
export function initialLangHere(): Lang {
  return initialLang(window.location.search, navigator.languages ?? [navigator.language], rememberedLang());
}
