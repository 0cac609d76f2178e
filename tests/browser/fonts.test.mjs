// Fonts only where needed: the Arabic and Ethiopic fonts are large and load only on pages in
// those scripts; every font is a self-hosted .woff2.
// Note: the @font-face rules try local() first, so on a machine with Noto Sans Arabic/Ethiopic
// installed system-wide nothing would be downloaded; the test machine has no Noto fonts.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowserEnv, gotoStatus } from './helpers.mjs';

const fontFile = /\.(woff2?|ttf|otf|eot)(\?|#|$)/i;

describe('fonts only where needed', () => {
  /** @type {import('./helpers.mjs').BrowserEnv} */
  let env;
  /** @type {import('playwright-core').BrowserContext} */
  let context;

  before(async () => {
    env = await startBrowserEnv({ locales: ['de', 'ar', 'ti', 'ru'] });
    context = await env.browser.newContext();
  });
  after(async () => {
    await env?.close();
  });

  /**
   * Loads `path` in a fresh page (no memory cache), optionally acts, waits for the fonts; returns the requested URLs.
   * @param {string} path
   * @param {(page: import('playwright-core').Page) => Promise<void>} [action]
   */
  async function requestsOf(path, action) {
    const page = await context.newPage();
    /** @type {string[]} */
    const urls = [];
    /** @type {string[]} */
    const fonts = [];
    page.on('request', (r) => {
      urls.push(r.url());
      if (r.resourceType() === 'font') fonts.push(r.url());
    });
    try {
      await gotoStatus(page, env.origin + path);
      if (action) await action(page);
      await page.evaluate(() => document.fonts.ready);
      await page.waitForLoadState('networkidle');
      return { urls, fonts };
    } finally {
      await page.close();
    }
  }

  /**
   * Every font request is a .woff2 file, and every font-like file is a font request.
   * @param {{ urls: string[], fonts: string[] }} requests
   * @param {string} path
   */
  function assertOnlyWoff2({ urls, fonts }, path) {
    for (const url of fonts) assert.match(new URL(url).pathname, /\.woff2$/, `font request on ${path} is a .woff2: ${url}`);
    for (const url of urls.filter((u) => fontFile.test(new URL(u).pathname))) {
      assert.match(new URL(url).pathname, /\.woff2$/, `only .woff2 font files are requested on ${path}: ${url}`);
    }
  }

  it('/de/ requests no Arabic or Ethiopic font, not even with the language picker (العربية, ትግርኛ) open', async () => {
    const result = await requestsOf('/de/', async (page) => {
      await page.locator('details.language-picker summary').click();
      await page.locator('details.language-picker ul a').last().waitFor({ state: 'visible' });
    });
    assert.ok(result.fonts.length > 0, `/de/ loads its Latin font (requests: ${result.urls.join(', ')})`);
    const scriptFonts = result.urls.filter((u) => /arabic|ethiopic/i.test(new URL(u).pathname));
    assert.deepEqual(scriptFonts, [], 'Arabic/Ethiopic files requested on /de/');
    assertOnlyWoff2(result, '/de/');
  });

  // Each non-Latin script loads its own font and not another one; Cyrillic pages not the Latin
  // file either (their Latin words use the system font, their digits 'Noto Sans Cyrillic').
  for (const [path, own, other] of /** @type {[string, string, string][]} */ ([
    ['/ar/', 'arabic', 'ethiopic'],
    ['/ti/', 'ethiopic', 'arabic'],
    ['/ru/', 'cyrillic', 'noto-sans-latin'],
  ])) {
    it(`${path} requests a noto-sans-${own} .woff2`, async () => {
      const result = await requestsOf(path);
      assert.ok(
        result.fonts.some((u) => new RegExp(`noto-sans-${own}[^/]*\\.woff2$`).test(new URL(u).pathname)),
        `a noto-sans-${own} woff2 was requested on ${path} (font requests: ${result.fonts.join(', ') || 'none'})`,
      );
      assert.deepEqual(
        result.urls.filter((u) => u.includes(other)),
        [],
        `no ${other} font on ${path}`,
      );
      assertOnlyWoff2(result, path);
    });
  }
});
