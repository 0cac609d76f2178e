// @ts-check
// "Add to calendar" and "Share link" on an offer page, on a 360 px phone in German and in three
// right-to-left or Ethiopic-script languages: the share sheet (a stubbed navigator.share) gets the
// page address; without it the address is copied (clipboard permission granted) and a polite live
// region confirms it; when copying fails too, the address is shown to copy by hand. Both actions
// are reached by keyboard, are at least 44 by 44 px, and axe finds nothing in the fallback states.
// Without JavaScript the share button is not there and the calendar link still works.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations, startBrowserEnv, gotoStatus, resultsDir, tabUntil } from './helpers.mjs';

const LANGUAGES = ['de', 'fa', 'ar', 'ti'];
/** An example offer with weekly times and dates (content/offers/de/), translated into every language. */
const OFFER = 'alphabetisierung-abends-hanau';
/** The address the page gives for itself (astro.config.mjs `site`; SITE_URL is not set for the tests). */
const SITE = 'http://localhost:4321';
/** @param {string} lang */
const dict = (lang) => /** @type {Record<string, string>} */ (JSON.parse(readFileSync(`src/i18n/ui/${lang}.json`, 'utf8')));

/** @type {Awaited<ReturnType<typeof startBrowserEnv>>} */
let env;
before(async () => {
  env = await startBrowserEnv({ locales: LANGUAGES });
  mkdirSync(resultsDir, { recursive: true });
});
after(async () => {
  await env?.close();
});

/**
 * A phone-sized page of the offer; `init` runs before the page's own script (to stub or remove APIs).
 * @param {string} lang
 * @param {{ init?: () => void, javaScriptEnabled?: boolean, clipboard?: boolean }} [options]
 */
async function openOffer(lang, { init, javaScriptEnabled = true, clipboard = false } = {}) {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled });
  if (clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.origin });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  await gotoStatus(page, `${env.origin}/${lang}/angebote/${OFFER}/`);
  return { context, page };
}

/** No Web Share API, as in desktop Chromium on Linux and in Firefox. */
function withoutShare() {
  // @ts-ignore -- removed on purpose
  delete Navigator.prototype.share;
  // @ts-ignore
  delete Navigator.prototype.canShare;
}

describe('keep and share, at 360 px', () => {
  for (const lang of LANGUAGES) {
    const t = dict(lang);
    const address = `${SITE}/${lang}/angebote/${OFFER}/`;

    it(`hands the page address to the share sheet (${lang})`, async () => {
      const { context, page } = await openOffer(lang, {
        init: () => {
          /** @type {ShareData[]} */
          const calls = [];
          Object.defineProperty(window, 'shareCalls', { value: calls });
          Object.defineProperty(Navigator.prototype, 'share', {
            configurable: true,
            value: (/** @type {ShareData} */ data) => (calls.push(data), Promise.resolve()),
          });
        },
      });
      try {
        const button = page.locator('[data-share]');
        await button.click();
        const calls = await page.evaluate(() => /** @type {ShareData[]} */ (/** @type {any} */ (window).shareCalls));
        assert.equal(calls.length, 1, `${lang}: navigator.share called once`);
        assert.equal(calls[0]?.url, address, `${lang}: the page address`);
        assert.equal(calls[0]?.title, (await page.locator('h1').textContent())?.trim(), `${lang}: the offer's title`);
        // The share sheet is the confirmation: the page says nothing.
        assert.equal(await page.locator('[data-share-status]').textContent(), '');
      } finally {
        await context.close();
      }
    });

    it(`copies the address without the Web Share API and says so in a polite live region; axe finds nothing (${lang})`, async () => {
      const { context, page } = await openOffer(lang, { init: withoutShare, clipboard: true });
      try {
        const status = page.locator('[data-share-status]');
        assert.equal(await status.getAttribute('role'), 'status');
        assert.equal(await status.getAttribute('aria-live'), 'polite');
        await page.locator('[data-share]').click();
        await page.waitForFunction((text) => document.querySelector('[data-share-status]')?.textContent === text, t['share.copied']);
        assert.equal(await page.evaluate(() => navigator.clipboard.readText()), address, `${lang}: the address is on the clipboard`);
        assert.ok(await status.isVisible(), `${lang}: the confirmation is visible`);
        assert.equal(await page.locator('[data-share-fallback]').isVisible(), false);
        assert.equal(
          await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth),
          false,
          `${lang}: no sideways scrolling`,
        );
        await page.locator('[data-offer-actions]').screenshot({ path: join(resultsDir, `share-copied-${lang}.png`) });
        assert.deepEqual(await axeViolations(page), [], `${lang}: axe`);
      } finally {
        await context.close();
      }
    });

    it(`shows the address to copy by hand when copying fails too; axe finds nothing (${lang})`, async () => {
      const { context, page } = await openOffer(lang, {
        init: () => {
          // @ts-ignore
          delete Navigator.prototype.share;
          Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => undefined });
        },
      });
      try {
        await page.locator('[data-share]').click();
        const field = page.locator('[data-share-fallback] input');
        await field.waitFor({ state: 'visible' });
        assert.equal(await field.inputValue(), address);
        assert.equal(await field.evaluate((el) => el === document.activeElement), true, `${lang}: the field has the focus`);
        assert.equal(await page.getByLabel(t['share.failed'] ?? '').count(), 1, `${lang}: the field is labelled`);
        assert.equal(
          await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth),
          false,
          `${lang}: no sideways scrolling`,
        );
        await page.locator('[data-offer-actions]').screenshot({ path: join(resultsDir, `share-failed-${lang}.png`) });
        assert.deepEqual(await axeViolations(page), [], `${lang}: axe`);
      } finally {
        await context.close();
      }
    });

    it(`reaches both actions by keyboard, each at least 44 by 44 px, and Enter copies (${lang})`, async () => {
      const { context, page } = await openOffer(lang, { init: withoutShare, clipboard: true });
      try {
        for (const selector of ['[data-calendar]', '[data-share]']) {
          const box = await page.locator(selector).boundingBox();
          assert.ok(box && box.width >= 44 && box.height >= 44, `${lang}: ${selector} is ${box?.width} × ${box?.height} px`);
        }
        await tabUntil(page, () => document.activeElement?.hasAttribute('data-calendar'), undefined, {
          max: 80,
          description: 'the calendar link',
        });
        await page.keyboard.press('Tab');
        assert.equal(
          await page.evaluate(() => document.activeElement?.hasAttribute('data-share')),
          true,
          `${lang}: share follows the calendar link`,
        );
        await page.keyboard.press('Enter');
        await page.waitForFunction((text) => document.querySelector('[data-share-status]')?.textContent === text, t['share.copied']);
      } finally {
        await context.close();
      }
    });

    it(`without JavaScript: no share button, and the calendar link gives a calendar file (${lang})`, async () => {
      const { context, page } = await openOffer(lang, { javaScriptEnabled: false });
      try {
        assert.equal(await page.locator('[data-share]').isVisible(), false, `${lang}: the share button is not shown`);
        const link = page.locator('[data-calendar]');
        assert.ok(await link.isVisible(), `${lang}: the calendar link is shown`);
        assert.equal((await link.textContent())?.trim(), t['calendar.add']);
        const href = await link.getAttribute('href');
        const res = await page.request.get(`${env.origin}${href}`);
        assert.equal(res.status(), 200);
        assert.equal(res.headers()['content-type'], 'text/calendar; charset=utf-8');
        assert.match(await res.text(), /^BEGIN:VCALENDAR\r\n/);
        if (lang === 'fa') await page.screenshot({ path: join(resultsDir, `share-no-js-${lang}.png`) });
      } finally {
        await context.close();
      }
    });
  }
});
