// @ts-check
// Step 3b of the bench: the Starlight comparison, in the same run. Installs Astro Starlight (the newest
// 0.x from the npm registry) into .cache/bench/starlight/ (not a project dependency; reused by the next
// run while the registry has no newer 0.x, or when it cannot be reached), generates a Starlight site with
// our 12 locales and one docs page per page of our built site in the language tree (the same path and
// that page's own main text: starlightSite.ts), builds it (timed), serves it, and measures it with
// browser.mjs's code: the first visit of a content page in de, ar and ti and the first search
// (its Pagefind dialog, the same queries), unthrottled and under Fast 3G + 4× CPU.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { locales } from '../../src/i18n/locales.ts';
import { PAGE_SLUGS, href, route } from '../../src/lib/site/routes.ts';
import { htmlFilesIn } from '../site-files.mjs';
import { firstVisit, launchBenchBrowser, searchTimings } from './browser.mjs';
import { STARLIGHT_CONTENT_CONFIG, docPathOf, mainText, markdownOf, starlightConfig } from './starlightSite.ts';
/** @import { PageDownload, SearchSite, SearchTiming } from './browser.mjs' */

const root = resolve('.');
const CACHE = join(root, '.cache/bench/starlight');
/** The content page compared (ours: src/lib/site/routes.ts, PAGE_SLUGS.programme), in these languages. */
export const STARLIGHT_PAGE = (/** @type {string} */ lang) => href(lang, route.page(PAGE_SLUGS.programme));
export const STARLIGHT_LANGS = ['de', 'ar', 'ti'];

/** Starlight's search: the button that opens its dialog, Pagefind UI's box and result. */
const STARLIGHT_SEARCH = /** @type {SearchSite} */ ({
  path: STARLIGHT_PAGE,
  open: 'site-search button[data-open-modal]',
  input: '#starlight__search .pagefind-ui__search-input',
  result: '#starlight__search .pagefind-ui__result',
});

/**
 * @typedef {{ version: string, astro: string, pages: number, docs: number, buildSeconds: number,
 *   visits: (PageDownload & { lang: string })[], search: SearchTiming[] }} StarlightFigures
 */

const env = {
  ...process.env,
  PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}`,
  ASTRO_TELEMETRY_DISABLED: '1',
  FORCE_COLOR: '0',
};

/** @param {string} dir @param {string} pkg */
const installedVersion = (dir, pkg) => {
  const file = join(dir, 'node_modules', pkg, 'package.json');
  return existsSync(file) ? /** @type {{ version: string }} */ (JSON.parse(readFileSync(file, 'utf8'))).version : undefined;
};

/**
 * The newest Starlight 0.x in .cache/bench/starlight/ (one registry look-up; npm install only when it changed).
 * @returns {string} the installed version
 */
function ensureInstalled() {
  mkdirSync(CACHE, { recursive: true });
  const view = spawnSync('npm', ['view', '@astrojs/starlight@^0', 'version', '--json'], {
    cwd: CACHE,
    encoding: 'utf8',
    env,
    timeout: 60_000,
  });
  /** @type {string | undefined} */
  let latest;
  try {
    const parsed = JSON.parse(view.stdout);
    latest = Array.isArray(parsed) ? parsed.at(-1) : parsed;
  } catch {
    latest = undefined;
  }
  const have = installedVersion(CACHE, '@astrojs/starlight');
  if (have && (!latest || latest === have)) return have;
  if (!latest) throw new Error(`Cannot look up @astrojs/starlight in the npm registry:\n${view.stderr}`);
  console.log(`Installing @astrojs/starlight@${latest} into ${CACHE} …`);
  writeFileSync(join(CACHE, 'package.json'), `${JSON.stringify({ name: 'ik-bench-starlight', private: true, type: 'module' }, null, 2)}\n`);
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', `@astrojs/starlight@${latest}`, 'astro@^7'], {
    cwd: CACHE,
    encoding: 'utf8',
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (install.status !== 0) throw new Error('npm install of Starlight failed (output above).');
  return installedVersion(CACHE, '@astrojs/starlight') ?? latest;
}

/**
 * Writes the Starlight site for our built site into dir (the install folder itself: a plain npm project,
 * whose package.json lists Starlight, which Astro needs to bundle it; a site in another folder linking to
 * these node_modules fails at build with "Received protocol 'astro:'").
 * @param {string} ours our built site
 * @param {string} dir
 * @returns {number} docs pages written
 */
function generate(ours, dir) {
  const langs = locales.map((l) => l.code);
  writeFileSync(join(dir, 'astro.config.mjs'), starlightConfig(locales));
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'src/content.config.ts'), STARLIGHT_CONTENT_CONFIG);
  let docs = 0;
  for (const file of htmlFilesIn(ours)) {
    const doc = docPathOf(file, langs);
    if (!doc) continue;
    const target = join(dir, 'src/content/docs', doc);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, markdownOf(mainText(readFileSync(join(ours, file), 'utf8'))));
    docs++;
  }
  return docs;
}

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

/**
 * A plain static server for Starlight's dist/ (scripts/serve.mjs sends our strict CSP, which would block
 * Starlight's inline scripts; the measurements need no headers).
 * @param {string} dist
 * @returns {Promise<{ origin: string, close: () => void }>}
 */
function serveStatic(dist) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dist, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('404');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = address && typeof address !== 'string' ? address.port : 0;
      done({ origin: `http://127.0.0.1:${port}`, close: () => server.close() });
    }),
  );
}

/**
 * @param {string} ours our built site (the snapshot the bench measures)
 * @returns {Promise<StarlightFigures>}
 */
export async function starlight(ours) {
  const version = ensureInstalled();
  const astro = installedVersion(CACHE, 'astro') ?? '?';
  const dir = CACHE;
  const generated = ['src', 'dist', '.astro', 'astro.config.mjs'];
  for (const entry of generated) rmSync(join(dir, entry), { recursive: true, force: true });
  try {
    const docs = generate(ours, dir);
    console.log(`Starlight ${version} (Astro ${astro}): building ${docs} docs pages …`);
    const started = Date.now();
    const build = spawnSync(process.execPath, [join(CACHE, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: dir,
      encoding: 'utf8',
      env,
      maxBuffer: 256 * 1024 * 1024,
    });
    const buildSeconds = (Date.now() - started) / 1000;
    if (build.status !== 0) throw new Error(`Starlight build failed:\n${`${build.stdout}\n${build.stderr}`.slice(-3000)}`);
    const dist = join(dir, 'dist');
    const pages = htmlFilesIn(dist).length;
    const server = await serveStatic(dist);
    const browser = await launchBenchBrowser([dist]);
    try {
      /** @type {StarlightFigures['visits']} */
      const visits = [];
      for (const lang of STARLIGHT_LANGS) visits.push({ lang, ...(await firstVisit(browser, server.origin, dist, STARLIGHT_PAGE(lang))) });
      const search = await searchTimings(browser, server.origin, dist, STARLIGHT_SEARCH);
      return { version, astro, pages, docs, buildSeconds, visits, search };
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    for (const entry of generated) rmSync(join(dir, entry), { recursive: true, force: true });
  }
}
