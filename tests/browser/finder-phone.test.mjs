// The finder on a 360 px phone (issue 15): the effect of a filter is in sight where the thumb is,
// the filter counts follow the query and the other filters, an empty list says which filter to
// drop and offers the same search nearby, only offers are counted, Back restores the list and its
// scroll position, the breadcrumb and the language switch keep the state, the keyboard reaches
// the first result in a few presses, tap targets are large enough, and axe finds nothing.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { startBrowserEnv, gotoStatus, finderDone, axeViolations, resultsDir, offerFiltersIn } from './helpers.mjs';

const offerSlugs = readdirSync('content/offers/de').map((f) => f.replace(/\.md$/, ''));
const PHONE = { width: 360, height: 740 };

/**
 * The offers that match filters given as name → labels (any label within a filter, every filter).
 * @param {ReturnType<typeof offerFiltersIn>} offers
 * @param {Record<string, string[]>} chosen
 */
const matching = (offers, chosen) =>
  offers.filter((o) => Object.entries(chosen).every(([name, labels]) => labels.some((l) => (o.filters[name] ?? []).includes(l))));

/**
 * The checkboxes: [name, key, label, shown count, marked as zero, checked].
 * @param {import('playwright-core').Page} page
 */
const boxes = (page) =>
  page.locator('#finder-form input[type="checkbox"]').evaluateAll((/** @type {HTMLInputElement[]} */ els) =>
    els.map((e) => ({
      name: e.name,
      key: e.value,
      label: e.dataset.label ?? '',
      shown: e.closest('label')?.querySelector('[data-count]')?.textContent ?? '',
      zero: e.closest('label')?.hasAttribute('data-zero') ?? false,
      checked: e.checked,
    })),
  );

/** @param {import('playwright-core').Locator} locator */
const inViewport = (locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    // A pixel of tolerance: scrolling to an element may leave it a fraction of a pixel above the top.
    return r.height > 0 && r.top >= -1 && r.bottom <= window.innerHeight + 1;
  });

describe('the finder on a phone', () => {
  /** @type {import('./helpers.mjs').BrowserEnv} */
  let env;
  /** @type {import('playwright-core').BrowserContext} */
  let context;
  /** @type {import('playwright-core').Page} */
  let page;

  before(async () => {
    env = await startBrowserEnv({ locales: ['de', 'fa', 'ar', 'ti', 'uk'] });
    context = await env.browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
    page = await context.newPage();
  });
  after(async () => {
    await env?.close();
  });

  for (const lang of ['fa', 'ar', 'ti', 'de']) {
    it(`${lang}: after each filter change the count is in sight, and every filter count is what the content says`, async () => {
      const offers = offerFiltersIn(lang);
      const number = new Intl.NumberFormat(lang);
      await gotoStatus(page, `${env.origin}/${lang}/angebote/`);
      await page.locator('#finder-filters summary').click();
      /** @type {Record<string, string[]>} */
      const chosen = {};
      for (const [name, key] of /** @type {[string, string][]} */ ([
        ['cost', 'free'],
        ['childcare', 'yes'],
        ['level', 'A1'],
      ])) {
        const box = page.locator(`#finder-form input[name="${name}"][value="${key}"]`);
        await box.scrollIntoViewIfNeeded();
        await box.check();
        const total = await finderDone(page);
        const label = (await box.getAttribute('data-label')) ?? '';
        chosen[name] = [label];
        assert.equal(total, matching(offers, chosen).length, `${lang}: results for ${JSON.stringify(chosen)}`);
        // The "show N offers" bar sits at the bottom of the screen, next to the finger, with the new number.
        const show = page.locator('#finder-show');
        assert.ok(await inViewport(show), `${lang}: the count is in sight after ticking ${name}`);
        assert.ok(((await show.textContent()) ?? '').includes(number.format(total)), `${lang}: the bar says ${total}`);
        assert.ok(
          ((await page.locator('[data-finder-count]').textContent()) ?? '').includes(number.format(total)),
          'the toggle says it too',
        );
        // Each value's count: the offers the list would have with that value as well (its own filter left out).
        for (const b of await boxes(page)) {
          const others = Object.fromEntries(Object.entries(chosen).filter(([n]) => n !== b.name));
          const expected = matching(offers, { ...others, [b.name]: [b.label] }).length;
          assert.equal(
            b.shown.replace(/\s/g, ''),
            `(${number.format(expected)})`,
            `${lang}: count of ${b.name}=${b.key} with ${JSON.stringify(chosen)}`,
          );
          assert.equal(b.zero, expected === 0 && !b.checked, `${lang}: ${b.name}=${b.key} marked as giving nothing`);
        }
      }
      await page.screenshot({ path: `${resultsDir}/finder-phone-${lang}-filters.png` });
      // "Show N offers" closes the filters and lands on the first result.
      await page.locator('#finder-show').click();
      assert.equal(await page.locator('#finder-filters').getAttribute('open'), null);
      assert.ok(
        await page
          .locator('#finder-results a')
          .first()
          .evaluate((a) => a === document.activeElement),
        'the first result has focus',
      );
      assert.ok(await inViewport(page.locator('#finder-results a').first()), 'the first result is in sight');
      assert.ok(await inViewport(page.locator('#finder-status')), 'and the count above it');
    });
  }

  it('on an empty list names the filter whose removal gives results and offers the same search in the whole Regierungsbezirk', async () => {
    const lang = 'fa';
    const offers = offerFiltersIn(lang);
    /** @type {Map<string, string>} */
    const regionOf = new Map();
    for (const o of offers) {
      const [region, district] = [o.filters.region ?? [], o.filters.district ?? []];
      if (region.length === 1 && district.length === 1) regionOf.set(String(region[0]), String(district[0]));
    }
    await gotoStatus(page, `${env.origin}/${lang}/angebote/`);
    const all = await boxes(page);
    const childcare = all.find((b) => b.name === 'childcare');
    assert.ok(childcare);
    // A region with offers but none with childcare, in a Regierungsbezirk that has some with childcare.
    const region = all.find(
      (b) =>
        b.name === 'region' &&
        matching(offers, { region: [b.label] }).length > 0 &&
        matching(offers, { region: [b.label], childcare: [childcare.label] }).length === 0 &&
        offers.some((o) => o.filters.childcare?.length && o.filters.district?.includes(regionOf.get(b.label) ?? '-')),
    );
    assert.ok(region, 'the content has a region without childcare offers');
    await gotoStatus(
      page,
      `${env.origin}/${lang}/angebote/?${new URLSearchParams([
        ['region', region.key],
        ['childcare', 'yes'],
      ])}`,
    );
    assert.equal(await finderDone(page), 0);
    const hints = page.locator('#finder-hints');
    assert.ok(await hints.isVisible(), 'hints on an empty list');
    const buttons = (await hints.locator('button').allTextContents()).map((t) => t.trim());
    const number = new Intl.NumberFormat(lang);
    const legend = async (/** @type {string} */ name) =>
      ((await page.locator(`fieldset[data-filter="${name}"] legend`).textContent()) ?? '').trim();
    const withoutChildcare = matching(offers, { region: [region.label] }).length;
    const withoutRegion = matching(offers, { childcare: [childcare.label] }).length;
    assert.ok(
      buttons.some((t) => t.includes(childcare.label) || (t.includes(number.format(withoutChildcare)) && t.length > 0)),
      `a hint to drop childcare: ${buttons.join(' | ')}`,
    );
    assert.ok(
      buttons.some((t) => t.includes(number.format(withoutRegion))),
      `a hint to drop the region with its count ${withoutRegion}: ${buttons.join(' | ')}`,
    );
    assert.ok(
      (await Promise.all(['region', 'childcare'].map(legend))).every((l) => buttons.some((t) => t.includes(l))),
      'each hint names its filter',
    );
    assert.deepEqual(await axeViolations(page), [], 'axe on the empty list with hints');
    await page.screenshot({ path: `${resultsDir}/finder-phone-${lang}-empty.png` });
    // The same search nearby: every region of the Regierungsbezirk.
    const district = regionOf.get(region.label) ?? '';
    const nearby = hints.locator('button', { hasText: district });
    assert.equal(await nearby.count(), 1, `the same search in Regierungsbezirk ${district}`);
    await nearby.click();
    const total = await finderDone(page);
    const regions = [...regionOf].filter(([, d]) => d === district).map(([r]) => r);
    assert.equal(total, matching(offers, { region: regions, childcare: [childcare.label] }).length);
    assert.ok(total > 0);
    // Dropping a filter: the list comes back.
    await gotoStatus(
      page,
      `${env.origin}/${lang}/angebote/?${new URLSearchParams([
        ['region', region.key],
        ['childcare', 'yes'],
      ])}`,
    );
    await finderDone(page);
    await hints.locator('button', { hasText: await legend('childcare') }).click();
    assert.equal(await finderDone(page), withoutChildcare);
    assert.equal(new URL(page.url()).searchParams.has('childcare'), false);
  });

  it('counts only offers; other pages that match are listed apart', async () => {
    await gotoStatus(page, `${env.origin}/de/angebote/?q=Deutschkurs`);
    const total = await finderDone(page);
    const hrefs = await page
      .locator('#finder-results a[data-card="title"]')
      .evaluateAll((as) => as.map((a) => new URL(/** @type {HTMLAnchorElement} */ (a).href).pathname));
    assert.ok(total > 0 && hrefs.length > 0);
    const offerPaths = new Set(offerSlugs.map((s) => `/de/angebote/${s}/`));
    assert.deepEqual(
      hrefs.filter((h) => !offerPaths.has(h)),
      [],
      'results are offers only',
    );
    assert.ok(
      hrefs.length > 0 && hrefs.length < Math.min(total, 30),
      `the first results at once, the rest as one scrolls (${hrefs.length})`,
    );
    // Scrolling to the list's end adds results in steps, up to 30 (then "show more").
    await page.waitForFunction(
      (n) => {
        document.getElementById('finder-more')?.scrollIntoView();
        return document.querySelectorAll('#finder-results > li').length >= n;
      },
      Math.min(total, 30),
    );
    assert.equal(
      Math.min(total, 30),
      await page.locator('#finder-results > li').count(),
      'the count is the number of offers listed (30 once scrolled)',
    );
    const other = await page
      .locator('#finder-pages a')
      .evaluateAll((as) => as.map((a) => new URL(/** @type {HTMLAnchorElement} */ (a).href).pathname));
    assert.ok(other.includes('/de/welcher-deutschkurs/'), `the guide is listed apart: ${other.join(', ')}`);
    assert.ok(
      other.every((h) => !offerPaths.has(h)),
      'and no offer is listed twice',
    );
  });

  it('Back from an offer restores the list and the scroll position; the breadcrumb and the language switch keep the filters', async () => {
    await gotoStatus(page, `${env.origin}/fa/angebote/?cost=free`);
    const total = await finderDone(page);
    assert.ok(total > 30, 'more than one page of results');
    await page.locator('#finder-more').click();
    await page.waitForFunction(() => document.querySelectorAll('#finder-results > li').length > 30);
    const target = page.locator('#finder-results > li').nth(35).locator('a[data-card="title"]');
    await target.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -200));
    await page.waitForTimeout(400); // the finder keeps the position on scroll, after a short pause
    const before = await page.evaluate(() => window.scrollY);
    assert.ok(before > 3000, `scrolled far down (${before} px)`);
    await target.click();
    await page.waitForURL((u) => u.pathname.split('/').length > 4);
    // On the offer: the breadcrumb leads back to the same list, in this language and in another
    // (set by a script that loads only on a visit from the finder, a moment after the page).
    await page.locator('main nav a[href*="/fa/angebote/?"]').waitFor();
    const crumb = page.locator('main nav a[href*="/fa/angebote/"]');
    assert.equal(new URL((await crumb.getAttribute('href')) ?? '', env.origin).search, '?cost=free');
    const arOffer = page.locator('.language-picker a[hreflang="ar"]');
    assert.match((await arOffer.getAttribute('href')) ?? '', /\/ar\/angebote\/[^/]+\/#finder=cost%3Dfree$/);
    // The list's state came in the fragment: the offer's request carried no query (nothing for the server's log).
    assert.equal(new URL(page.url()).search, '');
    assert.equal(new URL(page.url()).hash, '#finder=cost%3Dfree');
    await page.goBack();
    await finderDone(page);
    assert.ok((await page.locator('#finder-results > li').count()) >= 36, 'the list as it was, with the results shown by "more"');
    const after = await page.evaluate(() => window.scrollY);
    assert.ok(Math.abs(after - before) <= 100, `scroll position restored: ${before} → ${after}`);
    // The language switch on the finder keeps the filters (keys are the same in every language).
    await page.locator('.language-picker summary').click();
    await page.locator('.language-picker a[hreflang="ar"]').click();
    await page.waitForURL((u) => u.pathname === '/ar/angebote/');
    assert.equal(new URL(page.url()).search, '?cost=free');
    assert.equal(await finderDone(page), total, 'the same list in Arabic');
    assert.ok(await page.locator('#finder-form input[name="cost"][value="free"]').isChecked());
  });

  it('keyboard: from the search box to the first result in at most 5 presses of Tab (filters closed)', async () => {
    const desk = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await gotoStatus(desk, `${env.origin}/uk/angebote/?q=Deutsch`);
    await finderDone(desk);
    await desk.locator('#finder-q').focus();
    let presses = 0;
    while (presses < 5 && !(await desk.evaluate(() => document.activeElement === document.querySelector('#finder-results a')))) {
      await desk.keyboard.press('Tab');
      presses += 1;
    }
    assert.ok(
      await desk.evaluate(() => document.activeElement === document.querySelector('#finder-results a')),
      `first result after ${presses} presses`,
    );
    await desk.close();
  });

  it('tap targets: the finder’s primary controls at least 44 × 44 px, every control at least 24 × 24 px', async () => {
    await gotoStatus(page, `${env.origin}/ti/angebote/?q=Deutsch`);
    await finderDone(page);
    await page.locator('#finder-filters summary').click();
    const sizes = await page
      .locator('#finder button, #finder summary, #finder input, #finder-form fieldset label, #finder-results a')
      .evaluateAll((els) =>
        els
          .filter(
            (el) => /** @type {HTMLElement} */ (el).offsetParent !== null && !(el instanceof HTMLInputElement && el.type === 'checkbox'),
          )
          .map((el) => {
            const r = el.getBoundingClientRect();
            return {
              what: `${el.tagName.toLowerCase()}#${el.id}${el.textContent?.trim().slice(0, 20) ?? ''}`,
              w: r.width,
              h: r.height,
              primary: el.matches('button, summary, label, input'),
            };
          }),
      );
    assert.ok(sizes.length > 20);
    const small = sizes.filter((s) => s.w < (s.primary ? 44 : 24) || s.h < (s.primary ? 44 : 24));
    assert.deepEqual(
      small.map((s) => `${s.what}: ${Math.round(s.w)}×${Math.round(s.h)}`),
      [],
    );
  });

  it('axe: no violations with the filters open, in fa, ar and ti', async () => {
    for (const lang of ['fa', 'ar', 'ti']) {
      await gotoStatus(page, `${env.origin}/${lang}/angebote/?cost=free`);
      await finderDone(page);
      assert.equal(await page.locator('#finder-filters').getAttribute('open'), '', 'a link with filters opens them');
      assert.deepEqual(await axeViolations(page), [], `${lang}: filters open`);
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(scroll <= 0, `${lang}: no horizontal scrolling (${scroll} px)`);
    }
  });
});
