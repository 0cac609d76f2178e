// Search aliases (src/i18n/terms.json, src/components/SearchAliases.astro): a page that uses a key
// term carries the other words a reader may type for it, hidden, inside its search-index body, in
// the page's language; a page that does not use the term does not. That the finder finds a page by
// such a word is checked in the browser (tests/browser/finder.test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { germanFormIn, usesTerm } from '../../src/i18n/termBase.ts';
import { locales } from '../../src/i18n/locales.ts';
import { assertBuilt, htmlFiles, load } from './helpers.mjs';

assertBuilt();
/** @type {import('../../src/i18n/termBase.ts').TermBase} */
const base = JSON.parse(readFileSync('src/i18n/terms.json', 'utf8'));
const ALIAS_SEPARATOR = ' · ';

/** The text of an element with a space between elements ("Kosten" + "Kostenlos" are two words, as a reader sees them). */
/** @type {(node: Node) => string} */
const spacedText = (node) => (node.nodeType === 3 ? (node.textContent ?? '') : [...node.childNodes].map((n) => spacedText(n)).join(' '));

/** The aliases the term base has for `code`, each with the terms it belongs to (one word may serve two terms). */
const aliasesOf = (/** @type {string} */ code) => {
  /** @type {Map<string, import('../../src/i18n/termBase.ts').Term[]>} */
  const map = new Map();
  for (const t of base.terms) {
    for (const a of code === 'de' ? (t.deAliases ?? []) : (t.translations[code]?.aliases ?? [])) map.set(a, [...(map.get(a) ?? []), t]);
  }
  return map;
};

test('every language has search aliases in the term base, and pages that carry them', () => {
  const pages = htmlFiles();
  for (const { code } of locales) {
    assert.ok(aliasesOf(code).size >= 15, `${code}: only ${aliasesOf(code).size} aliases in src/i18n/terms.json`);
    const carrying = pages.filter((p) => p.startsWith(`${code}/`) && load(p).querySelector('[data-search-aliases]'));
    assert.ok(carrying.length >= 20, `${code}: only ${carrying.length} pages carry search aliases`);
  }
});

test('aliases are hidden, inside the indexed body, in the page language, and only for terms the page uses', () => {
  let checked = 0;
  for (const path of htmlFiles()) {
    const document = load(path);
    const elements = document.querySelectorAll('[data-search-aliases]');
    if (elements.length === 0) continue;
    assert.equal(elements.length, 1, `${path}: one alias element`);
    const element = /** @type {Element} */ (elements[0]);
    assert.ok(element.hasAttribute('hidden'), `${path}: aliases are hidden from readers`);
    assert.ok(element.closest('[data-pagefind-body]'), `${path}: aliases inside the indexed body`);
    assert.equal(element.closest('[data-pagefind-ignore]'), null, `${path}: aliases not in an ignored block`);
    assert.equal(
      element.closest('[lang]')?.getAttribute('lang'),
      document.documentElement.getAttribute('lang'),
      `${path}: aliases in the page's language`,
    );
    const code = path.split('/')[0] ?? '';
    const known = aliasesOf(code);
    // The page's own indexed text without the aliases.
    const body = /** @type {Element} */ (/** @type {Element} */ (element.closest('[data-pagefind-body]')).cloneNode(true));
    body.querySelector('[data-search-aliases]')?.remove();
    for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
    const text = spacedText(body);
    for (const alias of (element.textContent ?? '').trim().split(ALIAS_SEPARATOR)) {
      const terms = known.get(alias);
      assert.ok(terms, `${path}: "${alias}" is not an alias of src/i18n/terms.json for ${code}`);
      const used = terms.some((term) => (code === 'de' ? germanFormIn(text, term) !== undefined : usesTerm(text, code, term)));
      assert.ok(used, `${path}: alias "${alias}" of ${terms.map((t) => t.id).join(', ')}, none of which the page uses`);
      checked++;
    }
  }
  assert.ok(checked > 0, 'no alias checked');
});
