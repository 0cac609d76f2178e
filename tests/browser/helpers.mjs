// Shared setup for the browser tests (tests/browser/*.test.mjs, run by `npm run test:browser`):
// the Chromium check, the browser and the static server for dist/, the locale list (read from
// the built HTML, so a new language needs no test edit) and the list of page templates.
//
// Every test file calls `startBrowserEnv()` in a `before` hook. When Chromium or the build is
// missing, that hook throws, so every test of every file FAILS with an explanation. Nothing is
// ever skipped.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { parseHTML } from 'linkedom';
import { serve } from '../../scripts/serve.mjs';
import { chromiumPath, launchArgs } from '../../scripts/chromium.mjs';
import { EDITORS_PAGES, ROOT_PAGES, SAMPLE_PAGES } from '../../src/lib/site/routes.ts';
import { locales as registeredLocales } from '../../src/i18n/locales.ts';

/** Project root (tests may be started from anywhere, but usually from here). */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const distDir = join(projectRoot, 'dist');
/** Screenshots and other artefacts (git-ignored). */
export const resultsDir = join(projectRoot, 'test-results');

/** The axe-core tags every page is checked against: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export { chromiumPath, launchArgs };

/** Throws (never skips) when the browser is not installed. */
export function assertChromiumInstalled() {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium was not found at ${chromiumPath}. The browser tests need it and FAIL without it: ` +
        'install it with `apt-get update && apt-get install -y chromium`',
    );
  }
}

// Registered in every test file that imports this module, so a missing browser shows up as a
// failed test by name in each file (its `before` hook then fails with the same message).
test(`Chromium is installed (${chromiumPath})`, () => {
  assertChromiumInstalled();
});

/**
 * Page templates: one sample page per template, from the route table (src/lib/site/routes.ts).
 * `path(l)` is the page's URL in language l. `notFound` marks the 404 pages: served directly
 * (/de/404.html) they answer 200; `missing(l)` is an address that does not exist, which the
 * server answers with status 404 and that language's 404 page (as a host would).
 */
export const localizedTemplates = SAMPLE_PAGES;
/**
 * The first of the given languages for each writing system (Latin, Arabic, Cyrillic, Ethiopic:
 * de, ar, uk, ti), from the locale registry. Checks whose outcome depends on the stylesheet and the
 * script but not on the words (colour contrast, the same component on a second page) run in these;
 * a language the registry does not know counts as a writing system of its own.
 * @param {string[]} codes
 */
export function oneLanguagePerScript(codes) {
  const scriptOf = (/** @type {string} */ code) => registeredLocales.find((l) => l.code === code)?.script ?? code;
  const seen = new Set();
  return codes.filter((code) => !seen.has(scriptOf(code)) && seen.add(scriptOf(code)));
}

/** The two pages outside any language. */
export const rootTemplates = ROOT_PAGES;
/** Pages for the editors (German only, not linked from the public pages). */
export const editorUrls = EDITORS_PAGES;

/**
 * All template URLs of one language: [{ id, url, template }].
 * @param {string} locale
 */
export function templateUrls(locale) {
  return localizedTemplates.map((template) => ({ id: `${template.id} (${locale})`, url: template.path(locale), template }));
}

/** The root pages, same shape as templateUrls(). */
export function rootUrls() {
  // Their paths take no language.
  return rootTemplates.map((template) => ({ id: template.id, url: template.path(''), template }));
}

/** @param {string} urlPath */
function distFile(urlPath) {
  const rel = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return join(distDir, rel);
}

/** Fails with a useful message when dist/ is missing or half-written. */
export function assertDistBuilt(localeCodes = ['de']) {
  const missing = [];
  for (const code of localeCodes) {
    for (const { url } of templateUrls(code)) if (!existsSync(distFile(url))) missing.push(url);
  }
  for (const { url } of rootUrls()) if (!existsSync(distFile(url))) missing.push(url);
  if (!existsSync(join(distDir, 'pagefind', 'pagefind.js'))) missing.push('/pagefind/pagefind.js');
  if (missing.length) {
    throw new Error(
      `dist/ is missing or incomplete (not found: ${missing.join(', ')}). ` +
        'Build the site first: `npm run build` (or rebuild if another build was running).',
    );
  }
}

/** @typedef {{ code: string, lang: string, dir: 'ltr' | 'rtl', autonym: string, href: string }} BuiltLocale */
/** @type {BuiltLocale[] | undefined} */
let cachedLocales;
/**
 * The site's languages, read from the built German home page: its hreflang alternates give the
 * codes, the language picker gives each language's autonym and writing direction.
 * @returns {BuiltLocale[]}
 */
export function readLocales() {
  if (cachedLocales) return cachedLocales;
  const file = join(distDir, 'de', 'index.html');
  if (!existsSync(file)) assertDistBuilt();
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  const codes = [...document.querySelectorAll('link[rel="alternate"][hreflang]')]
    .map((link) => ({ hreflang: link.getAttribute('hreflang') ?? '', href: new URL(link.getAttribute('href') ?? '').pathname }))
    .filter((a) => a.hreflang !== 'x-default');
  assert.ok(codes.length > 0, 'dist/de/index.html has no <link rel="alternate" hreflang> elements to read the languages from');
  cachedLocales = codes.map(({ hreflang, href }) => {
    const code = href.split('/')[1] ?? '';
    const link = document.querySelector(`details.language-picker a[hreflang="${hreflang}"][href="/${code}/"]`);
    assert.ok(link, `the language picker of dist/de/index.html has no link for ${hreflang} (/${code}/)`);
    return {
      code,
      lang: hreflang,
      dir: link.getAttribute('dir') === 'rtl' ? 'rtl' : 'ltr',
      autonym: link.textContent.trim(),
      href,
    };
  });
  return cachedLocales;
}

/** @param {string} code */
export function getLocale(code) {
  const entry = readLocales().find((l) => l.code === code);
  assert.ok(
    entry,
    `language "${code}" is not among the built languages (${readLocales()
      .map((l) => l.code)
      .join(', ')})`,
  );
  return entry;
}

/**
 * What `startBrowserEnv()` gives each test file (set in its `before` hook).
 * @typedef {{ browser: import('playwright-core').Browser, server: import('node:http').Server, origin: string, close: () => Promise<void> }} BrowserEnv
 */
/**
 * Checks Chromium and dist/, starts the static server on a free port and launches Chromium.
 * @param {{ locales?: string[] }} [options]
 * @returns {Promise<BrowserEnv>}
 */
export async function startBrowserEnv({ locales = ['de'] } = {}) {
  assertChromiumInstalled();
  assertDistBuilt(locales);
  const server = await serve({ root: distDir, port: 0 });
  const origin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
  let browser;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: launchArgs });
  } catch (error) {
    server.close();
    throw error;
  }
  return {
    browser,
    server,
    origin,
    async close() {
      await browser.close().catch(() => {});
      server.closeAllConnections?.();
      await /** @type {Promise<void>} */ (new Promise((ok) => server.close(() => ok())));
    },
  };
}

/**
 * Navigates and asserts the HTTP status. Returns the response.
 * @param {import('playwright-core').Page} page
 * @param {string} url
 * @param {number} [expectedStatus]
 * @param {Parameters<import('playwright-core').Page['goto']>[1]} [options]
 */
export async function gotoStatus(page, url, expectedStatus = 200, options = {}) {
  const response = await page.goto(url, { waitUntil: 'load', ...options });
  assert.ok(response, `no response for ${url}`);
  assert.equal(response.status(), expectedStatus, `${url} answered ${response.status()}, expected ${expectedStatus}`);
  return response;
}

/**
 * The pathname of the page's current URL.
 * @param {import('playwright-core').Page} page
 */
export function pathOf(page) {
  return new URL(page.url()).pathname;
}

/**
 * Presses Tab until `predicate` (evaluated in the page on document.activeElement) is true.
 * @param {import('playwright-core').Page} page
 * @param {(arg: string | undefined) => unknown} predicate run in the page with `arg`
 * @param {string | undefined} arg
 * @param {{ max?: number, description?: string }} [options]
 */
export async function tabUntil(page, predicate, arg, { max = 40, description = 'the wanted element' } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(predicate, arg)) return i + 1;
  }
  throw new Error(`${description} did not receive focus after ${max} presses of Tab on ${page.url()}`);
}

/**
 * Waits until the finder (#finder on /<lang>/angebote/ and /<lang>/suche/) has announced the
 * result of the current search in its status line; returns the number of results.
 * @param {import('playwright-core').Page} page
 */
export async function finderSettled(page) {
  await page.waitForFunction(() => {
    const status = document.getElementById('finder-status');
    const root = /** @type {HTMLElement} */ (document.getElementById('finder'));
    return status && status.textContent !== '' && status.textContent !== root.dataset.loading;
  });
  return Number((await page.locator('#finder-results').getAttribute('data-total')) ?? 0);
}

/**
 * Every offer page of one language with its Pagefind filters (labels of that language), read from
 * the built HTML: what the finder's results and counts must match.
 * @param {string} lang
 * @returns {{ slug: string, filters: Record<string, string[]> }[]}
 */
export function offerFiltersIn(lang) {
  return readdirSync(join(projectRoot, 'content', 'offers', 'de'))
    .map((f) => f.replace(/\.md$/, ''))
    .map((slug) => {
      const { document } = parseHTML(readFileSync(join(distDir, lang, 'angebote', slug, 'index.html'), 'utf8'));
      /** @type {Record<string, string[]>} */
      const filters = {};
      for (const el of document.querySelectorAll('[data-pagefind-filter]')) {
        const spec = el.getAttribute('data-pagefind-filter') ?? '';
        const i = spec.indexOf(':');
        (filters[spec.slice(0, i)] ??= []).push(spec.slice(i + 1));
      }
      return { slug, filters };
    });
}

/**
 * Waits until the finder's current search has finished completely: list, count, filter counts,
 * hints and other pages (finder.ts sets data-run when a search starts and data-settled when it
 * is done); returns the number of results.
 * @param {import('playwright-core').Page} page
 */
export async function finderDone(page) {
  await page.waitForFunction(() => {
    const root = document.getElementById('finder');
    return Boolean(root?.dataset.run) && root?.dataset.run === root?.dataset.settled;
  });
  // A search that failed is no empty list.
  const failed = await page.evaluate(
    () => document.getElementById('finder-status')?.textContent === document.getElementById('finder')?.dataset.error,
  );
  if (failed) throw new Error(`the finder's search failed on ${page.url()}`);
  return Number((await page.locator('#finder-results').getAttribute('data-total')) ?? 0);
}

/**
 * What axe finds on the page (WCAG 2.0 to 2.2, A and AA), one line per rule with its elements.
 * @param {import('playwright-core').Page} page
 */
export async function axeViolations(page) {
  const axe = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}
