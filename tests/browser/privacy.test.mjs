// Privacy: with JavaScript on, every page template in every language (plus the root pages, the
// editors' page and a finder search per language) talks only to its own origin and stores
// nothing: no cookies, no web storage.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowserEnv, templateUrls, rootUrls, editorUrls, gotoStatus, readLocales } from './helpers.mjs';

describe('privacy: no third parties, no cookies, no storage', () => {
  /** @type {import('./helpers.mjs').BrowserEnv} */
  let env;
  /** @type {import('playwright-core').BrowserContext} */
  let context;
  /** @type {import('playwright-core').Page} */
  let page;
  /**
   * Every request of the crawl: { url, from } (from = the page address that caused it).
   * @type {{ url: string, from: string }[]}
   */
  const requests = [];
  /**
   * Responses with a Set-Cookie header, as "url: header".
   * @type {string[]}
   */
  const cookieHeaders = [];
  /** @type {Promise<void>[]} */
  const headerChecks = [];
  let inFlight = 0;
  let current = '';

  /** Waits until fonts are loaded and no request has been pending for 100 ms. */
  async function settle() {
    await page.evaluate(() => document.fonts.ready);
    let quietSince = Date.now();
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      await new Promise((ok) => setTimeout(ok, 25));
      if (inFlight > 0) quietSince = Date.now();
      else if (Date.now() - quietSince >= 100) return;
    }
    throw new Error(`requests still pending 10 s after loading ${current}`);
  }

  /**
   * Every built language (read from dist/, so a new language is crawled without a test edit).
   * @type {string[]}
   */
  let languages = [];

  before(async () => {
    env = await startBrowserEnv();
    languages = readLocales().map((l) => l.code);
    assert.ok(languages.length >= 12, `all languages were found in dist/ (${languages.join(', ')})`);
    context = await env.browser.newContext();
    // Listen on the context: it sees the page's requests and those of its workers (Pagefind).
    context.on('request', (request) => {
      inFlight++;
      requests.push({ url: request.url(), from: current });
    });
    const done = () => {
      inFlight = Math.max(0, inFlight - 1);
    };
    context.on('requestfinished', done);
    context.on('requestfailed', done);
    context.on('response', (response) => {
      headerChecks.push(
        response.headerValue('set-cookie').then(
          (value) => {
            if (value !== null) cookieHeaders.push(`${response.url()}: ${value}`);
          },
          () => {},
        ),
      );
    });
    page = await context.newPage();
  });
  after(async () => {
    await env?.close();
  });

  it('loads every template in every language, and searches in each, talking only to the local server', async () => {
    const urls = [...rootUrls(), ...editorUrls, ...languages.flatMap((l) => templateUrls(l))];
    for (const { url } of urls) {
      current = url;
      await gotoStatus(page, env.origin + url);
      await settle();
    }
    // The search loads Pagefind's script, WebAssembly and index only once someone types.
    for (const l of languages) {
      current = `/${l}/suche/ (searching)`;
      await gotoStatus(page, `${env.origin}/${l}/suche/`);
      await page.locator('#finder-q').fill('Deutsch');
      await page.locator('#finder-results li').first().waitFor({ timeout: 10_000 });
      await settle();
    }
    assert.ok(requests.length > urls.length, `requests were recorded (${requests.length})`);
    assert.ok(
      requests.some((r) => r.url.includes('/pagefind/')),
      'the crawl exercised the search (Pagefind files were requested)',
    );

    const foreign = requests.filter(({ url }) => {
      const { protocol, origin } = new URL(url);
      // data: and blob: URLs are in-memory, not network requests.
      return !(origin === env.origin || protocol === 'data:' || protocol === 'blob:');
    });
    assert.deepEqual(
      foreign.map((r) => `${r.url}  (on ${r.from})`),
      [],
      `${foreign.length} request(s) left ${env.origin}`,
    );
  });

  it('no response sets a cookie', async () => {
    await Promise.all(headerChecks);
    assert.ok(headerChecks.length > 0, 'responses were recorded');
    assert.deepEqual(cookieHeaders, [], 'responses with Set-Cookie');
    assert.deepEqual(await context.cookies(), [], 'cookies in the browser context');
  });

  it('after the crawl: no cookie, no localStorage, no sessionStorage, no IndexedDB, no service worker', async () => {
    // Storage is per origin: the last page (same origin) sees what any page stored.
    assert.equal(new URL(page.url()).origin, env.origin);
    const state = await page.evaluate(async () => ({
      cookie: document.cookie,
      localStorage: localStorage.length,
      sessionStorage: sessionStorage.length,
      indexedDB: (await indexedDB.databases()).map((db) => db.name),
      serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
    }));
    assert.equal(state.cookie, '', 'document.cookie');
    assert.equal(state.localStorage, 0, 'localStorage.length');
    assert.equal(state.sessionStorage, 0, 'sessionStorage.length');
    assert.deepEqual(state.indexedDB, [], 'IndexedDB databases');
    assert.equal(state.serviceWorkers, 0, 'service worker registrations');
  });
});
