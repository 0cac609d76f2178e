// @ts-check
// Pictograms beside key facts (issue 15): every offer card (region pages, and the finder's data
// in the search index) and every offer page's facts list shows the pictogram for childcare, free,
// women only, each time of day, level and step-free exactly when the offer's content says so,
// always beside words; the SVGs are inline, decorative and refer to nothing outside the page.
// The expectations come from the offers' front matter, not from the model that draws the icons.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { locales } from '../../src/i18n/locales.ts';
import { assertBuilt, htmlFiles, load } from './helpers.mjs';

assertBuilt();
const offerIds = readdirSync('content/offers/de')
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.replace(/\.md$/, ''));
/** @type {Map<string, Record<string, any>>} */
const data = new Map(offerIds.map((id) => [id, parse(readFileSync(`content/offers/de/${id}.md`, 'utf8').split(/^---$/m)[1] ?? '') ?? {}]));

/**
 * The pictograms an offer must show, by the row of its facts list they belong to.
 * @param {Record<string, any>} o
 * @returns {Record<string, string[]>}
 */
function expectedByRow(o) {
  return {
    access: o['stepFree'] === true ? ['step-free'] : [],
    levels: (o['levels'] ?? []).length ? ['level'] : [],
    cost: o['feeEuro'] === 0 ? ['free'] : [],
    childcare: o['childcare'] === true ? ['childcare'] : [],
    'women-only': o['womenOnly'] === true ? ['women-only'] : [],
    time: [...(o['timesOfDay'] ?? [])],
  };
}
/** The same, in the card's order. @param {Record<string, any>} o */
const expectedOnCard = (o) => Object.values(expectedByRow(o)).flat();
/** @param {Element} el */
const iconsIn = (el) => [...el.querySelectorAll('svg[data-icon]')].map((svg) => svg.getAttribute('data-icon'));
/** @param {Document} doc @param {string} name */
const metaOf = (doc, name) =>
  doc
    .querySelector(`[data-pagefind-meta^="${name}:"]`)
    ?.getAttribute('data-pagefind-meta')
    ?.slice(name.length + 1);

test('there are offers with and without each pictogram fact', () => {
  const all = [...data.values()];
  for (const icon of ['step-free', 'level', 'free', 'childcare', 'women-only', 'morning', 'afternoon', 'evening', 'weekend']) {
    assert.ok(
      all.some((o) => expectedOnCard(o).includes(icon)),
      `an offer with ${icon}`,
    );
    assert.ok(
      all.some((o) => !expectedOnCard(o).includes(icon)),
      `an offer without ${icon}`,
    );
  }
});

test("every offer page shows each fact's pictogram beside its label exactly when the offer has the fact", () => {
  for (const { code } of locales) {
    for (const id of offerIds) {
      const file = `${code}/angebote/${id}/index.html`;
      const doc = load(file);
      const expected = expectedByRow(/** @type {Record<string, any>} */ (data.get(id)));
      const dl = doc.querySelector('dl:has(dd[data-fact="type"])');
      assert.ok(dl, `${file}: the facts list`);
      for (const dt of dl.querySelectorAll('dt')) {
        const dd = dt.nextElementSibling;
        const row = dd?.getAttribute('data-fact') ?? '';
        assert.deepEqual(iconsIn(dt), expected[row] ?? [], `${file}: pictograms of the row "${row}"`);
        if (iconsIn(dt).length)
          assert.ok((dt.textContent ?? '').trim().length > 1, `${file}: the row "${row}" has words beside its pictogram`);
      }
      for (const [row, icons] of Object.entries(expected)) {
        if (icons.length) assert.ok(dl.querySelector(`dd[data-fact="${row}"]`), `${file}: the row "${row}" is shown`);
      }
    }
  }
});

test('every offer card on the region pages, and its data for the finder, shows the pictograms of the facts the offer has', () => {
  let cards = 0;
  for (const { code } of locales) {
    for (const region of readdirSync(`dist/${code}/regionen`).filter((r) => !r.endsWith('.html'))) {
      const doc = load(`${code}/regionen/${region}/index.html`);
      for (const card of doc.querySelectorAll('li:has(> h4 > a[data-card="title"])')) {
        const href = card.querySelector('a[data-card="title"]')?.getAttribute('href') ?? '';
        const id = href.split('/').filter(Boolean).pop() ?? '';
        const expected = expectedOnCard(/** @type {Record<string, any>} */ (data.get(id)));
        const where = `${code}/regionen/${region}: card of ${id}`;
        const facts = card.querySelector('ul[data-card="facts"]');
        assert.ok(facts, `${where}: the facts are a list`);
        assert.deepEqual(iconsIn(facts), expected, `${where}: its pictograms`);
        for (const item of facts.querySelectorAll(':scope > li')) {
          assert.ok(item.querySelectorAll('svg').length <= 1, `${where}: one pictogram per item`);
          assert.ok((item.querySelector('span')?.textContent ?? '').trim(), `${where}: every item has words`);
        }
        // The finder builds the same card from the index (src/components/offerCardFill.ts).
        const items = JSON.parse(metaOf(load(`${href.replace(/^\//, '')}index.html`), 'factItems') ?? '[]');
        assert.deepEqual(
          items.map((/** @type {string[]} */ i) => i[1]),
          [...facts.querySelectorAll(':scope > li > span')].map((s) => s.textContent),
          `${where}: the finder's items are the card's`,
        );
        assert.deepEqual(items.map((/** @type {string[]} */ i) => i[2]).filter(Boolean), expected, `${where}: the finder's pictograms`);
        cards += 1;
      }
    }
  }
  assert.ok(cards >= offerIds.length * locales.length, `every offer's card in every language (${cards})`);
});

test('the pictograms are inline, decorative and refer to nothing', () => {
  let seen = 0;
  for (const file of htmlFiles()) {
    const doc = load(file);
    for (const svg of doc.querySelectorAll('svg[data-icon]')) {
      seen += 1;
      assert.equal(svg.getAttribute('aria-hidden'), 'true', `${file}: aria-hidden`);
      assert.equal(svg.getAttribute('focusable'), 'false', `${file}: focusable="false"`);
      assert.equal(svg.getAttribute('viewBox'), '0 0 24 24', `${file}: the 24 × 24 grid`);
      assert.deepEqual(
        [...svg.querySelectorAll('*')].map((el) => el.localName),
        ['path'],
        `${file}: one path, nothing else (no <use>, <image>, <a>, <style>)`,
      );
      for (const el of [svg, ...svg.querySelectorAll('*')]) {
        for (const attr of el.attributes) {
          assert.doesNotMatch(attr.name, /href|^on/i, `${file}: ${attr.name} on <${el.localName}>`);
          assert.doesNotMatch(attr.value, /url\(|https?:|\/\//i, `${file}: an address in ${attr.name}`);
        }
      }
      const inTemplate = svg.closest('template');
      if (!inTemplate) {
        const holder = svg.closest('li, dt');
        assert.ok(holder, `${file}: a pictogram outside a card item or a facts label`);
        const words = (holder.textContent ?? '').trim();
        assert.ok(words.length > 1, `${file}: a pictogram without words ("${holder.outerHTML.slice(0, 80)}")`);
      }
    }
  }
  assert.ok(seen > 0, 'the pages carry pictograms');
});
