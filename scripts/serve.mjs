// A small static file server for dist/, used by `npm start` and the browser tests.
// Serves <dir>/index.html for directories, the language's 404 page for unknown paths,
// and the same security headers as deploy/ (src/lib/hosting/securityHeaders.ts). A request it
// cannot read (a malformed URL such as /%E0%A4%A) gets 400, like nginx; the server keeps running.
import { STATUS_CODES, createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { SECURITY_HEADERS } from '../src/lib/hosting/securityHeaders.ts';

/** @type {Record<string, string>} */
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Resolves a URL path to a file in root, or null. Never leaves root.
 * @param {string} root
 * @param {string} pathname
 * @returns {string | null}
 */
function resolveFile(root, pathname) {
  // decodeURIComponent throws a URIError on a malformed escape; the caller answers 400.
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, clean);
  if (!candidate.startsWith(root)) return null;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  if (existsSync(index)) return index;
  return null;
}

/**
 * Starts the server; resolves once it listens.
 * @param {{ root?: string, port?: number, host?: string }} [options]
 * @returns {Promise<import('node:http').Server>}
 */
export function serve({ root = 'dist', port = 4321, host = '127.0.0.1' } = {}) {
  const base = resolve(root);
  /**
   * @param {import('node:http').ServerResponse} res
   * @param {number} status
   */
  const plainError = (res, status) =>
    res
      .writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS })
      .end(`${status} ${STATUS_CODES[status] ?? ''}\n`);
  const server = createServer((req, res) => {
    /** @type {URL} */
    let url;
    /** @type {string | null} */
    let file;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
      file = resolveFile(base, url.pathname);
    } catch {
      plainError(res, 400);
      return;
    }
    // Directory URLs without a trailing slash redirect, like most static hosts. The path only
    // (never the Host header), and one leading slash, so the Location cannot name another host.
    if (file && file.endsWith('index.html') && !url.pathname.endsWith('/') && !url.pathname.endsWith('.html')) {
      res.writeHead(301, { location: `${url.pathname.replace(/^\/+/, '/')}/${url.search}`, ...SECURITY_HEADERS }).end();
      return;
    }
    let status = 200;
    if (!file) {
      status = 404;
      const lang = url.pathname.split('/')[1];
      const localized = lang ? join(base, lang, '404.html') : '';
      file = lang && existsSync(localized) ? localized : join(base, '404.html');
    }
    res.writeHead(status, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      // The production headers (deploy/), so local tests run under the same strict CSP.
      ...SECURITY_HEADERS,
    });
    createReadStream(file)
      // A file that vanishes or cannot be read ends this answer, not the server.
      .on('error', () => res.destroy())
      .pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 4321);
  await serve({ port, host: process.env.HOST ?? '127.0.0.1' });
  console.log(`Serving dist/ on http://localhost:${port}/  (Ctrl+C stops)`);
}
