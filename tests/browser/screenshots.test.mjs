// Screenshots for people to look at, saved as test artifacts in test-results/screenshots/:
// home, an offer page and the finder with results, in German and Arabic (right to left),
// (1) 320 px wide, full page, and (2) with forced colours (Windows high contrast) at 360 px.
// Each screenshot comes with checks of what it is meant to show: nothing sticks out at 320 px;
// in forced colours the focus indicator is still drawn and every button keeps a visible edge.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBrowserEnv, gotoStatus, finderSettled, tabUntil, resultsDir } from './helpers.mjs';

export const screenshotDir = join(resultsDir, 'screenshots');
const languages = ['de', 'ar'];
/** @type {{ id: string, path: (l: string) => string, finder?: boolean }[]} */
const pages = [
  { id: 'home', path: (l) => `/${l}/` },
  { id: 'offer', path: (l) => `/${l}/angebote/beispiel-deutschkurs-giessen/` },
  { id: 'finder-results', path: (l) => `/${l}/angebote/?q=Deutsch`, finder: true },
];

/**
 * Asserts that `file` is a PNG of the given width (and at least the given height).
 * @param {string} file
 * @param {number} width
 * @param {number} minHeight
 */
function assertPng(file, width, minHeight) {
  const png = readFileSync(file);
  assert.ok(png.length > 1000, `${file} is written and not empty (${png.length} bytes)`);
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${file} is a PNG`);
  // The IHDR chunk follows the signature: width and height as 32-bit big-endian numbers.
  const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  assert.equal(w, width, `${file} is ${width} px wide`);
  assert.ok(h >= minHeight, `${file} is ${h} px high, at least the viewport's ${minHeight} px`);
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string} origin
 * @param {{ path: (l: string) => string, finder?: boolean }} target
 * @param {string} locale
 */
async function open(page, origin, { path, finder }, locale) {
  await gotoStatus(page, origin + path(locale));
  if (finder) assert.ok((await finderSettled(page)) > 0, `${path(locale)} shows results`);
  await page.evaluate(() => document.fonts.ready);
}

describe('screenshots at 320 px and in forced colours (test-results/screenshots/)', () => {
  /** @type {import('./helpers.mjs').BrowserEnv} */
  let env;

  before(async () => {
    env = await startBrowserEnv({ locales: languages });
    mkdirSync(screenshotDir, { recursive: true });
  });
  after(async () => {
    await env?.close();
  });

  describe('320 px wide, full page', () => {
    const viewport = { width: 320, height: 640 };
    /** @type {import('playwright-core').Page} */
    let page;
    before(async () => {
      page = await (await env.browser.newContext({ viewport, deviceScaleFactor: 1 })).newPage();
    });
    for (const locale of languages) {
      for (const p of pages) {
        it(`${locale} ${p.id}: no horizontal scrolling; ${locale}-${p.id}-320.png`, async () => {
          await open(page, env.origin, p, locale);
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(scrollWidth <= viewport.width, `${p.path(locale)}: scrollWidth ${scrollWidth} > ${viewport.width}`);
          const file = join(screenshotDir, `${locale}-${p.id}-320.png`);
          await page.screenshot({ path: file, fullPage: true });
          assertPng(file, viewport.width, viewport.height);
        });
      }
    }
  });

  describe('forced colours, 360 px wide', () => {
    const viewport = { width: 360, height: 740 };
    /** @type {import('playwright-core').Page} */
    let page;
    before(async () => {
      page = await (await env.browser.newContext({ viewport, deviceScaleFactor: 1 })).newPage();
      await page.emulateMedia({ forcedColors: 'active' });
    });
    for (const locale of languages) {
      for (const p of pages) {
        it(`${locale} ${p.id}: focus indicator and buttons stay visible; ${locale}-${p.id}-forced-colors.png`, async () => {
          await open(page, env.origin, p, locale);
          assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true, 'forced colours are active');

          // Every button (and button-like summary) keeps an edge or an underline: forced colours
          // drop background colours, so a button drawn only by its background becomes plain text.
          const bare = await page.evaluate(() =>
            [...document.querySelectorAll('button, summary, [role="button"]')]
              .filter((el) => el.checkVisibility())
              .filter((el) => {
                const cs = getComputedStyle(el);
                const edge = /** @type {const} */ (['Top', 'Right', 'Bottom', 'Left']).every(
                  (side) => cs[`border${side}Style`] !== 'none' && parseFloat(cs[`border${side}Width`]) >= 1,
                );
                const summaryMarker = el.tagName === 'SUMMARY' && cs.display === 'list-item';
                return !edge && !cs.textDecorationLine.includes('underline') && !summaryMarker;
              })
              .map((el) => el.outerHTML.slice(0, 120)),
          );
          assert.deepEqual(bare, [], `${p.path(locale)}: buttons with neither border nor underline in forced colours`);

          // The focus indicator: box-shadow is dropped in forced colours, the outline must remain.
          await tabUntil(page, () => document.activeElement?.matches('main a[href]'), undefined, { description: 'a link in <main>' });
          const focus = await page.evaluate(() => {
            const active = /** @type {Element} */ (document.activeElement);
            const cs = getComputedStyle(active);
            return { outlineStyle: cs.outlineStyle, outlineWidth: cs.outlineWidth, focusVisible: active.matches(':focus-visible') };
          });
          assert.ok(
            focus.focusVisible && focus.outlineStyle !== 'none' && parseFloat(focus.outlineWidth) >= 2,
            `${p.path(locale)}: focused link shows an outline (${JSON.stringify(focus)})`,
          );

          const file = join(screenshotDir, `${locale}-${p.id}-forced-colors.png`);
          await page.screenshot({ path: file, fullPage: true });
          assertPng(file, viewport.width, viewport.height);
        });
      }
    }
  });
});
