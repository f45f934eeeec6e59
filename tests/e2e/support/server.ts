import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

export const DIST = resolve('dist');

/** Maps a URL path to a file in dist/ the way a static host does (directory → index.html). */
export function fileForPath(pathname: string): string | null {
  const decoded = decodeURIComponent(pathname);
  const candidate = normalize(join(DIST, decoded));
  if (!candidate.startsWith(DIST)) return null;
  for (const path of [candidate, join(candidate, 'index.html')]) {
    try {
      if (statSync(path).isFile()) return path;
    } catch {
      // not this one
    }
  }
  return null;
}

/** Already-compressed formats: gzip would only cost time. */
const PRECOMPRESSED = new Set(['.woff2', '.woff', '.wasm', '.pf_fragment', '.pf_index', '.pf_meta', '.pagefind']);

/**
 * A minimal static server for the built site on a free loopback port. It compresses and caches like
 * a production static host (gzip when asked; hashed /_astro/ assets cached for a year), so the
 * audit's timings are realistic.
 */
export async function startServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = fileForPath(pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
    if (pathname.startsWith('/_astro/')) headers['cache-control'] = 'public, max-age=31536000, immutable';
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')) && !PRECOMPRESSED.has(extname(file));
    if (gzip) headers['content-encoding'] = 'gzip';
    response.writeHead(200, headers);
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
