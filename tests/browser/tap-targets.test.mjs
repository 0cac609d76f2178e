// Tap targets on a 360 px phone (WCAG 2.2, 2.5.8 Target Size Minimum, and 44 px for the main
// controls), measured on every page template in de, fa, ar and ti, with the language picker open
// and the skip link focused.
// - The main controls (header: site name, search, language picker and its entries, main
//   navigation; breadcrumbs; footer; the skip link; the ways to call, write or open a page in
//   "How to take part" and the contact cards, the map link; the offer's actions; "show more")
//   are at least 44 x 44 px.
// - Every other target is at least 24 x 24 px, or has 2.5.8's exceptions: a link inside a
//   sentence (an inline link whose block has other text), or a small target spaced so that a
//   24 px circle around its centre touches no other target (and no other such circle).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowserEnv, templateUrls, rootUrls, gotoStatus } from './helpers.mjs';

const languages = ['de', 'fa', 'ar', 'ti'];
const viewport = { width: 360, height: 740 };

/** The main controls: 44 px. */
const PRIMARY = [
  'header a[href]',
  'header summary',
  '[data-breadcrumbs] a[href]',
  'footer a[href]',
  'a[href="#main"]',
  // AddressFact's links (phone, e-mail, web page) and the map link: the actions of the block.
  '[data-take-part] dd > a[href]:not([href^="/"])',
  '[data-fact="map"]',
  '[data-contact] dd > a[href]',
  '[data-region-website] dd > a[href]',
  '[data-offer-actions] a[href]',
  '[data-offer-actions] button',
  '#finder-more',
].join(', ');

/**
 * Measures every visible target of the page (or only those inside `scope`); returns the failures, one line each.
 * @param {import('playwright-core').Page} page
 * @param {string} [scope] a selector: measure only the targets inside it (all targets still count as neighbours)
 */
function measure(page, scope = 'html') {
  return page.evaluate(
    ({ primarySelector, scopeSelector }) => {
      const selector =
        'a[href], button, summary, input:not([type="hidden"]), select, textarea, [role="button"], [tabindex]:not([tabindex="-1"])';
      /** @param {Element} el */
      const name = (el) =>
        `<${el.tagName.toLowerCase()}> "${(el.textContent || el.getAttribute('aria-label') || el.getAttribute('value') || '').trim().slice(0, 40)}"`;
      /** The nearest ancestor that is not inline: the block a link sits in. @param {Element} el */
      const blockOf = (el) => {
        let b = el.parentElement;
        while (b && getComputedStyle(b).display.startsWith('inline')) b = b.parentElement;
        return b;
      };
      /** A link in a sentence (2.5.8's inline exception): inline, and its block has text of its own. @param {Element} el */
      const inSentence = (el) => {
        if (!getComputedStyle(el).display.startsWith('inline')) return false;
        const block = blockOf(el);
        if (!block) return false;
        const own = (block.textContent ?? '').replace(el.textContent ?? '', '');
        return /[\p{L}\p{N}]/u.test(own);
      };
      const targets = [...document.querySelectorAll(selector)]
        .filter((el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
        // Visually hidden until focused (the skip link is measured focused).
        .filter((el) => !el.closest('.sr-only:not(:focus)'))
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.height > 0);
      const failures = [];
      const small = targets.filter(({ r }) => r.width < 24 - 0.5 || r.height < 24 - 0.5);
      for (const { el, r } of targets) {
        if (!el.closest(scopeSelector)) continue;
        const size = `${Math.round(r.width)} x ${Math.round(r.height)} px`;
        if (el.matches(primarySelector)) {
          if (r.width < 44 - 0.5 || r.height < 44 - 0.5) failures.push(`main control ${name(el)} is ${size}, needs 44 x 44`);
          continue;
        }
        if (r.width >= 24 - 0.5 && r.height >= 24 - 0.5) continue;
        if (inSentence(el)) continue;
        // Spacing exception: a 24 px circle around the centre intersects no other target's box,
        // and keeps 24 px from the centre of every other small target.
        const cx = r.left + r.width / 2;
        const cy = r.top + r.height / 2;
        const crowdedBy = targets.find(({ el: other, r: o }) => {
          if (other === el || other.contains(el) || el.contains(other)) return false;
          const dx = Math.max(o.left - cx, 0, cx - o.right);
          const dy = Math.max(o.top - cy, 0, cy - o.bottom);
          if (Math.hypot(dx, dy) < 12) return true;
          return small.some((s) => s.el === other) && Math.hypot(o.left + o.width / 2 - cx, o.top + o.height / 2 - cy) < 24;
        });
        if (crowdedBy) failures.push(`${name(el)} is ${size}, under 24 px and within 12 px of ${name(crowdedBy.el)}`);
      }
      return { failures, count: targets.length };
    },
    { primarySelector: PRIMARY, scopeSelector: scope },
  );
}

describe(`tap targets at ${viewport.width} px: 44 px for the main controls, 24 px for all others`, () => {
  /** @type {import('./helpers.mjs').BrowserEnv} */
  let env;
  /** @type {import('playwright-core').Page} */
  let page;

  before(async () => {
    env = await startBrowserEnv({ locales: languages });
    const context = await env.browser.newContext({ viewport, deviceScaleFactor: 1 });
    page = await context.newPage();
  });
  after(async () => {
    await env?.close();
  });

  const pages = [...languages.flatMap((l) => templateUrls(l)), ...rootUrls()];
  for (const { id, url } of pages) {
    it(id, async () => {
      await gotoStatus(page, `${env.origin}${url}`);
      await page.evaluate(() => document.fonts.ready);
      const { failures, count } = await measure(page);
      assert.ok(count > 0, `${url}: targets were found`);
      // The skip link, focused (it is visible only then): the first Tab stop.
      if (await page.locator('a[href="#main"]').count()) {
        await page.keyboard.press('Tab');
        assert.equal(
          await page.evaluate(() => document.activeElement?.getAttribute('href')),
          '#main',
          `${url}: the first Tab stop is the skip link`,
        );
        failures.push(...(await measure(page, 'a[href="#main"]')).failures);
      }
      // The language picker's entries, with the picker open (its list then covers part of the page).
      const picker = page.locator('details.language-picker');
      if (await picker.count()) {
        await picker.locator('summary').click();
        failures.push(...(await measure(page, 'details.language-picker ul')).failures);
      }
      assert.deepEqual(failures, [], `${url} at ${viewport.width} px: targets too small`);
    });
  }
});
