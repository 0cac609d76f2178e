// scripts/serve.mjs (behind `npm start` and the browser tests) over a tiny site in a temp folder:
// a malformed URL gets 400 with the security headers and the server keeps serving; directories,
// 404 pages per language, path traversal, dotfiles, symbolic links and methods behave as on nginx.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { SECURITY_HEADERS } from '../../src/lib/hosting/securityHeaders.ts';

describe('serve.mjs', () => {
  /** @type {string} */
  let root;
  /** @type {import('node:http').Server} */
  let server;
  /** @type {number} */
  let port;
  /** @type {string} */
  let outside;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'ik-serve-'));
    mkdirSync(join(root, 'de'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Willkommen</title>');
    writeFileSync(join(root, '404.html'), '<!doctype html><title>root 404</title>');
    writeFileSync(join(root, 'de', 'index.html'), '<!doctype html><title>Start</title>');
    writeFileSync(join(root, 'de', '404.html'), '<!doctype html><title>de 404</title>');
    writeFileSync(join(root, '.env'), 'SECRET=dotfile-payload');
    mkdirSync(join(root, '.git'));
    writeFileSync(join(root, '.git', '404.html'), 'dotfile-payload');
    outside = mkdtempSync(join(tmpdir(), 'ik-serve-outside-'));
    writeFileSync(join(outside, 'secret.txt'), 'symlink-payload');
    symlinkSync(join(outside, 'secret.txt'), join(root, 'harmless.txt'));
    server = await serve({ root, port: 0 });
    port = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
  });
  after(() => {
    server?.close();
    if (root) rmSync(root, { recursive: true, force: true });
    if (outside) rmSync(outside, { recursive: true, force: true });
  });

  /**
   * A request with the path exactly as given (fetch would normalise some paths).
   * @param {string} path
   * @param {string} [method]
   * @returns {Promise<{ status: number, headers: import('node:http').IncomingHttpHeaders, body: string }>}
   */
  const get = (path, method = 'GET') =>
    new Promise((ok, fail) => {
      const req = request({ host: '127.0.0.1', port, path, method, headers: { host: 'evil.example' } }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (body += d));
        res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', fail);
      // The old server left a request with a malformed URL unanswered.
      req.setTimeout(5_000, () => req.destroy(new Error(`no answer to ${path}`)));
      req.end();
    });
  /**
   * @param {import('node:http').IncomingHttpHeaders} headers
   * @param {string} what
   */
  const assertSecurityHeaders = (headers, what) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) assert.equal(headers[name.toLowerCase()], value, `${what}: ${name}`);
  };

  it('answers malformed URLs with 400 and the security headers, and keeps running', async () => {
    for (const path of ['/%E0%A4%A', '/de/%', '/%C0%AF']) {
      const res = await get(path);
      assert.equal(res.status, 400, path);
      assertSecurityHeaders(res.headers, path);
    }
    const after = await get('/');
    assert.equal(after.status, 200);
    assert.match(after.body, /Willkommen/);
  });

  it('redirects a directory to its trailing slash with a path only, never the Host header', async () => {
    const res = await get('/de');
    assert.equal(res.status, 301);
    assert.equal(res.headers.location, '/de/');
    assertSecurityHeaders(res.headers, 'redirect');
  });

  it('answers unknown paths with the 404 page of their language, and never leaves the root', async () => {
    const de = await get('/de/gibt-es-nicht/');
    assert.equal(de.status, 404);
    assert.match(de.body, /de 404/);
    assertSecurityHeaders(de.headers, '404');
    for (const path of ['/../../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2f..%2fetc%2fpasswd']) {
      const res = await get(path);
      assert.equal(res.status, 404, path);
      assert.doesNotMatch(res.body, /root:/, path);
    }
  });

  it('serves no dotfiles and follows no symbolic link out of the root, like nginx', async () => {
    for (const path of ['/.env', '/.git/404.html', '/.git/x', '/harmless.txt']) {
      const res = await get(path);
      assert.equal(res.status, 404, path);
      assert.doesNotMatch(res.body, /dotfile-payload|symlink-payload/, path);
      assertSecurityHeaders(res.headers, path);
    }
  });

  it('answers only GET and HEAD; other methods get 405 with Allow', async () => {
    assert.equal((await get('/', 'HEAD')).status, 200);
    for (const method of ['POST', 'DELETE', 'PUT']) {
      const res = await get('/', method);
      assert.equal(res.status, 405, method);
      assert.equal(res.headers['allow'], 'GET, HEAD');
      assertSecurityHeaders(res.headers, method);
    }
  });
});
