// The towns of Hessen in the built site: the list of all towns A to Z in every language (the town
// lookup's answer without JavaScript) links each of the 421 towns to its region's contact point,
// with the source the licence asks for; region pages list their towns; the lookup's data stays
// small enough for a cheap phone (15 kB gzip) and carries the other scripts' names and what the
// lookup says, which the pages' HTML does not. The lookup's behaviour is tested in the browser
// (tests/browser/town-lookup.test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { locales } from '../../src/i18n/locales.ts';
import { parseTowns, regionOfTown } from '../../src/lib/places/towns.ts';
import { assertBuilt, DIST, fileFor, load } from './helpers.mjs';

assertBuilt();
const towns = parseTowns(readFileSync('content/towns/hessen-gemeinden.csv', 'utf8'));
/** @type {{ id: string, ags: string }[]} */
const regions = readdirSync('content/regions').map((f) => ({
  id: f.replace(/\.yaml$/, ''),
  ags: String(parse(readFileSync(`content/regions/${f}`, 'utf8')).ags),
}));
const dict = (/** @type {string} */ code) =>
  /** @type {Record<string, string>} */ (JSON.parse(readFileSync(`src/i18n/ui/${code}.json`, 'utf8')));
const LICENCE = 'Vervielfältigung und Verbreitung, auch auszugsweise, mit Quellenangabe gestattet';

test("every language lists all 421 towns A to Z, each linked to its own region's contact point, with the source", () => {
  assert.equal(towns.length, 421);
  for (const l of locales) {
    const page = load(`${l.code}/orte/index.html`);
    const items = [...page.querySelectorAll('main section[id^="ort-"] li')];
    assert.equal(items.length, 421, `${l.code}: towns listed`);
    for (const town of towns) {
      const item = items.find((li) => li.querySelector('b')?.textContent === town.name);
      assert.ok(item, `${l.code}: ${town.name}`);
      const href = item.querySelector('a')?.getAttribute('href') ?? '';
      assert.equal(href, `/${l.code}/regionen/${regionOfTown(town, regions)}/#ansprechstelle`, `${l.code}: ${town.name} → its region`);
      assert.ok(fileFor(href.split('#')[0] ?? ''), `${l.code}: ${href} exists`);
    }
    assert.ok(page.querySelector('[data-town-source]')?.textContent?.includes(LICENCE), `${l.code}: the source and licence are named`);
    assert.ok(
      page.querySelector('[data-town-source]')?.textContent?.includes(dict(l.code)['towns.source'] ?? '?'),
      `${l.code}: in the page language`,
    );
  }
});

test('the home page of every language has the town lookup, a plain form that opens the list of towns', () => {
  for (const l of locales) {
    const form = load(`${l.code}/index.html`).querySelector('main form[data-town-lookup]');
    assert.ok(form, `${l.code}: lookup on the home page`);
    assert.equal(form.getAttribute('action'), `/${l.code}/orte/`);
    assert.equal(form.getAttribute('method'), 'get');
    assert.equal(form.querySelector('label')?.textContent?.trim(), dict(l.code)['towns.lookupLabel']);
    assert.ok(form.querySelector(`a[href="/${l.code}/orte/"]`), `${l.code}: link to the list of all towns`);
  }
});

test('region pages list their towns; a town that is a region of its own lists none', () => {
  for (const l of ['de', 'ar', 'ti']) {
    for (const r of regions) {
      const own = towns
        .filter((t) => regionOfTown(t, regions) === r.id)
        .map((t) => t.name)
        .sort((a, b) => a.localeCompare(b, 'de'));
      const list = load(`${l}/regionen/${r.id}/index.html`).querySelector('main h2#orte + p');
      if (own.length === 1) assert.equal(list, null, `${l}/${r.id}: no list for one town`);
      else assert.deepEqual(list?.textContent?.split(', '), own, `${l}/${r.id}: its ${own.length} towns`);
    }
  }
});

test('the lookup data of every language stays under 15 kB gzip and carries the towns and the names in its script', () => {
  const names = /** @type {{ towns: Record<string, Record<string, string>> }} */ (
    parse(readFileSync('content/towns/other-scripts.yaml', 'utf8'))
  );
  for (const l of locales) {
    const file = readFileSync(`${DIST}/${l.code}/orte/daten.json`);
    assert.ok(gzipSync(file).length < 15_000, `${l.code}: ${gzipSync(file).length} bytes gzip`);
    const data = /** @type {{ r: unknown[][], t: [string, number, string[]][] }} */ (JSON.parse(file.toString('utf8')));
    assert.equal(data.r.length, 33);
    assert.equal(data.t.length, 421);
    const frankfurt = data.t.find(([name]) => name === 'Frankfurt am Main');
    const expected = (names.towns['06412000']?.[l.code] ?? '')
      .split('|')
      .map((w) => w.trim())
      .filter(Boolean);
    assert.deepEqual(frankfurt?.[2], expected, `${l.code}: other writings of Frankfurt`);
  }
});

test("what the lookup says and where its links lead come with its data in the page's language, not in every page's HTML", () => {
  for (const l of locales) {
    const ui = dict(l.code);
    const data = JSON.parse(readFileSync(`${DIST}/${l.code}/orte/daten.json`, 'utf8'));
    assert.deepEqual(
      data.m,
      {
        regionOf: ui['towns.regionOf'],
        suggestions: ui['towns.suggestions'],
        choose: ui['towns.choose'],
        notFound: ui['towns.notFound'],
        regionBase: `/${l.code}/regionen/`,
        fragment: 'ansprechstelle',
      },
      l.code,
    );
    for (const file of [
      `${l.code}/index.html`,
      `${l.code}/regionen/index.html`,
      `${l.code}/orte/index.html`,
      `${l.code}/angebote/index.html`,
    ]) {
      const form = load(file).querySelector('form[data-town-lookup]');
      assert.ok(form, `${file}: the lookup`);
      const attributes = Array.from(form.attributes, (a) => a.name).filter((name) => name.startsWith('data-'));
      assert.deepEqual(
        attributes.filter((name) => !['data-town-lookup', 'data-src', 'data-finder'].includes(name)),
        [],
        `${file}: no messages in the HTML`,
      );
    }
  }
});
