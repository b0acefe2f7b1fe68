/**
 * Installable and offline (issue 13): a web app manifest and a small service worker written at
 * build time with the list of every file of the build (the app's chunks and styles, the dataset,
 * the source text, the map boundaries, the manifest and icon). No library, no third-party request.
 *
 * The worker precaches that list on install; pages are served from the network when there is one
 * (so a new version is seen) and from the cache when there is none; every other file of the build
 * comes from the cache (hashed names never change). A new worker waits until the page tells it to
 * take over (`skip-waiting`): the page then says that a newer version is ready.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const MANIFEST = {
  name: '同心地图 · Tongxin Atlas',
  short_name: '同心地图',
  description:
    "Who did what, where and when in Sichuan's united-front COVID-19 relief effort, every figure traced to its source sentence.",
  lang: 'zh-CN',
  start_url: './',
  scope: './',
  display: 'standalone',
  background_color: '#f4f2ee',
  theme_color: '#b3261e',
  icons: [{ src: './favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
};

/** The worker's code, with the precache list and the version (a hash of the list) filled in. */
export function serviceWorkerSource(files: readonly string[]): string {
  const list = ['./', ...files.map((f) => `./${f}`)];
  const version = createHash('sha256').update(list.join('\n')).digest('hex').slice(0, 16);
  return `// Generated at build time (scripts/vite-offline.ts). Precaches the whole build.
const CACHE = 'tongxin-atlas-${version}';
const PRECACHE = ${JSON.stringify(list)};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('tongxin-atlas-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The page from the network (a new version is seen), else the cached one (any query: views).
    event.respondWith(
      fetch(request).catch(() =>
        caches.open(CACHE).then((cache) => cache.match('./', { ignoreSearch: true, ignoreVary: true })).then((hit) => hit || Response.error()),
      ),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true, ignoreVary: true }).then((hit) => hit || fetch(request))),
  );
});
`;
}

export function offlineApp(): Plugin {
  return {
    name: 'tongxin-offline',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'link', attrs: { rel: 'manifest', href: './manifest.webmanifest' }, injectTo: 'head' },
        { tag: 'meta', attrs: { name: 'theme-color', content: MANIFEST.theme_color }, injectTo: 'head' },
      ],
    },
    generateBundle(_options, bundle) {
      this.emitFile({
        type: 'asset',
        fileName: 'manifest.webmanifest',
        source: JSON.stringify(MANIFEST, null, 2),
      });
      // Everything of the build but source maps and the worker itself; public files are copied
      // after the bundle is written, so the icon is named here.
      const files = Object.keys(bundle)
        .filter((f) => !f.endsWith('.map') && f !== 'index.html')
        .concat(['manifest.webmanifest', 'favicon.svg'])
        .sort();
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: serviceWorkerSource(files) });
    },
  };
}
