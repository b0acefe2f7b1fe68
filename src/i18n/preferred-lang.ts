import { DEFAULT_VIEW, isLang, type Lang } from '../domain/view';

/**
 * The interface language when the link does not name one: the user's own earlier choice first,
 * then the browser's preferred languages in order (the first that is English or Chinese of any
 * region or script wins), then the default.
 */
export function preferredLang(browserLanguages: readonly string[], remembered: string | null): Lang {
  if (remembered !== null && isLang(remembered)) return remembered;
  for (const tag of browserLanguages) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    if (isLang(primary)) return primary;
  }
  return DEFAULT_VIEW.lang;
}
