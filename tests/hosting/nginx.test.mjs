// The hosting configuration with a real nginx (Debian's package), HTTPS with a self-signed
// certificate made by openssl at test time: HTTP/2, TLS 1.2 and 1.3 only, port 80 only redirects,
// other host names get no answer, no client Host header in a redirect, dotfiles denied, security
// headers on nginx's own error answers, status codes, 404 pages per language, caching; the deploy
// files are up to date; the MDN HTTP Observatory's criteria (its scoring ported to
// src/lib/hosting/observatory.ts: the scanner cannot be installed offline) grade the server A+; and a browser search over
// HTTPS in de, ar and fa meets no CSP violation (header and meta policy both present).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { connect as http2Connect } from 'node:http2';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createServer, connect as netConnect } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, launchArgs } from '../../scripts/chromium.mjs';
import { META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS, headersFile, nginxHeaders } from '../../src/lib/hosting/securityHeaders.ts';
import { deployOptions, nginxConf } from '../../src/lib/hosting/nginxConf.ts';
import { CORS_ORIGIN, observatoryScore } from '../../src/lib/hosting/observatory.ts';

/** The browser window of the CSP check, with the violations it collects. @typedef {typeof window & { __violations: string[] }} CspWindow */
/** @typedef {{ status: number, headers: Headers, body: string }} Answer */

const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx';
const dist = resolve('dist');
/** The site's names in the test: the first is canonical. They resolve to 127.0.0.1 only inside the test. */
const HOST = 'kompass.test';
const OTHER_NAME = `www.${HOST}`;

/** @returns {Promise<number>} */
const freePort = () =>
  new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (s.address());
      s.close(() => ok(port));
    });
  });

/**
 * A self-signed ECDSA certificate for the given names (and an OCSP responder address when asked).
 * @param {string} dir
 * @param {string[]} names
 * @param {string[]} [extensions]
 */
function makeCertificate(dir, names, extensions = []) {
  mkdirSync(dir, { recursive: true });
  const args = ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2'];
  args.push('-subj', `/CN=${names[0]}`, '-addext', `subjectAltName=${names.map((n) => `DNS:${n}`).join(',')}`);
  for (const extension of extensions) args.push('-addext', extension);
  args.push('-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'));
  const result = spawnSync('openssl', args, { encoding: 'utf8' });
  if (result.error || result.status !== 0)
    throw new Error(
      `openssl could not make a test certificate (install it with \`apt-get install -y openssl\`):\n${result.stderr ?? result.error}`,
    );
  return { certificate: join(dir, 'cert.pem'), certificateKey: join(dir, 'key.pem') };
}

/**
 * The main configuration around the generated server blocks, with temp paths for an unprivileged nginx.
 * @param {string} dir
 * @param {string} servers
 */
const mainConf = (dir, servers) => `pid ${dir}/nginx.pid;
error_log stderr warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${dir}/client_body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
${servers}
}
`;

describe('nginx', () => {
  /** @type {string | undefined} */
  let dir;
  /** @type {import('node:child_process').ChildProcessWithoutNullStreams | undefined} */
  let proc;
  let log = '';
  let httpsPort = 0;
  let httpPort = 0;
  /** @type {Buffer} */
  let ca;
  /** @type {string} */
  let headersInclude;

  before(async () => {
    if (!existsSync(NGINX))
      throw new Error(`nginx was not found at ${NGINX}: install it with \`apt-get update && apt-get install -y nginx\` (.ci/run does).`);
    if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first.');
    const tmp = mkdtempSync(join(tmpdir(), 'ik-nginx-'));
    dir = tmp;
    // nginx started as root serves as "nobody", who must be able to enter the site root in here.
    chmodSync(tmp, 0o755);
    for (const t of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(tmp, t));
    const { certificate, certificateKey } = makeCertificate(join(tmp, 'tls'), [HOST, OTHER_NAME]);
    ca = readFileSync(certificate);
    // The site root: a copy of dist/ (nginx follows no symlinks below the root) plus dotfiles and a
    // symlink to a file outside, which must never be served.
    const root = join(tmp, 'site');
    cpSync(dist, root, { recursive: true });
    writeFileSync(join(tmp, 'outside-secret.txt'), 'symlink-payload\n');
    symlinkSync(join(tmp, 'outside-secret.txt'), join(root, 'harmless.txt'));
    mkdirSync(join(root, '.git'));
    mkdirSync(join(root, '.well-known'));
    mkdirSync(join(root, 'extra'));
    writeFileSync(join(root, '.env'), 'SECRET=dotfile-payload\n');
    writeFileSync(join(root, '.git', 'config'), '[core] dotfile-payload\n');
    writeFileSync(join(root, '.well-known', 'security.txt'), 'dotfile-payload\n');
    writeFileSync(join(root, 'extra', '.htpasswd'), 'dotfile-payload\n');
    writeFileSync(join(root, 'extra', 'visible.txt'), 'visible\n');
    [httpsPort, httpPort] = [await freePort(), await freePort()];
    headersInclude = join(tmp, 'security-headers.conf');
    writeFileSync(headersInclude, nginxHeaders());
    const servers = nginxConf({
      root,
      serverNames: [HOST, OTHER_NAME],
      certificate,
      certificateKey,
      headersInclude,
      httpsListen: [`127.0.0.1:${httpsPort}`],
      httpListen: [`127.0.0.1:${httpPort}`],
    });
    writeFileSync(join(tmp, 'nginx.conf'), mainConf(tmp, servers));
    proc = spawn(NGINX, ['-p', tmp, '-c', join(tmp, 'nginx.conf'), '-g', 'daemon off;']);
    proc.stderr.on('data', (d) => (log += d));
    for (let i = 0; i < 50; i++) {
      try {
        await get('/');
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
   * One request to nginx on 127.0.0.1, HTTPS unless `tls: false`; the certificate is verified
   * against the test's own certificate, for the server name given (SNI).
   * @param {string} path
   * @param {{ tls?: boolean, host?: string, servername?: string, method?: string, headers?: Record<string, string> }} [options]
   * @returns {Promise<Answer>}
   */
  function get(path, { tls = true, host = HOST, servername = host, method = 'GET', headers = {} } = {}) {
    return new Promise((ok, fail) => {
      const common = { host: '127.0.0.1', path, method, headers: { host, ...headers }, agent: false };
      /** @param {import('node:http').IncomingMessage} res */
      const answer = (res) => {
        /** @type {Buffer[]} */
        const chunks = [];
        res.on('data', (d) => chunks.push(d));
        res.on('end', () => {
          const h = new Headers();
          for (let i = 0; i < res.rawHeaders.length; i += 2) h.append(res.rawHeaders[i] ?? '', res.rawHeaders[i + 1] ?? '');
          ok({ status: res.statusCode ?? 0, headers: h, body: Buffer.concat(chunks).toString('utf8') });
        });
      };
      const req = tls
        ? httpsRequest({ ...common, port: httpsPort, servername, ca }, answer)
        : httpRequest({ ...common, port: httpPort }, answer);
      req.on('error', fail);
      req.setTimeout(10_000, () => req.destroy(new Error(`timeout: ${path}`)));
      req.end();
    });
  }

  /**
   * Raw bytes to a port (for requests no client library sends); resolves with the status line and
   * headers of the answer, or null when nginx closed the connection without one.
   * @param {string} text
   * @param {{ tls?: boolean, servername?: string }} [options]
   * @returns {Promise<{ status: number, headers: Headers } | null>}
   */
  function raw(text, { tls = true, servername = HOST } = {}) {
    return new Promise((ok, fail) => {
      const socket = tls
        ? tlsConnect({ host: '127.0.0.1', port: httpsPort, servername, ca }, () => socket.write(text))
        : netConnect({ host: '127.0.0.1', port: httpPort }, () => socket.write(text));
      let received = '';
      socket.on('data', (d) => {
        received += d;
        // The head is all we need (nginx may linger, waiting for a body it refused).
        if (!received.includes('\r\n\r\n')) return;
        const [statusLine = '', ...lines] = (received.split('\r\n\r\n')[0] ?? '').split('\r\n');
        const headers = new Headers();
        for (const line of lines) headers.append(line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim());
        ok({ status: Number(statusLine.split(' ')[1]), headers });
        socket.destroy();
      });
      socket.on('error', fail);
      socket.setTimeout(10_000, () => socket.destroy(new Error('no answer and not closed')));
      socket.on('close', () => ok(null));
    });
  }

  /**
   * A TLS handshake with the given options: the protocol and cipher, or the error code.
   * @param {import('node:tls').ConnectionOptions} options
   * @returns {Promise<{ protocol?: string | null, cipher?: string, reused?: boolean, session?: Buffer, error?: string }>}
   */
  const handshake = (options) =>
    new Promise((ok) => {
      // SECLEVEL=0 lets this client offer TLS 1.0/1.1 and old ciphers, so a refusal is nginx's.
      const socket = tlsConnect({ host: '127.0.0.1', port: httpsPort, servername: HOST, ca, ciphers: 'DEFAULT:@SECLEVEL=0', ...options });
      /** @type {Buffer | undefined} */
      let session;
      socket.on('session', (s) => (session = s));
      socket.on('secureConnect', () => {
        const result = { protocol: socket.getProtocol(), cipher: socket.getCipher().name, reused: socket.isSessionReused() };
        // TLS 1.2 sessions exist once the handshake is done; wait a moment for the session event.
        setTimeout(() => {
          socket.end();
          ok(session ? { ...result, session } : result);
        }, 50);
      });
      socket.on('error', (e) => ok({ error: /** @type {NodeJS.ErrnoException} */ (e).code ?? e.message }));
    });

  /**
   * @param {Headers} headers
   * @param {string} what
   */
  const assertSecurityHeaders = (headers, what) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) assert.equal(headers.get(name), value, `${what}: ${name}`);
  };

  it('serves the welcome page and the language homes over HTTPS with every security header', async () => {
    for (const path of ['/', '/de/', '/ar/', '/ti/angebote/']) {
      const res = await get(path);
      assert.equal(res.status, 200, path);
      assert.match(res.headers.get('content-type') ?? '', /text\/html/);
      assert.equal(res.headers.get('cache-control'), 'no-cache', `${path}: HTML revalidates`);
      assertSecurityHeaders(res.headers, path);
    }
    assert.equal((await get('/de/', { host: OTHER_NAME })).status, 200, 'the second server name');
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
      assertSecurityHeaders(res.headers, path);
      assert.match(res.body, new RegExp(`<html lang="${code}"`), path);
      assert.ok(res.body.includes(t(code)), `${path}: 404 text in ${code}`);
    }
    const root = await get('/gibt-es-nicht');
    assert.equal(root.status, 404);
    assertSecurityHeaders(root.headers, 'root 404');
    assert.ok(root.body.includes(t('de')));
  });

  it('caches fingerprinted assets and Pagefind index files for a year, with the same headers', async () => {
    const css = readdirSync(join(dist, '_astro')).find((f) => f.endsWith('.css'));
    const asset = await get(`/_astro/${css}`);
    assert.equal(asset.status, 200);
    assert.equal(asset.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assertSecurityHeaders(asset.headers, 'asset');
    const entry = await get('/pagefind/pagefind.js');
    assert.equal(entry.status, 200);
    assert.equal(entry.headers.get('cache-control'), 'no-cache');
    assertSecurityHeaders(entry.headers, 'pagefind.js');
    const wasm = readdirSync(join(dist, 'pagefind')).find((f) => f.startsWith('wasm.'));
    const index = await get(`/pagefind/${wasm}`);
    assert.equal(index.status, 200);
    assert.equal(index.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assertSecurityHeaders(index.headers, 'pagefind index');
  });

  it('serves the web app manifests, robots.txt and the calendar files with their types and every header', async () => {
    for (const [path, type] of /** @type {[string, string][]} */ ([
      ['/ar/manifest.webmanifest', 'application/manifest+json'],
      ['/manifest.webmanifest', 'application/manifest+json'],
      ['/robots.txt', 'text/plain'],
      ['/de/angebote/alphabetisierung-abends-hanau/kalender.ics', 'text/calendar'],
    ])) {
      const res = await get(path);
      assert.equal(res.status, 200, path);
      assert.equal(res.headers.get('content-type')?.split(';')[0], type, `${path}: content type`);
      assertSecurityHeaders(res.headers, path);
    }
  });

  it('compresses HTML and CSS', async () => {
    const res = await get('/de/programm/', { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(res.headers.get('content-encoding'), 'gzip');
  });

  it('speaks HTTP/2 over TLS (ALPN h2), with the security headers', async () => {
    const session = http2Connect(`https://127.0.0.1:${httpsPort}`, { ca, servername: HOST });
    try {
      const { status, headers, protocol } = await new Promise((ok, fail) => {
        session.on('error', fail);
        const stream = session.request({ ':path': '/de/', ':authority': HOST });
        stream.on('response', (h) => ok({ status: h[':status'], headers: h, protocol: session.alpnProtocol }));
        stream.on('error', fail);
        stream.resume();
      });
      assert.equal(protocol, 'h2');
      assert.equal(status, 200);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) assert.equal(headers[name.toLowerCase()], value, `h2: ${name}`);
    } finally {
      session.close();
    }
  });

  it("accepts TLS 1.2 and 1.3 only, with Mozilla's intermediate ciphers, and resumes TLS sessions", async () => {
    for (const version of /** @type {const} */ (['TLSv1', 'TLSv1.1'])) {
      const result = await handshake({ minVersion: version, maxVersion: version });
      assert.equal(result.error, 'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION', `${version} is refused by nginx`);
    }
    for (const version of /** @type {const} */ (['TLSv1.2', 'TLSv1.3'])) {
      assert.equal((await handshake({ minVersion: version, maxVersion: version })).protocol, version);
    }
    // A TLS 1.2 cipher outside the list (CBC, no forward-secret AEAD) is refused; the list's own are accepted.
    assert.ok((await handshake({ maxVersion: 'TLSv1.2', ciphers: 'ECDHE-ECDSA-AES128-SHA:@SECLEVEL=0' })).error, 'CBC cipher refused');
    for (const cipher of ['ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-CHACHA20-POLY1305'])
      assert.equal((await handshake({ maxVersion: 'TLSv1.2', ciphers: cipher })).cipher, cipher);
    const first = await handshake({ maxVersion: 'TLSv1.2' });
    assert.ok(first.session, 'a TLS session to resume');
    assert.equal((await handshake({ maxVersion: 'TLSv1.2', session: first.session })).reused, true, 'ssl_session_cache resumes it');
  });

  it('answers http:// only with a redirect to https://<first server name>, never to the Host header', async () => {
    for (const [path, host] of /** @type {[string, string][]} */ ([
      ['/', HOST],
      ['/de/angebote/?q=Deutschkurs', HOST],
      ['/.env', HOST],
      ['/de/', OTHER_NAME],
    ])) {
      const res = await get(path, { tls: false, host });
      assert.equal(res.status, 301, `${host}${path}`);
      assert.equal(res.headers.get('location'), `https://${HOST}${path}`, `${host}${path}`);
      assertSecurityHeaders(res.headers, `redirect ${path}`);
      assert.doesNotMatch(res.body, /dotfile-payload|<main/, 'a redirect carries no page');
    }
  });

  it('closes connections for other host names, a bare IP address and requests without a host', async () => {
    assert.equal(await raw('GET /de HTTP/1.1\r\nHost: evil.example\r\n\r\n', { tls: false }), null, 'http, other host');
    assert.equal(await raw('GET /de HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', { tls: false }), null, 'http, IP address');
    assert.equal(await raw('GET /de HTTP/1.1\r\nHost: evil.example\r\n\r\n'), null, 'https, our SNI, other Host');
    assert.equal(
      await raw('GET http://evil.example/de HTTP/1.1\r\nHost: kompass.test\r\n\r\n'),
      null,
      'https, other host in the request line',
    );
    assert.equal(await raw('GET /de HTTP/1.0\r\n\r\n'), null, 'https, no Host');
    // TLS handshakes without SNI (a bare IP address) or with another name are refused.
    for (const servername of ['', 'evil.example'])
      assert.equal((await handshake({ servername })).error, 'ERR_SSL_TLSV1_UNRECOGNIZED_NAME', `SNI "${servername}"`);
  });

  it('redirects a directory without its trailing slash to a path only, so no Host header reaches a Location', async () => {
    for (const [path, host, servername, location] of /** @type {[string, string, string, string][]} */ ([
      ['/de', HOST, HOST, '/de/'],
      ['/de?x=1', `${HOST}:8443`, HOST, '/de/?x=1'],
      ['/ar/angebote', HOST, OTHER_NAME, '/ar/angebote/'],
    ])) {
      const res = await get(path, { host, servername });
      assert.equal(res.status, 301, path);
      assert.equal(res.headers.get('location'), location, `${host}${path}`);
      assertSecurityHeaders(res.headers, `directory redirect ${path}`);
    }
  });

  it('denies dotfiles and dot-folders with 404 and the security headers, also encoded', async () => {
    for (const path of [
      '/.env',
      '/.git/config',
      '/.git/',
      '/.well-known/security.txt',
      '/extra/.htpasswd',
      '/%2Eenv',
      '/extra/%2ehtpasswd',
      '/de/.env',
    ]) {
      const res = await get(path);
      assert.equal(res.status, 404, path);
      assert.doesNotMatch(res.body, /dotfile-payload/, path);
      assertSecurityHeaders(res.headers, path);
    }
    assert.equal((await get('/extra/visible.txt')).status, 200, 'files beside them are served');
  });

  it('does not follow a symbolic link in the site root to a file outside it', async () => {
    const res = await get('/harmless.txt');
    assert.notEqual(res.status, 200);
    assert.doesNotMatch(res.body, /symlink-payload/);
    assertSecurityHeaders(res.headers, '/harmless.txt');
  });

  it("sends the security headers with nginx's own error answers (400, 405, 413, 414, 505)", async () => {
    const longPath = `/${'a'.repeat(10_000)}`;
    for (const [what, text, tls, status] of /** @type {[string, string, boolean, number][]} */ ([
      ['invalid method', 'G@T / HTTP/1.1\r\nHost: kompass.test\r\n\r\n', true, 400],
      ['two Host headers', 'GET / HTTP/1.1\r\nHost: kompass.test\r\nHost: kompass.test\r\n\r\n', true, 400],
      ['invalid Host header', 'GET / HTTP/1.1\r\nHost: kom/pass\r\n\r\n', true, 400],
      ['header too large', `GET / HTTP/1.1\r\nHost: kompass.test\r\nX-A: ${'a'.repeat(9000)}\r\n\r\n`, true, 400],
      ['URI too long', `GET ${longPath} HTTP/1.1\r\nHost: kompass.test\r\n\r\n`, true, 414],
      ['body too large', 'POST / HTTP/1.1\r\nHost: kompass.test\r\nContent-Length: 99999999\r\n\r\n', true, 413],
      ['POST to a page', 'POST /de/ HTTP/1.1\r\nHost: kompass.test\r\nContent-Length: 1\r\nConnection: close\r\n\r\nx', true, 405],
      ['unknown HTTP version', 'GET / HTTP/9.9\r\nHost: kompass.test\r\n\r\n', true, 505],
      ['http: invalid method', 'G@T / HTTP/1.1\r\nHost: kompass.test\r\n\r\n', false, 400],
      ['http: URI too long', `GET ${longPath} HTTP/1.1\r\nHost: kompass.test\r\n\r\n`, false, 414],
      ['http: invalid Host header', 'GET / HTTP/1.1\r\nHost: kom/pass\r\n\r\n', false, 400],
    ])) {
      const res = await raw(text, { tls });
      assert.equal(res?.status, status, what);
      assertSecurityHeaders(/** @type {Headers} */ (res?.headers), what);
    }
    // Plain HTTP sent to the HTTPS port (nginx's 497, answered as 400).
    const plain = await new Promise((ok, fail) => {
      const socket = netConnect({ host: '127.0.0.1', port: httpsPort }, () => socket.write('GET / HTTP/1.1\r\nHost: kompass.test\r\n\r\n'));
      let received = '';
      socket.on('data', (d) => (received += d));
      socket.on('error', fail);
      socket.on('close', () => ok(received));
    });
    assert.match(plain, /^HTTP\/1\.1 400 /);
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      assert.ok(plain.includes(`${name}: ${value}\r\n`), `plain HTTP on the HTTPS port: ${name}`);
  });

  it('writes valid OCSP stapling settings when the certificate names an OCSP responder', () => {
    const stapling = join(/** @type {string} */ (dir), 'ocsp');
    // The responder address is never asked: `nginx -t` only loads and checks the configuration.
    const { certificate, certificateKey } = makeCertificate(stapling, [HOST], ['authorityInfoAccess=OCSP;URI:http://127.0.0.1:9/']);
    const servers = nginxConf({
      ...deployOptions(),
      root: dist,
      serverNames: [HOST],
      certificate,
      certificateKey,
      headersInclude,
      httpsListen: ['127.0.0.1:1'],
      httpListen: ['127.0.0.1:2'],
      ocspStapling: { trustedCertificate: certificate, resolver: '127.0.0.1' },
    });
    assert.match(servers, /ssl_stapling on;\n\s+ssl_stapling_verify on;/);
    for (const t of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(stapling, t));
    writeFileSync(join(stapling, 'nginx.conf'), mainConf(stapling, servers));
    const check = spawnSync(NGINX, ['-t', '-p', stapling, '-c', join(stapling, 'nginx.conf')], { encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
    assert.doesNotMatch(check.stderr, /\[warn\]|\[emerg\]/, check.stderr);
  });

  it('has up-to-date deploy files generated from the one source of headers', () => {
    assert.equal(readFileSync('deploy/security-headers.conf', 'utf8'), nginxHeaders());
    assert.equal(readFileSync('public/_headers', 'utf8'), headersFile());
    assert.equal(readFileSync(join(dist, '_headers'), 'utf8'), headersFile());
    assert.equal(readFileSync('deploy/nginx.conf', 'utf8'), nginxConf(deployOptions(process.env)), 'run `npm run deploy:config`');
  });

  it('grades A+ on the MDN HTTP Observatory criteria, with every test passed', async () => {
    // What the scanner fetches (src/retriever/retriever.js of mdn/mdn-http-observatory): http://host/
    // and https://host/, following redirects; /robots.txt for cookies; a CORS preflight. The test's
    // HTTPS port stands for the public port 443 the redirect names.
    /** @param {URL} url */
    const fetchPublic = (url) =>
      get(url.pathname + url.search, {
        tls: url.protocol === 'https:',
        host: url.hostname,
        headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
      });
    /** @type {string[]} */
    const setCookies = [];
    /** @param {string} start */
    const follow = async (start) => {
      /** @type {import('../../src/lib/hosting/observatory.ts').ObservedResponse[]} */
      const chain = [];
      let url = new URL(start);
      for (let hop = 0; hop < 10; hop++) {
        assert.ok(url.port === '', `the redirect names the public port, not the test's: ${url.href}`);
        const res = await fetchPublic(url);
        setCookies.push(...res.headers.getSetCookie());
        chain.push({ url: url.href, status: res.status, headers: Object.fromEntries(res.headers), body: res.body });
        const location = res.headers.get('location');
        if (![301, 302, 303, 307, 308].includes(res.status) || !location) break;
        url = new URL(location, url);
      }
      return chain;
    };
    const httpChain = await follow(`http://${HOST}/`);
    const httpsChain = await follow(`https://${HOST}/`);
    const robots = await get('/robots.txt');
    const preflight = await get('/', { method: 'OPTIONS', headers: { origin: CORS_ORIGIN, 'access-control-request-method': 'GET' } });
    setCookies.push(...robots.headers.getSetCookie(), ...preflight.headers.getSetCookie());
    const result = observatoryScore({
      httpChain,
      httpsChain,
      // Every request above verified the certificate against the test's CA.
      certificateVerified: true,
      corsPreflight: { url: `https://${HOST}/`, status: preflight.status, headers: Object.fromEntries(preflight.headers) },
      setCookies,
    });
    const failed = Object.entries(result.tests).filter(([, t]) => !t.pass);
    assert.deepEqual(failed, [], 'failed Observatory tests');
    assert.equal(result.grade, 'A+', JSON.stringify(result.tests, null, 2));
    assert.ok(result.score >= 100);
    assert.equal(result.tests['redirection']?.result, 'redirection-to-https');
    assert.equal(result.tests['strict-transport-security']?.result, 'hsts-implemented-max-age-at-least-six-months');
  });

  it('runs a search in de, ar and fa over HTTPS without any CSP violation, with header and meta policy', async () => {
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [...launchArgs, `--host-resolver-rules=MAP ${HOST} 127.0.0.1`],
    });
    try {
      // The certificate is self-signed; everything else is as in production (SNI, HTTP/2, headers).
      const page = await (await browser.newContext({ ignoreHTTPSErrors: true })).newPage();
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
        const response = await page.goto(`https://${HOST}:${httpsPort}/${lang}/angebote/?q=${encodeURIComponent(q)}`);
        assert.equal(response?.headers()['content-security-policy'], SECURITY_HEADERS['Content-Security-Policy'], `${lang}: header policy`);
        assert.equal(
          await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'),
          META_CONTENT_SECURITY_POLICY,
          `${lang}: meta policy`,
        );
        await page.locator('#finder-results li').first().waitFor({ timeout: 15_000 });
        assert.equal(
          await page.evaluate(
            () => /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType('navigation')[0]).nextHopProtocol,
          ),
          'h2',
        );
        assert.deepEqual(await page.evaluate(() => /** @type {CspWindow} */ (window).__violations), [], `${lang}: CSP violations`);
      }
    } finally {
      await browser.close();
    }
  });
});
