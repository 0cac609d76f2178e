// A small static file server for dist/, used by `npm start` and the browser tests.
// Serves <dir>/index.html for directories, the language's 404 page for unknown paths,
// and the same security headers as deploy/ (src/lib/hosting/securityHeaders.ts). A request it
// cannot read (a malformed URL such as /%E0%A4%A) gets 400, like nginx; the server keeps running.
// Like deploy/nginx.conf: only GET and HEAD, no dotfiles, no symbolic links out of the root.
import { STATUS_CODES, createServer } from 'node:http';
import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
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
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  // An offer's dates (kalender.ics): a phone offers to add them to its calendar.
  '.ics': 'text/calendar; charset=utf-8',
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
  // Dotfiles and dot-folders are never served (nginx answers 404 too).
  if (clean.split(/[/\\]/).some((part) => part.startsWith('.'))) return null;
  /** The file itself, if it lies inside root once every symbolic link is resolved. @param {string} path */
  const inside = (path) => existsSync(path) && statSync(path).isFile() && realpathSync(path).startsWith(root + sep);
  const candidate = join(root, clean);
  if (inside(candidate)) return candidate;
  const index = join(candidate, 'index.html');
  return inside(index) ? index : null;
}

/**
 * Starts the server; resolves once it listens.
 * @param {{ root?: string, port?: number, host?: string }} [options]
 * @returns {Promise<import('node:http').Server>}
 */
export function serve({ root = 'dist', port = 4321, host = '127.0.0.1' } = {}) {
  const base = realpathSync(resolve(root));
  /**
   * @param {import('node:http').ServerResponse} res
   * @param {number} status
   */
  const plainError = (res, status) =>
    res
      .writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS })
      .end(`${status} ${STATUS_CODES[status] ?? ''}\n`);
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      plainError(res, 405);
      return;
    }
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
      // A language folder only (never a dot-folder such as /.git/).
      const localized = lang && /^[a-z]{2}$/.test(lang) ? join(base, lang, '404.html') : '';
      file = localized && existsSync(localized) ? localized : join(base, '404.html');
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
