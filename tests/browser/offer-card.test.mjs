// @ts-check
// One offer card: a finder result is the same card, with the same facts, as the static card on
// the region page (the finder fills the card's <template> from the search index): the same items,
// each with the same pictogram, the German place marked, nothing left of the template's icons.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowserEnv, gotoStatus, finderSettled } from './helpers.mjs';

/** @type {Awaited<ReturnType<typeof startBrowserEnv>>} */
let env;
before(async () => {
  env = await startBrowserEnv({ locales: ['de', 'ar', 'ti'] });
});
after(async () => {
  await env?.close();
});

/**
 * The card of one offer as the page shows it: title, badge, facts, link.
 * @param {import('playwright-core').Locator} card
 */
async function cardOf(card) {
  return card.evaluate((li) => ({
    title: li.querySelector('[data-card="title"]')?.textContent ?? '',
    lang: li.querySelector('[data-card="title"]')?.getAttribute('lang') ?? null,
    dir: li.querySelector('[data-card="title"]')?.getAttribute('dir') ?? null,
    href: new URL(/** @type {HTMLAnchorElement} */ (li.querySelector('[data-card="title"]')).href).pathname,
    sample: li.querySelector('[data-card="sample"]')?.textContent ?? null,
    facts: [...li.querySelectorAll('[data-card="facts"] > li')].map((item) => ({
      id: item.getAttribute('data-fact'),
      text: item.querySelector('span')?.textContent ?? '',
      lang: item.querySelector('span')?.getAttribute('lang') ?? null,
      dir: item.querySelector('span')?.getAttribute('dir') ?? null,
      icon: item.querySelector('svg')?.outerHTML ?? null,
      classes: item.className,
      children: item.children.length,
    })),
    templates: li.querySelectorAll('template').length,
    classes: li.className,
  }));
}

describe('offer card', () => {
  for (const lang of ['de', 'ar', 'ti']) {
    it(`shows the same card on the region page and in the finder (${lang})`, async () => {
      const page = await env.browser.newPage();
      try {
        await gotoStatus(page, `${env.origin}/${lang}/regionen/stadt-giessen/`);
        const onRegion = await cardOf(page.locator('li:has(> h4 a[href$="/angebote/beispiel-deutschkurs-giessen/"])'));
        assert.ok(onRegion.facts.length >= 5, 'the region card lists facts');
        assert.deepEqual(
          onRegion.facts.filter((f) => f.icon).map((f) => f.id),
          ['levels', 'cost', 'childcare', 'time-morning'],
          'pictograms for level, free, childcare and the time of day',
        );
        assert.deepEqual(
          onRegion.facts.find((f) => f.id === 'place'),
          { ...onRegion.facts.find((f) => f.id === 'place'), lang: 'de', dir: 'ltr' },
          'the place is marked German',
        );
        // The link may carry the query (for the way back); the card is found by its path.
        await gotoStatus(page, `${env.origin}/${lang}/angebote/?q=${encodeURIComponent('Gießen')}`);
        assert.ok((await finderSettled(page)) > 0, "the finder lists the town's offers");
        const inFinder = await cardOf(page.locator('#finder-results > li:has(a[href*="/angebote/beispiel-deutschkurs-giessen/"])'));
        assert.deepEqual(inFinder, onRegion);
      } finally {
        await page.close();
      }
    });
  }
});
