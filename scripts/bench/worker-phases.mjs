#!/usr/bin/env node
/**
 * The data worker's phases for one dataset file, in Node, on the app's own modules (the same
 * functions the worker runs): decode, JSON.parse, structural validation, references and registry,
 * modelling, index. Median of N runs after one warm-up.
 *
 *   node scripts/bench/worker-phases.mjs [bench/data/synthetic-100000.json] [--runs 3]
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'vite';
import { median } from './stats.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const file =
  args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs') ?? 'bench/data/synthetic-100000.json';

const vite = await createServer({
  server: { middlewareMode: true, hmr: false },
  appType: 'custom',
  logLevel: 'error',
});
try {
  const load = (p) => vite.ssrLoadModule(p);
  const parse = await load('/src/data/parse-dataset.ts');
  const { buildDataset } = await load('/src/data/model.ts');
  const { effortIndexOf } = await load('/src/aggregates/effort-index.ts');
  const { registryFromJson, withRegistryRegions, registryConflicts } = await load(
    '/src/data/region-registry.ts',
  );
  const registry = registryFromJson(JSON.parse(readFileSync('data/geo/index.json', 'utf8')));
  const bytes = readFileSync(file);
  const phases = {};
  const time = (name, f) => {
    const t0 = performance.now();
    const out = f();
    (phases[name] ??= []).push(performance.now() - t0);
    return out;
  };
  for (let i = 0; i <= runs; i += 1) {
    const text = time('decode', () => new TextDecoder().decode(bytes));
    const json = time('JSON.parse', () => JSON.parse(text));
    const structural = time('structure', () => parse.validateStructure(json));
    if (!structural.ok) throw new Error(JSON.stringify(structural.errors.slice(0, 3)));
    const value = time('registry', () => {
      registryConflicts(structural.value.regions, registry);
      return withRegistryRegions(structural.value, registry);
    });
    time('references', () => parse.checkReferences(value));
    const ds = time('model', () => buildDataset(value));
    time('index', () => effortIndexOf(ds));
    if (i === 0) for (const k of Object.keys(phases)) phases[k] = [];
  }
  console.log(`${file}: ${bytes.length} bytes, median of ${runs} runs (ms)`);
  for (const [k, v] of Object.entries(phases)) console.log(`  ${k.padEnd(12)} ${median(v).toFixed(0)}`);
} finally {
  await vite.close();
}
