/**
 * A static host for the benchmark, as a real one serves a production build: gzip for text
 * (compressed once, then kept, so the server's own CPU does not enter the measurement), correct
 * content types, long caching for hashed assets, and the headers `vite preview` sends (the app's
 * Content-Security-Policy among them). Both the app and the floor are served by it.
 */
import { createServer } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadConfigFromFile } from 'vite';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.txt', '.svg', '.webmanifest']);

/** Where a page measured without DevTools posts its figures (`onReport`). */
export const REPORT_PATH = '/__bench/report';

/**
 * Serve `dir` on 127.0.0.1:`port` with `headers` on every response; resolves to the server once
 * every text file is compressed (a 55 MB synthetic dataset takes seconds: not inside a measured load).
 * `onReport(json)`: called with the body of each POST to REPORT_PATH.
 */
export async function serveStatic(dir, port, headers = {}, { onReport } = {}) {
  const root = resolve(dir);
  const cache = new Map();
  async function body(file, gzip) {
    const key = `${file}\0${gzip}`;
    let entry = cache.get(key);
    if (!entry) {
      const raw = await readFile(file);
      entry = gzip ? gzipSync(raw, { level: 9 }) : raw;
      cache.set(key, entry);
    }
    return entry;
  }
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      // A page measured without DevTools sends what it measured here (scripts/bench/no-devtools.mjs).
      if (req.method === 'POST' && path === REPORT_PATH && onReport) {
        const chunks = [];
        for await (const chunk of req) chunks.push(chunk);
        let report;
        try {
          report = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          res.writeHead(400, headers);
          res.end();
          return;
        }
        res.writeHead(204, headers);
        res.end();
        onReport(report);
        return;
      }
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep))
        throw Object.assign(new Error('outside'), { code: 403 });
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const ext = extname(file);
      const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      const data = await body(file, gzip);
      res.writeHead(200, {
        ...headers,
        'Content-Type': TYPES[ext] ?? 'application/octet-stream',
        'Content-Length': data.length,
        'Cache-Control': file.includes(`${sep}assets${sep}`)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
        Vary: 'Accept-Encoding',
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : data);
    } catch (e) {
      const status = e.code === 403 ? 403 : 404;
      res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(String(status));
    }
  });
  const files = await readdir(root, { recursive: true, withFileTypes: true });
  for (const f of files)
    if (f.isFile() && COMPRESSIBLE.has(extname(f.name)))
      await body(join(f.parentPath ?? f.path, f.name), true);
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(server));
  });
}

/** The headers `vite preview` sends with the app (its Content-Security-Policy among them), from vite.config.ts. */
export async function previewHeaders() {
  const { config } = await loadConfigFromFile(
    { command: 'serve', mode: 'production', isPreview: true },
    'vite.config.ts',
    process.cwd(),
    'silent',
  );
  return config.preview?.headers ?? {};
}
