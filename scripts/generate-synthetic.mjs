#!/usr/bin/env node
/**
 * Deterministic synthetic datasets in the real schema, for benchmarks: N efforts spread over every
 * Sichuan prefecture and county (data/geo/index.json), many organisations and every unit of the
 * bundled dataset. Never bundled: written where you say (default bench/data/, git-ignored).
 *
 *   node scripts/generate-synthetic.mjs --efforts 100000 [--seed 1] [--out bench/data/synthetic-100000.json]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** mulberry32: a small, fast, seedable PRNG (same seed → same dataset). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A file of the repository (works from Node and from Vitest, whose module URLs are not file: URLs). */
function repoFile(rel) {
  const root = import.meta.url.startsWith('file:')
    ? join(dirname(fileURLToPath(import.meta.url)), '..')
    : process.cwd();
  return join(root, rel);
}

export function generateSynthetic(effortCount, seed = 1) {
  const random = prng(seed);
  const int = (n) => Math.floor(random() * n);
  const pick = (list) => list[int(list.length)];
  const base = JSON.parse(readFileSync(repoFile('data/dataset.json'), 'utf8'));
  const geo = JSON.parse(readFileSync(repoFile('data/geo/index.json'), 'utf8'));
  const province = base.regions.find((r) => r.level === 'province');
  const prefectures = base.regions.filter((r) => r.level === 'prefecture');
  const counties = geo.counties.map((c) => ({
    code: c.code,
    zh: c.name,
    en: `County ${c.code}`,
    level: 'county',
    parent: c.parent,
  }));
  const regions = [province, ...prefectures, ...counties];
  const places = [...prefectures, ...counties];
  const types = base.organisationTypes.map((t) => t.id);
  const orgCount = Math.max(20, Math.round(effortCount / 10));
  const organisations = Array.from({ length: orgCount }, (_, i) => {
    const region = pick(places);
    return {
      id: `org-${i}`,
      name: { zh: `${region.zh}组织${i}`, en: `Organisation ${i} of ${region.en}` },
      type: pick(types),
      regionCode: region.code,
    };
  });
  const activities = base.activities.map((a) => a.id);
  const units = base.units.map((u) => u.id);
  const qualifiers = ['exact', 'exact', 'at-least', 'approx'];
  const day = (d) => `2022-${d < 4 ? '08' : '09'}-${String(d < 4 ? 28 + d : d - 3).padStart(2, '0')}`;
  const efforts = Array.from({ length: effortCount }, (_, i) => {
    const region = pick(places);
    const nOrgs = 1 + int(3);
    const orgs = [...new Set(Array.from({ length: nOrgs }, () => `org-${int(orgCount)}`))];
    const acts = [...new Set(Array.from({ length: 1 + int(3) }, () => pick(activities)))];
    const r = random();
    const start = int(13);
    const date =
      r < 0.6
        ? null
        : r < 0.75
          ? { kind: 'on', start: day(start), end: day(start), quote: `${start}日` }
          : r < 0.9
            ? { kind: 'since', start: day(start), end: null, quote: `${start}日以来` }
            : {
                kind: 'range',
                start: day(start),
                end: day(Math.min(12, start + 1 + int(3))),
                quote: `${start}日起`,
              };
    const measures = Array.from({ length: int(4) }, (_, j) => {
      const value = 1 + int(50000);
      const qualifier = pick(qualifiers);
      const figure = qualifier === 'approx' ? `数千${j}` : `${value}${qualifier === 'at-least' ? '余' : ''}`;
      return {
        value: qualifier === 'approx' ? 2000 : value,
        unit: pick(units),
        qualifier,
        figure,
        label: { zh: `指标${j}`, en: `measure ${j}` },
        quote: `合成数据第${i}条：${figure}。`,
      };
    });
    return {
      id: `effort-${i}`,
      regionCode: region.code,
      organisationIds: orgs,
      activities: acts,
      date,
      summary: { zh: `合成行动 ${i}`, en: `Synthetic effort ${i}` },
      quote: `合成数据第${i}条。`,
      measures,
    };
  });
  return {
    schemaVersion: 1,
    id: `synthetic-${effortCount}`,
    title: { zh: `合成数据（${effortCount} 项行动）`, en: `Synthetic data (${effortCount} efforts)` },
    source: {
      title: `合成基准数据 ${effortCount}`,
      titleEn: `Synthetic benchmark data ${effortCount}`,
      publisher: { zh: '同心地图基准测试', en: 'Tongxin Atlas benchmark' },
      reprintedFrom: null,
      url: 'http://www.sctyzx.gov.cn/',
      publishedAt: '2022-09-09T11:30:43+08:00',
      textFile: 'synthetic',
      language: 'zh',
    },
    units: base.units,
    organisationTypes: base.organisationTypes,
    activities: base.activities,
    regions,
    organisations,
    efforts,
  };
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i === -1 ? fallback : process.argv[i + 1];
  };
  const n = Number(arg('efforts', '1000'));
  const seed = Number(arg('seed', '1'));
  const out = arg('out', `bench/data/synthetic-${n}.json`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(generateSynthetic(n, seed)));
  console.log(`wrote ${out} (${n} efforts, seed ${seed})`);
}
