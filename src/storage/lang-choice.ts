/** The interface language the user chose with the switch, kept between visits (localStorage). */
const KEY = 'tongxin-atlas:lang';

export function rememberedLang(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null; // storage blocked (privacy mode, sandboxed frame)
  }
}

export function rememberLang(lang: string): void {
  try {
    window.localStorage.setItem(KEY, lang);
  } catch {
    // Not kept: the choice still holds for this visit through the URL.
  }
}
