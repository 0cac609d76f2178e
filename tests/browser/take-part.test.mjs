// @ts-check
// "How to take part" on a 360 px phone in German and in three right-to-left or Ethiopic-script
// languages: the postcode stays before the town, phone number and e-mail address are unbroken and
// read left to right, every link is reached by keyboard, and axe finds nothing. The region page's
// contact point likewise. Screenshots go to test-results/ for a person to look at.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations, startBrowserEnv, gotoStatus, resultsDir, tabUntil } from './helpers.mjs';

const LANGUAGES = ['de', 'ar', 'fa', 'ti'];
/** An example offer with a complete fictional address, phone and e-mail (content/offers/de/). */
const OFFER = 'beispiel-deutschkurs-giessen';

/** @type {Awaited<ReturnType<typeof startBrowserEnv>>} */
let env;
before(async () => {
  env = await startBrowserEnv({ locales: LANGUAGES });
  mkdirSync(resultsDir, { recursive: true });
});
after(async () => {
  await env?.close();
});

describe('how to take part, at 360 px', () => {
  for (const lang of LANGUAGES) {
    it(`keeps address, number and e-mail intact and reachable by keyboard (${lang})`, async () => {
      // A context of its own: axe needs one.
      const context = await env.browser.newContext({ viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      try {
        await gotoStatus(page, `${env.origin}/${lang}/angebote/${OFFER}/`);
        const block = page.locator('[data-take-part]');
        await block.screenshot({ path: join(resultsDir, `take-part-${lang}.png`) });
        const layout = await block.evaluate((el) => {
          /** The screen boxes of a substring of an element's text. @param {Element} host @param {string} part */
          const boxOf = (host, part) => {
            const node = [...host.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.includes(part));
            if (!node) return null;
            const range = document.createRange();
            const start = /** @type {string} */ (node.textContent).indexOf(part);
            range.setStart(node, start);
            range.setEnd(node, start + part.length);
            return range.getBoundingClientRect();
          };
          const line = /** @type {Element} */ (el.querySelector('[data-fact="postcode-town"]'));
          const [postcode = '', ...town] = (line.textContent ?? '').trim().split(' ');
          const pc = boxOf(line, postcode);
          const tw = boxOf(line, town.join(' '));
          /** @param {string} selector */
          const link = (selector) => {
            const a = /** @type {HTMLElement} */ (el.querySelector(selector));
            return { lines: a.getClientRects().length, direction: getComputedStyle(a).direction, text: a.textContent?.trim() ?? '' };
          };
          return {
            postcodeLeftOfTown: Boolean(pc && tw && pc.right <= tw.left),
            sameLine: Boolean(pc && tw && Math.abs(pc.top - tw.top) < 2),
            addressDirection: getComputedStyle(/** @type {Element} */ (el.querySelector('[data-fact="address"]'))).direction,
            phone: link('[data-fact="phone"] a'),
            email: link('[data-fact="email"] a'),
            overflow: document.documentElement.scrollWidth > window.innerWidth,
            hrefs: [...el.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
          };
        });
        assert.equal(layout.addressDirection, 'ltr', `${lang}: the address reads left to right`);
        assert.ok(layout.postcodeLeftOfTown && layout.sameLine, `${lang}: "35390 Gießen", postcode first, on one line`);
        for (const kind of /** @type {const} */ (['phone', 'email'])) {
          assert.equal(layout[kind].lines, 1, `${lang}: the ${kind} is not broken (${layout[kind].text})`);
          assert.equal(layout[kind].direction, 'ltr', `${lang}: the ${kind} reads left to right`);
        }
        assert.match(layout.phone.text, /^069\u00A090009\u00A0\d{3}$/, `${lang}: the number as written, with non-breaking spaces`);
        assert.equal(layout.overflow, false, `${lang}: nothing wider than the screen`);
        // Every link of the block is reached by Tab, in order, from the top of the page.
        for (const href of layout.hrefs) {
          await tabUntil(
            page,
            (h) => document.activeElement?.closest('[data-take-part]') && document.activeElement.getAttribute('href') === h,
            href ?? '',
            {
              max: 80,
              description: href ?? '',
            },
          );
        }
        // Enter on the region link opens the region page at its contact point.
        await page.keyboard.press('Enter');
        await page.waitForURL(/\/regionen\/stadt-giessen\/#ansprechstelle$/);
        assert.deepEqual(await axeViolations(page), [], `${lang}: region page`);
        await gotoStatus(page, `${env.origin}/${lang}/angebote/${OFFER}/`);
        assert.deepEqual(await axeViolations(page), [], `${lang}: offer page`);
      } finally {
        await context.close();
      }
    });
  }

  it('shows the contact point of a region first, its link unbroken, in Arabic', async () => {
    const page = await env.browser.newPage({ viewport: { width: 360, height: 740 } });
    try {
      await gotoStatus(page, `${env.origin}/ar/regionen/stadt-offenbach-am-main/`);
      const help = page.locator('#ansprechstelle');
      await help.screenshot({ path: join(resultsDir, 'region-contact-ar.png') });
      const official = help.locator('[data-fact="official-page"] a');
      assert.equal(await official.evaluate((a) => a.getClientRects().length), 1, 'the host name is on one line');
      assert.equal(await official.evaluate((a) => getComputedStyle(a).direction), 'ltr');
      const top = await page.evaluate(() => /** @type {HTMLElement} */ (document.querySelector('main h2')).id);
      assert.equal(top, 'help-here', '"Who can help you here" comes first');
    } finally {
      await page.close();
    }
  });
});
