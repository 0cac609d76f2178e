// @ts-check
// "Where do you live?" on a 360 px phone, by keyboard only, in German, two right-to-left
// languages, Tigrinya and Ukrainian: typing a town (as people type it, or in the reader's script)
// suggests its region and leads to the region's contact point; a name of two regions gives a
// choice; an Ortsteil gets "not found" (what it says comes with its data file); on the finder the town filters by region; axe finds
// nothing with the suggestions open; the page loads only the lookup's boot script until the field
// is used; without JavaScript the form opens the list of all towns, whose links reach the region. Screenshots go to test-results/ for a person to look at.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { axeViolations, startBrowserEnv, gotoStatus, pathOf, resultsDir, tabUntil } from './helpers.mjs';

/** A town typed the way people type it, per language (other scripts from content/towns/other-scripts.yaml). */
const names = /** @type {{ towns: Record<string, Record<string, string>> }} */ (
  parse(readFileSync('content/towns/other-scripts.yaml', 'utf8'))
);
const inScript = (/** @type {string} */ lang, /** @type {string} */ ags) => (names.towns[ags]?.[lang] ?? '').split('|')[0]?.trim() ?? '';
/** Rüsselsheim am Main (06433012): its own region. Hanau (06435014): kreisfrei since 2026. */
const CASES = /** @type {[string, string, string][]} */ ([
  ['de', 'ruesselsheim', 'stadt-ruesselsheim-am-main'],
  ['ar', inScript('ar', '06433012'), 'stadt-ruesselsheim-am-main'],
  ['fa', inScript('fa', '06435014'), 'stadt-hanau'],
  ['ti', inScript('ti', '06435014'), 'stadt-hanau'],
  ['uk', inScript('uk', '06433012'), 'stadt-ruesselsheim-am-main'],
]);
const LANGUAGES = CASES.map(([lang]) => lang);

/** @type {Awaited<ReturnType<typeof startBrowserEnv>>} */
let env;
before(async () => {
  env = await startBrowserEnv({ locales: LANGUAGES });
  mkdirSync(resultsDir, { recursive: true });
});
after(async () => {
  await env?.close();
});

/** @param {import('playwright-core').Page} page */
const suggestions = (page) => page.locator('form[data-town-lookup] [data-lookup-results] a');

describe('the town lookup, at 360 px and by keyboard', () => {
  for (const [lang, typed, region] of CASES) {
    it(`${lang}: "${typed}" suggests its region and leads to its contact point; axe finds nothing`, async () => {
      assert.ok(typed, `${lang}: a writing of the town in content/towns/other-scripts.yaml`);
      const context = await env.browser.newContext({ viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      try {
        await gotoStatus(page, `${env.origin}/${lang}/`);
        // Keyboard only: Tab to the lookup's field, type, Tab to the first suggestion, Enter.
        await tabUntil(page, () => document.activeElement?.matches('form[data-town-lookup] input[type="search"]') ?? false, undefined, {
          description: 'the town field',
        });
        await page.keyboard.type(typed);
        await suggestions(page).first().waitFor();
        assert.ok(
          (await suggestions(page).first().getAttribute('href'))?.endsWith(`/${lang}/regionen/${region}/#ansprechstelle`),
          `${lang}: first suggestion`,
        );
        await page.locator('form[data-town-lookup]').screenshot({ path: join(resultsDir, `town-lookup-${lang}.png`) });
        assert.deepEqual(await axeViolations(page), [], `${lang}: axe with the suggestions open`);
        assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 360, `${lang}: no horizontal overflow`);
        // Past the submit button to the first suggestion.
        await tabUntil(page, () => document.activeElement?.closest('[data-lookup-results]') !== null, undefined, {
          max: 3,
          description: 'the first suggestion',
        });
        await Promise.all([page.waitForURL(`**/${lang}/regionen/${region}/**`), page.keyboard.press('Enter')]);
        assert.equal(pathOf(page), `/${lang}/regionen/${region}/`);
      } finally {
        await context.close();
      }
    });
  }

  it('de: the page loads only the boot script; the lookup and its data load together on the first focus, and what was typed is answered', async () => {
    const page = await env.browser.newPage({ viewport: { width: 360, height: 740 } });
    try {
      /** @type {string[]} */
      const scripts = [];
      /** @type {string[]} */
      const data = [];
      page.on('request', (request) => {
        const { pathname } = new URL(request.url());
        if (request.resourceType() === 'script') scripts.push(pathname);
        if (pathname.endsWith('/orte/daten.json')) data.push(pathname);
      });
      await gotoStatus(page, `${env.origin}/de/`);
      await page.waitForLoadState('load');
      const atLoad = [...scripts];
      assert.ok(atLoad.length > 0, 'the boot script loads with the page');
      assert.deepEqual(data, [], 'no data before the field is used');
      const input = page.locator('form[data-town-lookup] input[type="search"]');
      // The lookup's scripts are held until the data has been asked for: the two go out together,
      // not the data after the script (on a slow line each round trip costs about half a second).
      /** @type {() => void} */
      let release = () => undefined;
      const held = new Promise((resolve) => (release = () => resolve(undefined)));
      await page.route('**/_astro/*.js', async (route) => {
        await held;
        await route.continue();
      });
      // Typed at once after the focus, before the lookup is in: nothing typed is lost.
      const dataAsked = page.waitForRequest('**/orte/daten.json', { timeout: 10_000 });
      await input.focus();
      await page.keyboard.type('Hanau');
      await dataAsked;
      release();
      await page.locator('[data-lookup-results] a[href$="/de/regionen/stadt-hanau/#ansprechstelle"]').first().waitFor();
      const later = scripts.slice(atLoad.length);
      assert.ok(later.length > 0, `the lookup's script loads on the first use, not with the page (at load: ${atLoad.join(', ')})`);
      assert.deepEqual(data, ['/de/orte/daten.json'], 'the data loads once, on the first use');
    } finally {
      await page.close();
    }
  });

  it('de: Enter on a name of two regions offers a choice; an Ortsteil is "not found", never a wrong region', async () => {
    const page = await env.browser.newPage({ viewport: { width: 360, height: 740 } });
    try {
      await gotoStatus(page, `${env.origin}/de/`);
      const input = page.locator('form[data-town-lookup] input[type="search"]');
      await input.fill('Offenbach');
      await input.press('Enter');
      await page.locator('[data-lookup-message]:not([hidden])').waitFor();
      const hrefs = await suggestions(page).evaluateAll((as) => as.map((a) => new URL(/** @type {HTMLAnchorElement} */ (a).href).pathname));
      assert.ok(
        hrefs.includes('/de/regionen/stadt-offenbach-am-main/') && hrefs.includes('/de/regionen/landkreis-offenbach/'),
        hrefs.join(', '),
      );
      assert.equal(pathOf(page), '/de/', 'no guess: the page stays');
      await input.fill('Frankfurt-Höchst');
      await input.press('Enter');
      await page.waitForFunction(() => document.querySelectorAll('[data-lookup-results] a').length === 0);
      const message = await page.locator('[data-lookup-message]').textContent();
      assert.match(message ?? '', /nicht gefunden/);
      // A town name of one region leads straight to it.
      await input.fill('Hanau');
      await Promise.all([page.waitForURL('**/de/regionen/stadt-hanau/**'), input.press('Enter')]);
      assert.equal(pathOf(page), '/de/regionen/stadt-hanau/');
    } finally {
      await page.close();
    }
  });

  it('de: what the lookup says comes with its data file, not from the page', async () => {
    const page = await env.browser.newPage({ viewport: { width: 360, height: 740 } });
    try {
      await page.route('**/de/orte/daten.json', async (route) => {
        const response = await route.fetch();
        const data = await response.json();
        data.m.regionOf = 'Aus der Datei: {{region}}';
        data.m.notFound = 'Aus der Datei: nicht gefunden';
        await route.fulfill({ response, json: data });
      });
      await gotoStatus(page, `${env.origin}/de/`);
      const input = page.locator('form[data-town-lookup] input[type="search"]');
      await input.fill('Korbach');
      await suggestions(page).first().waitFor();
      assert.match((await suggestions(page).first().textContent()) ?? '', /Aus der Datei: Landkreis Waldeck-Frankenberg/);
      await input.fill('Frankfurt-Höchst');
      await input.press('Enter');
      await page.locator('[data-lookup-message]:not([hidden])').waitFor();
      assert.equal(await page.locator('[data-lookup-message]').textContent(), 'Aus der Datei: nicht gefunden');
    } finally {
      await page.close();
    }
  });

  it('de: on the finder, a town filters the offers by its region', async () => {
    const page = await env.browser.newPage({ viewport: { width: 360, height: 740 } });
    try {
      await gotoStatus(page, `${env.origin}/de/angebote/`);
      // Folded to one line above the finder's own search; opened by its summary.
      assert.equal(await page.locator('#finder-town').isVisible(), false, 'folded');
      await page.locator('details:has(#finder-town) > summary').click();
      await page.locator('#finder-town').fill('Korbach');
      await suggestions(page).first().waitFor();
      const href = (await suggestions(page).first().getAttribute('href')) ?? '';
      assert.equal(new URL(href, env.origin).searchParams.get('region'), 'Landkreis Waldeck-Frankenberg');
    } finally {
      await page.close();
    }
  });

  it('answers a shared ?ort= link without trapping the Back button, and falls back to the list of towns when its data cannot load', async () => {
    const page = await env.browser.newPage({ viewport: { width: 360, height: 740 } });
    try {
      await gotoStatus(page, `${env.origin}/de/`);
      await page.goto(`${env.origin}/de/orte/?ort=Hanau`);
      await page.waitForURL('**/de/regionen/stadt-hanau/**');
      // The list of towns was replaced in the history: Back returns to the page before it.
      await page.goBack();
      assert.equal(pathOf(page), '/de/');
      await page.route('**/orte/daten.json', (route) => route.abort());
      const input = page.locator('form[data-town-lookup] input[type="search"]');
      await input.fill('Hanau');
      await Promise.all([page.waitForURL('**/de/orte/?ort=Hanau'), input.press('Enter')]);
      assert.equal(pathOf(page), '/de/orte/');
    } finally {
      await page.close();
    }
  });

  it('without JavaScript, the form opens the list of all towns, whose links reach the region', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    try {
      await gotoStatus(page, `${env.origin}/de/`);
      await page.locator('form[data-town-lookup] input[type="search"]').fill('Hanau');
      await Promise.all([page.waitForURL('**/de/orte/?ort=Hanau'), page.locator('form[data-town-lookup] button[type="submit"]').click()]);
      const link = page.locator('#ort-H li', { hasText: 'Hanau' }).locator('a');
      assert.equal(await link.getAttribute('href'), '/de/regionen/stadt-hanau/#ansprechstelle');
      await Promise.all([page.waitForURL('**/de/regionen/stadt-hanau/**'), link.click()]);
      assert.ok(await page.locator('#ansprechstelle').isVisible());
    } finally {
      await context.close();
    }
  });
});
