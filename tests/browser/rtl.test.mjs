// Arabic pages are laid out right to left: direction, the header's start edge, mirrored icons.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startBrowserEnv, gotoStatus, resultsDir } from './helpers.mjs';

const viewport = { width: 1280, height: 800 };
/** The site name link: the first link in the header, at the start edge. */
const siteName = 'header > div > a:first-child';
const breadcrumbArrow = 'main nav ol .rtl-flip';

describe('Arabic layout is right-to-left', () => {
  /** @type {import('./helpers.mjs').BrowserEnv} */
  let env;
  /** @type {import('playwright-core').BrowserContext} */
  let context;
  /** @type {import('playwright-core').Page} */
  let page;

  before(async () => {
    env = await startBrowserEnv({ locales: ['de', 'ar'] });
    context = await env.browser.newContext({ viewport });
    page = await context.newPage();
  });
  after(async () => {
    await env?.close();
  });

  it('/ar/: body direction is rtl, the site name sits at the right, full-page screenshot saved', async () => {
    await gotoStatus(page, `${env.origin}/de/`);
    const deBox = await page.locator(siteName).boundingBox();
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), 'ltr', '/de/ body direction');

    await gotoStatus(page, `${env.origin}/ar/`);
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), 'rtl', '/ar/ body direction');
    const arBox = await page.locator(siteName).boundingBox();
    assert.ok(deBox && arBox, 'the site name is rendered in both languages');
    assert.ok(arBox.x > deBox.x, `the site name starts further right in /ar/ (x=${arBox.x}) than in /de/ (x=${deBox.x})`);
    assert.ok(
      arBox.x + arBox.width / 2 > viewport.width / 2,
      `the site name lies in the right half of the page in /ar/ (centre x=${arBox.x + arBox.width / 2})`,
    );
    assert.ok(deBox.x + deBox.width / 2 < viewport.width / 2, 'and in the left half in /de/');

    await page.evaluate(() => document.fonts.ready);
    mkdirSync(resultsDir, { recursive: true });
    const file = join(resultsDir, 'ar-home.png');
    await page.screenshot({ path: file, fullPage: true });
    assert.ok(statSync(file).size > 1000, `screenshot written to ${file}`);
  });

  it('directional icons (class rtl-flip) are mirrored in /ar/ and not in /de/', async () => {
    // Each icon, with its computed transform and the direction of its nearest [dir] context
    // (an icon inside an explicit dir="ltr" island in an Arabic page must not be mirrored).
    /** @param {string} path */
    const icons = async (path) => {
      await gotoStatus(page, `${env.origin}${path}`);
      return page.$$eval('.rtl-flip', (els) =>
        els.map((el) => ({
          transform: getComputedStyle(el).transform,
          dir: el.closest('[dir]')?.getAttribute('dir') ?? 'ltr',
          html: el.outerHTML.slice(0, 80),
        })),
      );
    };
    for (const path of ['/ar/angebote/beispiel-deutschkurs-giessen/', '/ar/']) {
      const found = await icons(path);
      const inRtl = found.filter((i) => i.dir === 'rtl');
      assert.ok(inRtl.length > 0, `${path} has rtl-flip icons in right-to-left text`);
      for (const icon of found) {
        if (icon.dir === 'rtl') {
          // scaleX(-1) = matrix(-1, 0, 0, 1, 0, 0)
          assert.match(icon.transform, /^matrix\(-1, 0, 0, 1,/, `rtl-flip icon is mirrored on ${path}: ${icon.html}`);
        } else {
          assert.equal(icon.transform, 'none', `rtl-flip icon inside a dir="ltr" island is not mirrored on ${path}: ${icon.html}`);
        }
      }
    }
    for (const path of ['/de/angebote/beispiel-deutschkurs-giessen/', '/de/']) {
      const found = await icons(path);
      assert.ok(found.length > 0, `${path} has icons with class rtl-flip`);
      for (const icon of found) assert.equal(icon.transform, 'none', `rtl-flip icon is not mirrored on ${path}: ${icon.html}`);
    }
  });

  it('the breadcrumb arrow points the reading direction: mirrored in /ar/, not in /de/', async () => {
    await gotoStatus(page, `${env.origin}/ar/angebote/beispiel-deutschkurs-giessen/`);
    const ar = page.locator(breadcrumbArrow).first();
    assert.ok((await page.locator(breadcrumbArrow).count()) > 0, 'the Arabic offer page has breadcrumb arrows');
    assert.notEqual(await ar.evaluate((el) => getComputedStyle(el).transform), 'none', 'breadcrumb arrow in /ar/');

    await gotoStatus(page, `${env.origin}/de/angebote/beispiel-deutschkurs-giessen/`);
    const de = page.locator(breadcrumbArrow).first();
    assert.ok((await page.locator(breadcrumbArrow).count()) > 0, 'the German offer page has breadcrumb arrows');
    assert.equal(await de.evaluate((el) => getComputedStyle(el).transform), 'none', 'breadcrumb arrow in /de/');
  });
});
