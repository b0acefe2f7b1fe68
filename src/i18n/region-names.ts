import type { Region } from '../data/schema';
import type { Lang } from '../domain/view';

/** Ethnic groups named in the titles of autonomous prefectures ("藏族", "羌族", "彝族" in Sichuan). */
const ETHNIC_ZH =
  /(?:藏|羌|彝|回|苗|蒙古|土家|傈僳|纳西|布依|满|白|傣|壮|哈尼|黎|侗|瑶|朝鲜|维吾尔|哈萨克)族$/;
/** " Tibetan and Qiang Autonomous Prefecture", " Yi Autonomous Prefecture" … */
const AUTONOMOUS_EN = /\s+(?:(?:[A-Z][\p{L}-]*|and)\s+)*Autonomous\s+Prefecture$/u;
/** " Qiang Autonomous County", " Yi Autonomous County" … */
const AUTONOMOUS_COUNTY_EN = /\s+(?:(?:[A-Z][\p{L}-]*|and)\s+)*Autonomous\s+County$/u;
/** " (Aba)": an alias in brackets, dropped when the bare name is unambiguous. */
const ALIAS_EN = /\s*\([^)]*\)$/;

/**
 * Display forms of one region, shortest first; the last is never ambiguous on its own.
 * zh: 成都市 → 成都, 阿坝藏族羌族自治州 → 阿坝州; counties keep their full name (米易县, 东区).
 * en: "Ngawa (Aba) Tibetan and Qiang Autonomous Prefecture" → "Ngawa" / "Ngawa (Aba)";
 * "Miyi County" → "Miyi" / "Miyi County"; districts keep "District" ("Dong District").
 */
function candidates(region: Region, lang: Lang): string[] {
  if (lang === 'zh') {
    const name = region.zh;
    if (region.level === 'county') return [name];
    if (name.endsWith('自治州')) {
      let stem = name.slice(0, -'自治州'.length);
      for (let guard = 0; guard < 4 && ETHNIC_ZH.test(stem); guard += 1) stem = stem.replace(ETHNIC_ZH, '');
      return stem.length > 0 ? [`${stem}州`] : [name];
    }
    const stripped = name.replace(/(?:市|省|地区|盟)$/, '');
    return stripped.length >= 2 && stripped !== name ? [stripped, name] : [name];
  }
  const name = region.en.trim();
  if (region.level === 'county') {
    // "Beichuan Qiang Autonomous County" → "Beichuan"; "Miyi County" → "Miyi".
    const stripped = name.replace(AUTONOMOUS_COUNTY_EN, '').replace(/\s+County$/, '');
    return stripped !== name && stripped.length > 0 ? [stripped, name] : [name];
  }
  const withAlias = name.replace(AUTONOMOUS_EN, '').replace(/\s+(?:City|Province)$/, '');
  const bare = withAlias.replace(ALIAS_EN, '');
  if (withAlias.length === 0) return [name];
  return bare !== withAlias && bare.length > 0 ? [bare, withAlias] : [withAlias];
}

/**
 * The short display name of a region for maps and axes. Pass the dataset's regions to get the
 * shortest form that no other region shares (e.g. "Garzê", but "Ngawa (Aba)" beside "Ngawa County");
 * without them the safe, slightly longer form is used ("Garzê (Ganzi)", "Miyi County" → "Miyi").
 */
export function shortRegionName(region: Region, lang: Lang, regions?: readonly Region[]): string {
  const own = candidates(region, lang);
  if (regions === undefined) {
    // Without the other regions, keep a bracketed alias: it is what tells "Ngawa (Aba)" from Ngawa County.
    return own.find((form) => form.endsWith(')')) ?? own[0]!;
  }
  const taken = new Set<string>();
  for (const other of regions) {
    if (other.code === region.code) continue;
    for (const form of candidates(other, lang)) taken.add(form);
  }
  return own.find((form) => !taken.has(form)) ?? own[own.length - 1]!;
}

/** Short names of many regions at once, keyed by code, disambiguated among themselves. */
export function shortRegionNames(regions: readonly Region[], lang: Lang): Map<string, string> {
  return new Map(regions.map((r) => [r.code, shortRegionName(r, lang, regions)]));
}
