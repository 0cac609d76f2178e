// The language picker leads to the same page in the other language, by mouse and by keyboard.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowserEnv, readLocales, getLocale, pathOf, tabUntil } from './helpers.mjs';

const slug = 'angebote/beispiel-deutschkurs-giessen/';

describe('language picker keeps the page', () => {
  /** @type {import('./helpers.mjs').BrowserEnv} */
  let env;
  /** @type {import('playwright-core').BrowserContext} */
  let context;
  /** @type {import('playwright-core').Page} */
  let page;

  before(async () => {
    env = await startBrowserEnv({ locales: ['de', 'ar'] });
    context = await env.browser.newContext();
    page = await context.newPage();
  });
  after(async () => {
    await env?.close();
  });

  it('offers every built language, each linking to the same page', async () => {
    await page.goto(`${env.origin}/de/${slug}`);
    const locales = readLocales();
    for (const l of locales) {
      const link = page.locator(`details.language-picker a[href="/${l.code}/${slug}"]`);
      assert.equal(await link.count(), 1, `one picker link to /${l.code}/${slug}`);
      assert.equal(await link.getAttribute('hreflang'), l.lang, `picker link for ${l.code} has hreflang=${l.lang}`);
      assert.equal((await link.textContent())?.trim(), l.autonym, `picker link for ${l.code} is labelled with its autonym`);
      assert.equal(await link.getAttribute('lang'), l.lang, `picker link for ${l.code} is marked lang=${l.lang}`);
      assert.equal(await link.getAttribute('dir'), l.dir, `picker link for ${l.code} is marked dir=${l.dir}`);
    }
  });

  it('mouse: open the picker, choose العربية, land on the same offer in Arabic (rtl)', async () => {
    const ar = getLocale('ar');
    await page.goto(`${env.origin}/de/${slug}`);
    const picker = page.locator('details.language-picker');
    const link = picker.getByRole('link', { name: ar.autonym, exact: true });
    assert.equal(await link.isVisible(), false, 'the language list is closed at first');
    await picker.locator('summary').click();
    assert.equal(await picker.evaluate((/** @type {HTMLDetailsElement} */ d) => d.open), true, 'clicking the summary opens the picker');
    assert.equal(await link.isVisible(), true, 'the العربية link is visible once the picker is open');
    await Promise.all([page.waitForURL(`**/ar/${slug}`), link.click()]);
    assert.equal(pathOf(page), `/ar/${slug}`);
    assert.equal(await page.getAttribute('html', 'lang'), 'ar');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  });

  it('keyboard only: Tab to the picker, Enter, Tab to a language, Enter (Arabic → Deutsch, German → ትግርኛ)', async () => {
    const switches = [
      { from: 'ar', to: 'de' },
      { from: 'de', to: 'ti' },
    ];
    for (const { from, to } of switches) {
      const target = getLocale(to);
      await page.goto(`${env.origin}/${from}/${slug}`);
      // Start from the top of the document, as a keyboard user would after loading the page.
      await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
      await tabUntil(page, () => document.activeElement?.matches('details.language-picker > summary') ?? false, undefined, {
        description: `the language picker's summary (/${from}/)`,
      });
      await page.keyboard.press('Enter');
      assert.equal(
        await page.locator('details.language-picker').evaluate((/** @type {HTMLDetailsElement} */ d) => d.open),
        true,
        `Enter on the summary opens the picker (/${from}/)`,
      );
      await tabUntil(
        page,
        (href) => document.activeElement?.matches(`details.language-picker a[href="${href}"]`) ?? false,
        `/${to}/${slug}`,
        { description: `the picker link for ${target.autonym}` },
      );
      await Promise.all([page.waitForURL(`**/${to}/${slug}`), page.keyboard.press('Enter')]);
      assert.equal(pathOf(page), `/${to}/${slug}`);
      assert.equal(await page.getAttribute('html', 'lang'), target.lang);
      assert.equal(await page.getAttribute('html', 'dir'), target.dir);
    }
  });
});
