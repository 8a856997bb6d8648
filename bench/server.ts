import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createGzip } from 'node:zlib';

/**
 * A tiny static server on loopback that compresses as an ordinary static host does: gzip for
 * text (html, js, css, json, svg, map), everything else as it is. Several roots, each under its
 * own path prefix, so the game and the bare page share one origin and one connection pool.
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.map']);

export interface StaticServer {
  /** `http://127.0.0.1:<port>/` */
  origin: string;
  close(): Promise<void>;
}

/** `roots` maps a path prefix (`game`, `bare`) to a folder; served at `/<prefix>/`. */
export async function serveStatic(roots: Record<string, string>): Promise<StaticServer> {
  const resolved = Object.fromEntries(Object.entries(roots).map(([key, dir]) => [key, path.resolve(dir)]));
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const [, prefix = '', ...rest] = decodeURIComponent(url.pathname).split('/');
    const root = resolved[prefix];
    if (root === undefined) {
      response.writeHead(404).end();
      return;
    }
    let file = path.join(root, ...rest);
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
      statSync(file);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const ext = path.extname(file).toLowerCase();
    const gzip = COMPRESSED.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(200, {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    const body = createReadStream(file);
    // Level 6 is zlib's default and what nginx/Apache-style hosts typically send.
    (gzip ? body.pipe(createGzip({ level: 6 })) : body).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
