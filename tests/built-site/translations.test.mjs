// Translated content is shown translated: no page in another language shows the German fallback
// (the German text with the "not translated yet" notice) for an offer, a page or a focal area that
// has a translation (that every offer has one is checked on the content: src/content.translations.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { locales } from '../../src/i18n/locales.ts';
import { assertBuilt, load } from './helpers.mjs';

assertBuilt();
const others = locales.filter((l) => l.code !== 'de');
/** content folder → the site path of one of its entries */
const SECTIONS = /** @type {const} */ ([
  ['content/offers', (/** @type {string} */ slug) => `angebote/${slug}`],
  ['content/pages', (/** @type {string} */ slug) => slug],
  ['content/focus-areas', (/** @type {string} */ slug) => `schwerpunkte/${slug}`],
]);
const slugsIn = (/** @type {string} */ dir) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.md'))
        .map((f) => f.slice(0, -3))
    : [];

test('no page shows German fallback content where a translation exists', () => {
  let checked = 0;
  for (const l of others) {
    const notice = JSON.parse(readFileSync(`src/i18n/ui/${l.code}.json`, 'utf8'))['fallback.notice'];
    assert.ok(notice, `${l.code}: fallback notice text`);
    for (const [dir, pathOf] of SECTIONS) {
      for (const slug of slugsIn(`${dir}/${l.code}`)) {
        const main = load(`${l.code}/${pathOf(slug)}/index.html`).querySelector('main');
        assert.ok(main, `${l.code}/${pathOf(slug)}`);
        assert.ok(
          !main.textContent.includes(notice),
          `${l.code}/${pathOf(slug)}: shows the German fallback although ${dir}/${l.code}/${slug}.md exists`,
        );
        assert.equal(main.querySelector('article[lang="de"], .prose[lang="de"]'), null, `${l.code}/${pathOf(slug)}: German text block`);
        checked++;
      }
    }
  }
  assert.ok(checked > 1000, `checked ${checked} translated pages`);
});
