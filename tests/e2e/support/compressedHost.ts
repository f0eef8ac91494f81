/**
 * A static host for dist/ that compresses like production ones do (gzip for text, ETag-free,
 * directory URLs → index.html). Astro's preview server sends pages uncompressed, which on
 * Lighthouse's simulated slow 4G makes a 300 kB chapter look a second slower than any real host
 * would serve it; the Lighthouse gate runs against this instead. Like Netlify and Cloudflare Pages,
 * it applies the site's `_headers` file (the framing rules, src/lib/site/frameHeaders.mjs).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
import { headersFromFile, parseHeadersFile } from '../../../src/lib/site/frameHeaders.mjs';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

export async function startCompressedHost(root: string, host = '127.0.0.1'): Promise<{ url: string; close(): Promise<void> }> {
  const headerFile = join(root, '_headers');
  const rules = existsSync(headerFile) ? parseHeadersFile(readFileSync(headerFile, 'utf8')) : [];
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    for (const [name, value] of Object.entries(headersFromFile(rules, pathname))) res.setHeader(name, value);
    let file = normalize(join(root, pathname));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      createReadStream(join(root, '404.html')).pipe(res);
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache', ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) });
    const body = createReadStream(file);
    (gzip ? body.pipe(createGzip()) : body).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, host, ok));
  const { port } = server.address() as { port: number };
  return { url: `http://${host}:${port}/`, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}
