// @ts-check
// The one offer model on the built site: every offer page has its own meta description, and the
// card facts are the same on region pages (static cards) and in the finder (Pagefind meta that
// fills the card's <template>).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { locales } from '../../src/i18n/locales.ts';
import { assertBuilt, load } from './helpers.mjs';

assertBuilt();
const offerIds = readdirSync('content/offers/de')
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.replace(/\.md$/, ''));
/** @param {string} code @returns {Record<string, string>} */
const dict = (code) => JSON.parse(readFileSync(`src/i18n/ui/${code}.json`, 'utf8'));
/** @param {Document} doc @param {string} name */
const metaOf = (doc, name) =>
  doc
    .querySelector(`[data-pagefind-meta^="${name}:"]`)
    ?.getAttribute('data-pagefind-meta')
    ?.slice(name.length + 1);
/** @param {Document} doc */
const description = (doc) => doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';

test('every offer page in every language has its own meta description, in the page language', () => {
  assert.ok(offerIds.length > 0, 'there are offers');
  for (const { code } of locales) {
    const siteWide = dict(code)['site.description'];
    for (const id of offerIds) {
      const file = `${code}/angebote/${id}/index.html`;
      const doc = load(file);
      const text = description(doc);
      assert.ok(text.length > 20, `${file}: a meta description`);
      assert.notEqual(text, siteWide, `${file}: not the site-wide description`);
      assert.equal(
        doc.querySelector('meta[property="og:description"]')?.getAttribute('content'),
        text,
        `${file}: og:description is the same`,
      );
      // On a page without a translation the German body is marked lang="de"; the description
      // must not be that German text but the facts in the page's language.
      const germanBody = doc.querySelector('.prose[lang="de"]');
      if (germanBody) assert.equal(text, metaOf(doc, 'facts'), `${file}: the card facts in the page language`);
      else {
        // Markdown prints typographic quotes; the description keeps the editor's.
        const plain = (/** @type {string} */ s) => s.replace(/[‘’]/g, "'").replace(/[“”„]/g, '"').replace(/\s+/g, ' ');
        const body = plain(doc.querySelector('.prose')?.textContent ?? '');
        assert.ok(body.includes(plain(text).slice(0, 40)), `${file}: the first paragraph of the description ("${text.slice(0, 40)}")`);
      }
    }
  }
});

test('region pages and finder results show the same card facts for an offer', () => {
  let compared = 0;
  for (const { code } of locales) {
    for (const region of readdirSync(`dist/${code}/regionen`).filter((r) => !r.endsWith('.html') && r !== 'index.html')) {
      const doc = load(`${code}/regionen/${region}/index.html`);
      for (const card of doc.querySelectorAll('li:has(> h4 > a[data-card="title"])')) {
        const href = card.querySelector('a[data-card="title"]')?.getAttribute('href') ?? '';
        const offer = load(`${href.replace(/^\//, '')}index.html`);
        assert.equal(
          [...card.querySelectorAll('[data-card="facts"] > li')].map((li) => li.textContent?.trim()).join(' · '),
          metaOf(offer, 'facts'),
          `${code}/regionen/${region}: card of ${href}`,
        );
        compared += 1;
      }
    }
  }
  assert.ok(compared >= offerIds.length * locales.length, `every offer compared in every language (${compared})`);
});

test('the finder and the search page carry the card template that their script fills', () => {
  for (const { code } of locales) {
    for (const file of [`${code}/angebote/index.html`, `${code}/suche/index.html`]) {
      const template = load(file).querySelector('template#offer-card');
      assert.ok(template, `${file}: template#offer-card`);
      const html = template.innerHTML;
      for (const slot of ['title', 'sample', 'facts']) assert.match(html, new RegExp(`data-card="${slot}"`), `${file}: slot ${slot}`);
    }
  }
});
