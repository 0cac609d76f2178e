// The welcome page at `/` suggests the browser's preferred language (progressive enhancement)
// and is a plain list of languages without JavaScript. No redirect happens either way.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowserEnv, gotoStatus } from './helpers.mjs';

/** @param {import('playwright-core').Page} page */
const firstLanguage = (page) => page.locator('#languages > li').first().getAttribute('lang');
/**
 * @param {import('playwright-core').Page} page
 * @param {string} lang
 */
const suggestionShown = (page, lang) => page.locator(`#languages > li[data-lang="${lang}"] .suggested`).isVisible();

describe('welcome page', () => {
  /** @type {import('./helpers.mjs').BrowserEnv} */
  let env;
  before(async () => {
    env = await startBrowserEnv();
  });
  after(async () => {
    await env?.close();
  });

  for (const [browserLocale, expected] of /** @type {[string, string][]} */ ([
    ['ar-SY', 'ar'],
    ['ti-ER', 'ti'],
    ['uk-UA', 'uk'],
  ])) {
    it(`a browser set to ${browserLocale} sees ${expected} suggested first, and stays on /`, async () => {
      const context = await env.browser.newContext({ locale: browserLocale });
      const page = await context.newPage();
      await gotoStatus(page, `${env.origin}/`);
      await page.waitForFunction((lang) => document.querySelector('#languages > li')?.getAttribute('lang') === lang, expected);
      assert.equal(await firstLanguage(page), expected);
      assert.equal(await suggestionShown(page, expected), true);
      assert.equal(new URL(page.url()).pathname, '/', 'no redirect');
      await context.close();
    });
  }

  it('without JavaScript it lists the languages in registry order, none suggested', async () => {
    const context = await env.browser.newContext({ locale: 'ar-SY', javaScriptEnabled: false });
    const page = await context.newPage();
    await gotoStatus(page, `${env.origin}/`);
    assert.equal(await firstLanguage(page), 'de');
    assert.equal(await suggestionShown(page, 'ar'), false);
    await page.locator('#languages a[href="/fa/"]').click();
    assert.equal(new URL(page.url()).pathname, '/fa/');
    await context.close();
  });

  it('a browser language we do not offer changes nothing', async () => {
    const context = await env.browser.newContext({ locale: 'ja-JP' });
    const page = await context.newPage();
    await gotoStatus(page, `${env.origin}/`);
    assert.equal(await firstLanguage(page), 'de');
    assert.equal(await page.locator('#languages .suggested:visible').count(), 0);
    await context.close();
  });
});
