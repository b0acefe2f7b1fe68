/**
 * Write data/region-pinyin.json: toneless pinyin (full and initials) of every prefecture and county
 * of the boundary set (data/geo/index.json), so search finds 攀枝花市 by "panzhihua" or "pzh"
 * without shipping a pinyin dictionary to the browser. Run after the boundaries change:
 * `npm run data:pinyin`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';

/** Place-name readings a general dictionary gets wrong (the character's common reading differs). */
const READINGS = {
  犍为县: 'qian wei xian',
  筠连县: 'jun lian xian',
  荥经县: 'ying jing xian',
  珙县: 'gong xian',
  郫都区: 'pi du qu',
  邛崃市: 'qiong lai shi',
  阆中市: 'lang zhong shi',
  会理市: 'hui li shi',
  会东县: 'hui dong xian',
  会理县: 'hui li xian',
  沙湾区: 'sha wan qu',
  长宁县: 'chang ning xian',
  乐山市: 'le shan shi',
  乐至县: 'le zhi xian',
  巴塘县: 'ba tang xian',
  理塘县: 'li tang xian',
  新都区: 'xin du qu',
  什邡市: 'shi fang shi',
  丹棱县: 'dan ling xian',
};

const geo = JSON.parse(readFileSync(new URL('../data/geo/index.json', import.meta.url), 'utf8'));
const regions = [{ code: '510000', name: '四川省' }, ...geo.prefectures, ...geo.counties];
const out = {};
for (const { code, name } of regions) {
  const syllables = (READINGS[name] ?? pinyin(name, { toneType: 'none', type: 'string', v: true }))
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
  out[code] = [syllables.join(''), syllables.map((s) => s[0]).join('')];
}
// One region a line, as Prettier would write it.
const lines = Object.entries(out).map(
  ([code, [full, initials]]) => `  "${code}": ["${full}", "${initials}"]`,
);
writeFileSync(new URL('../data/region-pinyin.json', import.meta.url), `{\n${lines.join(',\n')}\n}\n`);
console.log(`${Object.keys(out).length} regions`);
