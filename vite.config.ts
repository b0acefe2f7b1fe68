/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { bundledDatasetHash, preloadFirstScreenData } from './scripts/vite-first-screen.ts';
import { offlineApp } from './scripts/vite-offline.ts';
import { firstPaint } from './scripts/vite-first-paint.ts';

/**
 * Content-Security-Policy of the production build: nothing inline, nothing evaluated, nothing from
 * another origin. (The dev server needs inline scripts for HMR, so it is applied to builds only.)
 * ECharts draws on a canvas with richText tooltips (no inline style attributes); zod runs jitless.
 */
const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];
/** `frame-ancestors` is ignored (with a console error) in a <meta> policy: it is sent as a header only. */
const CSP_META = CSP_DIRECTIVES.join('; ');
export const CSP_HEADER = [...CSP_DIRECTIVES, "frame-ancestors 'none'"].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'tongxin-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/** The policy of an embed (`?embed=…`): the same, but any page may frame it. */
export const CSP_HEADER_EMBED = [...CSP_DIRECTIVES, 'frame-ancestors *'].join('; ');

/**
 * `vite preview` sends `frame-ancestors 'none'` with every page; a request for an embed
 * (`?embed=map`) gets `frame-ancestors *` instead, so other sites can frame that view only.
 * (A static host does the same with a rule on the query string: see README, "Embedding".)
 */
function embedFraming(): Plugin {
  return {
    name: 'tongxin-embed-framing',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (/[?&]embed=/.test(req.url ?? '')) {
          const setHeader = res.setHeader.bind(res);
          res.setHeader = (name: string, value: number | string | readonly string[]) =>
            setHeader(name, name.toLowerCase() === 'content-security-policy' ? CSP_HEADER_EMBED : value);
        }
        next();
      });
    },
  };
}

// Deploy under a sub-path with BASE_PATH=/atlas/ npm run build (defaults to relative './'
// so dist/ also works from any folder of a static host).
const base = process.env.BASE_PATH ?? './';

export default defineConfig({
  base,
  plugins: [
    react(),
    contentSecurityPolicy(),
    embedFraming(),
    bundledDatasetHash(),
    preloadFirstScreenData(),
    firstPaint(),
    offlineApp(),
  ],
  // The dataset worker is an ES module (`new Worker(url, { type: 'module' })`).
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // JSON data and boundaries are fetched as assets, never inlined as data: URLs.
    assetsInlineLimit: 0,
    // The first screen's JavaScript as one chunk (issue 12): every module the entry imports
    // statically ('$initial') goes into it, so the page asks for one file, not two dozen shared
    // pieces (the lazy views' chunks import what they share from it). One chunk also compresses
    // better: 302 KB gzip in 24 files became 292 KB in one.
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: 'first-screen', tags: ['$initial'] }] },
      },
    },
    // That chunk is ≈ 900 KB before compression on purpose (≈ 290 KB gzip: `npm run size`).
    chunkSizeWarningLimit: 1000,
  },
  server: { port: 5173 },
  // `vite preview` serves the build with the same policy as a header (plus frame-ancestors).
  preview: {
    port: 4173,
    headers: {
      'Content-Security-Policy': CSP_HEADER,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
    pool: 'threads',
    // Component tests render the whole app; on a busy 2-core machine that can take seconds.
    testTimeout: 20_000,
    maxWorkers: 2,
  },
});
