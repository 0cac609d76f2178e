// Every page works without JavaScript: it loads, has a heading, and the language picker
// (a <details> disclosure) opens and leads on. The search page then points to the static lists.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowserEnv, templateUrls, rootUrls, getLocale, gotoStatus, pathOf } from './helpers.mjs';

/** Languages checked, and the language whose picker link is followed from each. */
const switches = { de: 'ar', ar: 'de' };

describe('works without JavaScript', () => {
  /** @type {import('./helpers.mjs').BrowserEnv} */
  let env;
  /** @type {import('playwright-core').BrowserContext} */
  let context;
  /** @type {import('playwright-core').Page} */
  let page;

  before(async () => {
    env = await startBrowserEnv({ locales: Object.keys(switches) });
    context = await env.browser.newContext({ javaScriptEnabled: false });
    page = await context.newPage();
  });
  after(async () => {
    await env?.close();
  });

  it('JavaScript is really off in this context', async () => {
    await gotoStatus(page, `${env.origin}/de/suche/`);
    // /scripts/search.js would hide the notice and show the search UI.
    assert.equal(await page.locator('#finder').isVisible(), false, 'the JavaScript-only search UI stays hidden');
  });

  for (const { id, url, template } of rootUrls()) {
    it(`${id}: loads with a heading and links into the languages`, async () => {
      // A 404 page is checked the way visitors meet it: at an address that does not exist.
      // (The root pages' paths take no language.)
      const address = template.notFound ? /** @type {(l: string) => string} */ (template.missing)('') : url;
      await gotoStatus(page, env.origin + address, template.notFound ? 404 : 200);
      assert.equal(await page.locator('h1').count(), 1, `${address} has one <h1>`);
      assert.ok(await page.locator('h1').isVisible(), `the <h1> of ${address} is visible`);
      const link = page.locator('main a[href="/ar/"]').first();
      assert.ok(await link.isVisible(), `${address} shows a link to /ar/`);
      await Promise.all([page.waitForURL('**/ar/'), link.click()]);
      assert.equal(await page.getAttribute('html', 'lang'), 'ar');
    });
  }

  /** One round trip: the page's language, direction and headings, and the picker's state. */
  const snapshot = () =>
    page.evaluate(() => {
      /** @param {Element | null} el */
      const visible = (el) => !!el && el.checkVisibility();
      const h1s = [...document.querySelectorAll('h1')];
      const picker = /** @type {HTMLDetailsElement | null} */ (document.querySelector('details.language-picker'));
      const links = picker ? [...picker.querySelectorAll('ul a')] : [];
      return {
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        h1: h1s.length,
        h1Visible: h1s.length > 0 && h1s.every(visible),
        pickerOpen: picker?.open ?? null,
        links: links.length,
        hiddenLinks: links.filter((a) => !visible(a)).map((a) => a.getAttribute('href')),
      };
    });

  for (const [locale, target] of Object.entries(switches)) {
    for (const { id, url, template } of templateUrls(locale)) {
      it(`${id}: loads, has an <h1>, the language picker opens and leads to ${target}`, async () => {
        const entry = getLocale(locale);
        const targetEntry = getLocale(target);
        const address = template.notFound ? /** @type {(l: string) => string} */ (template.missing)(locale) : url;
        await gotoStatus(page, env.origin + address, template.notFound ? 404 : 200);
        const before = await snapshot();
        assert.equal(before.lang, entry.lang, `${address} is in ${locale}`);
        assert.equal(before.dir, entry.dir, `${address} has dir=${entry.dir}`);
        assert.equal(before.h1, 1, `${address} has one <h1>`);
        assert.ok(before.h1Visible, `the <h1> of ${address} is visible`);
        assert.equal(before.pickerOpen, false, `${address} has a closed language picker`);
        assert.equal(before.hiddenLinks.length, before.links, 'the language links are hidden while the picker is closed');

        const picker = page.locator('details.language-picker');
        await picker.locator('summary').click();
        const open = await snapshot();
        assert.equal(open.pickerOpen, true, `the picker opens on ${address} without JavaScript`);
        assert.ok(open.links >= 2, 'the picker lists the languages');
        assert.deepEqual(open.hiddenLinks, [], `all picker links are visible once open on ${address}`);

        const link = picker.locator(`ul a[lang="${targetEntry.lang}"][hreflang="${targetEntry.lang}"]`).first();
        const href = await link.getAttribute('href');
        assert.ok(href?.startsWith(`/${target}/`), `the ${target} link (${href}) leads into /${target}/`);
        const [response] = await Promise.all([
          page.waitForResponse((r) => r.request().isNavigationRequest() && new URL(r.url()).pathname === href),
          link.click(),
        ]);
        await page.waitForURL(`**${href}`, { waitUntil: 'domcontentloaded' });
        assert.equal(pathOf(page), href, `following the ${target} link from ${address}`);
        // Every picker link leads to an existing page (from a 404 page: that language's home).
        assert.equal(response?.status(), 200, `${href} (the ${target} link on ${address}) answered ${response?.status()}`);
        const after = await snapshot();
        assert.equal(after.lang, targetEntry.lang, `${href} is in ${target}`);
        assert.equal(after.h1, 1, `${href} has one <h1>`);
      });
    }
  }

  it('/de/suche/ without JavaScript: a visible notice links to /de/angebote/', async () => {
    await gotoStatus(page, `${env.origin}/de/suche/`);
    const notice = page.locator('.search-no-js');
    assert.ok(await notice.isVisible(), 'the no-JavaScript notice is visible');
    assert.ok(((await notice.textContent()) ?? '').trim().length > 20, 'the notice explains the situation');
    const link = notice.locator('a[href="/de/angebote/"]');
    assert.equal(await link.count(), 1, 'the notice links to /de/angebote/');
    assert.ok(await link.isVisible(), 'the link to /de/angebote/ is visible');
    await Promise.all([page.waitForURL('**/de/angebote/'), link.click()]);
    assert.equal(await page.locator('h1').count(), 1);
  });
});
