// @ts-check
// Step 2 of the bench, in Chromium at 360 px with no fonts installed (see noFontsConfig): everything a
// phone downloads for a few pages and for the largest page of every template in every language
// (fonts included), and on the finder the bytes fetched from page load to the first result list
// (Pagefind JS, WASM, index, fragments); the first search, unthrottled and under Chromium DevTools'
// "Fast 3G" + 4× CPU, in de, ar and ti (bytes and time from the query to the first result shown);
// the town lookup's time from a key press to its suggestions, and the size of its data.
// The page and search measurements take a site (origin + folder) and selectors, so that
// starlight.mjs measures the Starlight site with the same code.
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { PAGE_SLUGS, href, route } from '../../src/lib/site/routes.ts';
import { chromiumPath, launchArgs } from '../chromium.mjs';
import { CPU_SLOWDOWN, FAST_3G, median } from './goals.ts';
import { samplePath } from './templates.mjs';
/** @import { LanguagePage } from './templates.mjs' */

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
export function wireBytes(site, paths) {
  /** @type {Sizes} */
  const sizes = {};
  for (const p of paths) {
    let file = join(site, p.endsWith('/') ? `${p}index.html` : p);
    // A path without its trailing slash (a link to /de/x) is served from the folder's index.html.
    if (!existsSync(file) && existsSync(join(file, 'index.html'))) file = join(file, 'index.html');
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

/** The first search, measured in these languages (issue 16: Latin, right to left, Ethiopic), with these queries ("German course"). */
export const SEARCH_QUERIES = /** @type {const} */ ([
  ['de', 'Deutschkurs'],
  ['ar', 'اللغة الألمانية'],
  ['ti', 'ትምህርቲ ጀርመንኛ'],
]);
/** Throttled runs per language, each with a cold cache (a new browser context); the median is reported. */
export const THROTTLED_RUNS = 3;

/**
 * The font names that `local()` asks for in a built site's stylesheets and pages (`local(Noto Sans)`,
 * `local("NotoSans-Bold")`), whatever files the site has.
 * @param {string} site
 * @returns {string[]}
 */
export function localFontNames(site) {
  const names = new Set();
  /** @param {string} dir */
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(css|html)$/.test(entry.name)) {
        for (const m of readFileSync(path, 'utf8').matchAll(/local\(\s*(['"]?)([^'")]+?)\1\s*\)/g))
          names.add(/** @type {string} */ (m[2]).trim());
      }
    }
  };
  walk(site);
  return [...names].sort();
}

/** @param {string} text */
const xml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A fontconfig setup for the bench's Chromium (FONTCONFIG_FILE): this machine's fonts, minus every font
 * that a `local()` of the measured sites names (by family, full name or PostScript name). So a first
 * visit is measured as on a phone that has none of the site's fonts installed, even where this machine
 * has Noto installed, while Chromium keeps its system fonts for everything else (with no font at all,
 * Chromium's text shaping logs errors on every run). Checked once by hand: with DejaVu Sans installed,
 * a page with `src: local(DejaVu Sans), url(…)` fetches the file only with this setup.
 * @param {string[]} sites built site folders
 * @returns {{ file: string, names: string[] }} the path of the fonts.conf and the names it hides
 */
export function noFontsConfig(sites) {
  const names = [...new Set(sites.flatMap(localFontNames))];
  const dir = mkdtempSync(join(tmpdir(), 'ik-bench-fonts-'));
  const file = join(dir, 'fonts.conf');
  const patterns = names.flatMap((n) =>
    ['family', 'fullname', 'postscriptname'].map((k) => `      <pattern><patelt name="${k}"><string>${xml(n)}</string></patelt></pattern>`),
  );
  writeFileSync(
    file,
    [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
      '<fontconfig>',
      '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
      `  <cachedir>${xml(join(dir, 'cache'))}</cachedir>`,
      '  <selectfont>',
      '    <rejectfont>',
      ...patterns,
      '    </rejectfont>',
      '  </selectfont>',
      '</fontconfig>',
      '',
    ].join('\n'),
  );
  return { file, names };
}

/**
 * Chromium as the bench runs it: Debian's, with none of the sites' `local()` fonts visible (noFontsConfig).
 * @param {string[]} sites
 */
export function launchBenchBrowser(sites) {
  const fonts = noFontsConfig(sites);
  return chromium.launch({ executablePath: chromiumPath, args: launchArgs, env: { ...process.env, FONTCONFIG_FILE: fonts.file } });
}

/**
 * A new browser context (a cold cache) at 360 × 740 px, recording every request's path.
 * @param {import('playwright-core').Browser} browser
 */
async function openPage(browser) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  /** @type {import('playwright-core').Request[]} */
  const requests = [];
  context.on('request', (r) => requests.push(r));
  const requested = () => requests.map((r) => new URL(r.url()).pathname);
  return { context, page: await context.newPage(), requests, requested };
}

/**
 * The first visit of a page: every request until the network is idle and the fonts are ready.
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 * @param {string} site the folder `origin` serves
 * @param {string} path
 * @returns {Promise<PageDownload>}
 */
export async function firstVisit(browser, origin, site, path) {
  const { context, page, requested } = await openPage(browser);
  try {
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    await page.waitForLoadState('networkidle');
    const sizes = wireBytes(site, requested());
    return { path, sizes, total: sum(sizes), requests: requested().length };
  } finally {
    await context.close();
  }
}

/**
 * How a site's search is used: the page, what opens the search (Starlight: its dialog), the search box,
 * and the element that stands for one result in the list.
 * @typedef {{ path: (lang: string) => string, open?: string, input: string, result: string }} SearchSite
 */
/** Our finder: the first result card in its list (the list is emptied when a search starts). */
export const FINDER_SEARCH = /** @type {SearchSite} */ ({
  path: (lang) => href(lang, route.offers()),
  input: '#finder-q',
  result: '#finder-results > li',
});

/**
 * @typedef {{ ms: number, sizes: Sizes, total: number, requests: number }} SearchRun
 * @typedef {{ lang: string, query: string, unthrottled: SearchRun, throttled: SearchRun[], medianMs: number }} SearchTiming
 */

/**
 * One first search with a cold cache: open the page (throttled or not) and wait for it to settle, open
 * the search, put the query into the box at once (one input event, as a paste does: what loads on focus
 * gets no head start), and wait for the first result element to be in the DOM and visible. Time: from
 * that input event to the first result, on the page's clock. Bytes: every request made after the page
 * load (focus included) that started before the first result was shown.
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 * @param {string} site
 * @param {SearchSite} how
 * @param {string} lang
 * @param {string} query
 * @param {boolean} throttled Fast 3G + 4× CPU
 * @returns {Promise<SearchRun>}
 */
export async function searchOnce(browser, origin, site, how, lang, query, throttled) {
  const { context, page, requests } = await openPage(browser);
  try {
    if (throttled) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: FAST_3G.latencyMs,
        downloadThroughput: FAST_3G.downloadBytesPerSecond,
        uploadThroughput: FAST_3G.uploadBytesPerSecond,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    }
    await page.goto(origin + how.path(lang), { waitUntil: 'networkidle', timeout: 120_000 });
    await page.evaluate(() => document.fonts.ready);
    await page.waitForLoadState('networkidle');
    const atLoad = requests.length;
    await page.evaluate((selector) => {
      const w = /** @type {any} */ (window);
      w.__queryAt = undefined;
      w.__firstAt = undefined;
      document.addEventListener('input', () => (w.__queryAt ??= performance.now()), true);
      const check = () => {
        if (w.__firstAt !== undefined || w.__queryAt === undefined) return;
        const el = /** @type {HTMLElement | null} */ (document.querySelector(selector));
        if (el && el.isConnected && (el.checkVisibility?.() ?? true)) {
          w.__firstAt = performance.now();
          w.__firstAtEpoch = Date.now();
        }
      };
      new MutationObserver(check).observe(document.documentElement, { childList: true, subtree: true, attributes: true });
    }, how.result);
    if (how.open) await page.locator(how.open).click();
    const input = page.locator(how.input);
    await input.waitFor({ state: 'visible', timeout: 120_000 });
    await input.fill(query);
    await page.waitForFunction(() => /** @type {any} */ (window).__firstAt !== undefined, null, { timeout: 120_000, polling: 50 });
    const { queryAt, firstAt, firstAtEpoch } = await page.evaluate(() => {
      const w = /** @type {any} */ (window);
      return { queryAt: w.__queryAt, firstAt: w.__firstAt, firstAtEpoch: w.__firstAtEpoch };
    });
    // Let requests started before the first result finish, so that their timing is known.
    await page.waitForLoadState('networkidle');
    const before = requests.slice(atLoad).filter((r) => {
      const started = r.timing().startTime;
      return !(started > 0) || started <= firstAtEpoch;
    });
    const sizes = wireBytes(
      site,
      before.map((r) => new URL(r.url()).pathname),
    );
    return { ms: Math.round(firstAt - queryAt), sizes, total: sum(sizes), requests: before.length };
  } finally {
    await context.close();
  }
}

/**
 * The first search in each language: once unthrottled, THROTTLED_RUNS times under Fast 3G + 4× CPU.
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 * @param {string} site
 * @param {SearchSite} how
 * @param {readonly (readonly [string, string])[]} [queries]
 * @returns {Promise<SearchTiming[]>}
 */
export async function searchTimings(browser, origin, site, how, queries = SEARCH_QUERIES) {
  /** @type {SearchTiming[]} */
  const out = [];
  for (const [lang, query] of queries) {
    const unthrottled = await searchOnce(browser, origin, site, how, lang, query, false);
    /** @type {SearchRun[]} */
    const throttled = [];
    for (let i = 0; i < THROTTLED_RUNS; i++) throttled.push(await searchOnce(browser, origin, site, how, lang, query, true));
    out.push({ lang, query, unthrottled, throttled, medianMs: median(throttled.map((r) => r.ms)) });
  }
  return out;
}

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
 * @typedef {PageDownload & { template: string, lang: string }} TemplateVisit
 * @typedef {{ pages: PageDownload[], visits: TemplateVisit[], finder: FinderDownload[], search: SearchTiming[], lookup: LookupTiming[] }} BrowserFigures
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
 * @param {LanguagePage[]} perLanguage the largest page of every template in every language (templates.mjs)
 * @returns {Promise<BrowserFigures>}
 */
export async function inBrowser(origin, site, perLanguage) {
  const browser = await launchBenchBrowser([site]);
  try {
    /** @type {PageDownload[]} */
    const pages = [];
    for (const path of PAGES) pages.push(await firstVisit(browser, origin, site, path));
    /** @type {TemplateVisit[]} */
    const visits = [];
    for (const p of perLanguage) {
      // The editors' pages are not public (not linked, not indexed): no person's first visit.
      if (p.template === 'editors') continue;
      visits.push({ template: p.template, lang: p.lang, ...(await firstVisit(browser, origin, site, p.path)) });
    }
    console.log(`First visits: ${visits.length} pages (every template in every language).`);
    const searches = await searchTimings(browser, origin, site, FINDER_SEARCH);
    /** @type {FinderDownload[]} */
    const finder = [];
    for (const [lang, query] of Object.entries(FINDER_QUERIES)) {
      const { context, page, requested } = await openPage(browser);
      await page.goto(origin + href(lang, route.offers()), { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      const atLoad = requested().length;
      await page.locator('#finder-q').fill(query);
      // The finder sets data-total once the first page of results is in the list.
      await page.waitForSelector('#finder-results[data-total] > li', { timeout: 30_000 });
      const results = Number(await page.locator('#finder-results').getAttribute('data-total'));
      const shown = await page.locator('#finder-results > li').count();
      const load = wireBytes(site, requested().slice(0, atLoad));
      const search = wireBytes(site, requested().slice(atLoad));
      finder.push({ lang, query, results, shown, load, search, total: sum(load) + sum(search), requests: requested().length });
      await context.close();
    }
    /**
     * The town lookup: from each key press (beforeinput, which non-Latin keys fire too) to the suggestions list changing (a
     * MutationObserver), once its data has loaded on focus, on this machine's Chromium.
     * @type {LookupTiming[]}
     */
    const lookup = [];
    for (const [lang, typed] of LOOKUP_QUERIES) {
      const { context, page } = await openPage(browser);
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
    return { pages, visits, finder, search: searches, lookup };
  } finally {
    await browser.close();
  }
}
