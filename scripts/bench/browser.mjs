// @ts-check
// Step 2 of the bench, in Chromium: everything a phone downloads for a few pages (fonts included),
// and on the finder the bytes fetched from page load to the first result list (Pagefind JS, WASM,
// index, fragments).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { PAGE_SLUGS, href, route } from '../../src/lib/site/routes.ts';
import { chromiumPath, launchArgs } from '../chromium.mjs';
import { samplePath } from './templates.mjs';

/** @typedef {'font' | 'pagefind-js' | 'pagefind-wasm' | 'pagefind-fragments' | 'pagefind-index' | 'css' | 'js' | 'html'} Kind */
/** @typedef {Partial<Record<Kind, number>>} Sizes bytes on the wire per kind of file */

/**
 * What a request costs on the wire: gzip for text (deploy/nginx.conf compresses it), as-is for fonts and Pagefind's own pre-compressed files.
 * @param {string} path
 * @returns {Kind}
 */
function kindOf(path) {
  if (path.endsWith('.woff2')) return 'font';
  if (path.startsWith('/pagefind/')) {
    if (path.endsWith('.js')) return 'pagefind-js';
    if (path.endsWith('.pagefind')) return 'pagefind-wasm';
    if (path.endsWith('.pf_fragment')) return 'pagefind-fragments';
    return 'pagefind-index';
  }
  if (path.endsWith('.css')) return 'css';
  if (path.endsWith('.js')) return 'js';
  return 'html';
}
/** @type {Set<Kind>} */
const PRECOMPRESSED = new Set(['font', 'pagefind-wasm', 'pagefind-fragments', 'pagefind-index']);

/**
 * @param {string} site the built site the requests were served from
 * @param {string[]} paths URL paths requested
 * @returns {Sizes}
 */
function wireBytes(site, paths) {
  /** @type {Sizes} */
  const sizes = {};
  for (const p of paths) {
    const file = join(site, p.endsWith('/') ? `${p}index.html` : p);
    if (!existsSync(file)) continue;
    const kind = kindOf(p);
    const body = readFileSync(file);
    sizes[kind] = (sizes[kind] ?? 0) + (PRECOMPRESSED.has(kind) ? body.length : gzipSync(body, { level: 6 }).length);
  }
  return sizes;
}
/** @param {Sizes} sizes */
export const sum = (sizes) => Object.values(sizes).reduce((a, b) => a + b, 0);

/** @type {Record<string, string>} */
const FINDER_QUERIES = { de: 'Deutschkurs', ar: 'اللغة الألمانية' };

/** The welcome page, home, a content page in three scripts, an offer and the finder. */
const PAGES = [
  '/',
  href('de', route.home()),
  href('de', route.page(PAGE_SLUGS.programme)),
  href('ar', route.page(PAGE_SLUGS.programme)),
  href('ti', route.page(PAGE_SLUGS.programme)),
  samplePath('offer', 'de'),
  href('ar', route.offers()),
];

/**
 * @typedef {{ path: string, sizes: Sizes, total: number, requests: number }} PageDownload
 * @typedef {{ lang: string, query: string, results: number, shown: number, load: Sizes, search: Sizes, total: number, requests: number }} FinderDownload
 * @typedef {{ lang: string, typed: string, keys: number, medianMs: number, maxMs: number, dataGzip: number }} LookupTiming
 * @typedef {{ pages: PageDownload[], finder: FinderDownload[], lookup: LookupTiming[] }} BrowserFigures
 */

/** Towns typed into the town lookup, as people type them, per language (content/towns/other-scripts.yaml). */
const LOOKUP_QUERIES = /** @type {const} */ ([
  ['de', 'ruesselsheim'],
  ['ar', 'روسلسهايم'],
  ['ti', 'ሃናው'],
]);

/**
 * @param {string} origin where `site` is served
 * @param {string} site the built site folder
 * @returns {Promise<BrowserFigures>}
 */
export async function inBrowser(origin, site) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: launchArgs });
  try {
    const open = async () => {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
      /** @type {string[]} */
      const requested = [];
      context.on('request', (r) => requested.push(new URL(r.url()).pathname));
      return { context, page: await context.newPage(), requested };
    };
    /** @type {PageDownload[]} */
    const pages = [];
    for (const path of PAGES) {
      const { context, page, requested } = await open();
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      const sizes = wireBytes(site, requested);
      pages.push({ path, sizes, total: sum(sizes), requests: requested.length });
      await context.close();
    }
    /** @type {FinderDownload[]} */
    const finder = [];
    for (const [lang, query] of Object.entries(FINDER_QUERIES)) {
      const { context, page, requested } = await open();
      await page.goto(origin + href(lang, route.offers()), { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      const atLoad = requested.length;
      await page.locator('#finder-q').fill(query);
      // The finder sets data-total once the first page of results is in the list.
      await page.waitForSelector('#finder-results[data-total] > li', { timeout: 30_000 });
      const results = Number(await page.locator('#finder-results').getAttribute('data-total'));
      const shown = await page.locator('#finder-results > li').count();
      const load = wireBytes(site, requested.slice(0, atLoad));
      const search = wireBytes(site, requested.slice(atLoad));
      finder.push({ lang, query, results, shown, load, search, total: sum(load) + sum(search), requests: requested.length });
      await context.close();
    }
    /**
     * The town lookup: from each key press (beforeinput, which non-Latin keys fire too) to the suggestions list changing (a
     * MutationObserver), once its data has loaded on focus, on this machine's Chromium.
     * @type {LookupTiming[]}
     */
    const lookup = [];
    for (const [lang, typed] of LOOKUP_QUERIES) {
      const { context, page } = await open();
      await page.goto(origin + href(lang, route.home()), { waitUntil: 'networkidle' });
      const input = page.locator('form[data-town-lookup] input[type="search"]');
      await input.focus();
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => {
        const w = /** @type {any} */ (window);
        w.__lookupTimes = [];
        const list = /** @type {Element} */ (document.querySelector('[data-lookup-results]'));
        document.addEventListener('beforeinput', () => (w.__keyAt = performance.now()), true);
        new MutationObserver(() => w.__lookupTimes.push(performance.now() - w.__keyAt)).observe(list, { childList: true });
      });
      // The first letter suggests nothing yet (MIN_QUERY_LETTERS); every later one changes the list.
      await page.keyboard.type([...typed][0] ?? '');
      for (const key of [...typed].slice(1)) {
        const before = await page.evaluate(() => /** @type {any} */ (window).__lookupTimes.length);
        await page.keyboard.type(key);
        await page.waitForFunction((n) => /** @type {any} */ (window).__lookupTimes.length > n, before);
      }
      const times = /** @type {number[]} */ (await page.evaluate(() => /** @type {any} */ (window).__lookupTimes)).sort((a, b) => a - b);
      const data = readFileSync(join(site, href(lang, route.townsData()).replace(/\/$/, '')));
      lookup.push({
        lang,
        typed,
        keys: times.length,
        medianMs: Math.round((times[Math.floor(times.length / 2)] ?? NaN) * 10) / 10,
        maxMs: Math.round((times.at(-1) ?? NaN) * 10) / 10,
        dataGzip: gzipSync(data, { level: 6 }).length,
      });
      await context.close();
    }
    return { pages, finder, lookup };
  } finally {
    await browser.close();
  }
}
