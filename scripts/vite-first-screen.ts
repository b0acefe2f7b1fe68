/**
 * Build plugins for the first screen (issue 12):
 * - `bundledDatasetHash`: validates data/dataset.json at build time with the app's own validator
 *   and exposes its SHA-256 as `__BUNDLED_DATASET_SHA256__`. At runtime the bundled file skips
 *   validation only when the bytes it fetched hash to exactly this value (src/data/trusted.ts);
 *   anything else — another file, an edited file, a user's import — is validated as always.
 * - `preloadFirstScreenData`: `<link rel="preload" as="fetch" crossorigin>` for the dataset and the
 *   province boundaries in index.html, with their hashed asset URLs, so both are requested with the
 *   HTML instead of after the JavaScript has run.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport, type HtmlTagDescriptor, type Plugin } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const DATASET = 'data/dataset.json';
const BOUNDARIES = 'data/geo/sichuan.json';

/**
 * The SHA-256 (hex) of a dataset file that validates and whose validated value is exactly what
 * `JSON.parse` gives (no upgrade or transform changed it: skipping validation then yields the same
 * dataset); null when it validates but is changed by validation. Throws with the located errors
 * when it does not validate.
 */
export async function trustedDatasetHash(bytes: Uint8Array): Promise<string | null> {
  // The app's validator, loaded through Vite's module runner (it is TypeScript, and imports zod).
  const { module } = await runnerImport<typeof import('../src/data/parse-dataset')>(
    `${root}src/data/parse-dataset.ts`,
    { configFile: false, logLevel: 'error' },
  );
  const { parseDatasetJson } = module;
  // With the app's region registry (data/geo/index.json), as every dataset is validated at runtime.
  const { module: regions } = await runnerImport<typeof import('../src/data/region-registry')>(
    `${root}src/data/region-registry.ts`,
    { configFile: false, logLevel: 'error' },
  );
  const registry = regions.registryFromJson(
    JSON.parse(
      readFileSync(`${root}data/geo/index.json`, 'utf8'),
    ) as import('../src/data/region-registry').RegistryJson,
  );
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  const json: unknown = JSON.parse(text);
  const parsed = parseDatasetJson(json, registry);
  if (!parsed.ok) {
    const list = parsed.errors.map((e) => `  ${e.path}: ${e.code} ${JSON.stringify(e.params)}`);
    throw new Error(`${DATASET} does not validate:\n${list.join('\n')}`);
  }
  if (JSON.stringify(parsed.value) !== JSON.stringify(json)) return null;
  return createHash('sha256').update(bytes).digest('hex');
}

export function bundledDatasetHash(): Plugin {
  return {
    name: 'tongxin-bundled-dataset-hash',
    async config(_config, env) {
      let hash: string | null = null;
      try {
        hash = await trustedDatasetHash(readFileSync(`${root}${DATASET}`));
        if (hash === null) this.warn(`${DATASET} is changed by validation: it is validated at runtime`);
      } catch (e) {
        // A build must not ship a dataset that fails; the dev server shows the errors in the page.
        if (env.command === 'build') throw e;
        this.warn(String(e));
      }
      return { define: { __BUNDLED_DATASET_SHA256__: JSON.stringify(hash) } };
    },
  };
}

export function preloadFirstScreenData(): Plugin {
  let base = './';
  return {
    name: 'tongxin-preload-first-screen-data',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx): HtmlTagDescriptor[] {
        const tags: HtmlTagDescriptor[] = [];
        for (const file of Object.values(ctx.bundle ?? {})) {
          if (file.type !== 'asset') continue;
          const from = file.originalFileNames.map((f) => f.replaceAll('\\', '/'));
          if (!from.some((f) => f.endsWith(DATASET) || f.endsWith(BOUNDARIES))) continue;
          tags.push({
            tag: 'link',
            attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: `${base}${file.fileName}` },
            injectTo: 'head',
          });
        }
        if (tags.length !== 2)
          throw new Error(`preload: expected ${DATASET} and ${BOUNDARIES} among the assets`);
        return tags;
      },
    },
  };
}
