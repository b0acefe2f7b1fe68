// English names of Sichuan's regions, generated at data-generation time (not at run time) by
// scripts/extract-boundaries.mjs: Hanyu Pinyin from pinyin-pro (a devDependency, never bundled)
// with the conventions below, and a hand-kept list of official exceptions in
// data/region-names-en.json (sources are named there and in data/geo/NOTICE.md).
//
//   node scripts/region-names.mjs            # print every region with its English name
//   node scripts/region-names.mjs --check    # fail if data/geo/index.json disagrees with the rules
//
// Deterministic: the same zh names and exceptions give the same output.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const EXCEPTIONS_FILE = path.join(REPO, 'data', 'region-names-en.json');

/** The province itself: not in the boundary sources (echarts names its map "sichuan"). */
export const PROVINCE = { code: '510000', name: '四川省', en: 'Sichuan' };

/** Peoples named in the autonomous divisions of Sichuan. */
const PEOPLES = { 藏族: 'Tibetan', 羌族: 'Qiang', 彝族: 'Yi' };

export function readExceptions(file = EXCEPTIONS_FILE) {
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  return new Map(json.exceptions.map((e) => [e.code, e]));
}

/** 广安 → "Guang'an", 马尔康 → "Ma'erkang": syllables joined, an apostrophe before a/o/e inside a word. */
export function romanise(zh) {
  const syllables = pinyin(zh, { toneType: 'none', type: 'array', v: false, nonZh: 'removed' });
  if (syllables.length === 0) throw new Error(`no pinyin for ${zh}`);
  const word = syllables
    .map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s))
    .join('')
    .replace(/v/g, 'ü');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The rule-based English name of a division from its zh name (no exceptions applied). */
export function ruleName(zh) {
  const autonomous = /^(.+?)((?:藏族|羌族|彝族)+)自治(州|县)$/.exec(zh);
  if (autonomous) {
    const [, stem, peoplesZh, kind] = autonomous;
    const peoples = peoplesZh.match(/.族/g).map((p) => PEOPLES[p]);
    const list = peoples.length > 1 ? `${peoples.slice(0, -1).join(', ')} and ${peoples.at(-1)}` : peoples[0];
    return `${romanise(stem)} ${list} Autonomous ${kind === '州' ? 'Prefecture' : 'County'}`;
  }
  if (zh.endsWith('省')) return romanise(zh.slice(0, -1));
  // A one-character stem keeps its suffix in the pinyin only for 区 and 县 (东区 Dong District, 理县 Li County).
  if (zh.endsWith('区')) return `${romanise(zh.slice(0, -1))} District`;
  if (zh.endsWith('县')) return `${romanise(zh.slice(0, -1))} County`;
  if (zh.endsWith('市')) return romanise(zh.slice(0, -1));
  throw new Error(`no rule for the division name ${zh}`);
}

/** The English name: an exception when listed (its zh must match), otherwise the rule. */
export function englishName(code, zh, exceptions) {
  const exception = exceptions.get(code);
  if (exception) {
    if (exception.zh !== zh) throw new Error(`${EXCEPTIONS_FILE}: ${code} is ${zh}, not ${exception.zh}`);
    return exception.en;
  }
  return ruleName(zh);
}

/**
 * The registry written to data/geo/index.json: the province, the prefectures and the counties, each
 * with code, zh `name`, `en` (and `parent` for counties), sorted by code.
 */
export function buildRegistry(prefectures, counties, exceptions = readExceptions()) {
  const used = new Set();
  const en = (r) => {
    used.add(r.code);
    return englishName(r.code, r.name, exceptions);
  };
  const registry = {
    province: { code: PROVINCE.code, name: PROVINCE.name, en: en(PROVINCE) },
    prefectures: prefectures.map((p) => ({ code: p.code, name: p.name, en: en(p) })),
    counties: counties.map((c) => ({ code: c.code, name: c.name, en: en(c), parent: c.parent })),
  };
  const unused = [...exceptions.keys()].filter((code) => !used.has(code));
  if (unused.length) throw new Error(`${EXCEPTIONS_FILE}: no region has the code(s) ${unused.join(', ')}`);
  return registry;
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const index = JSON.parse(fs.readFileSync(path.join(REPO, 'data', 'geo', 'index.json'), 'utf8'));
  const registry = buildRegistry(index.prefectures, index.counties);
  if (process.argv.includes('--check')) {
    const expected = JSON.stringify(registry);
    const actual = JSON.stringify({
      province: index.province,
      prefectures: index.prefectures,
      counties: index.counties,
    });
    if (expected !== actual) {
      console.error(
        'data/geo/index.json disagrees with scripts/region-names.mjs: run npm run data:boundaries',
      );
      process.exit(1);
    }
  } else {
    for (const r of [registry.province, ...registry.prefectures, ...registry.counties]) {
      console.log(`${r.code}\t${r.name}\t${r.en}`);
    }
  }
}
