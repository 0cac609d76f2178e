// The hosting configuration with a real nginx (Debian's package): status codes, 404 pages per
// language, caching and the security headers on every response; the deploy files are up to date;
// and a browser search through nginx in de, ar and fa meets no CSP violation.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, launchArgs } from '../../scripts/chromium.mjs';
import { SECURITY_HEADERS, headersFile, nginxHeaders } from '../../src/lib/hosting/securityHeaders.ts';
import { nginxConf } from '../../src/lib/hosting/nginxConf.ts';

/** The browser window of the CSP check, with the violations it collects. @typedef {typeof window & { __violations: string[] }} CspWindow */

const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx';
const dist = resolve('dist');

/** @returns {Promise<number>} */
const freePort = () =>
  new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (s.address());
      s.close(() => ok(port));
    });
  });

describe('nginx', () => {
  /** @type {string | undefined} */
  let dir;
  /** @type {import('node:child_process').ChildProcessWithoutNullStreams | undefined} */
  let proc;
  /** @type {string} */
  let origin;
  let log = '';

  before(async () => {
    if (!existsSync(NGINX))
      throw new Error(`nginx was not found at ${NGINX}: install it with \`apt-get update && apt-get install -y nginx\` (.ci/run does).`);
    if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first.');
    dir = mkdtempSync(join(tmpdir(), 'ik-nginx-'));
    for (const t of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi', 'logs']) mkdirSync(join(dir, t));
    const port = await freePort();
    writeFileSync(join(dir, 'security-headers.conf'), nginxHeaders());
    writeFileSync(
      join(dir, 'nginx.conf'),
      `pid ${dir}/nginx.pid;
error_log stderr warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${dir}/client_body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
${nginxConf({ root: dist, listen: `127.0.0.1:${port}`, headersInclude: join(dir, 'security-headers.conf') })}
}
`,
    );
    proc = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;']);
    proc.stderr.on('data', (d) => (log += d));
    origin = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 50; i++) {
      try {
        await fetch(`${origin}/`);
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    throw new Error(`nginx did not start:\n${log}`);
  });
  after(() => {
    proc?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /**
   * @param {string} path
   * @param {Record<string, string>} [headers]
   */
  const get = (path, headers = {}) => fetch(origin + path, { headers, redirect: 'manual' });
  /**
   * @param {Response} res
   * @param {string} what
   */
  const assertSecurityHeaders = (res, what) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) assert.equal(res.headers.get(name), value, `${what}: ${name}`);
  };

  it('serves the welcome page and the language homes with every security header', async () => {
    for (const path of ['/', '/de/', '/ar/', '/ti/angebote/']) {
      const res = await get(path);
      assert.equal(res.status, 200, path);
      assert.match(res.headers.get('content-type') ?? '', /text\/html/);
      assert.equal(res.headers.get('cache-control'), 'no-cache', `${path}: HTML revalidates`);
      assertSecurityHeaders(res, path);
    }
  });

  it('answers unknown paths with 404 and the page of their language', async () => {
    /** @param {string} code */
    const t = (code) =>
      /** @type {typeof import('../../src/i18n/ui/de.json')} */ (JSON.parse(readFileSync(`src/i18n/ui/${code}.json`, 'utf8')))[
        'notFound.title'
      ];
    for (const [path, code] of /** @type {[string, string][]} */ ([
      ['/de/gibt-es-nicht/', 'de'],
      ['/ar/gibt-es-nicht/tief/', 'ar'],
    ])) {
      const res = await get(path);
      assert.equal(res.status, 404, path);
      assertSecurityHeaders(res, path);
      const html = await res.text();
      assert.match(html, new RegExp(`<html lang="${code}"`), path);
      assert.ok(html.includes(t(code)), `${path}: 404 text in ${code}`);
    }
    const root = await get('/gibt-es-nicht');
    assert.equal(root.status, 404);
    assertSecurityHeaders(root, 'root 404');
    assert.ok((await root.text()).includes(t('de')));
  });

  it('caches fingerprinted assets and Pagefind index files for a year, with the same headers', async () => {
    const css = readdirSync(join(dist, '_astro')).find((f) => f.endsWith('.css'));
    const asset = await get(`/_astro/${css}`);
    assert.equal(asset.status, 200);
    assert.equal(asset.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assertSecurityHeaders(asset, 'asset');
    const entry = await get('/pagefind/pagefind.js');
    assert.equal(entry.status, 200);
    assert.equal(entry.headers.get('cache-control'), 'no-cache');
    assertSecurityHeaders(entry, 'pagefind.js');
    const wasm = readdirSync(join(dist, 'pagefind')).find((f) => f.startsWith('wasm.'));
    const index = await get(`/pagefind/${wasm}`);
    assert.equal(index.status, 200);
    assert.equal(index.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assertSecurityHeaders(index, 'pagefind index');
  });

  it('serves the web app manifests and robots.txt with their types and every header', async () => {
    for (const [path, type] of /** @type {[string, string][]} */ ([
      ['/ar/manifest.webmanifest', 'application/manifest+json'],
      ['/manifest.webmanifest', 'application/manifest+json'],
      ['/robots.txt', 'text/plain'],
    ])) {
      const res = await get(path);
      assert.equal(res.status, 200, path);
      assert.equal(res.headers.get('content-type')?.split(';')[0], type, `${path}: content type`);
      assertSecurityHeaders(res, path);
    }
  });

  it('compresses HTML and CSS', async () => {
    const res = await get('/de/programm/', { 'accept-encoding': 'gzip' });
    assert.equal(res.headers.get('content-encoding'), 'gzip');
  });

  it('has up-to-date deploy files generated from the one source of headers', () => {
    assert.equal(readFileSync('deploy/security-headers.conf', 'utf8'), nginxHeaders());
    assert.equal(readFileSync('public/_headers', 'utf8'), headersFile());
    assert.equal(readFileSync(join(dist, '_headers'), 'utf8'), headersFile());
    assert.equal(
      readFileSync('deploy/nginx.conf', 'utf8'),
      nginxConf({
        root: '/srv/integrationskompass/dist',
        listen: '8080',
        headersInclude: '/etc/nginx/snippets/integrationskompass-security-headers.conf',
      }),
      'run `npm run deploy:config`',
    );
  });

  it('runs a search in de, ar and fa through nginx without any CSP violation', async () => {
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: launchArgs,
    });
    try {
      const page = await (await browser.newContext()).newPage();
      await page.addInitScript(() => {
        /** @type {CspWindow} */ (window).__violations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          /** @type {CspWindow} */ (window).__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      for (const [lang, q] of /** @type {[string, string][]} */ ([
        ['de', 'Deutschkurs'],
        ['ar', 'الأطفال'],
        ['fa', 'کودکان'],
      ])) {
        await page.goto(`${origin}/${lang}/angebote/?q=${encodeURIComponent(q)}`);
        await page.locator('#finder-results li').first().waitFor({ timeout: 15_000 });
        assert.deepEqual(await page.evaluate(() => /** @type {CspWindow} */ (window).__violations), [], `${lang}: CSP violations`);
      }
    } finally {
      await browser.close();
    }
  });
});
