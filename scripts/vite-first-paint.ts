/**
 * The static first paint (issue 12): the title block and the loading line are in index.html, so
 * they are painted as soon as the HTML and the CSS are there, not after the app's JavaScript has
 * arrived and run (React's first render then replaces them, in one commit).
 *
 * - The markup is written at build time from the app's catalogues (src/i18n/messages.ts), with the
 *   class names of the header React renders (src/features/header/app-header.tsx) and of the
 *   loading status (src/app/load-status.tsx), once per interface language.
 * - Which copy shows is decided by src/app/first-paint.ts, built here on its own as a tiny classic
 *   script and loaded blocking in <head>: the language the app will open in, none in an embed.
 *   (No inline script: the Content-Security-Policy stays `script-src 'self'`.)
 * - The script also starts a linked dataset's download in the data worker; its `data-worker`
 *   attribute names the worker's file in this build (src/worker/early-load.ts).
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build, runnerImport, type Plugin, type Rolldown } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const SCRIPT_ENTRY = `${root}src/app/first-paint.ts`;

const escapeHtml = (s: string): string =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** The first-paint markup for every interface language, from the catalogues. */
export async function firstPaintMarkup(): Promise<string> {
  const load = async <T>(file: string): Promise<T> =>
    (await runnerImport<T>(`${root}${file}`, { configFile: false, logLevel: 'error' })).module;
  const { messages } = await load<typeof import('../src/i18n/messages')>('src/i18n/messages.ts');
  const { SCRIPTS } = await load<typeof import('../src/i18n/script')>('src/i18n/script.ts');
  const { LANGS } = await load<typeof import('../src/domain/view')>('src/domain/view.ts');
  return LANGS.map((lang) => {
    const t = (key: keyof (typeof messages)['zh']): string => escapeHtml(messages[lang][key]);
    return (
      `<div class="first-paint" lang="${SCRIPTS[lang].tag}" data-first-paint="${lang}">` +
      `<header class="app-header"><div class="app-header__titles">` +
      // Ids name the largest text of the first paint in a Largest Contentful Paint entry after React
      // has replaced it (the entry's element is then gone; its id stays): see scripts/bench/page.mjs.
      `<h1 id="first-paint-title-${lang}">${t('appTitle')}</h1>` +
      `<p class="app-subtitle" id="first-paint-subtitle-${lang}">${t('appSubtitle')}</p>` +
      `<p class="app-source">&nbsp;</p></div></header>` +
      `<main class="explorer"><div class="status" role="status"><p>${t('loading')}</p></div></main>` +
      `</div>`
    );
  }).join('');
}

/** src/app/first-paint.ts as a minified classic script (an IIFE: it runs before any module). */
export async function firstPaintScript(): Promise<string> {
  const out = (await build({
    configFile: false,
    logLevel: 'error',
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: SCRIPT_ENTRY, formats: ['iife'], name: 'tongxinFirstPaint' },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const chunks = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
  const chunk = chunks.find((c): c is Rolldown.OutputChunk => c.type === 'chunk');
  if (!chunk || chunks.length !== 1) throw new Error('first paint: expected one chunk');
  return chunk.code;
}

export function firstPaint(): Plugin {
  let base = './';
  let fileName = '';
  let markup = '';
  return {
    name: 'tongxin-first-paint',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    async buildStart() {
      const [code, html] = await Promise.all([firstPaintScript(), firstPaintMarkup()]);
      markup = html;
      fileName = `assets/first-paint-${createHash('sha256').update(code).digest('hex').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName, source: code });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const mount = '<div id="root"></div>';
        if (!html.includes(mount)) throw new Error(`first paint: ${mount} not found in index.html`);
        // Blocking, first in <head> after the policy and the charset: it runs before the body is
        // parsed and waits for no stylesheet.
        const charset = /<meta charset="UTF-8" \/>\n?/;
        if (!charset.test(html)) throw new Error('first paint: <meta charset> not found in index.html');
        const workers = Object.keys(ctx.bundle ?? {}).filter((f) =>
          /(^|\/)dataset-worker-[\w-]+\.js$/.test(f),
        );
        if (workers.length !== 1)
          throw new Error(`first paint: expected one dataset worker, found ${workers.length}`);
        const script = `<script src="${base}${fileName}" data-worker="${base}${workers[0]}"></script>`;
        return html
          .replace(charset, (m) => `${m}    ${script}\n`)
          .replace(mount, `<div id="root">${markup}</div>`);
      },
    },
  };
}
